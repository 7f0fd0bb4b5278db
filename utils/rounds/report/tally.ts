import type { ContributionPayload, RoundShape, Tally } from '../types';

/**
 * Sums a batch of payloads of one round: per single item the members per value, per checkbox
 * value the members with its bit set, and the indicators. Throws RangeError on a payload that
 * does not fit the shape (the service validates payloads first; this is the last line).
 */
export function tallyPayloads(payloads: readonly ContributionPayload[], shape: RoundShape): Tally {
  const items: Record<string, number[]> = {};
  const countsOf = new Map(shape.items.map((item) => [item, item.values.map(() => 0)]));
  for (const [item, counts] of countsOf) items[item.name] = counts;
  const groups: Record<string, number> = {};
  for (const group of shape.groups) groups[group.id] = 0;
  let overall = 0;
  for (const payload of payloads) {
    for (const [item, counts] of countsOf) {
      const answer = payload.answers[item.name];
      if (item.kind === 'single') {
        if (typeof answer !== 'number' || !isIndex(answer, counts.length)) throw misfit(item.name);
        counts[answer] = (counts[answer] ?? 0) + 1;
      } else {
        if (!Array.isArray(answer) || answer.length !== counts.length) throw misfit(item.name);
        answer.forEach((bit, index) => {
          if (bit !== 0 && bit !== 1) throw misfit(item.name);
          counts[index] = (counts[index] ?? 0) + bit;
        });
      }
    }
    if (!shape.indicator) continue;
    const indicators = payload.indicators;
    if (!indicators) throw misfit('indicators');
    overall += bitOf(indicators.overall, 'indicators.overall');
    for (const group of shape.groups) {
      groups[group.id] =
        (groups[group.id] ?? 0) +
        bitOf(indicators.groups[group.id], `indicators.groups.${group.id}`);
    }
  }
  const tally: Tally = { n: payloads.length, items };
  if (shape.indicator) tally.indicators = { overall, groups };
  return tally;
}

function bitOf(value: unknown, place: string): number {
  if (value !== 0 && value !== 1) throw misfit(place);
  return value;
}

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

function misfit(place: string): RangeError {
  return new RangeError(`a payload does not fit the round's form at ${place}`);
}
