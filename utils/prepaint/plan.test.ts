import { describe, expect, it } from 'vitest';
import { planPrepaint } from './plan';

const radio = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'radiogroup',
  name,
  choices: ['a', { value: 2, text: { vi: 'Hai', en: 'Two' } }],
  ...extra,
});
const plan = (
  survey: Record<string, unknown>,
  data: Record<string, unknown> = {},
  currentPage = 0,
) => planPrepaint({ survey, data, currentPage, locale: 'vi' });

describe('planPrepaint', () => {
  it('paints the current page with its answers, in the locale', () => {
    const survey = {
      pages: [{ elements: [radio('q1')] }, { title: 'Hai', elements: [radio('q2')] }],
    };
    const page = plan(survey, { q2: '2' }, 1);
    expect(page).toMatchObject({ pageNo: 1, pageCount: 2, title: 'Hai', requiredMark: '*' });
    expect(page?.questions[0]).toMatchObject({
      name: 'q2',
      title: 'q2',
      choices: [
        { value: 'a', text: 'a', checked: false },
        { value: 2, text: 'Hai', checked: true },
      ],
    });
    const english = planPrepaint({ survey, data: {}, currentPage: 1, locale: 'en' });
    expect(english?.questions[0]?.kind === 'radio' && english.questions[0].choices[1]?.text).toBe(
      'Two',
    );
  });

  it('waits for the model when the page itself depends on it', () => {
    const elements = [radio('q')];
    for (const survey of [
      { firstPageIsStartPage: true, pages: [{ elements }] },
      { showQuestionNumbers: 'on', pages: [{ elements }] },
      { pages: [{ elements, visibleIf: '{x} = 1' }] },
      // A page with only conditional elements may be skipped by survey-core.
      { pages: [{ elements: [radio('p', { visibleIf: "{q} = 'a'" })] }, { elements }] },
      { pages: [{ elements, title: 'Xin chào {name}' }] },
      { pages: [] },
    ]) {
      expect(plan(survey)).toBeNull();
    }
    expect(plan({ pages: [{ elements }] }, {}, 3)).toBeNull();
  });

  it('leaves to the model each element it cannot paint as survey-core would', () => {
    const page = plan({
      elements: [
        radio('kept'),
        radio('other', { showOtherItem: true }),
        radio('numbered', { title: 'Câu {n}' }),
        radio('complex', { visibleIf: "iif({kept} = 'a', true, false)" }),
        radio('choiceIf', { choices: [{ value: 'a', visibleIf: '{x} = 1' }] }),
        { type: 'text', name: 'number', inputType: 'number' },
        { type: 'panel', name: 'group', elements: [radio('inner')] },
        { type: 'comment', name: 'note', visibleIf: "{kept} = 'a'", maxLength: 0 },
      ],
    });
    expect(page?.questions.map((question) => question.name)).toEqual(['kept', 'note']);
    expect(page?.questions[1]).toMatchObject({ kind: 'comment', maxLength: undefined, rows: 4 });
  });
});
