import type { Locale } from '../i18n/types';
import { REVIEW_LABEL_MAX, type ResponseRecord } from '../storage/types';
import { formatDay } from './format-day';

type Identity = Pick<ResponseRecord, 'id' | 'packId' | 'formId' | 'createdAt'>;

/**
 * Each review's number among the member's reviews of the same form (pack id and form id, any
 * version), oldest first from 1: the "2" of "Lần 2 — 01/12/2026".
 */
export function reviewOrdinals(responses: readonly Identity[]): Map<string, number> {
  const byForm = new Map<string, Identity[]>();
  for (const response of responses) {
    const key = `${response.packId}\u0000${response.formId}`;
    byForm.set(key, [...(byForm.get(key) ?? []), response]);
  }
  const ordinals = new Map<string, number>();
  for (const group of byForm.values()) {
    const oldestFirst = group.toSorted(
      (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
    );
    for (const [index, response] of oldestFirst.entries()) ordinals.set(response.id, index + 1);
  }
  return ordinals;
}

/** "01/12/2026" (vi) or "1 Dec 2026" (en), local time: a date alone, as in a default review name. */
export function formatDate(timestamp: number, locale: Locale): string {
  const date = new Date(timestamp);
  return formatDay(date.getFullYear(), date.getMonth(), date.getDate(), locale);
}

/**
 * What the member typed, as stored: trimmed, runs of spaces made one, at most the allowed
 * length; undefined (the default name) when nothing is left.
 */
export function normalizeLabel(input: string): string | undefined {
  const label = input.trim().replace(/\s+/g, ' ').slice(0, REVIEW_LABEL_MAX).trim();
  return label === '' ? undefined : label;
}

/** The record with its new name (or none); not a new revision: answers are not touched. */
export function withLabel(record: ResponseRecord, input: string): ResponseRecord {
  const { label: _old, ...rest } = record;
  const label = normalizeLabel(input);
  return label === undefined ? rest : { ...rest, label };
}
