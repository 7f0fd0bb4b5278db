import { listPackRecords } from '../../storage/packs';
import type { RoundRecord } from '../../storage/round-records';
import {
  addRound,
  countContributions,
  getRoundKey,
  getRoundRecord,
  listRoundRecords,
  putRoundRecord,
} from '../../storage/round-store';
import { roundFingerprint } from '../crypto/fingerprint';
import { createRoundKeys, PASSPHRASE_MIN_LENGTH } from '../crypto/round-keys';
import { invitationFile as buildInvitationFile } from '../files/invitation';
import { keyBackupFile as buildKeyBackupFile } from '../files/key-backup';
import { roundMetaSchema } from '../files/round-meta-schema';
import { roundShape } from '../shape';
import type { RoundMeta } from '../types';
import { RoundError } from './errors';
import { fileSlug } from './file-name';
import { packRefOf, roundPack, roundTitles } from './packs';
import type {
  CreateRoundInput,
  RoundCandidate,
  RoundList,
  RoundSummary,
  SeriesSummary,
} from './types';

/** Every installed form a round can count: one with counted questions. */
export async function roundCandidates(): Promise<RoundCandidate[]> {
  const { packs } = await listPackRecords();
  return packs.flatMap((installed) =>
    installed.pack.forms.flatMap((form) => {
      const shape = roundShape(form);
      if (shape.items.length === 0) return [];
      return [
        {
          packKey: installed.key,
          pack: packRefOf(installed),
          packTitle: installed.pack.title,
          formId: form.id,
          formTitle: form.title,
          itemCount: shape.items.length,
          hasIndicator: shape.indicator !== undefined,
        },
      ];
    }),
  );
}

export async function listSeries(): Promise<SeriesSummary[]> {
  const series = new Map<string, SeriesSummary>();
  for (const record of (await listRoundRecords()).records) {
    const known = series.get(record.seriesId);
    if (known) known.rounds += 1;
    else {
      series.set(record.seriesId, {
        seriesId: record.seriesId,
        seriesLabel: record.round.seriesLabel,
        packId: record.pack.id,
        formId: record.round.formId,
        rounds: 1,
      });
    }
  }
  return [...series.values()];
}

/**
 * Opens a round: checks the input, creates the round's key pair (the private key kept
 * non-extractable, a passphrase-wrapped copy kept for the backup file) and stores both.
 */
export async function createRound(input: CreateRoundInput): Promise<RoundSummary> {
  if (input.passphrase.length < PASSPHRASE_MIN_LENGTH) {
    throw new RoundError({ code: 'passphrase-short', min: PASSPHRASE_MIN_LENGTH });
  }
  const { packs } = await listPackRecords();
  const installed = packs.find((candidate) => candidate.key === input.packKey);
  const form = installed?.pack.forms.find((candidate) => candidate.id === input.formId);
  if (!installed || !form) throw new RoundError({ code: 'pack-missing', pack: input.packKey });
  if (roundShape(form).items.length === 0) {
    throw new RoundError({ code: 'nothing-to-count', formId: form.id });
  }
  const series = await seriesFor(input, installed.id);
  const round = checkedRound({
    id: crypto.randomUUID(),
    label: input.label.trim(),
    cellName: input.cellName.trim(),
    expectedMembers: input.expectedMembers,
    seriesId: series.id,
    seriesLabel: series.label,
    formId: form.id,
    mode: input.mode,
  });
  const keys = await createRoundKeys(input.passphrase);
  const record: RoundRecord = {
    id: round.id,
    seriesId: round.seriesId,
    round,
    pack: packRefOf(installed),
    publicKey: keys.publicKey,
    fingerprint: await roundFingerprint(keys.publicKey, round.id),
    wrappedKey: keys.wrapped,
    createdAt: Date.now(),
    keyLossAcknowledged: false,
    reports: [],
  };
  await addRound(record, { roundId: round.id, keyPair: keys.keyPair });
  return summaryOf(record);
}

