import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Pack, packSchema } from '../pack/schema';
import { parsedPackWith } from '../pack/testing/packs';
import { roundShape } from './shape';

function builtinForm() {
  const pack: Pack = packSchema.parse(JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')));
  return pack.forms[0] as Pack['forms'][number];
}

describe('roundShape', () => {
  it('lists the 27 items of the built-in pack in group order, three answers each', () => {
    const shape = roundShape(builtinForm());
    expect(shape.items).toHaveLength(27);
    expect(shape.groups.map((group) => group.items.length)).toEqual([9, 9, 9]);
    expect(shape.items[0]?.name).toBe('tt1');
    expect(shape.items[26]?.name).toBe('tdb9');
    // Required and always shown: "not answered" cannot happen, so it is not a value.
    expect(shape.items[0]?.values.map((value) => [value.value, value.flagged])).toEqual([
      ['khong', false],
      ['mot-phan', true],
      ['co', true],
    ]);
    expect(shape.indicator?.title.vi).toMatch(/^Có ít nhất một biểu hiện/);
  });

  it('gives every kind of counted question its values, and "not answered" where it can happen', () => {
    const form = parsedPackWith().forms[0] as Pack['forms'][number];
    const shape = roundShape(form);
    const byName = Object.fromEntries(shape.items.map((item) => [item.name, item]));
    // Required boolean: true/false only.
    expect(byName.da_doc?.values.map((value) => value.value)).toEqual([true, false]);
    // Not required: may be left empty.
    expect(byName.bh01?.values.map((value) => value.value)).toEqual([
      'khong',
      'mot_phan',
      'co',
      null,
    ]);
    // A checkbox is one bit per choice, never "not answered".
    expect(byName.linh_vuc).toMatchObject({ kind: 'multi' });
    expect(byName.linh_vuc?.values.map((value) => value.value)).toEqual([
      'hoc_tap',
      'cong_tac',
      'sinh_hoat',
    ]);
    expect(byName.tu_danh_gia?.values.map((value) => value.value)).toEqual([1, 2, 3, 4, 5, null]);
    expect(shape.indicator).toBeUndefined();
  });

  it('lets a required question inside a conditional page stay unanswered', () => {
    const pack = parsedPackWith((pack) => {
      const page = pack.forms[0]?.survey.pages as Array<Record<string, unknown>>;
      (page[0] as Record<string, unknown>).visibleIf = '{x} = 1';
      return pack;
    });
    const shape = roundShape(pack.forms[0] as Pack['forms'][number]);
    expect(shape.items.find((item) => item.name === 'da_doc')?.values.at(-1)?.value).toBeNull();
  });
});
