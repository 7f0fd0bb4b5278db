import { describe, expect, it } from 'vitest';
import { reportOf, times } from './test-fixtures';
import { seriesTrend } from './trend';

const EXACT = { kind: 'exact', k: 5 } as const;

describe('seriesTrend', () => {
  const early = reportOf(EXACT, [...times(10, [1, 0, 1, 0]), ...times(10, [0, 0, 0, 0])], 100);
  const late = reportOf(EXACT, [...times(5, [1, 0, 1, 0]), ...times(15, [0, 0, 0, 0])], 200);
  early.report.round = { ...early.report.round, id: 'r1', label: 'Lần 1' };
  late.report.round = { ...late.report.round, id: 'r2', label: 'Lần 2' };

  it('puts the rounds oldest first, whatever order they come in', () => {
    const trend = seriesTrend([late.report, early.report]);
    expect(trend.rounds.map((round) => [round.roundId, round.label, round.n])).toEqual([
      ['r1', 'Lần 1', 20],
      ['r2', 'Lần 2', 20],
    ]);
    expect(trend.headline?.numbers).toEqual([
      { kind: 'exact', value: 10 },
      { kind: 'exact', value: 5 },
    ]);
    expect(trend.groups.map((group) => group.indicator)).toEqual([
      [
        { kind: 'exact', value: 10 },
        { kind: 'exact', value: 5 },
      ],
      [
        { kind: 'exact', value: 10 },
        { kind: 'exact', value: 5 },
      ],
    ]);
  });

  it('matches items by name; a round without the item has undefined', () => {
    const renamed = structuredClone(early.report);
    const item = renamed.groups[0]?.items[0];
    if (item) item.name = 'old-name';
    const trend = seriesTrend([renamed, late.report]);
    expect(trend.items.map((row) => row.name)).toEqual(['bh1', 'bh2', 'bh3']);
    expect(trend.items.map((row) => row.groupId)).toEqual(
      late.report.groups.flatMap((group) => group.items.map(() => group.id)),
    );
    expect(trend.items[0]?.flagged).toEqual([undefined, { kind: 'exact', value: 5 }]);
    expect(trend.items[2]?.flagged).toEqual([
      { kind: 'exact', value: 10 },
      { kind: 'exact', value: 5 },
    ]);
  });

  it('refuses no reports and reports of two series', () => {
    expect(() => seriesTrend([])).toThrow(RangeError);
    const other = structuredClone(late.report);
    other.round.seriesId = 'series-2';
    expect(() => seriesTrend([early.report, other])).toThrow(
      new RangeError('the reports belong to more than one series'),
    );
  });
});