/** The round as every device will read it: the invitation's own schema decides. */
function checkedRound(round: RoundMeta): RoundMeta {
  const parsed = roundMetaSchema.safeParse(round);
  if (parsed.success) return parsed.data;
  const path = parsed.error.issues[0]?.path ?? [];
  const field = String(path[0] === 'mode' ? (path[1] ?? 'mode') : (path[0] ?? 'round'));
  throw new RoundError({ code: 'invalid-input', field });
}

/** A round joins an existing series only of the same pack id and form: they compare. */
async function seriesFor(
  input: CreateRoundInput,
  packId: string,
): Promise<{ id: string; label: string }> {
  if ('label' in input.series) {
    return { id: crypto.randomUUID(), label: input.series.label.trim() };
  }
  const { id } = input.series;
  const known = (await listSeries()).find((series) => series.seriesId === id);
  if (!known || known.packId !== packId || known.formId !== input.formId) {
    throw new RoundError({ code: 'invalid-input', field: 'series' });
  }
  return { id, label: known.seriesLabel };
}

/** The rounds, newest first, and how many stored rounds could not be read (kept, not shown). */
export async function listRounds(): Promise<RoundList> {
  const { records, unreadable } = await listRoundRecords();
  const summaries = await Promise.all(records.map(summaryOf));
  return {
    rounds: summaries.sort((a, b) => b.createdAt - a.createdAt),
    unreadable: unreadable.length,
  };
}

export async function getRound(roundId: string): Promise<RoundSummary> {
  return summaryOf(await requireRound(roundId));
}

export async function requireRound(roundId: string): Promise<RoundRecord> {
  const record = await getRoundRecord(roundId);
  if (!record) throw new RoundError({ code: 'round-not-found', roundId });
  return record;
}

export async function summaryOf(record: RoundRecord): Promise<RoundSummary> {
  const [titles, received, key] = await Promise.all([
    roundTitles(record.pack, record.round.formId),
    countContributions(record.id),
    getRoundKey(record.id),
  ]);
  return {
    round: record.round,
    pack: record.pack,
    ...titles,
    fingerprint: record.fingerprint,
    createdAt: record.createdAt,
    received,
    keyBackupSaved: record.keyBackupSavedAt !== undefined,
    keyLossAcknowledged: record.keyLossAcknowledged,
    hasKey: key !== undefined,
    reportCount: record.reports.length,
  };
}

/** The passphrase-protected key backup, as often as the secretary wants it. */
export async function keyBackupFile(
  roundId: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const record = await requireRound(roundId);
  const { installed } = await roundPack(record.pack, record.round.formId);
  const bytes = buildKeyBackupFile({
    round: record.round,
    pack: { ...record.pack, bytes: installed.bytes },
    publicKey: record.publicKey,
    wrapped: record.wrappedKey,
  });
  return { bytes, fileName: `sao-luu-khoa-${fileSlug(record.round.label)}.json` };
}

export async function markKeyBackupSaved(roundId: string): Promise<RoundSummary> {
  const record = await requireRound(roundId);
  const saved = { ...record, keyBackupSavedAt: record.keyBackupSavedAt ?? Date.now() };
  await putRoundRecord(saved);
  return summaryOf(saved);
}

export async function setKeyLossAcknowledged(
  roundId: string,
  acknowledged: boolean,
): Promise<RoundSummary> {
  const record = { ...(await requireRound(roundId)), keyLossAcknowledged: acknowledged };
  await putRoundRecord(record);
  return summaryOf(record);
}

/** The invitation, only once the key is backed up and its loss understood. */
export async function invitationFile(
  roundId: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const record = await requireRound(roundId);
  if (record.keyBackupSavedAt === undefined || !record.keyLossAcknowledged) {
    throw new RoundError({ code: 'backup-required' });
  }
  const { installed } = await roundPack(record.pack, record.round.formId);
  const bytes = await buildInvitationFile({
    round: record.round,
    pack: { ...record.pack, bytes: installed.bytes },
    publicKey: record.publicKey,
  });
  return { bytes, fileName: `thu-moi-${fileSlug(record.round.label)}.json` };
}
