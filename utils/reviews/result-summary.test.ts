import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/types';
import { type PackForm, packSchema } from '../pack/schema';
import { createSurveyModel } from '../survey/create-model';
import { buildResultSummary, type ResultSummary, type SummarySection } from './result-summary';

const BUILTIN = packSchema.parse(JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')));
const NQ04 = BUILTIN.forms[0] as PackForm;
const GROUPS = ['tt', 'dd', 'tdb'];

function summaryOf(
  form: Pick<PackForm, 'survey' | 'aggregate'>,
  data: Record<string, unknown>,
  locale: Locale = 'vi',
): ResultSummary {
  const model = createSurveyModel(form.survey, locale);
  model.data = data;
  return buildResultSummary(model, form, locale);
}

/** Every item answered "Không có", then the given answers over them. */
function allNo(answers: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const group of GROUPS) for (let no = 1; no <= 9; no++) data[`${group}${no}`] = 'khong';
  return { ...data, ...answers };
}

/** Section title → item names, to compare order and grouping at a glance. */
const names = (sections: SummarySection[]) =>
  sections.map((section) => [section.title, section.items.map((item) => item.name)]);

describe('buildResultSummary with the built-in 27-item form', () => {
  const answers = allNo({
    tt2: 'mot-phan',
    'tt2-khac-phuc': 'Tự học lý luận mỗi tuần.',
    dd5: 'co',
    tdb1: 'co',
    'tdb1-khac-phuc': 'Báo cáo chi bộ.\nSửa ngay.',
  });

  it('lists the flagged items first, by group in form order, each with its remedy text', () => {
    const summary = summaryOf(NQ04, answers);
    expect(summary.indicatorAnswers).toEqual(['Có biểu hiện một phần', 'Có biểu hiện']);
    expect(names(summary.flagged)).toEqual([
      ['Nhóm I. Suy thoái về tư tưởng chính trị', ['tt2']],
      ['Nhóm II. Suy thoái về đạo đức, lối sống', ['dd5']],
      [expect.stringMatching(/^Nhóm III\./), ['tdb1']],
    ]);
    const [tt2] = summary.flagged[0]?.items ?? [];
    expect(tt2).toMatchObject({
      flagged: true,
      title: expect.stringMatching(/^2\. Xa rời tôn chỉ/),
      answer: { text: 'Có biểu hiện một phần', parts: [] },
      followUps: [
        {
          name: 'tt2-khac-phuc',
          title: 'Biện pháp khắc phục cho biểu hiện 2',
          answer: { text: 'Tự học lý luận mỗi tuần.', parts: [] },
        },
      ],
    });
    expect(summary.flagged[2]?.items[0]?.followUps[0]?.answer?.text).toBe(
      'Báo cáo chi bộ.\nSửa ngay.',
    );
  });

  it('shows a flagged item whose remedy box was left empty with an empty remedy', () => {
    const [dd5] = summaryOf(NQ04, answers).flagged[1]?.items ?? [];
    expect(dd5?.followUps).toEqual([
      { name: 'dd5-khac-phuc', number: '', title: expect.any(String), answer: undefined },
    ]);
  });

  it('then lists the other answers by group, in form order, without hidden remedy boxes', () => {
    const summary = summaryOf(NQ04, answers);
    expect(summary.answered.map((section) => section.items.length)).toEqual([8, 8, 8]);
    expect(summary.answered[0]?.items.map((item) => item.name)).toEqual([
      'tt1',
      'tt3',
      'tt4',
      'tt5',
      'tt6',
      'tt7',
      'tt8',
      'tt9',
    ]);
    for (const item of summary.answered.flatMap((section) => section.items)) {
      expect(item).toMatchObject({ flagged: false, answer: { text: 'Không có' }, followUps: [] });
    }
    expect(summary.unanswered).toEqual([]);
  });

  it('lists unanswered items as unanswered, in their groups', () => {
    const { tt4: _tt4, dd9: _dd9, ...rest } = answers;
    const summary = summaryOf(NQ04, rest);
    expect(names(summary.unanswered)).toEqual([
      [expect.stringMatching(/^Nhóm I\./), ['tt4']],
      [expect.stringMatching(/^Nhóm II\./), ['dd9']],
    ]);
    expect(summary.unanswered[0]?.items[0]?.answer).toBeUndefined();
  });

  it('gives an empty flagged part when nothing is flagged', () => {
    const summary = summaryOf(NQ04, allNo({}));
    expect(summary.flagged).toEqual([]);
    expect(summary.answered.flatMap((section) => section.items)).toHaveLength(27);
  });

  it('words groups, items, answers and indicator values in English', () => {
    const summary = summaryOf(NQ04, answers, 'en');
    expect(summary.indicatorAnswers).toEqual(['Partly', 'Yes']);
    expect(summary.flagged[0]?.title).toBe('Group I. Decline in political ideology');
    expect(summary.flagged[0]?.items[0]).toMatchObject({
      answer: { text: 'Partly' },
      followUps: [{ title: 'Remedial measures for item 2' }],
    });
    expect(summary.answered[0]?.items[0]?.answer?.text).toBe('No');
  });
});

