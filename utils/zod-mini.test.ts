import { describe, expect, it, vi } from 'vitest';
import { samplePack } from './storage/test-utils';

// Before this file's imports are evaluated, so before zod/mini and every schema below exist.
const evals = await vi.hoisted(async () =>
  (await import('./zod-test-utils')).spyOnFunctionConstructor(),
);

const { settingsSchema } = await import('./storage/settings');
const { responseRecordSchema, storedPackV2, readRecord } = await import('./storage/types');
const { memberRoundRecordSchema } = await import('./storage/round-records');
const { commitmentCheckRecordSchema } = await import('./storage/commitment-records');
const { sampleRecord } = await import('./storage/test-records');

// zod.test.ts shows that the spy sees zod's probe when jitless is off.
describe('zod/mini under MV3 CSP', () => {
  it('creates and runs the stored-record schemas without ever calling Function', () => {
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

  it('gives an unreadable record its English reason without the classic build loaded', () => {
    expect(readRecord(responseRecordSchema, { ...sampleRecord(), revision: 'x' })).toMatchObject({
      reason: '✖ Invalid input: expected number, received string\n  → at revision',
    });
  });
});
