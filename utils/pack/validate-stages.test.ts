import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_LENGTH, MAX_PACK_EXPRESSION_CHARACTERS } from './limits';
import { issuePairs, packWith, secondSurvey } from './testing/packs';
import { validatePack } from './validate';

describe('an invalid envelope', () => {
  it('does not hide the survey issues: one run reports both, envelope first', () => {
    const pack = packWith((pack) => {
      pack.title = { vi: 'Gói <b>mẫu</b>' };
      secondSurvey(pack).elements.push(
        { type: 'html', name: 'chao' },
        { type: 'text', name: 'huu_ich' },
      );
      (pack.forms[1] as Record<string, unknown>).id = 'Y Kien';
    });
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.title.vi', 'text.markup'],
      ['$.forms[1].id', 'envelope.kebab-id'],
      ['$.forms[1].survey.elements[2].type', 'survey.type-not-allowed'],
      ['$.forms[1].survey.elements[3].name', 'survey.name-duplicate'],
    ]);
  });

  it('still checks the aggregate section when it fits the format', () => {
    const pack = packWith((pack) => {
      pack.version = '1.0';
      pack.forms[0]?.aggregate.groups[0]?.questions.push('khong_co');
    });
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.version', 'envelope.semver'],
      ['$.forms[0].aggregate.groups[0].questions[2]', 'aggregate.question-missing'],
    ]);
  });

  it('reports an aggregate section that does not fit the format once, as an envelope issue', () => {
    const pack = packWith((pack) => {
      (pack.forms[0] as Record<string, unknown>).aggregate = { groups: [{ id: 'a' }] };
    });
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.forms[0].aggregate.groups[0].title', 'envelope.required'],
      ['$.forms[0].aggregate.groups[0].questions', 'envelope.required'],
    ]);
  });

  it.each([
    [
      'a form is not an object',
      (pack: Record<string, unknown>) => {
        (pack.forms as unknown[]).push('bieu-mau');
      },
      [['$.forms[2]', 'envelope.wrong-type']],
    ],
    [
      'a survey is not an object',
      (pack: Record<string, unknown>) => {
        (pack.forms as Array<Record<string, unknown>>)[1] = {
          ...(pack.forms as Array<Record<string, unknown>>)[1],
          survey: [],
        };
      },
      [['$.forms[1].survey', 'envelope.wrong-type']],
    ],
  ])('stops at the envelope when %s', (_case, override, expected) => {
    const pack = packWith((pack) => {
      pack.forms[0]?.survey.pages?.[0]?.elements.push({ type: 'html', name: 'chao' });
      override(pack);
    });
    // The html element of the readable form is not reported: the forms cannot all be read.
    expect(issuePairs(validatePack(pack))).toEqual(expected);
  });
});

describe('pack-wide limits', () => {
  it(`rejects more than ${MAX_PACK_EXPRESSION_CHARACTERS} characters of expressions before survey-core parses them`, () => {
    const count = Math.floor(MAX_PACK_EXPRESSION_CHARACTERS / MAX_EXPRESSION_LENGTH) + 1;
    const pack = packWith((pack) => {
      for (let n = 0; n < count; n++) {
        secondSurvey(pack).elements.push({
          type: 'text',
          name: `q_${n}`,
          // A dangling reference the linter would report, had it run.
          visibleIf: `{khong_co} notempty${' '.repeat(MAX_EXPRESSION_LENGTH - 19)}`,
        });
      }
    });
    expect(issuePairs(validatePack(pack))).toEqual([['$.forms', 'pack.expressions-too-long']]);
  });
});
