import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PackIssue, PackValidationResult } from './issues';
import {
  MAX_EXPRESSION_LENGTH,
  MAX_JSON_DEPTH,
  MAX_PACK_BYTES,
  MAX_PACK_QUESTIONS,
} from './limits';
import { MESSAGES } from './messages';
import { validatePack, validatePackBytes, validatePackText } from './validate';

const FIXTURES = new URL('../../tests/fixtures/packs/', import.meta.url);
const fixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
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
  'element-not-object': [[element(2), 'survey.wrong-type']],
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
  // Shapes survey-core would crash on: reported at their path, and the form stops there.
  'null-element': [[element(2), 'survey.wrong-type']],
  'numeric-name': [[`${element(2)}.name`, 'survey.wrong-type']],
  'numeric-type': [[`${element(2)}.type`, 'survey.wrong-type']],
  'null-items': [
    ['$.forms[0].survey.pages[1]', 'survey.wrong-type'],
    [`${element(0)}.choices[2]`, 'survey.wrong-type'],
    [`${element(1)}.validators[0]`, 'survey.wrong-type'],
    ['$.forms[0].survey.triggers[0]', 'survey.wrong-type'],
  ],
  'pages-string': [['$.forms[0].survey.pages', 'survey.not-an-array']],
  'survey-array': [['$.forms[0].survey', 'envelope.wrong-type']],
  // The last resort when survey-core throws on something the shape checks do not know.
  'survey-core-throws': [
    ['$.forms[0].survey', 'survey.unreadable'],
    // The property it throws on is not rendered either (grid layout).
    [`${element(1)}.effectiveColSpan`, 'survey.unrendered-property'],
  ],
  // `questions` is survey-core's alias of a paneldynamic's `templateElements`.
  'paneldynamic-questions-type': [[`${element(2)}.questions[0].type`, 'survey.type-not-allowed']],
  'paneldynamic-questions-duplicate': [
    [`${element(2)}.questions[1].name`, 'survey.name-duplicate'],
  ],
  'aggregate-paneldynamic-questions': [[groupEntry(0, 1), 'aggregate.question-in-paneldynamic']],
  'choices-by-url': [[`${element(2)}.choicesByUrl`, 'survey.network-property']],
  'network-properties': [
    ['$.forms[0].survey.navigateToUrl', 'survey.network-property'],
    ['$.forms[0].survey.logo', 'survey.network-property'],
    ['$.forms[0].survey.surveyPostId', 'survey.network-property'],
    ['$.forms[0].survey.sendResultOnPageNext', 'survey.network-property'],
    ['$.forms[0].survey.cookieName', 'survey.network-property'],
  ],
  'aggregate-free-text': [
    [`${element(0)}.showOtherItem`, 'aggregate.free-text'],
    [`${element(2)}.hasComment`, 'aggregate.free-text'],
    [`${element(3)}.choices[0].showCommentArea`, 'aggregate.free-text'],
  ],
  'value-name-duplicate': [[`${element(2)}.valueName`, 'survey.value-name-duplicate']],
  'name-trailing-space': [[`${element(2)}.name`, 'survey.name-duplicate']],
  'markup-choice-strings': [
    [`${element(0)}.choices[1]`, 'text.markup'],
    [`${element(0)}.choices[2]`, 'text.markup'],
    [`${element(2)}.rows[1]`, 'text.markup'],
    [`${element(3)}.rateValues[0]`, 'text.markup'],
  ],
  'no-questions': [['$.forms[0].survey', 'survey.no-questions']],
  'parent-panel-reference': [
    [`${element(2)}.templateElements[1].visibleIf`, 'survey.parent-panel-reference'],
  ],
  'https-no-slashes': [['$.sources[0].url', 'envelope.https-url']],
  'invisible-text': [['$.title.vi', 'envelope.empty']],
  // Read as UTF-8 text, a Latin-1 or UTF-16 file shows U+FFFD where its bytes did not fit.
  'latin1.txt': [['$', 'json.not-utf8']],
  'utf16.txt': [['$', 'json.not-utf8']],
};

