import type { Tally } from '../types';
import { type AggregateFile, aggregateFileSchema } from './aggregate-schema';
import type { ReportItem, ReportNumber, RoundReport } from './types';

export { type AggregateFile, aggregateFileSchema } from './aggregate-schema';

export const AGGREGATE_FORMAT = 'tu-soi/aggregate@1';
export const MAX_AGGREGATE_BYTES = 3 * 1024 * 1024;

export type AggregateFileErrorDetails =
  | { code: 'too-large'; size: number; max: number }
  | { code: 'not-json' }
  /** JSON, but not an aggregate file of this format; `path` names the first bad place. */
  | { code: 'wrong-format'; path: string; message: string };

// A literal, not the class's own name, which minifiers may shorten.
const AGGREGATE_FILE_ERROR_NAME = 'AggregateFileError';

export class AggregateFileError extends Error {
  override name = AGGREGATE_FILE_ERROR_NAME;
  readonly code: AggregateFileErrorDetails['code'];

  constructor(readonly details: AggregateFileErrorDetails) {
    super(`${details.code}: ${JSON.stringify(details)}`);
    this.code = details.code;
  }
}

/**
 * The file a later roll-up (ward, district) reads: round identity, pack, n, mode and, per
 * number, only what the report published — in randomised mode also the randomised sum Y, which
 * is safe to add up across cells. Keys in a fixed order. No date at all, not even the report's:
 * a roll-up needs none, and a date could tie the numbers to a meeting. Names of values are not
 * repeated: values follow the order of the pack's form.
 */
export function aggregateFile(report: RoundReport, tally: Tally): Uint8Array {
  if (tally.n !== report.n)
    throw new RangeError(`the tally has n = ${tally.n}, the report ${report.n}`);
  const randomised = report.mode.kind === 'randomised';
  const entry = (number: ReportNumber, reported: number | undefined) =>
    randomised
      ? { number: canonical(number), reported: requireCount(reported) }
      : { number: canonical(number) };
  const { round, pack, mode } = report;
  const file: AggregateFile = {
    format: AGGREGATE_FORMAT,
    round: {
      id: round.id,
      label: round.label,
      cellName: round.cellName,
      seriesId: round.seriesId,
      seriesLabel: round.seriesLabel,
      formId: round.formId,
    },
    pack: { id: pack.id, version: pack.version, sha256: pack.sha256 },
    n: report.n,
    mode:
      mode.kind === 'exact'
        ? { kind: 'exact', k: mode.k }
        : { kind: 'randomised', k: mode.k, truth: mode.truth },
    ...(report.headline
      ? { headline: entry(report.headline.number, tally.indicators?.overall) }
      : {}),
    groups: report.groups.map((group) => ({
      id: group.id,
      ...(group.indicator
        ? { indicator: entry(group.indicator, tally.indicators?.groups[group.id]) }
        : {}),
      items: group.items.map((item) => {
        const counts = tally.items[item.name];
        if (!counts || counts.length !== item.values.length) {
          throw new RangeError(`the tally does not fit item ${item.name}`);
        }
        return {
          name: item.name,
          kind: item.kind,
          values: item.values.map((value, index) => ({
            flagged: value.flagged,
            ...entry(value.number, counts[index]),
          })),
          ...(item.flagged ? { flagged: entry(item.flagged, flaggedSum(item, counts)) } : {}),
        };
      }),
    })),
  };
  // What is written must read back: a file the roll-up would refuse is a bug here, not there.
  const checked = aggregateFileSchema.safeParse(file);
  if (!checked.success) {
    throw new RangeError(
      `the aggregate file would not read back: ${checked.error.issues[0]?.message}`,
    );
  }
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

/** Reads and checks an aggregate file; throws AggregateFileError with the reason. */
export function readAggregateFile(bytes: Uint8Array): AggregateFile {
  if (bytes.byteLength > MAX_AGGREGATE_BYTES) {
    throw new AggregateFileError({
      code: 'too-large',
      size: bytes.byteLength,
      max: MAX_AGGREGATE_BYTES,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AggregateFileError({ code: 'not-json' });
  }
  const parsed = aggregateFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AggregateFileError({
      code: 'wrong-format',
      path: (issue?.path ?? []).join('.'),
      message: issue?.message ?? '',
    });
  }
  return parsed.data;
}

/** The randomised sum behind an item's flagged number: Σ over its flagged values. */
function flaggedSum(item: ReportItem, counts: readonly number[]): number {
  return item.values.reduce(
    (sum, value, index) => (value.flagged ? sum + (counts[index] ?? 0) : sum),
    0,
  );
}

function requireCount(reported: number | undefined): number {
  if (reported === undefined) throw new RangeError('the tally lacks a sum the report has');
  return reported;
}

/** The same number with its keys in the file's fixed order, whatever order it arrived in. */
function canonical(number: ReportNumber): ReportNumber {
  switch (number.kind) {
    case 'exact':
      return { kind: 'exact', value: number.value };
    case 'band':
      return { kind: 'band', low: number.low, high: number.high };
    case 'hidden':
      return { kind: 'hidden' };
    case 'estimate':
      return { kind: 'estimate', value: number.value, low: number.low, high: number.high };
  }
}
