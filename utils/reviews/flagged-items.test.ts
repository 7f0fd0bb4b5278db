import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type PackForm, packSchema } from '../pack/schema';
import { flaggedItems } from './flagged-items';

const PACK = packSchema.parse(JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')));
const FORM = PACK.forms[0] as PackForm;

describe('flaggedItems', () => {
  it('lists the items marked "có" or "một phần", by group, in form order', () => {
    const groups = flaggedItems(FORM, { tt2: 'co', tt1: 'mot-phan', tt3: 'khong', tdb9: 'co' });
    expect(groups.map((group) => group.title.vi)).toEqual([
      'Nhóm I. Suy thoái về tư tưởng chính trị',
      'Nhóm III. Biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
    ]);
    expect(groups[0]?.items.map((item) => [item.title.vi.slice(0, 2), item.answer.vi])).toEqual([
      ['1.', 'Có biểu hiện một phần'],
      ['2.', 'Có biểu hiện'],
    ]);
  });

  it('is empty when nothing is marked or the form has no indicator', () => {
    expect(flaggedItems(FORM, { tt1: 'khong' })).toEqual([]);
    expect(
      flaggedItems({ ...FORM, aggregate: { groups: FORM.aggregate.groups } }, { tt1: 'co' }),
    ).toEqual([]);
  });
});