/** Codes exercised outside the fixture table: generated packs here, the CLI test for files. */
const GENERATED_CODES = [
  'json.too-large',
  'json.too-deep',
  'pack.too-many-questions',
  'survey.expression-too-long',
];
const CLI_CODES = ['file.unreadable', 'file.check-failed'];
/** Codes whose rules have their own test file (built from the base pack by overrides). */
const TESTED_ELSEWHERE = [
  // survey-property-values.test.ts
  'survey.locale-unsupported',
  // worst-case.test.ts
  'survey.paneldynamic-too-deep',
  'survey.too-many-start-panels',
  'survey.too-many-start-panel-questions',
  // rules/aggregate.test.ts
  'aggregate.value-name',
  'aggregate.choices-unknown',
  'aggregate.indicator-value-unknown',
  // look-alike.test.ts
  'survey.choice-look-alike',
  'text.bidi-control',
  // validate-stages.test.ts
  'pack.expressions-too-long',
  // format-additions.test.ts: source status, lineage and parent mapping
  'source.replaced-by-missing',
  'source.replaced-by-unexpected',
  'lineage.from-not-earlier',
  'lineage.from-duplicate',
  'lineage.form-unknown',
  'lineage.form-duplicate',
  'lineage.question-unknown',
  'lineage.choice-unknown',
  'lineage.removed-still-present',
  'parent.form-unknown',
  'parent.form-duplicate',
  'parent.item-not-aggregated',
  'parent.item-unmapped',
  'parent.parent-form-unknown',
  'parent.parent-question-unknown',
  'parent.parent-question-not-aggregated',
  'parent.choice-incompatible',
];
/**
 * Fallbacks: zod issue kinds the pack schema cannot produce today, and survey-core errors
 * without an object of their own (a string in `elements` used to be one), which the shape
 * checks now report first.
 */
const FALLBACK_CODES = ['envelope.invalid', 'survey.json-error'];

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

  it('rejects the envelope type name "record" in words, not as zod calls it', () => {
    const [issue] = issuesOf(validatePackText(fixtureText('invalid/survey-array.json')));
    expect(issue?.vi).toContain('đối tượng { … }');
    expect(`${issue?.vi} ${issue?.en}`).not.toContain('record');
  });
});

