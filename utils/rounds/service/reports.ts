import type { Locale } from '../../i18n/types';
import type { RoundRecord, StoredReport } from '../../storage/round-records';
import {
  countContributions,
  getRoundKey,
  listContributions,
  listRoundRecords,
  putRoundRecord,
} from '../../storage/round-store';
import { openContributionFile } from '../files/contribution';
import { decodePayload } from '../payload';
import { aggregateFile } from '../report/aggregate-file';
import { buildReport } from '../report/build';
import { reportCsv as buildCsv } from '../report/csv';
import { tallyPayloads } from '../report/tally';
import { seriesTrend as buildTrend } from '../report/trend';
import type { RoundReport, SeriesTrend } from '../report/types';
import { RoundError } from './errors';
import { roundPack } from './packs';
import { requireRound } from './secretary';

/**
 * Makes the round's report from every contribution received: they are decrypted together,
 * summed, and only the sums are kept. In exact mode a report whose contributions differ from
 * an earlier one's by fewer than k is refused, so two reports cannot be subtracted to reveal
 * one member; the same contributions give the same report back.
 */
export async function makeReport(roundId: string): Promise<RoundReport> {
  const record = await requireRound(roundId);
  const { k } = record.round.mode;
  const received = await listContributions(roundId);
  if (received.length < k) {
    throw new RoundError({
      code: 'too-few',
      received: received.length,
      k,
      needed: k - received.length,
    });
  }
  const contributions = Object.fromEntries(
    received.map((contribution) => [contribution.contributionId, contribution.sha256]),
  );
  const same = record.reports.find(
    (report) => difference(report.contributions, contributions) === 0,
  );
  if (same) return same.report;
  if (record.round.mode.kind === 'exact') {
    for (const earlier of record.reports) {
      const apart = difference(earlier.contributions, contributions);
      if (apart < k) throw new RoundError({ code: 'too-close', difference: apart, k });
    }
  }

  const keyPair = await getRoundKey(roundId);
  if (!keyPair) throw new RoundError({ code: 'no-key', roundId });
  const { installed, form, shape } = await roundPack(record.pack, record.round.formId);
  const payloads = await Promise.all(
    received.map(async (contribution) => {
      const { plaintext } = await openContributionFile(contribution.file, keyPair);
      return decodePayload(plaintext, shape).payload;
    }),
  );
  const tally = tallyPayloads(payloads, shape);
  const issuedAt = Date.now();
  const report = buildReport({
    round: record.round,
    pack: record.pack,
    packTitle: installed.pack.title,
    formTitle: form.title,
    shape,
    tally,
    issuedAt,
  });
  const stored: StoredReport = { issuedAt, contributions, tally, report };
  await putRoundRecord({ ...record, reports: [...record.reports, stored] });
  return report;
}

/** Members whose contribution is in one set and not the other, or differs between them. */
export function difference(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): number {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].filter((id) => a[id] !== b[id]).length;
}

function latestStored(record: RoundRecord): StoredReport | undefined {
  return record.reports.at(-1);
}

export async function latestReport(roundId: string): Promise<RoundReport | undefined> {
  return latestStored(await requireRound(roundId))?.report;
}

/** The newest report of each round of the series, oldest round first. */
export async function seriesTrend(seriesId: string): Promise<SeriesTrend> {
  const reports = (await listRoundRecords()).records
    .filter((record) => record.seriesId === seriesId)
    .flatMap((record) => {
      const stored = latestStored(record);
      return stored ? [stored.report] : [];
    });
  return buildTrend(reports);
}

/** The newest report; without one, says what is missing as making one would. */
async function requireLatest(roundId: string): Promise<StoredReport> {
  const record = await requireRound(roundId);
  const stored = latestStored(record);
  if (stored) return stored;
  const { k } = record.round.mode;
  const received = await countContributions(roundId);
  throw new RoundError({ code: 'too-few', received, k, needed: Math.max(0, k - received) });
}

export async function reportCsv(
  roundId: string,
  separator: ',' | ';',
  locale: Locale,
): Promise<string> {
  const { report } = await requireLatest(roundId);
  const trend = await seriesTrend(report.round.seriesId);
  return buildCsv(report, { separator, locale }, trend.rounds.length > 1 ? trend : undefined);
}

export async function aggregateJson(roundId: string): Promise<Uint8Array> {
  const { report, tally } = await requireLatest(roundId);
  return aggregateFile(report, tally);
}
