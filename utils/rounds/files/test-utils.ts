import { expect } from 'vitest';
import { createRoundKeys } from '../crypto/round-keys';
import { sha256Hex } from '../crypto/sha256';
import type { ContributionHeader, PackRef, RoundMeta } from '../types';
import { isRoundFileError, type RoundFileErrorDetails } from './errors';

/** Fewest iterations a wrapped key may state: keeps key tests fast. */
export const TEST_ITERATIONS = 1_000;
export const TEST_PASSPHRASE = 'mật khẩu đủ dài';

/** Round keys as a test needs them: real, but wrapped at the lowest cost a file may state. */
export function testKeys(passphrase = TEST_PASSPHRASE) {
  return createRoundKeys(passphrase, { iterations: TEST_ITERATIONS });
}

export function testRound(overrides: Partial<RoundMeta> = {}): RoundMeta {
  return {
    id: crypto.randomUUID(),
    label: 'Tự soi lần 3 — Quý IV/2026',
    cellName: 'Chi bộ 4',
    expectedMembers: 12,
    seriesId: crypto.randomUUID(),
    seriesLabel: 'Tự soi hằng quý',
    formId: 'tu-soi-27',
    mode: { kind: 'exact', k: 5 },
    ...overrides,
  };
}

/** A pack's bytes (only what the round files look at) with its identity. */
export async function testPack(
  content: Record<string, unknown> = {},
): Promise<PackRef & { bytes: Uint8Array }> {
  const json = { format: 'tu-soi/pack@1', id: 'bo-tu-soi', version: '1.2.0', ...content };
  const bytes = new TextEncoder().encode(JSON.stringify(json, null, 2));
  return { id: 'bo-tu-soi', version: '1.2.0', sha256: await sha256Hex(bytes), bytes };
}

export function testHeader(
  round: RoundMeta,
  pack: PackRef,
  overrides: Partial<ContributionHeader> = {},
): ContributionHeader {
  return {
    round: round.id,
    pack: { id: pack.id, version: pack.version, sha256: pack.sha256 },
    form: round.formId,
    contribution: crypto.randomUUID(),
    mode: round.mode.kind,
    ...overrides,
  };
}

/** Marks a key to delete in `editJson`. */
export const REMOVE = Symbol('remove');

/** The file with the JSON value at `path` replaced (or removed, or added). */
export function editJson(
  bytes: Uint8Array,
  path: readonly (string | number)[],
  value: unknown,
): Uint8Array {
  const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
  const parent = path
    .slice(0, -1)
    .reduce((node, key) => (node as Record<string | number, unknown>)[key], json);
  const last = path.at(-1);
  if (typeof parent !== 'object' || parent === null || last === undefined) {
    throw new Error(`No place ${path.join('.')}`);
  }
  const target = parent as Record<string | number, unknown>;
  if (value === REMOVE) delete target[last];
  else target[last] = value;
  return new TextEncoder().encode(JSON.stringify(json));
}

/** The parsed JSON value at `path` of a file. */
export function jsonAt(bytes: Uint8Array, path: readonly (string | number)[]): unknown {
  const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
  return path.reduce((node, key) => (node as Record<string | number, unknown>)[key], json);
}

/** The details of the RoundFileError the call throws or rejects with; fails on anything else. */
export async function fileError(run: () => unknown): Promise<RoundFileErrorDetails> {
  let thrown: unknown;
  try {
    await run();
  } catch (error) {
    thrown = error;
  }
  expect(isRoundFileError(thrown), `expected a RoundFileError, got ${String(thrown)}`).toBe(true);
  return (thrown as { details: RoundFileErrorDetails }).details;
}
