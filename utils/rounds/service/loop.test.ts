import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setIdbFactoryForTests } from '../../storage/db';
import { getRoundKey } from '../../storage/round-store';
import { openContributionFile } from '../files/contribution';
import { decodePayload } from '../payload';
import type { RoundReport } from '../report/types';
import { importContributions } from './collect';
import { contributionFile, contributionPreview } from './contribute';
import { memberRoundLabels } from './labels';
import { joinRound, readInvitation } from './member';
import { roundPack } from './packs';
import { makeReport } from './reports';
import { restoreKeyBackup } from './restore';
import {
  createRound,
  invitationFile,
  keyBackupFile,
  markKeyBackupSaved,
  setKeyLossAcknowledged,
} from './secretary';
import { answers, builtinRoundInput, complete, PASSPHRASE, profile } from './test-loop';
import type { CreateRoundInput } from './types';

afterEach(() => setIdbFactoryForTests(undefined));

type Marks = Record<string, 'co' | 'mot-phan'>;

/** A secretary's profile with a round whose invitation can be exported. */
async function openRound(fields: Partial<CreateRoundInput> = {}) {
  const secretary = profile();
  await secretary.use();
  const summary = await createRound(await builtinRoundInput(fields));
  await expect(invitationFile(summary.round.id)).rejects.toMatchObject({
    name: 'RoundError',
    code: 'backup-required',
  });
  const backup = (await keyBackupFile(summary.round.id)).bytes;
  await markKeyBackupSaved(summary.round.id);
  await setKeyLossAcknowledged(summary.round.id, true);
  const invitation = (await invitationFile(summary.round.id)).bytes;
  return { secretary, roundId: summary.round.id, backup, invitation };
}

/** A member in their own profile: joins, answers, previews and saves a contribution file. */
async function member(invitation: Uint8Array, marks: Marks) {
  await profile().use();
  const { responseId } = await joinRound(invitation);
  await complete(responseId, answers(marks));
  const preview = await contributionPreview(responseId);
  const file = (await contributionFile(responseId)).bytes;
  return { responseId, preview, file };
}

const blobs = (files: Uint8Array[]) => files.map((bytes) => new Blob([bytes as BlobPart]));

function flaggedOf(report: RoundReport, name: string) {
  return report.groups.flatMap((group) => group.items).find((item) => item.name === name)?.flagged;
}

/** Eight members: four say "co" on tt1, one of them "mot-phan" on dd2, one other "co" on tdb9. */
const EIGHT: Marks[] = [
  { tt1: 'co', dd2: 'mot-phan' },
  { tt1: 'co' },
  { tt1: 'co' },
  { tt1: 'co' },
  { tdb9: 'co' },
  {},
  {},
  {},
];

