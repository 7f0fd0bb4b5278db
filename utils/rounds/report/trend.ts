import type { ReportItem, ReportNumber, RoundReport, SeriesTrend } from './types';

const HIDDEN: ReportNumber = { kind: 'hidden' };

/**
 * The rounds of one series side by side, oldest first. Rows follow the newest round's form;
 * items are matched by name across rounds. Each number is the round's own published number,
 * so the trend shows nothing a single report did not already show. Throws RangeError for no
 * reports or reports of several series.
 */
export function seriesTrend(reports: readonly RoundReport[]): SeriesTrend {
  const sorted = [...reports].sort((a, b) => a.issuedAt - b.issuedAt);
  const newest = sorted.at(-1);
  if (!newest) throw new RangeError('a trend needs at least one report');
  const { seriesId, seriesLabel } = newest.round;
  if (sorted.some((report) => report.round.seriesId !== seriesId)) {
    throw new RangeError('the reports belong to more than one series');
  }
  const itemsOf = sorted.map(
    (report) => new Map(report.groups.flatMap((group) => group.items).map((i) => [i.name, i])),
  );
  const trend: SeriesTrend = {
    seriesId,
    seriesLabel,
    rounds: sorted.map((report) => ({
      roundId: report.round.id,
      label: report.round.label,
      n: report.n,
      mode: report.mode,
      issuedAt: report.issuedAt,
    })),
    groups: newest.groups.map((group) => {
      const numbers = sorted.map(
        (report) => report.groups.find((other) => other.id === group.id)?.indicator,
      );
      const any = numbers.some((number) => number !== undefined);
      return {
        id: group.id,
        title: group.title,
        indicator: any ? numbers.map((number) => number ?? HIDDEN) : undefined,
      };
    }),
    items: newest.groups.flatMap((group) =>
      group.items.map((item: ReportItem) => ({
        name: item.name,
        groupId: group.id,
        title: item.title,
        flagged: itemsOf.map((items) => items.get(item.name)?.flagged),
      })),
    ),
  };
  if (sorted.some((report) => report.headline)) {
    const title = (newest.headline ?? sorted.find((report) => report.headline)?.headline)?.title;
    if (title) {
      trend.headline = {
        title,
        numbers: sorted.map((report) => report.headline?.number ?? HIDDEN),
      };
    }
  }
  return trend;
}
