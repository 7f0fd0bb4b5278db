import { readFileSync } from 'node:fs';
import type { PackValidationResult } from '../issues';
import { type Pack, packSchema } from '../schema';

const VALID = new URL('../../../tests/fixtures/packs/valid.json', import.meta.url);

/** Just enough shape to edit the valid base pack in tests; validation sees it as unknown JSON. */
export interface TestPack {
  [key: string]: unknown;
  forms: Array<{
    [key: string]: unknown;
    survey: {
      [key: string]: unknown;
      pages?: Array<{ [key: string]: unknown; elements: unknown[] }>;
      elements?: unknown[];
    };
    aggregate: { groups: Array<{ id: string; title: unknown; questions: string[] }> };
  }>;
}

/** A fresh copy of the ONE valid base pack (tests/fixtures/packs/valid.json). */
export function basePack(): TestPack {
  return JSON.parse(readFileSync(VALID, 'utf8'));
}

/** The valid base pack changed by `override`: every invalid test pack is built this way. */
export function packWith(override: (pack: TestPack) => void): TestPack {
  const pack = basePack();
  override(pack);
  return pack;
}

/**
 * The base as a parsed `Pack`, changed by `edit` (which may mutate it or return a new one): for
 * tests of code that takes a valid pack (diff, lineage, parent mapping, the library).
 */
export function parsedPackWith(edit: (pack: Pack) => Pack | undefined = () => undefined): Pack {
  const copy = packSchema.parse(basePack());
  return edit(copy) ?? copy;
}

/** A survey element as tests edit it; validation sees the pack as unknown JSON anyway. */
export type TestElement = Record<string, unknown>;

/** Its second form's survey: a single page written as top-level `elements`. */
export function secondSurvey(pack: TestPack): TestPack['forms'][number]['survey'] & {
  elements: unknown[];
} {
  const survey = pack.forms[1]?.survey;
  if (!survey?.elements) throw new Error('the base pack changed: forms[1] has no elements');
  return survey as TestPack['forms'][number]['survey'] & { elements: unknown[] };
}

/** `[path, code]` of every issue, [] when valid: the pairs tests assert exactly. */
export function issuePairs(result: PackValidationResult): Array<[string, string]> {
  return result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
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
  const base = parsedPackWith();
  return parsedPackWith((pack) => {
    pack.id = 'mau-chi-tiet';
    pack.parent = {
      id: base.id,
      version: base.version,
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
