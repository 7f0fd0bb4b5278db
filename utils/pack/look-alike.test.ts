import { describe, expect, it } from 'vitest';
import { lookAlikeKey, shown } from './look-alike';
import { issuePairs, packWith, secondSurvey } from './testing/packs';
import { validatePack } from './validate';

const NFC = 'ki\u1ebfn'; // "kiến", ế as one code point
const NFD = 'kie\u0302\u0301n'; // the same word, e + combining circumflex + combining acute
const ZWSP = '\u200b';

function rejected(result: ReturnType<typeof validatePack>) {
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.issues;
}

describe('lookAlikeKey and shown', () => {
  it('give NFC and NFD spellings, and a zero-width space, the same key', () => {
    expect(NFC).not.toBe(NFD);
    expect(lookAlikeKey(NFD)).toBe(lookAlikeKey(NFC));
    expect(lookAlikeKey(`bh${ZWSP}01`)).toBe(lookAlikeKey('BH01'));
  });

  it('make invisible characters and normalisation differences visible', () => {
    expect(shown(`bh${ZWSP}01`)).toBe('"bh⟨U+200B⟩01"');
    expect(shown(NFD)).toBe(
      `"${NFD}" (U+006B U+0069 U+0065 U+0302 U+0301 U+006E ≠ NFC U+006B U+0069 U+1EBF U+006E)`,
    );
    expect(shown('bh01')).toBe('"bh01"');
  });
});

describe('look-alike names', () => {
  it.each([
    ['NFD', NFD],
    ['a zero-width space', `${NFC}${ZWSP}`],
  ])('are duplicates when they differ only by %s, and the message shows how', (_how, twin) => {
    const pack = packWith((pack) => {
      secondSurvey(pack).elements.push({ type: 'text', name: NFC }, { type: 'text', name: twin });
    });
    const issues = rejected(validatePack(pack));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[1].survey.elements[3].name', 'survey.name-duplicate'],
    ]);
    expect(issues[0]?.en).toContain(shown(twin));
    expect(issues[0]?.en).toContain(shown(NFC));
    expect(issues[0]?.vi).toContain(shown(twin));
  });

  it('catch a valueName that differs from another name only by a zero-width space', () => {
    const pack = packWith((pack) => {
      secondSurvey(pack).elements.push({ type: 'text', name: 'y_kien', valueName: `gop${ZWSP}_y` });
    });
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.forms[1].survey.elements[2].valueName', 'survey.value-name-duplicate'],
    ]);
  });

  it('do not match in the aggregate section: the count would find nothing, and the message says so', () => {
    const pack = packWith((pack) => {
      const group = pack.forms[0]?.aggregate.groups[0];
      if (group) group.questions[1] = `bh${ZWSP}01`;
    });
    const issues = rejected(validatePack(pack));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[0].aggregate.groups[0].questions[1]', 'aggregate.question-missing'],
    ]);
    expect(issues[0]?.en).toContain('"bh⟨U+200B⟩01"');
    expect(issues[0]?.en).toContain('has a question "bh01"');
  });

  it('are unknown in expressions, with the invisible character shown', () => {
    const pack = packWith((pack) => {
      secondSurvey(pack).elements.push({
        type: 'text',
        name: 'them',
        visibleIf: `{huu${ZWSP}_ich} = true`,
      });
    });
    const issues = rejected(validatePack(pack));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[1].survey.elements[2].visibleIf', 'survey.reference-unknown'],
    ]);
    expect(issues[0]?.en).toContain('U+200B');
  });
});

describe('look-alike choice values', () => {
  it('are rejected within one list, at the later value', () => {
    const pack = packWith((pack) => {
      secondSurvey(pack).elements.push({
        type: 'radiogroup',
        name: 'y_kien',
        choices: [
          { value: NFC, text: 'Có ý kiến' },
          'khong',
          `${NFD}|Có ý kiến khác`,
          `khong${ZWSP}`,
        ],
      });
    });
    const issues = rejected(validatePack(pack));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.forms[1].survey.elements[2].choices[2]', 'survey.choice-look-alike'],
      ['$.forms[1].survey.elements[2].choices[3]', 'survey.choice-look-alike'],
    ]);
    expect(issues[1]?.en).toContain('"khong⟨U+200B⟩"');
  });
});

describe('bidirectional controls', () => {
  it('are rejected anywhere in the pack, with path and offset', () => {
    const pack = packWith((pack) => {
      pack.publisher = 'Chi bộ \u202eKhu phố 3';
      secondSurvey(pack).elements.push({
        type: 'radiogroup',
        name: 'ten\u2066',
        title: 'Tiêu đề',
        choices: [{ value: 'a\u202a', text: { vi: 'Có \u2069' } }],
      });
    });
    const issues = rejected(validatePack(pack));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.publisher', 'text.bidi-control'],
      ['$.forms[1].survey.elements[2].name', 'text.bidi-control'],
      ['$.forms[1].survey.elements[2].choices[0].value', 'text.bidi-control'],
      ['$.forms[1].survey.elements[2].choices[0].text.vi', 'text.bidi-control'],
    ]);
    expect(issues[0]?.en).toContain('U+202E (at character 8');
    expect(issues[0]?.vi).toContain('ký tự thứ 8');
  });
});
