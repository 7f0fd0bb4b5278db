import { describe, expect, it } from 'vitest';
import { buildReport } from './build';
import { tallyPayloads } from './tally';
import { reportOf, roundMeta, SAMPLE_ROWS, SHAPE, times } from './test-fixtures';
import type { ReportNumber } from './types';

const exact = (value: number): ReportNumber => ({ kind: 'exact', value });
const band = (low: number, high: number): ReportNumber => ({ kind: 'band', low, high });
const hidden: ReportNumber = { kind: 'hidden' };
const EXACT = { kind: 'exact', k: 5 } as const;

const ROWS = SAMPLE_ROWS;

describe('tallyPayloads', () => {
  it('counts values, bits and indicators', () => {
    const { tally } = reportOf(EXACT, ROWS);
    expect(tally).toEqual({
      n: 20,
      items: { bh1: [10, 6, 3, 1], bh2: [16, 3, 1, 0], bh3: [6, 3] },
      indicators: { overall: 10, groups: { tt: 10, dd: 6 } },
    });
  });

  it('refuses a payload that does not fit the form', () => {
    expect(() => tallyPayloads([{ answers: { bh1: 0, bh2: 9, bh3: [0, 0] } }], SHAPE)).toThrow(
      new RangeError("a payload does not fit the round's form at bh2"),
    );
    expect(() => tallyPayloads([{ answers: { bh1: 0, bh2: 0, bh3: [0, 2] } }], SHAPE)).toThrow(
      RangeError,
    );
  });
});

describe('buildReport, exact mode', () => {
  const { report } = reportOf(EXACT, ROWS);
  const [tt, dd] = report.groups;

  it('states the round, n and mode', () => {
    expect(report).toMatchObject({ format: 'tu-soi/report@1', n: 20, mode: EXACT, issuedAt: 1 });
    expect(report.headline).toEqual({ title: SHAPE.indicator?.title, number: exact(10) });
  });

  it('hides a row whose small cell the flagged number would solve (6 + c = 9)', () => {
    expect(tt?.items[0]?.values.map((value) => value.number)).toEqual([
      hidden,
      hidden,
      hidden,
      hidden,
    ]);
    expect(tt?.items[0]?.flagged).toEqual(hidden);
  });

  it('bands a row that reveals nothing below k, flagged included', () => {
    expect(tt?.items[1]?.values.map((value) => value.number)).toEqual([
      band(16, 20),
      band(1, 4),
      band(1, 4),
      exact(0),
    ]);
    expect(tt?.items[1]?.flagged).toEqual(band(1, 4));
  });

  it('counts each checkbox value on its own; one flagged value is the flagged number', () => {
    expect(dd?.items[0]?.values.map((value) => value.number)).toEqual([exact(6), band(1, 4)]);
    expect(dd?.items[0]?.flagged).toEqual(exact(6));
    expect([tt?.indicator, dd?.indicator]).toEqual([exact(10), exact(6)]);
  });

  it('lists as top only items whose number may be compared', () => {
    expect(report.top).toEqual([{ name: 'bh3', title: SHAPE.items[2]?.title, number: exact(6) }]);
  });

  it('withholds an indicator band that the items pin down (10 + 7 flagged, 17 in the group)', () => {
    const rows = [...times(10, [1, 0, 0, 0]), ...times(7, [0, 2, 0, 0]), ...times(3, [0, 0, 0, 0])];
    const { report: pinned } = reportOf(EXACT, rows);
    // At most 10 + 7 = 17 and at least 16 by the band: the band would say "16–20".
    expect(pinned.groups[0]?.indicator).toEqual(hidden);
    expect(pinned.headline?.number).toEqual(hidden);
  });

  it('makes no report below k contributions', () => {
    const tally = tallyPayloads([], SHAPE);
    expect(() =>
      buildReport({
        round: roundMeta(EXACT),
        pack: { id: 'p', version: '1.0.0', sha256: 'a'.repeat(64) },
        packTitle: { vi: 'P' },
        formTitle: { vi: 'F' },
        shape: SHAPE,
        tally: { ...tally, n: 4 },
        issuedAt: 1,
      }),
    ).toThrow(new RangeError('4 contributions, a report needs 5'));
  });

  it('has no flagged numbers, indicators or top when the form has no indicator', () => {
    const shape = { ...SHAPE, indicator: undefined };
    const tally = tallyPayloads([{ answers: { bh1: 0, bh2: 0, bh3: [1, 0] } }], shape);
    const plain = buildReport({
      round: roundMeta({ kind: 'exact', k: 3 }),
      pack: { id: 'p', version: '1.0.0', sha256: 'a'.repeat(64) },
      packTitle: { vi: 'P' },
      formTitle: { vi: 'F' },
      shape,
      tally: { n: 6, items: { bh1: [6, 0, 0, 0], bh2: [3, 3, 0, 0], bh3: [3, 3] } },
      issuedAt: 1,
    });
    expect(tally.indicators).toBeUndefined();
    expect(plain.headline).toBeUndefined();
    expect(plain.top).toEqual([]);
    expect(plain.groups.flatMap((group) => group.items).map((item) => item.flagged)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('buildReport, randomised mode', () => {
  const mode = { kind: 'randomised', k: 5, truth: 0.5 } as const;
  const { report } = reportOf(mode, ROWS);

  it('makes every number an estimate with its interval', () => {
    const numbers = [
      report.headline?.number,
      ...report.groups.flatMap((group) => [
        group.indicator,
        ...group.items.flatMap((item) => [
          item.flagged,
          ...item.values.map((value) => value.number),
        ]),
      ]),
    ];
    // Headline; tt: indicator, 2 × (flagged + 4 values); dd: indicator, flagged + 2 bits.
    expect(numbers).toHaveLength(1 + (1 + 5 + 5) + (1 + 1 + 2));
    for (const number of numbers) {
      expect(number?.kind).toBe('estimate');
      if (number?.kind === 'estimate') {
        expect(number.low).toBeLessThanOrEqual(number.value);
        expect(number.value).toBeLessThanOrEqual(number.high);
        expect(number.high).toBeLessThanOrEqual(20);
      }
    }
  });

  it('estimates a value with m = values, flagged with |F|/m, bits with m = 2', () => {
    const bh1 = report.groups[0]?.items[0];
    // (10 − 20·0.6/4)/0.4 = 17.5; flagged (9 − 20·0.6·2/4)/0.4 = 7.5; bit a (6 − 6)/0.4 = 0.
    expect(bh1?.values[0]?.number).toMatchObject({ kind: 'estimate', value: 17.5 });
    expect(bh1?.flagged).toMatchObject({ kind: 'estimate', value: 7.5 });
    expect(report.groups[1]?.items[0]?.values[0]?.number).toMatchObject({ value: 0 });
    // Headline: (10 − 6)/0.4 = 10.
    expect(report.headline?.number).toMatchObject({ value: 10 });
  });

  it('ranks top by estimate, leaving out estimates of nobody', () => {
    // bh1 7.5, bh2 (4 − 6)/0.4 < 0 → 0, bh3 0.
    expect(report.top.map((entry) => entry.name)).toEqual(['bh1']);
  });
});
