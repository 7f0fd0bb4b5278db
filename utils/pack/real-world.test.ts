import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPackFile } from '../cli/check-file';
import { issuePairs } from './testing/packs';
import { validatePackBytes } from './validate';

/**
 * The forms are the SurveyJS team's documentation examples, which this repository may not
 * carry (see the folder's README.md): they are kept in a local, git-ignored folder, or in the
 * folder named by TU_SOI_REAL_WORLD_DIR. Without them this file has nothing to check; our own
 * Creator-style forms (creator-style.test.ts) cover the same ground in every run.
 */
const CORPUS = process.env.TU_SOI_REAL_WORLD_DIR
  ? new URL(`file://${process.env.TU_SOI_REAL_WORLD_DIR.replace(/\/?$/, '/')}`)
  : new URL('../../tests/fixtures/real-world/local/', import.meta.url);
const present = existsSync(CORPUS);
const S = '$.forms[0].survey';

/**
 * Real SurveyJS forms from the SurveyJS documentation (sources in the folder's README.md), and
 * exactly what the checker must say about each: [] for forms that use only allowed features.
 */
const EXPECTED: Record<string, Array<[path: string, code: string]>> = {
  'choices-by-url': [[`${S}.elements[0].choicesByUrl`, 'survey.network-property']],
  'file-upload': [[`${S}.elements[0].type`, 'survey.type-not-allowed']],
  'localization-french': [[`${S}.locale`, 'survey.locale-unsupported']],
  'localization-per-locale-texts': [],
  // Two questions sharing one valueName is SurveyJS's "merge values" feature; a pack forbids it.
  'merge-question-values': [
    [`${S}.elements[1].templateTitle`, 'survey.reference-unknown'],
    [`${S}.elements[1].valueName`, 'survey.value-name-duplicate'],
  ],
  'multi-page-navigation': [],
  'multi-page-progress': [],
  'multi-page-start-page-html': [
    [`${S}.pages[0].elements[0].name`, 'survey.required-property'],
    [`${S}.pages[0].elements[0].type`, 'survey.type-not-allowed'],
    [`${S}.completedHtml`, 'survey.html-property'],
    [`${S}.pages[0].elements[0].html`, 'survey.html-property'],
  ],
  'multi-page-survey': [],
  'pre-populate-default-value': [],
  // Random choice order is refused: every member sees the same order.
  'quiz-basic': [
    [`${S}.pages[1].elements[0].choicesOrder`, 'survey.unrendered-property'],
    [`${S}.pages[2].elements[0].choicesOrder`, 'survey.unrendered-property'],
  ],
  'quiz-completed-html': [
    [`${S}.pages[0].elements[0].name`, 'survey.required-property'],
    [`${S}.pages[0].elements[0].type`, 'survey.type-not-allowed'],
    [`${S}.completedHtml`, 'survey.html-property'],
    [`${S}.pages[0].elements[0].html`, 'survey.html-property'],
    [`${S}.completedHtmlOnCondition[0].html`, 'survey.html-property'],
    [`${S}.completedHtmlOnCondition[1].html`, 'survey.html-property'],
    [`${S}.progressBarLocation`, 'survey.unrendered-property'],
    [`${S}.showTimer`, 'survey.unrendered-property'],
    [`${S}.timeLimitPerPage`, 'survey.unrendered-property'],
    [`${S}.timeLimit`, 'survey.unrendered-property'],
    [`${S}.pages[2].elements[0].choicesOrder`, 'survey.unrendered-property'],
    [`${S}.pages[3].elements[0].choicesOrder`, 'survey.unrendered-property'],
  ],
  // A timer is not shown; the progress bar is only drawn at the top.
  'quiz-timer': [
    [`${S}.progressBarLocation`, 'survey.unrendered-property'],
    [`${S}.showTimer`, 'survey.unrendered-property'],
    [`${S}.timeLimitPerPage`, 'survey.unrendered-property'],
    [`${S}.timeLimit`, 'survey.unrendered-property'],
    [`${S}.pages[1].elements[0].choicesOrder`, 'survey.unrendered-property'],
    [`${S}.pages[2].elements[0].choicesOrder`, 'survey.unrendered-property'],
  ],
  'simple-survey-questions': [],
  'simple-survey-rating': [],
  // A function the page registers in code: the extension cannot run it.
  'validation-custom-function': [[`${S}.elements[0].validators[0].expression`, 'survey.lint']],
  'validation-numeric': [],
};

const files = (present ? readdirSync(CORPUS) : [])
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));

describe.skipIf(!present)('real-world SurveyJS forms (local corpus)', () => {
  it('has an expected verdict for every file of the corpus, and a file for every verdict', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)(
    '%s gets the same, expected verdict in the CLI and the extension',
    async (name) => {
      const url = new URL(`${name}.json`, CORPUS);
      const cli = await checkPackFile(fileURLToPath(url));
      const extension = validatePackBytes(new Uint8Array(readFileSync(url)));
      expect(extension).toEqual(cli);
      expect(issuePairs(cli)).toEqual(EXPECTED[name]);
    },
  );
});
