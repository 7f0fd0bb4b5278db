import { describe, expect, it } from 'vitest';
import { commitmentCheckRecordSchema } from './commitment-records';
import { memberRoundRecordSchema } from './round-records';
import { sampleRecord } from './test-records';
import { samplePack } from './test-utils';
import { readRecord, responseRecordSchema, storedPackV2 } from './types';

// What a stored record keeps, drops and reports, pinned when these schemas moved from classic
// zod to zod/mini (the reasons are those classic zod gave): a reader must not change them.

const UUID = '12345678-1234-4234-8234-123456789abc';
const bytes = new Uint8Array([1, 2]);
const round = {
  id: UUID,
  label: 'Lần 1',
  cellName: 'Chi bộ 1',
  expectedMembers: 5,
  seriesId: UUID,
  seriesLabel: 'Quý',
  formId: 'bieu-hien-27',
  mode: { kind: 'exact', k: 5 },
};
const memberRound = {
  roundId: UUID,
  responseId: 'r',
  contributionId: 'c',
  round,
  pack: { id: 'nq04-27', version: '1.3.0', sha256: 'a'.repeat(64) },
  publicKey: bytes,
  fingerprint: 'f',
};
const packRecord = {
  key: 'sample@1.0.0',
  id: 'sample',
  version: '1.0.0',
  origin: 'builtin',
  installedAt: 1,
  bytes,
  sha256: 'a'.repeat(64),
  pack: samplePack(),
};

function reason(read: ReturnType<typeof readRecord>): string | undefined {
  return read.ok ? undefined : read.reason;
}

describe('stored-record schemas', () => {
  it('drop unknown fields of a response, its progress and its way back', () => {
    const read = readRecord(responseRecordSchema, {
      ...sampleRecord({ reopened: { completedAt: 1, updatedAt: 2, currentPage: 0 } }),
      extra: 1,
      progress: { answered: 1, total: 27, extra: 1 },
      reopened: { completedAt: 1, updatedAt: 2, currentPage: 0, extra: 1 },
    });
    expect(read).toEqual({
      ok: true,
      record: sampleRecord({ reopened: { completedAt: 1, updatedAt: 2, currentPage: 0 } }),
    });
  });

  it('drop unknown fields around a stored pack, and keep those inside it', () => {
    const form = { ...samplePack().forms[0], later: 1, title: { vi: 'Mẫu', later: 2 } };
    const pack = { ...samplePack(), later: [1], forms: [form] };
    const read = readRecord(storedPackV2, { ...packRecord, extra: 1, pack });
    expect(read).toEqual({ ok: true, record: { ...packRecord, pack } });
  });

  it('judge a response’s pack and form by the id and version rules, each at its place', () => {
    const record = sampleRecord({ packId: 'Bad_Id', packVersion: '1.0', formId: 'x'.repeat(65) });
    expect(reason(readRecord(responseRecordSchema, record))).toBe(
      [
        '✖ kebab-case\n  → at packId',
        '✖ semver\n  → at packVersion',
        '✖ Too big: expected string to have <=64 characters\n  → at formId',
      ].join('\n'),
    );
  });

  it('report every number and label out of range, in English', () => {
    const record = sampleRecord({
      revision: 0,
      currentPage: -1,
      progress: { answered: 1.5, total: 2 },
      label: '',
    });
    expect(reason(readRecord(responseRecordSchema, record))).toBe(
      [
        '✖ Too small: expected number to be >=0\n  → at currentPage',
        '✖ Too small: expected string to have >=1 characters\n  → at label',
        '✖ Too small: expected number to be >0\n  → at revision',
        '✖ Invalid input: expected int, received number\n  → at progress.answered',
      ].join('\n'),
    );
  });

  it('keep a member round’s round as strict as its invitation file', () => {
    const bad = {
      ...memberRound,
      extra: 1,
      round: { ...round, extra: 1, label: ' ', mode: { kind: 'randomised', k: 5, truth: 0.6 } },
    };
    expect(reason(readRecord(memberRoundRecordSchema, bad))).toBe(
      [
        '✖ Unrecognized key: "extra"\n  → at round',
        '✖ Invalid string: must match pattern /\\S/\n  → at round.label',
        '✖ Invalid input\n  → at round.mode.truth',
      ].join('\n'),
    );
    expect(readRecord(memberRoundRecordSchema, { ...memberRound, extra: 1 })).toEqual({
      ok: true,
      record: memberRound,
    });
  });

  it('drop unknown fields of a commitment check and report bad entries at their place', () => {
    const entry = { task: 'Học nghị quyết', status: 'da-lam', note: '' };
    const check = { registrationId: 'r', month: '2026-01', entries: [entry], updatedAt: 1 };
    expect(
      readRecord(commitmentCheckRecordSchema, {
        ...check,
        extra: 1,
        entries: [{ ...entry, extra: 1 }],
      }),
    ).toEqual({ ok: true, record: check });
    const bad = { ...check, entries: [{ task: '', status: 'x', note: 'x'.repeat(501) }] };
    expect(reason(readRecord(commitmentCheckRecordSchema, bad))).toBe(
      [
        '✖ Too small: expected string to have >=1 characters\n  → at entries[0].task',
        '✖ Invalid option: expected one of "da-lam"|"dang-lam"|"chua-lam"\n  → at entries[0].status',
        '✖ Too big: expected string to have <=500 characters\n  → at entries[0].note',
      ].join('\n'),
    );
  });
});
