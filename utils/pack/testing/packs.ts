import { readFileSync } from 'node:fs';
import type { PackValidationResult } from '../issues';

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
