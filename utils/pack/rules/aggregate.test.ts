import { describe, expect, it } from 'vitest';
import { issuePairs, packWith } from '../testing/packs';
import { validatePack } from '../validate';

/** `bh01` (a radiogroup counted in group 0) of the base pack. */
const BH01 = '$.forms[0].survey.pages[0].elements[1]';

function withBh01(extra: Record<string, unknown>) {
  return packWith((pack) => {
    const bh01 = pack.forms[0]?.survey.pages?.[0]?.elements[1] as Record<string, unknown>;
    Object.assign(bh01, extra);
  });
}

describe('valueName on a counted question', () => {
  it('is rejected at the valueName: the answer would be stored under it', () => {
    expect(issuePairs(validatePack(withBh01({ valueName: 'bh01_gia_tri' })))).toEqual([
      [`${BH01}.valueName`, 'aggregate.value-name'],
    ]);
  });

  it.each(['bh01'])('is fine when it is the question’s own name (%j)', (valueName) => {
    expect(issuePairs(validatePack(withBh01({ valueName })))).toEqual([]);
  });

  it('is fine on a question that is not counted', () => {
    const pack = packWith((pack) => {
      const comment = pack.forms[0]?.survey.pages?.[0]?.elements[2] as Record<string, unknown>;
      comment.valueName = 'ghi_chu';
    });
    expect(issuePairs(validatePack(pack))).toEqual([]);
  });
});

describe('choices of a counted question', () => {
  it('must be written in the form (not copied from another question)', () => {
    const pack = packWith((pack) => {
      const bh01 = pack.forms[0]?.survey.pages?.[0]?.elements[1] as Record<string, unknown>;
      delete bh01.choices;
      bh01.choicesFromQuestion = 'tan_suat';
    });
    expect(issuePairs(validatePack(pack))).toEqual([[BH01, 'aggregate.choices-unknown']]);
  });
});

describe('the indicator', () => {
  function withIndicator(values: unknown[]) {
    return packWith((pack) => {
      const form = pack.forms[0] as { aggregate: Record<string, unknown> };
      form.aggregate.indicator = { title: { vi: 'Có ít nhất một biểu hiện' }, values };
    });
  }

  it('accepts values that are choices of counted questions', () => {
    expect(issuePairs(validatePack(withIndicator(['mot_phan', 'co'])))).toEqual([]);
  });

  it('rejects a value no counted question offers, at its place', () => {
    expect(issuePairs(validatePack(withIndicator(['co', 'có'])))).toEqual([
      ['$.forms[0].aggregate.indicator.values[1]', 'aggregate.indicator-value-unknown'],
    ]);
  });
});
