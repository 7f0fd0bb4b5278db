import type { LocalizedText } from '../../pack/schema';
import { rangeOf } from '../privacy/feasible';
import type { PackRef, RoundItem, RoundMeta, RoundShape, Tally } from '../types';
import { type Publisher, publisherFor } from './publisher';
import type { ReportGroup, ReportItem, ReportNumber, RoundReport } from './types';

export interface BuildReportInput {
  round: RoundMeta;
  pack: PackRef;
  packTitle: LocalizedText;
  formTitle: LocalizedText;
  shape: RoundShape;
  tally: Tally;
  issuedAt: number;
}

const TOP_ITEMS = 5;
const HIDDEN: ReportNumber = { kind: 'hidden' };

/**
 * The report of a round: every number goes through the round's mode (banding and row
 * suppression in exact mode, estimates in randomised mode). Throws RangeError below k
 * contributions or when the tally does not fit the shape.
 */
export function buildReport(input: BuildReportInput): RoundReport {
  const { round, shape, tally } = input;
  const { n } = tally;
  if (n < round.mode.k) throw new RangeError(`${n} contributions, a report needs ${round.mode.k}`);
  const publish = publisherFor(round.mode, n);
  const byName = new Map(shape.items.map((item) => [item.name, item]));
  const withIndicator = shape.indicator !== undefined;
  const groups: ReportGroup[] = shape.groups.map((group) => {
    const items = group.items.map((name) => {
      const item = byName.get(name);
      if (!item) throw new RangeError(`group ${group.id} names an unknown item ${name}`);
      byName.delete(name);
      return reportItem(item, tally, publish, withIndicator);
    });
    const count = tally.indicators?.groups[group.id];
    if (!withIndicator || count === undefined) return { id: group.id, title: group.title, items };
    const bounds = flaggedBounds(items, n);
    const indicator = guard(publish.bit(count), bounds, n);
    return { id: group.id, title: group.title, indicator, items };
  });
  if (byName.size > 0) throw new RangeError(`items outside every group: ${[...byName.keys()]}`);
  const report: RoundReport = {
    format: 'tu-soi/report@1',
    round,
    pack: input.pack,
    packTitle: input.packTitle,
    formTitle: input.formTitle,
    n,
    mode: round.mode,
    issuedAt: input.issuedAt,
    groups,
    top: topItems(groups, round.mode.k),
  };
  if (shape.indicator && tally.indicators) {
    // Bounded by the group indicators and, as a group may be withheld, by the items directly.
    const byGroups = combine(
      groups.map((group) => group.indicator),
      n,
    );
    const byItems = flaggedBounds(
      groups.flatMap((group) => group.items),
      n,
    );
    const bounds = {
      low: Math.max(byGroups.low, byItems.low),
      high: Math.min(byGroups.high, byItems.high),
    };
    const number = guard(publish.bit(tally.indicators.overall), bounds, n);
    report.headline = { title: shape.indicator.title, number };
  }
  return report;
}

function reportItem(
  item: RoundItem,
  tally: Tally,
  publish: Publisher,
  withIndicator: boolean,
): ReportItem {
  const counts = tally.items[item.name];
  if (!counts || counts.length !== item.values.length) {
    throw new RangeError(`the tally does not fit item ${item.name}`);
  }
  const flaggedIndices = withIndicator
    ? item.values.flatMap((value, index) => (value.flagged ? [index] : []))
    : [];
  let numbers: ReportNumber[];
  let flagged: ReportNumber | undefined;
  if (item.kind === 'single') {
    ({ values: numbers, flagged } = publish.row(counts, flaggedIndices));
  } else {
    numbers = counts.map((count) => publish.bit(count));
    // Members with any flagged bit cannot be told from per-bit sums unless there is one such bit.
    flagged = flaggedIndices.length === 1 ? numbers[flaggedIndices[0] ?? -1] : undefined;
  }
  const values = item.values.map((value, index) => ({
    text: value.text,
    flagged: value.flagged,
    number: numbers[index] ?? HIDDEN,
  }));
  const reportItem: ReportItem = { name: item.name, title: item.title, kind: item.kind, values };
  if (flagged) reportItem.flagged = flagged;
  return reportItem;
}

interface Bounds {
  low: number;
  high: number;
}

/**
 * What the items' published flagged numbers imply about their group's indicator: at least the
 * largest (a member flagged on an item is flagged in the group), at most their sum. A multi item
 * with several flagged bits is bounded by its bits the same way.
 */
function flaggedBounds(items: readonly ReportItem[], n: number): Bounds {
  const parts = items.flatMap((item) => {
    if (item.flagged) return [rangeOf(item.flagged, n)];
    const bits = item.values
      .filter((value) => value.flagged)
      .map((value) => rangeOf(value.number, n));
    if (bits.length === 0) return [];
    return [
      {
        low: Math.max(...bits.map((bit) => bit.low)),
        high: bits.reduce((sum, bit) => sum + bit.high, 0),
      },
    ];
  });
  return combine(parts, n);
}

/** Bounds on a union from bounds on its parts (a part may be unknown). */
function combine(parts: ReadonlyArray<Bounds | ReportNumber | undefined>, n: number): Bounds {
  const ranges = parts.map((part) =>
    part === undefined ? { low: 0, high: n } : 'kind' in part ? rangeOf(part, n) : part,
  );
  return {
    low: Math.max(0, ...ranges.map((range) => range.low)),
    high: Math.min(
      n,
      ranges.reduce((sum, range) => sum + range.high, 0),
    ),
  };
}

/**
 * An indicator's band is withheld when the other published numbers pin it down more narrowly
 * than the band (exact mode only; estimates and exact numbers pass through).
 */
function guard(number: ReportNumber, bounds: Bounds, n: number): ReportNumber {
  if (number.kind !== 'band') return number;
  const low = Math.max(number.low, bounds.low);
  const high = Math.min(number.high, bounds.high, n);
  return low > number.low || high < number.high ? { kind: 'hidden' } : number;
}

function topItems(groups: readonly ReportGroup[], k: number): RoundReport['top'] {
  const candidates = groups
    .flatMap((group) => group.items)
    .flatMap((item) => {
      const number = item.flagged;
      if (!number) return [];
      const comparable =
        (number.kind === 'exact' && number.value >= k) ||
        (number.kind === 'estimate' && number.value > 0);
      return comparable ? [{ name: item.name, title: item.title, number }] : [];
    });
  // Array.prototype.sort is stable: ties keep the form's order.
  return candidates.sort((a, b) => sortValue(b.number) - sortValue(a.number)).slice(0, TOP_ITEMS);
}

function sortValue(number: ReportNumber): number {
  return number.kind === 'exact' || number.kind === 'estimate' ? number.value : 0;
}
