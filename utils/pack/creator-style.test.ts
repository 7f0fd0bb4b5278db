import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Model,
  type PanelModelBase,
  type Question,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionMatrixModel,
  QuestionPanelDynamicModel,
  QuestionRatingModel,
  QuestionSelectBase,
  surveyLocalization,
} from 'survey-core';
import { describe, expect, it } from 'vitest';
import { checkPackFile } from '../cli/check-file';
import type { PackValidationResult } from './issues';
import { issuePairs } from './testing/packs';
import { validatePackBytes } from './validate';

/**
 * Our own forms, written from scratch in the style SurveyJS Creator and its users produce
 * (tests/fixtures/creator-style/): Creator's defaults (`logoPosition`, `page1`, `question1`,
 * `item1`), its page and layout options and its logic. Most use only what Tự soi accepts and
 * must be completable; the others each use one or two features a pack rejects.
 */
const CORPUS = new URL('../../tests/fixtures/creator-style/', import.meta.url);
const S = '$.forms[0].survey';

/** Exactly what the checker must say about each file: [] for a valid pack. */
const EXPECTED: Record<string, Array<[path: string, code: string]>> = {
  'cau-do-lich-su-dang': [],
  'dang-ky-tham-quan': [],
  'danh-gia-tap-huan': [],
  'dieu-tra-ho-gia-dinh': [],
  'gop-y-du-thao': [],
  'hoi-nghi-nguoi-lao-dong': [],
  'kiem-diem-chi-uy': [],
  'nhan-xet-dang-vien': [],
  'phan-hoi-su-kien': [],
  've-sinh-moi-truong': [],
  // Titles on the left are not drawn; a counted question stores its answer under its valueName.
  'binh-xet-gia-dinh-van-hoa': [
    [`${S}.questionTitleLocation`, 'survey.unrendered-property'],
    [`${S}.pages[0].elements[0].valueName`, 'aggregate.value-name'],
  ],
  // A drop-down filled from a web service, and a file upload.
  'minh-chung-thi-dua': [
    [`${S}.pages[0].elements[1].type`, 'survey.type-not-allowed'],
    [`${S}.pages[0].elements[0].choicesByUrl`, 'survey.network-property'],
  ],
  // A name typed decomposed (NFD) repeats the name above it; a title holds U+202E … U+202C.
  'ten-cau-hoi-gia-mao': [
    [`${S}.pages[0].elements[2].title`, 'text.bidi-control'],
    [`${S}.pages[0].elements[2].title`, 'text.bidi-control'],
    [`${S}.pages[0].elements[1].name`, 'survey.name-duplicate'],
  ],
  // A timed quiz with shuffled choices.
  'thi-tim-hieu-phap-luat': [
    [`${S}.showTimer`, 'survey.unrendered-property'],
    [`${S}.timeLimit`, 'survey.unrendered-property'],
    [`${S}.pages[1].elements[0].choicesOrder`, 'survey.unrendered-property'],
  ],
  // An html question with a name, and completedHtml.
  'thong-bao-hop-chi-bo': [
    [`${S}.pages[0].elements[0].type`, 'survey.type-not-allowed'],
    [`${S}.completedHtml`, 'survey.html-property'],
    [`${S}.pages[0].elements[0].html`, 'survey.html-property'],
  ],
};

/**
 * Text answers that satisfy each form's masks, input types and validators, by form and question
 * name. Every other required question gets its first offered value (see `validValue`).
 */
const TEXT_ANSWERS: Record<string, Record<string, unknown>> = {
  'dang-ky-tham-quan': { question3: '2026-12-12' },
  'dieu-tra-ho-gia-dinh': { question2: '0912345678', question4: 4, question8: 1980 },
  'hoi-nghi-nguoi-lao-dong': { question1: 9000000 },
};

const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();
const accepted = files.filter((name) => EXPECTED[name]?.length === 0);

const fileUrl = (name: string) => new URL(`${name}.json`, CORPUS);

async function cliAndExtension(
  name: string,
): Promise<[PackValidationResult, PackValidationResult]> {
  const cli = await checkPackFile(fileURLToPath(fileUrl(name)));
  const extension = validatePackBytes(new Uint8Array(readFileSync(fileUrl(name))));
  return [cli, extension];
}