describe('a round in exact mode', () => {
  it('goes from invitation to a banded report, refusing what does not belong', async () => {
    const { secretary, roundId, invitation } = await openRound({ mode: { kind: 'exact', k: 3 } });
    const members = [];
    for (const marks of EIGHT) members.push(await member(invitation, marks));
    const files = members.map((one) => one.file);
    const other = await openRound({ label: 'Một đợt khác' });
    const otherRoundFile = (await member(other.invitation, {})).file;
    const tampered = (files[0] as Uint8Array).slice();
    tampered[tampered.length - 12] = tampered[tampered.length - 12] === 65 ? 66 : 65;

    await secretary.use();
    const progress: number[] = [];
    const result = await importContributions(
      roundId,
      blobs([...files, files[1] as Uint8Array, tampered, otherRoundFile]),
      (done) => progress.push(done),
    );
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(result).toMatchObject({ received: 8, expected: 8 });
    // Files are processed in random order: the duplicate may come before or after its twin.
    const kinds = result.outcomes.slice(0, 9).map((outcome) => outcome.kind);
    expect(kinds.filter((kind) => kind === 'added')).toHaveLength(8);
    expect(kinds.filter((kind) => kind === 'unchanged')).toHaveLength(1);
    expect(result.outcomes[9]).toMatchObject({
      kind: 'rejected',
      error: { code: 'undecryptable' },
    });
    expect(result.outcomes[10]).toMatchObject({ kind: 'rejected', error: { code: 'other-round' } });

    const report = await makeReport(roundId);
    expect(report.n).toBe(8);
    expect(report.headline?.number).toEqual({ kind: 'exact', value: 5 });
    expect(report.groups.map((group) => group.indicator)).toEqual([
      { kind: 'exact', value: 4 },
      { kind: 'band', low: 1, high: 2 },
      { kind: 'band', low: 1, high: 2 },
    ]);
    expect(flaggedOf(report, 'tt1')).toEqual({ kind: 'exact', value: 4 });
    expect(flaggedOf(report, 'tt2')).toEqual({ kind: 'exact', value: 0 });
    // One member on dd2: never printed as 1.
    expect(flaggedOf(report, 'dd2')).not.toEqual({ kind: 'exact', value: 1 });
    expect(['band', 'hidden']).toContain(flaggedOf(report, 'dd2')?.kind);
    expect(report.top.map((entry) => entry.name)).toEqual(['tt1']);

    // The same contributions give the same report; one more file is too close to it.
    expect(await makeReport(roundId)).toEqual(report);
    const late = await member(invitation, { dd3: 'co' });
    await secretary.use();
    await importContributions(roundId, blobs([late.file]));
    await expect(makeReport(roundId)).rejects.toMatchObject({
      name: 'RoundError',
      details: { code: 'too-close', difference: 1, k: 3 },
    });
  }, 60_000);

  it('sends no name, free text or time, and every file has the same size', async () => {
    const { secretary, roundId, invitation } = await openRound();
    const one = await member(invitation, { tt1: 'co', dd1: 'mot-phan' });
    const two = await member(invitation, {});
    expect(two.file.length).toBe(one.file.length);
    expect(one.preview.fileSize).toBe(one.file.length);

    const text = new TextDecoder().decode(one.file);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'header', 'enc', 'ciphertext']);
    expect(Object.keys(file.header)).toEqual(['round', 'pack', 'form', 'contribution', 'mode']);
    expect(text).not.toMatch(/Nguyễn|sửa|Chi bộ|20\d\d-\d\d|T\d\d:\d\d/);

    await secretary.use();
    const keyPair = await getRoundKey(roundId);
    if (!keyPair) throw new Error('no key');
    const { plaintext } = await openContributionFile(one.file, keyPair);
    const plain = new TextDecoder().decode(plaintext).trimEnd();
    expect(Object.keys(JSON.parse(plain))).toEqual(['revision', 'answers', 'indicators']);
    expect(plain).not.toMatch(/Nguyễn|sửa|"[a-z-]+":"/);
    const { shape, installed } = await roundPack(file.header.pack, 'bieu-hien-27');
    expect(installed.id).toBe('nq04-27');
    const { payload } = decodePayload(plaintext, shape);
    expect(payload.answers.tt1).toBe(2);
    expect(payload.answers.dd1).toBe(1);
    expect(payload.indicators?.overall).toBe(1);
  }, 60_000);
});

describe('the member side', () => {
  it('labels the review with its round, and joining twice opens the same review', async () => {
    const { invitation } = await openRound();
    await profile().use();
    const preview = await readInvitation(invitation);
    expect(preview.existingResponseId).toBeUndefined();
    const { responseId } = await joinRound(invitation);
    expect(await joinRound(invitation)).toEqual({ responseId });
    expect((await readInvitation(invitation)).existingResponseId).toBe(responseId);
    expect((await memberRoundLabels()).get(responseId)).toMatchObject({
      label: 'Tự soi lần 1 — Quý IV/2026',
      cellName: 'Chi bộ Khu phố 4',
    });
  }, 30_000);

  it('refuses a contribution before the review is completed', async () => {
    const { invitation } = await openRound();
    await profile().use();
    const { responseId } = await joinRound(invitation);
    await expect(contributionPreview(responseId)).rejects.toMatchObject({
      name: 'RoundError',
      code: 'not-completed',
    });
  }, 30_000);
});

