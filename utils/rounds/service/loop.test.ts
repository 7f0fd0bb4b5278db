import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setIdbFactoryForTests } from '../../storage/db';
import { readContributionHeader } from '../files/contribution';
import type { RoundReport } from '../report/types';
import { importContributions } from './collect';
import { contributionFile, contributionPreview } from './contribute';
import { joinRound, memberRoundLabels, readInvitation } from './member';
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

/** A secretary's profile with a round whose invitation can be exported. */
async function openRound(fields: Partial<CreateRoundInput> = {}) {
  const secretary = profile();
  await secretary.use();
  const summary = await createRound(await builtinRoundInput(fields));
  await expect(invitationFile(summary.round.id)).rejects.toMatchObject({
    name: 'RoundError',
    code: 'backup-required',
  });
  const backup = await keyBackupFile(summary.round.id);
  await markKeyBackupSaved(summary.round.id);
  await setKeyLossAcknowledged(summary.round.id, true);
  const invitation = await invitationFile(summary.round.id);
  return { secretary, summary, backup, invitation };
}

/** A member's own profile: joins, answers, and saves a contribution file. */
async function member(invitation: Uint8Array, marked: Record<string, 'co' | 'mot-phan'>) {
  await profile().use();
  const { responseId } = await joinRound(invitation);
  await complete(responseId, answers(marked));
  const preview = await contributionPreview(responseId);
  const file = await contributionFile(responseId);
  return { responseId, preview, file: file.bytes };
}

const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

function flaggedOf(report: RoundReport, name: string) {
  return report.groups.flatMap((group) => group.items).find((item) => item.name === name)?.flagged;
}

describe('a round from invitation to report (exact mode)', () => {
  it('counts six members, refuses bad files, and bands small counts', async () => {
    const { secretary, summary, invitation } = await openRound();
    const marks: Array<Record<string, 'co' | 'mot-phan'>> = [
      { tt1: 'co', dd2: 'mot-phan' },
      { tt1: 'co' },
      { tt1: 'mot-phan' },
      { tt1: 'co', tdb9: 'co' },
      { tt1: 'mot-phan' },
      {},
    ];
    const files: Uint8Array[] = [];
    for (const marked of marks) files.push((await member(invitation, marked)).file);

    // A member re-exports: same contribution id, so it replaces (or is the same file).
    const other = await openRound({ label: 'Một đợt khác' });
    const otherFile = (await member(other.invitation, {})).file;
    const tampered = files[0]?.slice() as Uint8Array;
    tampered[tampered.length - 10] ^= 1;

    await secretary.use();
    const progress: number[] = [];
    const result = await importContributions(
      summary.round.id,
      [...files, files[1] as Uint8Array, tampered, otherFile].map(blob),
      (done) => progress.push(done),
    );
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.received).toBe(6);
    expect(result.outcomes.slice(0, 6).map((outcome) => outcome.kind).sort()).toEqual(
      expect.arrayContaining(['added']),
    );
    expect(result.outcomes[6]?.kind).toBe('unchanged');
    expect(result.outcomes[7]).toMatchObject({ kind: 'rejected' });
    expect(result.outcomes[8]).toMatchObject({ kind: 'rejected', error: { code: 'other-round' } });

    const report = await makeReport(summary.round.id);
    expect(report.n).toBe(6);
    // 6 of 6 did not answer "khong" everywhere… 5 flagged someone: headline 5 of 6 is > n−k: band.
    expect(report.headline?.number).toEqual({ kind: 'band', low: 2, high: 6 });
    // tt1: 5 flagged of 6 → banded; dd2: 1 flagged → banded low.
    expect(flaggedOf(report, 'tt1')?.kind).not.toBe('exact');
    expect(flaggedOf(report, 'tt2')).toEqual({ kind: 'exact', value: 0 });
  });
});
