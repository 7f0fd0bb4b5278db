import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PackIssue, PackValidationResult } from './issues';
import { MAX_JSON_DEPTH, MAX_PACK_BYTES, MAX_PACK_QUESTIONS } from './limits';
import { MESSAGES } from './messages';
import { validatePack, validatePackText } from './validate';

const FIXTURES = new URL('../../tests/fixtures/packs/', import.meta.url);
const fixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
/** Just enough shape to edit fixtures in tests; validation sees them as unknown JSON. */
interface PackFixture {
  [key: string]: unknown;
  forms: Array<{
    survey: { pages?: Array<{ elements: unknown[] }>; elements?: unknown[] };
    aggregate: unknown;
  }>;
}
const fixture = (name: string): PackFixture => JSON.parse(fixtureText(name));
const VIETNAMESE = /[àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function issuesOf(result: PackValidationResult): PackIssue[] {
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.issues;
}

function expectReadable(issue: PackIssue) {
  expect(issue.vi).toMatch(VIETNAMESE);
  expect(issue.en.length).toBeGreaterThan(20);
  expect(issue.en).not.toBe(issue.vi);
}

const element = (index: number) => `$.forms[0].survey.pages[0].elements[${index}]`;
const groupEntry = (group: number, index: number) =>
  `$.forms[0].aggregate.groups[${group}].questions[${index}]`;

/**
 * Each invalid fixture (tests/fixtures/packs/invalid/NAME.json; the bad JSON is .txt so the
 * linter leaves it alone) and exactly what it must report.
 */
const INVALID: Record<string, Array<[path: string, code: string]>> = {
  'bad-json.txt': [['$', 'json.syntax']],
  'bad-format': [['$.format', 'envelope.invalid-value']],
  'missing-vi-title': [['$.title.vi', 'envelope.required']],
  'empty-text': [['$.forms[0].title.vi', 'envelope.empty']],
  'bad-id': [['$.id', 'envelope.kebab-id']],
  'long-id': [['$.forms[0].id', 'envelope.too-long']],
  'bad-semver': [['$.version', 'envelope.semver']],
  'bad-date': [['$.issued', 'envelope.date']],
  'http-url': [['$.sources[0].url', 'envelope.https-url']],
  'no-sources': [['$.sources', 'envelope.too-few']],
  'wrong-type': [['$.publisher', 'envelope.wrong-type']],
  'unknown-key': [['$.author', 'envelope.unknown-key']],
  'markup-envelope-title': [['$.title.vi', 'text.markup']],
  'type-html': [[`${element(2)}.type`, 'survey.type-not-allowed']],
  'type-file': [[`${element(2)}.type`, 'survey.type-not-allowed']],
  'type-missing': [[element(2), 'survey.type-missing']],
  'element-not-object': [['$.forms[0].survey', 'survey.json-error']],
  'unknown-property': [[`${element(0)}.titel`, 'survey.unknown-property']],
  'missing-name': [[`${element(2)}.name`, 'survey.required-property']],
  'invalid-value': [[`${element(2)}.inputType`, 'survey.invalid-value']],
  'not-an-array': [['$.forms[0].survey.pages[0].elements', 'survey.not-an-array']],
  'unknown-validator': [[`${element(1)}.validators[0].type`, 'survey.unknown-class']],
  'dangling-visible-if': [[`${element(1)}.visibleIf`, 'survey.reference-unknown']],
  'dangling-required-if': [[`${element(1)}.requiredIf`, 'survey.reference-unknown']],
  'expression-syntax': [[`${element(1)}.visibleIf`, 'survey.expression-syntax']],
  'unknown-choice': [[`${element(1)}.visibleIf`, 'survey.lint']],
  'markup-survey-title': [[`${element(0)}.title.vi`, 'text.markup']],
  'markup-choice-entity': [[`${element(0)}.choices[1].text`, 'text.markup']],
  'html-property': [['$.forms[0].survey.completedHtml', 'survey.html-property']],
  'mixed-layout': [['$.forms[0].survey.elements', 'survey.mixed-layout']],
  'duplicate-names': [[`${element(2)}.name`, 'survey.name-duplicate']],
  'duplicate-form-ids': [['$.forms[1].id', 'pack.form-id-duplicate']],
  'duplicate-group-ids': [['$.forms[0].aggregate.groups[1].id', 'aggregate.group-id-duplicate']],
  'aggregate-missing': [[groupEntry(0, 1), 'aggregate.question-missing']],
  'aggregate-text': [[groupEntry(0, 1), 'aggregate.question-not-choice']],
  'aggregate-paneldynamic': [[groupEntry(0, 1), 'aggregate.question-in-paneldynamic']],
  'aggregate-two-groups': [[groupEntry(1, 0), 'aggregate.question-repeated']],
};

/** Codes exercised outside the fixture table: generated packs here, the CLI test for files. */
const GENERATED_CODES = ['json.too-large', 'json.too-deep', 'pack.too-many-questions'];
const CLI_CODES = ['file.unreadable'];
/** Fallbacks for zod issue kinds the pack schema cannot produce today. */
const FALLBACK_CODES = ['envelope.invalid'];

describe('validatePackText', () => {
  it('accepts the valid fixture and returns the parsed pack', () => {
    const result = validatePackText(fixtureText('valid.json'));
    expect(result).toMatchObject({ ok: true, pack: { id: 'mau-kiem-tra', version: '1.2.0' } });
  });

  it.each(Object.entries(INVALID))(
    'rejects invalid/%s.json with exactly the expected issues',
    (name, expected) => {
      const file = name.includes('.') ? name : `${name}.json`;
      const issues = issuesOf(validatePackText(fixtureText(`invalid/${file}`)));
      expect(issues.map((issue) => [issue.path, issue.code])).toEqual(expected);
      for (const issue of issues) expectReadable(issue);
    },
  );

  it('gives the line and column of a JSON syntax error', () => {
    const text = fixtureText('invalid/bad-json.txt');
    const lines = text.split('\n');
    const line = lines.findIndex((content) => content.includes(',,'));
    const column = (lines[line] as string).indexOf(',,') + 2;
    const [issue] = issuesOf(validatePackText(text));
    expect(issue?.vi).toContain(`dòng ${line + 1}, cột ${column}`);
    expect(issue?.en).toContain(`line ${line + 1}, column ${column}`);
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(validatePackText(`\uFEFF${fixtureText('valid.json')}`).ok).toBe(true);
  });

  it('measures the size limit in UTF-8 bytes, not characters', () => {
    // "ệ" is 3 bytes: a third of the limit in characters is just over it in bytes.
    const text = JSON.stringify({ padding: 'ệ'.repeat(Math.floor(MAX_PACK_BYTES / 3) + 1) });
    expect(text.length).toBeLessThan(MAX_PACK_BYTES);
    const issues = issuesOf(validatePackText(text));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([['$', 'json.too-large']]);
    expectReadable(issues[0] as PackIssue);
  });
});

describe('validatePack', () => {
  it('rejects JSON nested deeper than the limit, at the first too-deep path', () => {
    const pack = fixture('valid.json');
    let deep: unknown = [];
    for (let depth = 0; depth < MAX_JSON_DEPTH; depth++) deep = [deep];
    pack.extra = deep;
    const issues = issuesOf(validatePack(pack));
    expect(issues.map((issue) => issue.code)).toEqual(['json.too-deep']);
    // The pack is depth 1 and `extra` depth 2, so depth MAX_JSON_DEPTH + 1 is MAX_JSON_DEPTH - 1 arrays in.
    expect(issues[0]?.path).toBe(`$.extra${'[0]'.repeat(MAX_JSON_DEPTH - 1)}`);
    expectReadable(issues[0] as PackIssue);
  });

  it(`rejects a pack with more than ${MAX_PACK_QUESTIONS} questions, nested ones included`, () => {
    const pack = fixture('valid.json');
    const half = MAX_PACK_QUESTIONS / 2;
    for (const [index, form] of pack.forms.entries()) {
      // Half the limit per form plus one in the second: the panels must not count, the
      // questions nested in them must.
      const questions = Array.from({ length: half + index }, (_, n) => ({
        type: 'boolean',
        name: `f${index}_q${n}`,
      }));
      form.survey = {
        pages: [{ elements: [{ type: 'panel', name: `panel${index}`, elements: questions }] }],
      };
      form.aggregate = { groups: [] };
    }
    const issues = issuesOf(validatePack(pack));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms', 'pack.too-many-questions'],
    ]);
    expect(issues[0]?.en).toContain(String(MAX_PACK_QUESTIONS + 1));
  });

  it('collects issues from every form', () => {
    const pack = fixture('valid.json');
    pack.forms[0]?.survey.pages?.[0]?.elements.push({ type: 'html', name: 'loi_chao' });
    pack.forms[1]?.survey.elements?.push({ type: 'file', name: 'tep' });
    const paths = issuesOf(validatePack(pack)).map((issue) => issue.path);
    expect(paths).toEqual([
      '$.forms[0].survey.pages[0].elements[3].type',
      '$.forms[1].survey.elements[2].type',
    ]);
  });

  it('stops after the envelope when it is invalid', () => {
    const pack = fixture('invalid/type-html.json');
    pack.id = 'Not Kebab';
    expect(issuesOf(validatePack(pack)).map((issue) => issue.code)).toEqual(['envelope.kebab-id']);
  });

  it.each(['valid.json', 'invalid/unknown-property.json', 'invalid/html-property.json'])(
    'does not modify the JSON it checks (%s)',
    (name) => {
      const pack = fixture(name);
      const before = structuredClone(pack);
      validatePack(pack);
      expect(pack).toEqual(before);
    },
  );

  it('does not scan expressions, names or values for markup', () => {
    const pack = fixture('valid.json');
    pack.forms[1]?.survey.elements?.push({
      type: 'radiogroup',
      name: 'so_sanh',
      title: 'So sánh',
      choices: [{ value: '<b>', text: 'Nhỏ hơn' }, 'a&amp;b'],
      visibleIf: "{huu_ich} notempty and {huu_ich} = true and '<i>' notempty",
    });
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  it('has a failing case for every message code', () => {
    const exercised = new Set([
      ...Object.values(INVALID).flatMap((issues) => issues.map(([, code]) => code)),
      ...GENERATED_CODES,
      ...CLI_CODES,
      ...FALLBACK_CODES,
    ]);
    expect([...exercised].sort()).toEqual(Object.keys(MESSAGES).sort());
  });
});
