import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PackValidationResult } from '../issues';
import { validatePack } from '../validate';

const VALID = readFileSync(
  new URL('../../../tests/fixtures/packs/valid.json', import.meta.url),
  'utf8',
);

/** The valid fixture with its first form's survey changed by `edit`. */
interface SurveyFixture {
  [key: string]: unknown;
  pages: Array<{ elements: Array<Record<string, unknown>> }>;
}

/** The first page's elements, which the valid fixture has. */
function elementsOf(survey: SurveyFixture): Array<Record<string, unknown>> {
  const page = survey.pages[0];
  if (!page) throw new Error('the valid fixture has a first page');
  return page.elements;
}

function packWith(edit: (survey: SurveyFixture) => void): unknown {
  const pack = JSON.parse(VALID);
  edit(pack.forms[0].survey);
  return pack;
}

function pairs(result: PackValidationResult): Array<[string, string]> {
  return result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
}

const SURVEY = '$.forms[0].survey';
const FIRST = `${SURVEY}.pages[0].elements[0]`;

describe('unrendered properties', () => {
  it('accepts the rendered and model-handled properties of Creator output', () => {
    const result = validatePack(
      packWith((survey) => {
        Object.assign(survey, {
          logoPosition: 'right',
          headerView: 'advanced',
          firstPageIsStartPage: false,
          showPreviewBeforeComplete: true,
          autoAdvanceEnabled: true,
          requiredMark: '(*)',
          questionTitleLocation: 'top',
          widthMode: 'responsive',
        });
        Object.assign(elementsOf(survey)[0] ?? {}, { titleLocation: 'hidden' });
        Object.assign(elementsOf(survey)[1] ?? {}, { startWithNewLine: false, width: '40%' });
      }),
    );
    expect(pairs(result)).toEqual([]);
  });

  it('rejects what is not shown, at its exact path, saying what to do', () => {
    const result = validatePack(
      packWith((survey) => {
        survey.questionTitleLocation = 'left';
        survey.showTimer = true;
        Object.assign(elementsOf(survey)[0] ?? {}, { colSpan: 2, width: 'calc(50% - 1rem)' });
      }),
    );
    // In document order: the fixture's pages come before the keys added here.
    expect(pairs(result)).toEqual([
      [`${FIRST}.colSpan`, 'survey.unrendered-property'],
      [`${FIRST}.width`, 'survey.unrendered-property'],
      [`${SURVEY}.questionTitleLocation`, 'survey.unrendered-property'],
      [`${SURVEY}.showTimer`, 'survey.unrendered-property'],
    ]);
    if (result.ok) return;
    expect(result.issues[2]?.vi).toContain('"questionTitleLocation": "left"');
    expect(result.issues[2]?.vi).toContain('Hãy dùng "top"');
    expect(result.issues[2]?.en).toContain('Use "top"');
  });

  it('checks nested objects by their own class', () => {
    const result = validatePack(
      packWith((survey) => {
        elementsOf(survey).push({
          type: 'radiogroup',
          name: 'nested_choice',
          choices: [{ value: 'a', text: 'A', elements: [{ type: 'text', name: 'inner' }] }],
        });
      }),
    );
    const index = JSON.parse(VALID).forms[0].survey.pages[0].elements.length;
    expect(pairs(result)).toContainEqual([
      `${SURVEY}.pages[0].elements[${index}].choices[0].elements`,
      'survey.unrendered-property',
    ]);
  });

  it('rejects a mask on an input survey-core does not mask', () => {
    const mask = { type: 'text', maskType: 'numeric' };
    const result = validatePack(
      packWith((survey) => {
        elementsOf(survey).push(
          { ...mask, name: 'so_tien' },
          { ...mask, name: 'dien_thoai', inputType: 'tel' },
          { ...mask, name: 'so_luong', inputType: 'number' },
        );
      }),
    );
    const index = JSON.parse(VALID).forms[0].survey.pages[0].elements.length;
    expect(pairs(result)).toEqual([
      [`${SURVEY}.pages[0].elements[${index + 2}].maskType`, 'survey.unrendered-property'],
    ]);
  });
});
