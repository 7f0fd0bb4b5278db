import { choiceKey } from '../pack/form-questions';
import { z } from '../zod';
import { RoundError } from './service/errors';
import type { ContributionPayload, RoundItem, RoundShape } from './types';

/**
 * A contribution's plaintext: the payload as JSON, padded with spaces to a length fixed by
 * the form alone, so every file of a round has the same size whatever was answered.
 * Trailing spaces are still valid JSON.
 */
const PADDING_BLOCK = 64;
const SPACE = 0x20;

/** The member's own answers as a payload, before any randomisation. */
export function truthfulPayload(
  shape: RoundShape,
  data: Readonly<Record<string, unknown>>,
): ContributionPayload {
  // Object.fromEntries: a question named "__proto__" stays an ordinary key.
  const answers: ContributionPayload['answers'] = Object.fromEntries(
    shape.items.map((item) => [item.name, answerOf(item, data[item.name])]),
  );
  const flaggedItems = new Set(
    shape.items
      .filter((item) => isFlagged(item, answers[item.name] as number | number[]))
      .map((item) => item.name),
  );
  if (!shape.indicator) return { answers };
  const groups: Record<string, 0 | 1> = Object.fromEntries(
    shape.groups.map((group) => [
      group.id,
      group.items.some((name) => flaggedItems.has(name)) ? 1 : 0,
    ]),
  );
  return { answers, indicators: { overall: flaggedItems.size > 0 ? 1 : 0, groups } };
}

function answerOf(item: RoundItem, raw: unknown): number | number[] {
  const indexOf = (value: unknown) =>
    isChoiceValue(value)
      ? item.values.findIndex(
          (candidate) =>
            candidate.value !== null && choiceKey(candidate.value) === choiceKey(value),
        )
      : -1;
  const missing = () => new RoundError({ code: 'answer-missing', item: item.title.vi });
  if (item.kind === 'multi') {
    const picked = raw === undefined || raw === null ? [] : raw;
    if (!Array.isArray(picked)) throw missing();
    const indexes = picked.map(indexOf);
    if (indexes.includes(-1)) throw missing();
    return item.values.map((_, index) => (indexes.includes(index) ? 1 : 0));
  }
  if (raw === undefined || raw === null || raw === '') {
    const none = item.values.findIndex((candidate) => candidate.value === null);
    if (none === -1) throw missing();
    return none;
  }
  const index = indexOf(raw);
  if (index === -1) throw missing();
  return index;
}

function isChoiceValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Whether an answer (as a payload carries it) counts towards the indicator. */
export function isFlagged(item: RoundItem, answer: number | number[]): boolean {
  if (typeof answer === 'number') return item.values[answer]?.flagged === true;
  return answer.some((bit, index) => bit === 1 && item.values[index]?.flagged === true);
}

/**
 * How many times this member's payload for the round changed (1, 2, …): the secretary keeps
 * the highest when two files carry the same contribution id, whatever order they come in.
 * Inside the encryption, and a count, not a time.
 */
export const MAX_REVISION = 9999;

/** Bytes of every padded payload of a round on this shape. */
export function payloadLength(shape: RoundShape): number {
  const widest = serialise(MAX_REVISION, widestPayload(shape)).length;
  return Math.ceil((widest + 1) / PADDING_BLOCK) * PADDING_BLOCK;
}

export function encodePayload(
  payload: ContributionPayload,
  shape: RoundShape,
  revision: number,
): Uint8Array {
  const json = serialise(
    Math.min(Math.max(1, Math.trunc(revision)), MAX_REVISION),
    payloadSchemaFor(shape).parse(payload),
  );
  const length = payloadLength(shape);
  if (json.length > length) throw new RangeError('payload longer than its shape allows');
  const bytes = new Uint8Array(length).fill(SPACE);
  bytes.set(json);
  return bytes;
}

/** Reads a decrypted plaintext; anything that does not fit the shape is `invalid-payload`. */
export function decodePayload(
  bytes: Uint8Array,
  shape: RoundShape,
): { payload: ContributionPayload; revision: number } {
  const invalid = (cause?: unknown) => new RoundError({ code: 'invalid-payload' }, { cause });
  if (bytes.length !== payloadLength(shape)) throw invalid();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw invalid(cause);
  }
  const plaintext = plaintextSchema.safeParse(json);
  if (!plaintext.success) throw invalid(plaintext.error);
  const { revision, ...rest } = plaintext.data;
  const payload = payloadSchemaFor(shape).safeParse(rest);
  if (!payload.success) throw invalid(payload.error);
  return { payload: payload.data, revision };
}

/** Keys in shape order, so the same answers always give the same bytes. */
function serialise(revision: number, payload: ContributionPayload): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ revision, ...payload }));
}

function widestPayload(shape: RoundShape): ContributionPayload {
  const answers: ContributionPayload['answers'] = Object.fromEntries(
    shape.items.map((item) => [
      item.name,
      item.kind === 'multi' ? item.values.map(() => 1) : Math.max(0, item.values.length - 1),
    ]),
  );
  if (!shape.indicator) return { answers };
  const groups = Object.fromEntries(shape.groups.map((group) => [group.id, 1 as const]));
  return { answers, indicators: { overall: 1, groups } };
}

const plaintextSchema = z.looseObject({
  revision: z.number().check(z.int(), z.gte(1), z.lte(MAX_REVISION)),
});

const bit = z.union([z.literal(0), z.literal(1)]);

/** Exactly the shape's items and groups, each answer in range; rebuilt in shape order. */
function payloadSchemaFor(shape: RoundShape) {
  const answers = z.strictObject(
    Object.fromEntries(
      shape.items.map((item) => [
        item.name,
        item.kind === 'multi'
          ? z.array(bit).check(z.length(item.values.length))
          : z.number().check(z.int(), z.gte(0), z.lte(item.values.length - 1)),
      ]),
    ),
  );
  const groups = z.strictObject(Object.fromEntries(shape.groups.map((group) => [group.id, bit])));
  const indicators = z.strictObject({ overall: bit, groups });
  return z.pipe(
    z.strictObject({ answers, indicators: shape.indicator ? indicators : z.undefined() }),
    z.transform((payload): ContributionPayload => {
      const ordered: ContributionPayload['answers'] = Object.fromEntries(
        shape.items.map((item) => [item.name, payload.answers[item.name] as number | number[]]),
      );
      if (!payload.indicators) return { answers: ordered };
      const orderedGroups = Object.fromEntries(
        shape.groups.map((group) => [group.id, payload.indicators?.groups[group.id] ?? 0]),
      );
      return {
        answers: ordered,
        indicators: { overall: payload.indicators.overall, groups: orderedGroups },
      };
    }),
  );
}
