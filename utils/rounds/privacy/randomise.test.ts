import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHAPE } from '../report/test-fixtures';
import type { ContributionPayload } from '../types';
import { createMemoKey } from './memo-key';
import { StreamExhausted, streamBelow } from './permanent';
import { effectiveTruth, IRR, permanentReport, randomisePayload } from './randomise';

afterEach(() => vi.restoreAllMocks());

const TRUTHFUL: ContributionPayload = {
  answers: { bh1: 1, bh2: 0, bh3: [1, 0] },
  indicators: { overall: 1, groups: { tt: 1, dd: 1 } },
};

describe('effectiveTruth', () => {
  it('is t·4/5', () => {
    expect(IRR).toEqual({ numerator: 1, denominator: 5 });
    expect(effectiveTruth(0.5)).toBeCloseTo(0.4, 12);
    expect(effectiveTruth(0.75)).toBeCloseTo(0.6, 12);
  });
});

/** A memo key with known bytes, so node:crypto can recompute the HMAC. */
function hmacKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

describe('permanentReport', () => {
  it('follows the documented HMAC derivation (known answer from node:crypto)', async () => {
    const raw = new Uint8Array(32).map((_, i) => i + 1);
    const key = await hmacKey(raw);
    for (const valueKey of ['"khong"', '"mot-phan"', '"day-du"', 'null', '"x"', '"y"']) {
      const digest = createHmac('sha256', Buffer.from(raw))
        .update(`series-1\0item:bh1\0${valueKey}`, 'utf8')
        .digest();
      const words = [0, 4, 8].map((offset) => digest.readUInt32BE(offset));
      // t = 3/4: word 0 mod 4 < 3 keeps the truth (index 2); else word 1 (if < 2^32 − 1) mod 3.
      const expected = (words[0] ?? 0) % 4 < 3 ? 2 : (words[1] ?? 0) % 3;
      const input = { memoKey: key, seriesId: 'series-1', itemKey: 'item:bh1', valueKey };
      expect(await permanentReport({ ...input, truthful: 2, m: 3, truth: 0.75 })).toBe(expected);
    }
  });

  it('extends the stream with HMAC(message ‖ "\\0 1") when block 0 is used up', async () => {
    const raw = new Uint8Array(32).fill(7);
    const key = await hmacKey(raw);
    const sign = crypto.subtle.sign.bind(crypto.subtle);
    const spy = vi.spyOn(crypto.subtle, 'sign');
    // Block 0 all 0xff: the t = 3/4 coin reads 0xffffffff mod 4 = 3 (forced), and every further
    // word is rejected for m = 3, so the value comes from block 1's first word.
    spy.mockImplementationOnce(async () => new Uint8Array(32).fill(0xff).buffer);
    spy.mockImplementation(sign);
    const input = { memoKey: key, seriesId: 's', itemKey: 'item:bh1', valueKey: '"x"' };
    const report = await permanentReport({ ...input, truthful: 0, m: 3, truth: 0.75 });
    const block1 = createHmac('sha256', Buffer.from(raw)).update('s\0item:bh1\0"x"\x001').digest();
    expect(report).toBe(block1.readUInt32BE(0) % 3);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('gives the same permanent report for the same truthful answer, round after round', async () => {
    const memoKey = await createMemoKey();
    const input = { memoKey, seriesId: 's', itemKey: 'item:bh1', valueKey: '"day-du"' };
    for (let item = 0; item < 50; item++) {
      const one = { ...input, itemKey: `item:q${item}`, truthful: 2, m: 4, truth: 0.5 as const };
      const first = await permanentReport(one);
      expect(await permanentReport(one)).toBe(first);
    }
  });

  it('draws a changed answer independently of the earlier one', async () => {
    const memoKey = await createMemoKey();
    // m = 2, t = 1/2: each report is truthful with probability 3/4; independent → both 9/16.
    // Had the value been left out of the derivation, both would come from one coin: 1/2.
    const trials = 4000;
    let bothTruthful = 0;
    for (let item = 0; item < trials; item++) {
      const base = { memoKey, seriesId: 's', itemKey: `item:q${item}`, m: 2, truth: 0.5 as const };
      const no = await permanentReport({ ...base, valueKey: '0', truthful: 0 });
      const yes = await permanentReport({ ...base, valueKey: '1', truthful: 1 });
      if (no === 0 && yes === 1) bothTruthful += 1;
    }
    expect(Math.abs(bothTruthful / trials - 9 / 16)).toBeLessThan(0.032);
  });

  it('depends on the series and the memo key', async () => {
    const [one, two] = await Promise.all([createMemoKey(), createMemoKey()]);
    const reports = async (memoKey: CryptoKey, seriesId: string) => {
      const out: number[] = [];
      for (let item = 0; item < 64; item++) {
        out.push(
          await permanentReport({
            memoKey,
            seriesId,
            itemKey: `item:q${item}`,
            valueKey: '"x"',
            truthful: 0,
            m: 4,
            truth: 0.5,
          }),
        );
      }
      return out;
    };
    const base = await reports(one, 's1');
    expect(await reports(one, 's2')).not.toEqual(base);
    expect(await reports(two, 's1')).not.toEqual(base);
  });
});

describe('streamBelow', () => {
  it('skips rejected words and says when the stream is used up', () => {
    const bytes = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 5]);
    const below = streamBelow(bytes);
    // 2^32 − 1 is rejected for n = 3; the next word, 5, gives 2.
    expect(below(3)).toBe(2);
    expect(() => below(3)).toThrow(StreamExhausted);
  });
});