/** A form with no aggregate groups, made of these pages. */
const plainForm = (pages: Record<string, unknown>[]) => ({
  aggregate: { groups: [] },
  survey: { pages },
});

describe('buildResultSummary with any form', () => {
  it('lists every answered question with its answer text, in form order by page', () => {
    const form = plainForm([
      {
        name: 'p1',
        title: { vi: 'Thông tin', en: 'About you' },
        elements: [
          { type: 'text', name: 'name', title: 'Tên' },
          {
            type: 'checkbox',
            name: 'topics',
            title: 'Chủ đề',
            choices: [
              { value: 'a', text: { vi: 'Học tập', en: 'Study' } },
              { value: 'b', text: { vi: 'Công tác', en: 'Work' } },
            ],
            showOtherItem: true,
          },
          { type: 'boolean', name: 'agree', title: 'Đồng ý' },
          { type: 'rating', name: 'score', title: 'Điểm' },
        ],
      },
      {
        name: 'p2',
        elements: [
          {
            type: 'matrix',
            name: 'grid',
            title: 'Bảng',
            columns: [
              { value: 1, text: 'Ít' },
              { value: 2, text: 'Nhiều' },
            ],
            rows: [
              { value: 'r1', text: 'Dòng 1' },
              { value: 'r2', text: 'Dòng 2' },
            ],
          },
          {
            type: 'paneldynamic',
            name: 'plans',
            title: 'Kế hoạch',
            templateElements: [{ type: 'text', name: 'what', title: 'Việc' }],
          },
          { type: 'comment', name: 'note', title: 'Ghi chú' },
        ],
      },
    ]);
    const summary = summaryOf(form, {
      name: 'An',
      topics: ['b', 'other'],
      'topics-Comment': 'Gia đình',
      agree: false,
      score: 4,
      grid: { r2: 2 },
      plans: [{ what: 'Đọc sách' }, { what: 'Tập thể dục' }],
    });
    expect(summary.indicatorAnswers).toBeUndefined();
    expect(summary.flagged).toEqual([]);
    expect(summary.answered.map((section) => [section.title, section.pageNumber])).toEqual([
      ['Thông tin', 1],
      [undefined, 2],
    ]);
    const answered = summary.answered.flatMap((section) => section.items);
    expect(answered.map((item) => [item.title, item.answer])).toEqual([
      ['Tên', { text: 'An', parts: [] }],
      ['Chủ đề', { text: 'Công tác, Gia đình', parts: [] }],
      ['Đồng ý', { text: expect.any(String), parts: [] }],
      ['Điểm', { text: '4', parts: [] }],
      [
        'Bảng',
        { text: undefined, parts: [{ label: 'Dòng 2', answer: { text: 'Nhiều', parts: [] } }] },
      ],
      [
        'Kế hoạch',
        {
          text: undefined,
          parts: [
            {
              label: expect.stringMatching(/ 1$/),
              answer: {
                text: undefined,
                parts: [{ label: 'Việc', answer: { text: 'Đọc sách', parts: [] } }],
              },
            },
            {
              label: expect.stringMatching(/ 2$/),
              answer: {
                text: undefined,
                parts: [{ label: 'Việc', answer: { text: 'Tập thể dục', parts: [] } }],
              },
            },
          ],
        },
      ],
    ]);
    expect(names(summary.unanswered)).toEqual([[undefined, ['note']]]);
  });

  it('leaves out hidden pages and questions, and adds a question comment to its answer', () => {
    const form = plainForm([
      {
        name: 'p1',
        elements: [
          {
            type: 'radiogroup',
            name: 'q1',
            title: 'Câu 1',
            choices: ['x', 'y'],
            showCommentArea: true,
            commentText: 'Giải thích',
          },
          { type: 'text', name: 'hidden', title: 'Ẩn', visibleIf: "{q1} = 'y'" },
        ],
      },
      { name: 'p2', visibleIf: "{q1} = 'y'", elements: [{ type: 'text', name: 'q2' }] },
    ]);
    const summary = summaryOf(form, { q1: 'x', 'q1-Comment': 'Vì thế', hidden: 'a', q2: 'b' });
    expect(summary.answered).toEqual([
      {
        id: 'page:p1',
        title: undefined,
        pageNumber: 1,
        items: [
          {
            name: 'q1',
            number: '',
            title: 'Câu 1',
            flagged: false,
            answer: {
              text: 'x',
              parts: [{ label: 'Giải thích', answer: { text: 'Vì thế', parts: [] } }],
            },
            followUps: [],
          },
        ],
      },
    ]);
    expect(summary.unanswered).toEqual([]);
  });

  it('adds a matrix comment after its rows, texts as written', () => {
    const form = plainForm([
      {
        name: 'p1',
        elements: [
          {
            type: 'matrix',
            name: 'm',
            title: 'Bảng',
            columns: ['a', { value: 'b', text: 'B & <b>' }],
            rows: [{ value: 'r1', text: 'Dòng <1> & 2' }],
            showCommentArea: true,
            commentText: 'Ghi thêm',
          },
        ],
      },
    ]);
    const [item] = summaryOf(form, { m: { r1: 'b' }, 'm-Comment': 'Rõ' }).answered[0]?.items ?? [];
    expect(item?.answer).toEqual({
      text: undefined,
      parts: [
        // Pack text stays text: nothing is escaped or read as markup.
        { label: 'Dòng <1> & 2', answer: { text: 'B & <b>', parts: [] } },
        { label: 'Ghi thêm', answer: { text: 'Rõ', parts: [] } },
      ],
    });
  });

  it('attaches follow-ups through a panel condition, and lists ungrouped questions by page after the groups', () => {
    const form = {
      aggregate: {
        groups: [{ id: 'g', title: { vi: 'Nhóm' }, questions: ['a', 'b'] }],
        indicator: { title: { vi: 'Có' }, values: [2, 3] },
      },
      survey: {
        showQuestionNumbers: 'on',
        pages: [
          {
            name: 'p1',
            title: 'Trang một',
            elements: [
              {
                type: 'rating',
                name: 'a',
                title: 'A',
                rateValues: [1, 2, { value: 3, text: 'Ba' }],
              },
              {
                type: 'panel',
                name: 'why',
                visibleIf: '{a} >= 2',
                elements: [
                  { type: 'text', name: 'when', title: 'Khi nào' },
                  { type: 'comment', name: 'how', title: 'Cách sửa' },
                ],
              },
              { type: 'dropdown', name: 'b', title: 'B', choices: [1, 2, 3] },
              { type: 'text', name: 'free', title: 'Tự do' },
            ],
          },
        ],
      },
    };
    const summary = summaryOf(form, { a: 3, when: 'Tuần sau', b: 1, free: 'z' });
    expect(summary.indicatorAnswers).toEqual(['2', 'Ba']);
    expect(summary.flagged).toHaveLength(1);
    expect(summary.flagged[0]?.items[0]).toMatchObject({
      name: 'a',
      number: '1.',
      answer: { text: 'Ba' },
      followUps: [
        { name: 'when', number: '2.', answer: { text: 'Tuần sau' } },
        { name: 'how', answer: undefined },
      ],
    });
    expect(names(summary.answered)).toEqual([
      ['Nhóm', ['b']],
      ['Trang một', ['free']],
    ]);
  });
});
