/**
 * Where each renderer's answers live in the extension's IndexedDB, how a run's starting state
 * is put back, and how the clicked answer is checked to be stored.
 */
import type { Page } from 'playwright-core';
import type { BenchForm } from '../forms/bench-forms';
import type { FormKey, Renderer } from '../lib/rows';

/** The benchmark's own database (made by pages/store.js): answers of theirs/plain, baselines. */
export const BENCH_DB = 'tu-soi-bench';
/** Tự soi's database and the store of its review records (keyPath `id`). */
export const OURS_DB = 'tu-soi';
export const OURS_RESPONSES = 'responses';

export const storeKey = (renderer: Renderer, form: FormKey) => `${renderer}:${form}`;

export function readRecord(page: Page, database: string, store: string, key: unknown) {
  return page.evaluate(([d, s, k]) => __bench.readRecord(d, s, k), [database, store, key] as const);
}

export function writeRecord(
  page: Page,
  database: string,
  store: string,
  value: unknown,
  key?: unknown,
): Promise<void> {
  return page.evaluate(([d, s, v, k]) => __bench.writeRecord(d, s, v, k), [
    database,
    store,
    value,
    key,
  ] as const);
}

/** What theirs and plain start from: the set-up question answered, the first one not. */
export function setupAnswers(form: BenchForm): Record<string, string> {
  return { [form.setup.name]: form.setup.choiceValue };
}

/**
 * Puts the row's starting state back (run on an extension page, after the measured page has
 * closed): Tự soi's review record as set-up left it, or the set-up answers of theirs/plain.
 */
export async function restoreBaseline(page: Page, renderer: Renderer, form: FormKey) {
  // Static HTML stores nothing.
  if (renderer === 'static') return;
  const key = storeKey(renderer, form);
  const baseline = await readRecord(page, BENCH_DB, 'baselines', key);
  if (baseline === undefined) throw new Error(`No baseline stored for ${key}.`);
  if (renderer === 'ours') await writeRecord(page, OURS_DB, OURS_RESPONSES, baseline);
  else await writeRecord(page, BENCH_DB, 'answers', baseline, key);
}

/** The answers stored now for the row: Tự soi's record's data, or the benchmark store's. */
export async function storedAnswers(
  page: Page,
  renderer: Renderer,
  form: FormKey,
  responseId: string | undefined,
): Promise<Record<string, unknown> | undefined> {
  if (renderer === 'ours') {
    const record = (await readRecord(page, OURS_DB, OURS_RESPONSES, responseId)) as
      | { data?: Record<string, unknown> }
      | undefined;
    return record?.data;
  }
  return (await readRecord(page, BENCH_DB, 'answers', storeKey(renderer, form))) as
    | Record<string, unknown>
    | undefined;
}
