import type { ContributionPayload, RandomisedTruth, RoundShape } from '../types';
import { instantaneousReport } from './forced-response';
import { permanentReport } from './permanent';

export { effectiveTruth, IRR } from './forced-response';
export { permanentReport } from './permanent';

export interface RandomiseInput {
  /** The member's own answers and indicators (indicators derived before any randomisation). */
  truthful: ContributionPayload;
  shape: RoundShape;
  truth: RandomisedTruth;
  memoKey: CryptoKey;
  seriesId: string;
}

/**
 * What a randomised-mode contribution sends: each single item (m = its values), each checkbox
 * bit and each indicator (m = 2) goes through the memoised permanent layer, then a fresh
 * instantaneous one. Throws RangeError when the truthful payload does not fit the shape.
 */
export async function randomisePayload(input: RandomiseInput): Promise<ContributionPayload> {
  const { truthful, shape } = input;
  const answers: Record<string, number | number[]> = {};
  for (const item of shape.items) {
    const answer = truthful.answers[item.name];
    const m = item.values.length;
    if (item.kind === 'single') {
      const value = typeof answer === 'number' ? item.values[answer] : undefined;
      if (typeof answer !== 'number' || !isIndex(answer, m) || !value) throw misfit(item.name);
      const permanent = await permanentReport({
        ...common(input),
        itemKey: `item:${item.name}`,
        valueKey: JSON.stringify(value.value),
        truthful: answer,
        m,
      });
      answers[item.name] = instantaneousReport(permanent, m);
    } else {
      if (!Array.isArray(answer) || answer.length !== m) throw misfit(item.name);
      const bits: number[] = [];
      for (const [index, value] of item.values.entries()) {
        bits.push(
          await randomiseBit(
            input,
            `item:${item.name}:${JSON.stringify(value.value)}`,
            answer[index],
          ),
        );
      }
      answers[item.name] = bits;
    }
  }
  if (!shape.indicator) return { answers };
  const indicators = truthful.indicators;
  if (!indicators) throw misfit('indicators');
  const groups: Record<string, 0 | 1> = {};
  for (const group of shape.groups) {
    groups[group.id] = await randomiseBit(
      input,
      `indicator:group:${group.id}`,
      indicators.groups[group.id],
    );
  }
  return {
    answers,
    indicators: {
      overall: await randomiseBit(input, 'indicator:overall', indicators.overall),
      groups,
    },
  };
}

async function randomiseBit(input: RandomiseInput, itemKey: string, bit: unknown): Promise<0 | 1> {
  if (bit !== 0 && bit !== 1) throw misfit(itemKey);
  const permanent = await permanentReport({
    ...common(input),
    itemKey,
    valueKey: JSON.stringify(bit),
    truthful: bit,
    m: 2,
  });
  return instantaneousReport(permanent, 2) === 1 ? 1 : 0;
}

function common(input: RandomiseInput) {
  return { memoKey: input.memoKey, seriesId: input.seriesId, truth: input.truth };
}

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

function misfit(place: string): RangeError {
  return new RangeError(`the truthful payload does not fit the round's form at ${place}`);
}
