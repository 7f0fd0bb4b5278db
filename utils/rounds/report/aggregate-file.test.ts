import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_FORMAT,
  AggregateFileError,
  aggregateFile,
  MAX_AGGREGATE_BYTES,
  readAggregateFile,
} from './aggregate-file';
import { reportOf, SAMPLE_ROWS } from './test-fixtures';

const ROWS = SAMPLE_ROWS;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Every `number` field anywhere in the file. */
function numbersIn(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'number' ? [inner as Record<string, unknown>] : numbersIn(inner),
  );
}

describe('aggregateFile, exact mode', () => {
  const { report, tally } = reportOf({ kind: 'exact', k: 5 }, ROWS);
  const bytes = aggregateFile(report, tally);
  const json = JSON.parse(new TextDecoder().decode(bytes));

  it('reads back what it wrote, keys in a fixed order', () => {
    expect(readAggregateFile(bytes)).toEqual(json);
    expect(Object.keys(json)).toEqual([
      'format',
      'round',
      'pack',
      'n',
      'mode',
      'headline',
      'groups',
    ]);
    expect(json.format).toBe(AGGREGATE_FORMAT);
    expect(Object.keys(json.round)).toEqual([
      'id',
      'label',
      'cellName',
      'seriesId',
      'seriesLabel',
      'formId',
    ]);
    expect(json.mode).toEqual({ kind: 'exact', k: 5 });
  });

  it('holds no raw small count, no sums and no date', () => {
    const numbers = numbersIn(json);
    expect(numbers.length).toBeGreaterThan(10);
    for (const number of numbers) {
      if (number.kind === 'exact') {
        const value = number.value as number;
        expect(value === 0 || (value >= 5 && value <= 15)).toBe(true);
      }
      expect(['exact', 'band', 'hidden']).toContain(number.kind);
    }
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toContain('reported');
    expect(text).not.toMatch(/issuedAt|date|time/i);
    // bh1's raw counts 3 and 1 (solvable from the flagged sum) are withheld.
    expect(json.groups[0].items[0].values.map((v: { number: unknown }) => v.number)).toEqual(
      new Array(4).fill({ kind: 'hidden' }),
    );
  });
});

describe('aggregateFile, randomised mode', () => {
  const { report, tally } = reportOf({ kind: 'randomised', k: 5, truth: 0.5 }, ROWS);
  const bytes = aggregateFile(report, tally);

  it('carries the randomised sums Y beside the estimates, and reads back', () => {
    const file = readAggregateFile(bytes);
    const bh1 = file.groups[0]?.items[0];
    expect(bh1?.values.map((value) => value.reported)).toEqual([10, 6, 3, 1]);
    expect(bh1?.flagged?.reported).toBe(9);
    expect(file.headline?.reported).toBe(10);
    expect(file.groups.map((group) => group.indicator?.reported)).toEqual([10, 6]);
    expect(bh1?.values[0]?.number).toEqual(report.groups[0]?.items[0]?.values[0]?.number);
  });

  it('refuses a tally of another size', () => {
    expect(() => aggregateFile(report, { ...tally, n: 19 })).toThrow(RangeError);
  });
});

describe('readAggregateFile', () => {
  const { report, tally } = reportOf({ kind: 'exact', k: 5 }, ROWS);
  const good = JSON.parse(new TextDecoder().decode(aggregateFile(report, tally)));

  const failure = (bytes: Uint8Array) => {
    try {
      readAggregateFile(bytes);
    } catch (error) {
      if (error instanceof AggregateFileError) return error.details;
      throw error;
    }
    throw new Error('read without complaint');
  };

  it('refuses junk, other formats and numbers that do not fit the mode', () => {
    expect(failure(new Uint8Array([0xff, 0xfe]))).toEqual({ code: 'not-json' });
    expect(failure(new TextEncoder().encode('{'))).toEqual({ code: 'not-json' });
    expect(failure(encode({ ...good, format: 'tu-soi/aggregate@2' }))).toMatchObject({
      code: 'wrong-format',
      path: 'format',
    });
    expect(failure(encode({ ...good, issuedAt: 1 }))).toMatchObject({ code: 'wrong-format' });
    const estimate = structuredClone(good);
    estimate.headline.number = { kind: 'estimate', value: 3, low: 0, high: 8 };
    expect(failure(encode(estimate))).toMatchObject({ code: 'wrong-format', path: 'headline' });
    const tooBig = structuredClone(good);
    tooBig.groups[0].indicator.number = { kind: 'exact', value: 21 };
    expect(failure(encode(tooBig))).toMatchObject({
      code: 'wrong-format',
      path: 'groups.0.indicator',
    });
    const randomised = { ...good, mode: { kind: 'randomised', k: 5, truth: 0.5 } };
    expect(failure(encode(randomised))).toMatchObject({ code: 'wrong-format' });
  });

  it('refuses an oversized file from its size alone', () => {
    const bytes = new Uint8Array(MAX_AGGREGATE_BYTES + 1);
    expect(failure(bytes)).toEqual({
      code: 'too-large',
      size: MAX_AGGREGATE_BYTES + 1,
      max: MAX_AGGREGATE_BYTES,
    });
  });
});
