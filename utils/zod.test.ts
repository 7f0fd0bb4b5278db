import { describe, expect, it, vi } from 'vitest';
import nq04 from '@/forms/nq04-27.json';
import { samplePack } from './storage/test-utils';

// Before this file's imports are evaluated, so before zod and every schema below exist.
const evals = await vi.hoisted(async () =>
  (await import('./zod-test-utils')).spyOnFunctionConstructor(),
);

const { packSchema } = await import('./pack/schema');
const { settingsSchema } = await import('./storage/settings');
const { responseRecordSchema, storedPackV2, readRecord } = await import('./storage/types');
const { memberRoundRecordSchema } = await import('./storage/round-records');
const { commitmentCheckRecordSchema } = await import('./storage/commitment-records');
const { sampleRecord } = await import('./storage/test-records');
const { z } = await import('./zod');

describe('zod under MV3 CSP', () => {
  it('creates and runs the schemas without ever calling Function', () => {
    packSchema.parse(nq04);
    settingsSchema.parse({});
    responseRecordSchema.parse(sampleRecord());
    storedPackV2.safeParse({ key: 'a@1.0.0', pack: samplePack() });
    memberRoundRecordSchema.safeParse({});
    commitmentCheckRecordSchema.parse({
      registrationId: 'r',
      month: '2026-01',
      entries: [],
      updatedAt: 1,
    });
    expect(evals.calls).toEqual([]);
  });

  it('gives an unreadable record its reason in English', () => {
    expect(readRecord(responseRecordSchema, { ...sampleRecord(), revision: 'x' })).toMatchObject({
      reason: '✖ Invalid input: expected number, received string\n  → at revision',
    });
  });

  // Proves the spy sees what the CSP would: zod's own probe for eval, made when not jitless.
  it('detects zod’s eval probe', () => {
    z.config({ jitless: false });
    try {
      expect(z.util.allowsEval.value).toBe(true);
    } finally {
      z.config({ jitless: true });
    }
    expect(evals.calls).toEqual([['']]);
  });
});