describe('randomisePayload', () => {
  it('keeps the shape of the payload and never uses Math.random', async () => {
    const spy = vi.spyOn(Math, 'random');
    const memoKey = await createMemoKey();
    const sent = await randomisePayload({
      truthful: TRUTHFUL,
      shape: SHAPE,
      truth: 0.5,
      memoKey,
      seriesId: 's',
    });
    expect(Object.keys(sent.answers)).toEqual(['bh1', 'bh2', 'bh3']);
    expect([0, 1, 2, 3]).toContain(sent.answers.bh1);
    expect(sent.answers.bh3).toEqual([expect.any(Number), expect.any(Number)]);
    for (const bit of sent.answers.bh3 as number[]) expect([0, 1]).toContain(bit);
    expect(Object.keys(sent.indicators?.groups ?? {})).toEqual(['tt', 'dd']);
    expect([0, 1]).toContain(sent.indicators?.overall);
    expect(spy).not.toHaveBeenCalled();
  });

  it('sends the permanent report except for the fresh 1-in-5 replacement', async () => {
    const memoKey = await createMemoKey();
    const input = {
      truthful: TRUTHFUL,
      shape: SHAPE,
      truth: 0.75 as const,
      memoKey,
      seriesId: 's',
    };
    const permanent = await permanentReport({
      memoKey,
      seriesId: 's',
      itemKey: 'item:bh1',
      valueKey: '"mot-phan"',
      truthful: 1,
      m: 4,
      truth: 0.75,
    });
    let same = 0;
    for (let round = 0; round < 400; round++) {
      if ((await randomisePayload(input)).answers.bh1 === permanent) same += 1;
    }
    // P(sent = permanent) = 4/5 + 1/5 · 1/4 = 0.85; SE over 400 ≈ 0.018.
    expect(Math.abs(same / 400 - 0.85)).toBeLessThan(0.075);
  });

  it('refuses a payload that does not fit the form', async () => {
    const memoKey = await createMemoKey();
    const base = { shape: SHAPE, truth: 0.5 as const, memoKey, seriesId: 's' };
    await expect(
      randomisePayload({
        ...base,
        truthful: { ...TRUTHFUL, answers: { ...TRUTHFUL.answers, bh1: 4 } },
      }),
    ).rejects.toThrow(RangeError);
    await expect(
      randomisePayload({ ...base, truthful: { answers: TRUTHFUL.answers } }),
    ).rejects.toThrow(
      new RangeError("the truthful payload does not fit the round's form at indicators"),
    );
  });
});
