import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type PackForm, packSchema } from '../pack/schema';
import { compareReviews, flaggedCount, severity } from './compare';

const PACK = packSchema.parse(JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')));
const FORM = PACK.forms[0] as PackForm;

describe('the member’s own comparison of reviews', () => {
  it('ranks answers by the indicator: none, partly, fully', () => {
    expect([severity(FORM, 'khong'), severity(FORM, 'mot-phan'), severity(FORM, 'co')]).toEqual([
      0, 1, 2,
    ]);
    expect(severity(FORM, undefined)).toBe(0);
  });

  it('counts the items marked partly or fully', () => {
    expect(flaggedCount(FORM, { tt1: 'co', tt2: 'mot-phan', tt3: 'khong', dd1: 'co' })).toBe(3);
    expect(flaggedCount(FORM, {})).toBe(0);
  });

  it('lists the items that improved or worsened, with both answers, in form order', () => {
    const changes = compareReviews(
      FORM,
      { tt1: 'co', tt2: 'mot-phan', tt3: 'khong', dd1: 'khong' },
      { tt1: 'mot-phan', tt2: 'mot-phan', tt3: 'co', dd1: 'khong' },
    );
    expect(
      changes.map((change) => [change.name, change.before.vi, change.after.vi, change.change]),
    ).toEqual([
      ['tt1', 'Có biểu hiện', 'Có biểu hiện một phần', 'better'],
      ['tt3', 'Không có', 'Có biểu hiện', 'worse'],
    ]);
    expect(changes[0]?.group.vi).toBe('Nhóm I. Suy thoái về tư tưởng chính trị');
  });
});