describe('validatePackBytes', () => {
  it('accepts UTF-8, with or without a byte order mark', () => {
    const bytes = fixtureBytes('valid.json');
    expect(validatePackBytes(bytes).ok).toBe(true);
    expect(validatePackBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).ok).toBe(true);
  });

  it.each([
    ['Latin-1', fixtureBytes('invalid/latin1.txt'), 'dòng 6, cột 13'],
    ['UTF-16 with a byte order mark', fixtureBytes('invalid/utf16.txt'), 'dòng 1, cột 1'],
    // Without a byte order mark, UTF-16 is valid UTF-8 with a NUL after each ASCII letter.
    [
      'UTF-16 without a byte order mark',
      new Uint8Array(Buffer.from('{"a":1}', 'utf16le')),
      'cột 2',
    ],
  ])('rejects %s as not UTF-8, saying where', (_encoding, bytes, where) => {
    const issues = issuesOf(validatePackBytes(bytes));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([['$', 'json.not-utf8']]);
    expect(issues[0]?.vi).toContain(where);
    expectReadable(issues[0] as PackIssue);
  });

  it('checks the size in bytes before decoding', () => {
    const issues = issuesOf(validatePackBytes(new Uint8Array(MAX_PACK_BYTES + 1).fill(0xff)));
    expect(issues.map((issue) => issue.code)).toEqual(['json.too-large']);
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

  it('reports the envelope and the survey issues together when the forms can be read', () => {
    const pack = fixture('invalid/type-html.json');
    pack.id = 'Not Kebab';
    expect(issuesOf(validatePack(pack)).map((issue) => [issue.path, issue.code])).toEqual([
      ['$.id', 'envelope.kebab-id'],
      [`${element(2)}.type`, 'survey.type-not-allowed'],
    ]);
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
      choices: [
        { value: '<b>', text: 'Nhỏ hơn' },
        { value: 'a&amp;b', text: 'Bằng' },
        '<i>|Lớn hơn',
      ],
      visibleIf: "{huu_ich} notempty and {huu_ich} = true and '<i>' notempty",
    });
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  it(`accepts expressions of ${MAX_EXPRESSION_LENGTH} characters and rejects longer ones before survey-core reads them`, () => {
    const pack = fixture('valid.json');
    const condition = (length: number) => `{huu_ich} = true${' '.repeat(length - 16)}`;
    pack.forms[1]?.survey.elements?.push(
      { type: 'text', name: 'vua_du', visibleIf: condition(MAX_EXPRESSION_LENGTH) },
      { type: 'text', name: 'qua_dai', visibleIf: condition(MAX_EXPRESSION_LENGTH + 1) },
    );
    const issues = issuesOf(validatePack(pack));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[1].survey.elements[3].visibleIf', 'survey.expression-too-long'],
    ]);
    expectReadable(issues[0] as PackIssue);
  });

  it('still checks the other forms when one form has a shape survey-core cannot read', () => {
    const pack = fixture('valid.json');
    pack.forms[0]?.survey.pages?.[0]?.elements.push(null);
    pack.forms[1]?.survey.elements?.push({ type: 'file', name: 'tep' });
    expect(issuesOf(validatePack(pack)).map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[0].survey.pages[0].elements[3]', 'survey.wrong-type'],
      ['$.forms[1].survey.elements[2].type', 'survey.type-not-allowed'],
    ]);
  });

  it('rejects a list where a text belongs and a non-string expression, at their paths', () => {
    const pack = fixture('valid.json');
    pack.forms[1]?.survey.elements?.push(
      { type: 'text', name: 'a', title: ['<b>Đậm</b>'] },
      { type: 'text', name: 'b', visibleIf: 5, title: 2025 },
    );
    expect(issuesOf(validatePack(pack)).map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[1].survey.elements[2].title', 'survey.wrong-type'],
      ['$.forms[1].survey.elements[3].visibleIf', 'survey.wrong-type'],
    ]);
  });

  it("counts the questions of a paneldynamic's `questions` alias towards the limit", () => {
    const pack = fixture('valid.json');
    const questions = Array.from({ length: MAX_PACK_QUESTIONS }, (_, n) => ({
      type: 'boolean',
      name: `q${n}`,
    }));
    pack.forms[1]?.survey.elements?.push({ type: 'paneldynamic', name: 'lap', questions });
    const codes = issuesOf(validatePack(pack)).map((issue) => issue.code);
    expect(codes).toEqual(['pack.too-many-questions']);
  });

  it('accepts what looks like, but is not, a problem', () => {
    const pack = fixture('valid.json');
    const elements = pack.forms[1]?.survey.elements ?? [];
    elements.push(
      // Not HTML entities: only real entity names count.
      { type: 'text', name: 'ghi_chu', title: 'R&D; A&B; Tom & Jerry; điểm < 5' },
      // A fixed "None" choice is not free text, on a counted question too.
      { type: 'radiogroup', name: 'muc_do', choices: ['it', 'nhieu'], showNoneItem: true },
      // A valueName equal to the question's own name changes nothing.
      { type: 'text', name: 'ten', valueName: 'ten' },
      // {parentPanel.x} inside a nested paneldynamic, x a question of the outer one.
      {
        type: 'paneldynamic',
        name: 'ngoai',
        templateElements: [
          { type: 'text', name: 'o1' },
          {
            type: 'paneldynamic',
            name: 'trong',
            templateElements: [
              { type: 'text', name: 'i1', visibleIf: '{parentPanel.o1} notempty' },
            ],
          },
        ],
      },
    );
    (pack.forms[1] as { aggregate: unknown }).aggregate = {
      groups: [{ id: 'muc-do', title: { vi: 'Mức độ' }, questions: ['muc_do'] }],
    };
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  it('keeps template question names unique across the form, in two paneldynamics too', () => {
    const pack = fixture('valid.json');
    pack.forms[1]?.survey.elements?.push(
      { type: 'paneldynamic', name: 'lap_1', templateElements: [{ type: 'text', name: 'viec' }] },
      { type: 'paneldynamic', name: 'lap_2', templateElements: [{ type: 'text', name: 'viec' }] },
    );
    expect(issuesOf(validatePack(pack)).map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[1].survey.elements[3].templateElements[0].name', 'survey.name-duplicate'],
    ]);
  });

  it('has a failing case for every message code', () => {
    const exercised = new Set([
      ...Object.values(INVALID).flatMap((issues) => issues.map(([, code]) => code)),
      ...GENERATED_CODES,
      ...CLI_CODES,
      ...TESTED_ELSEWHERE,
      ...FALLBACK_CODES,
    ]);
    expect([...exercised].sort()).toEqual(Object.keys(MESSAGES).sort());
  });
});
