/**
 * Test helper: packs built from ONE valid base (tests/fixtures/packs/valid.json) by edits,
 * so each test shows only what differs. Not imported by production code.
 */
import { readFileSync } from 'node:fs';
import { type Pack, packSchema } from './schema';

const BASE: Pack = packSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../tests/fixtures/packs/valid.json', import.meta.url), 'utf8'),
  ),
);

/** A survey element as tests edit it; validation sees the pack as unknown JSON anyway. */
export type TestElement = Record<string, unknown>;

/** A fresh copy of the base pack, changed by `edit` (which may mutate it or return a new one). */
export function packWith(edit: (pack: Pack) => Pack | undefined = () => undefined): Pack {
  const copy = structuredClone(BASE);
  return edit(copy) ?? copy;
}

/** Every aggregated question of the base's first form, mapped onto the same name. */
export const BASE_ITEMS: Readonly<Record<string, string>> = {
  da_doc: 'da_doc',
  bh01: 'bh01',
  linh_vuc: 'linh_vuc',
  tan_suat: 'tan_suat',
  tu_danh_gia: 'tu_danh_gia',
};

/** A finer pack "mau-chi-tiet" whose first form maps `items` onto the base pack (its parent). */
export function childPackWith(
  items: Record<string, string> = BASE_ITEMS,
  edit: (pack: Pack) => void = () => undefined,
): Pack {
  return packWith((pack) => {
    pack.id = 'mau-chi-tiet';
    pack.parent = {
      id: BASE.id,
      version: BASE.version,
      forms: [{ id: 'tu-kiem-diem', parentForm: 'tu-kiem-diem', items }],
    };
    edit(pack);
  });
}

/** The elements of page `page` of form `form` (the base's first form has two pages). */
export function pageElements(pack: Pack, page = 0, form = 0): TestElement[] {
  const survey = pack.forms[form]?.survey as { pages?: Array<{ elements: TestElement[] }> };
  const elements = survey.pages?.[page]?.elements;
  if (!elements) throw new Error(`the test pack has no page ${page} in form ${form}`);
  return elements;
}

/** The first element named `name` anywhere in form `form` (panels and templates included). */
export function elementNamed(pack: Pack, name: string, form = 0): TestElement {
  const found = findNamed(pack.forms[form]?.survey, name);
  if (!found) throw new Error(`the test pack has no element "${name}"`);
  return found;
}

function findNamed(json: unknown, name: string): TestElement | undefined {
  if (Array.isArray(json)) {
    for (const item of json) {
      const found = findNamed(item, name);
      if (found) return found;
    }
    return undefined;
  }
  if (!json || typeof json !== 'object') return undefined;
  const record = json as TestElement;
  if (record.name === name && typeof record.type === 'string') return record;
  return findNamed(Object.values(record), name);
}