const firstForm = (name: string) => JSON.parse(readFileSync(fileUrl(name), 'utf8')).forms[0];
const firstSurvey = (name: string): Record<string, unknown> => firstForm(name).survey;
const aggregateGroups = (name: string): unknown[] => firstForm(name).aggregate.groups;

/** A value survey-core accepts for a required question: its first choice, or a plain text. */
function validValue(question: Question, answers: Record<string, unknown>): unknown {
  if (question.name in answers) return answers[question.name];
  if (question instanceof QuestionBooleanModel) return true; // also satisfies a pledge that must be accepted
  if (question instanceof QuestionCheckboxModel) return [question.visibleChoices[0]?.value];
  if (question instanceof QuestionSelectBase) return question.visibleChoices[0]?.value;
  if (question instanceof QuestionRatingModel) return question.visibleRateValues[0]?.value;
  if (question instanceof QuestionMatrixModel) {
    const column = question.visibleColumns[0]?.value;
    return Object.fromEntries(question.visibleRows.map((row) => [row.name, column]));
  }
  switch (question.getType()) {
    case 'text':
    case 'comment':
      return 'Trả lời thử';
    default:
      throw new Error(`no test value for the ${question.getType()} question ${question.name}`);
  }
}

/** Answers every visible required question of the page, in dynamic panels too. */
function fillPage(page: PanelModelBase, answers: Record<string, unknown>): void {
  for (const question of page.questions) {
    if (!question.isVisible) continue;
    if (question instanceof QuestionPanelDynamicModel) {
      for (const panel of question.panels) {
        for (const inner of panel.questions) {
          if (inner.isVisible && inner.isRequired) inner.value = validValue(inner, answers);
        }
      }
    } else if (question.isRequired) {
      question.value = validValue(question, answers);
    }
  }
}

/** Starts, answers page by page, previews when the form asks for it, and completes. */
function complete(model: Model, answers: Record<string, unknown>): void {
  if (model.firstPageIsStartPage) {
    expect(model.state).toBe('starting');
    fillPage(model.activePage, answers);
    expect(model.start()).toBe(true);
  }
  for (let turns = 0; turns < model.visiblePages.length; turns++) {
    const page = model.currentPage;
    fillPage(page, answers);
    if (model.currentPage !== page) continue; // auto-advance turned the page
    if (model.isLastPage) break;
    expect(model.nextPage(), `page ${page.name}`).toBe(true);
  }
  expect(model.isLastPage).toBe(true);
  if (model.showPreviewBeforeComplete !== 'noPreview') {
    expect(model.showPreview()).toBe(true);
    expect(model.state).toBe('preview');
  }
  expect(model.tryComplete()).toBe(true);
  expect(model.state).toBe('completed');
}

describe('Creator-style forms (our own corpus)', () => {
  it('has an expected verdict for every file, and a file for every verdict', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(accepted.length).toBeGreaterThanOrEqual(files.length / 2);
    const counted = accepted.filter((name) => aggregateGroups(name).length > 0);
    expect(counted.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)(
    '%s gets the same, expected verdict in the CLI and the extension',
    async (name) => {
      const [cli, extension] = await cliAndExtension(name);
      expect(extension).toEqual(cli);
      expect(issuePairs(cli)).toEqual(EXPECTED[name]);
    },
  );

  it('gives the same verdicts after the app has set up its survey-core locales', async () => {
    const before = await Promise.all(files.map(cliAndExtension));
    const { createSurveyModel } = await import('../survey/create-model');
    createSurveyModel({ elements: [{ type: 'text', name: 'q' }] }, 'vi');
    expect(surveyLocalization.getLocales(true)).toContain('vi');
    const after = await Promise.all(files.map(cliAndExtension));
    expect(after).toEqual(before);
    for (const [cli, extension] of after) expect(extension).toEqual(cli);
  });

  it.each(accepted)('%s can be completed page by page in survey-core', async (name) => {
    const { createSurveyModel } = await import('../survey/create-model');
    const model = createSurveyModel(firstSurvey(name), 'vi');
    complete(model, TEXT_ANSWERS[name] ?? {});
  });
});