describe('a round in randomised mode', () => {
  it('previews exactly what the file carries, and saving again sends the same', async () => {
    const { secretary, roundId, invitation } = await openRound({
      mode: { kind: 'randomised', k: 3, truth: 0.75 },
    });
    await profile().use();
    const { responseId } = await joinRound(invitation);
    await complete(responseId, answers({ tt1: 'co' }));
    const preview = await contributionPreview(responseId);
    const first = (await contributionFile(responseId)).bytes;
    const second = (await contributionFile(responseId)).bytes;
    expect(await contributionPreview(responseId)).toEqual(preview);

    await secretary.use();
    const keyPair = await getRoundKey(roundId);
    if (!keyPair) throw new Error('no key');
    const [a, b] = await Promise.all(
      [first, second].map(async (file) => (await openContributionFile(file, keyPair)).plaintext),
    );
    expect(a).toEqual(b);
    const shape = (await roundPackOfRound(roundId)).shape;
    const { payload } = decodePayload(a as Uint8Array, shape);
    const sentTexts = preview.lines.map((line) => line.sent[0]?.vi);
    const fileTexts = shape.items.map(
      (item) => item.values[payload.answers[item.name] as number]?.text.vi,
    );
    expect(fileTexts).toEqual(sentTexts);
  }, 60_000);

  it('reports estimates with intervals', async () => {
    const { secretary, roundId, invitation } = await openRound({
      mode: { kind: 'randomised', k: 3, truth: 0.5 },
    });
    const files = [];
    for (const marks of EIGHT.slice(0, 5)) files.push((await member(invitation, marks)).file);
    await secretary.use();
    await importContributions(roundId, blobs(files));
    const report = await makeReport(roundId);
    expect(report.headline?.number.kind).toBe('estimate');
    for (const item of report.groups.flatMap((group) => group.items)) {
      const flagged = item.flagged;
      if (flagged?.kind !== 'estimate') throw new Error(`${item.name} is not an estimate`);
      expect(flagged.low).toBeGreaterThanOrEqual(0);
      expect(flagged.high).toBeLessThanOrEqual(5);
    }
  }, 60_000);
});

async function roundPackOfRound(roundId: string) {
  const { getRoundRecord } = await import('../../storage/round-store');
  const record = await getRoundRecord(roundId);
  if (!record) throw new Error('no round');
  return roundPack(record.pack, record.round.formId);
}

describe('the key backup', () => {
  it('restores into a fresh profile that can read the round’s files', async () => {
    const { roundId, invitation, backup } = await openRound({ mode: { kind: 'exact', k: 3 } });
    const files = [];
    for (const marks of EIGHT.slice(0, 4)) files.push((await member(invitation, marks)).file);

    await profile().use();
    await expect(restoreKeyBackup(backup, 'sai mật khẩu rồi')).rejects.toMatchObject({
      name: 'RoundFileError',
      code: 'wrong-passphrase',
    });
    const restored = await restoreKeyBackup(backup, PASSPHRASE);
    expect(restored).toMatchObject({ hasKey: true, keyBackupSaved: true });
    expect(restored.round.id).toBe(roundId);
    const result = await importContributions(roundId, blobs(files));
    expect(result.outcomes.map((outcome) => outcome.kind)).toEqual([
      'added',
      'added',
      'added',
      'added',
    ]);
    expect((await makeReport(roundId)).n).toBe(4);
    await expect(restoreKeyBackup(backup, PASSPHRASE)).rejects.toMatchObject({
      code: 'round-exists',
    });
  }, 60_000);
});
