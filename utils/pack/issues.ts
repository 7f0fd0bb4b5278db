import { type Bilingual, MESSAGES } from './messages';
import type { Pack } from './schema';

/** One reason a pack is rejected: where (JSONPath, `$` is the root), which rule, and what to do. */
export interface PackIssue {
  path: string;
  code: string;
  vi: string;
  en: string;
}

export type PackValidationResult = { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };

export type IssueCode = keyof typeof MESSAGES;

type MessageParams<C extends IssueCode> = Parameters<(typeof MESSAGES)[C]>;

/** An issue whose bilingual text comes from the single message table. */
export function packIssue<C extends IssueCode>(
  path: string,
  code: C,
  ...params: MessageParams<C>
): PackIssue {
  const message = MESSAGES[code] as (...args: MessageParams<C>) => Bilingual;
  return { path, code, ...message(...params) };
}
