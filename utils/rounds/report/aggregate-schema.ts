import { z } from '../../zod';
import { K_MAX, K_MIN, RANDOMISED_TRUTHS } from '../types';

const count = z.number().check(z.int(), z.gte(0));
const persons = z.number().check(z.gte(0));
const id = z.string().check(z.minLength(1));
/** Labels the secretary typed; their limits are the round form's, not this file's. */
const label = z.string();

const reportNumber = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), value: count }),
  z.strictObject({ kind: z.literal('band'), low: count, high: count }),
  z.strictObject({ kind: z.literal('hidden') }),
  z.strictObject({ kind: z.literal('estimate'), value: persons, low: persons, high: persons }),
]);

/** A published number; in randomised mode with the randomised sum Y it was estimated from. */
const published = z.strictObject({ number: reportNumber, reported: z.optional(count) });

const value = z.strictObject({
  flagged: z.boolean(),
  number: reportNumber,
  reported: z.optional(count),
});

const item = z.strictObject({
  name: id,
  kind: z.enum(['single', 'multi']),
  /** In the order of the item's values in the round's form (the roll-up reads the same pack). */
  values: z.array(value).check(z.minLength(1)),
  flagged: z.optional(published),
});

const k = z.number().check(z.int(), z.gte(K_MIN), z.lte(K_MAX));

export const aggregateFileSchema = z
  .strictObject({
    format: z.literal('tu-soi/aggregate@1'),
    round: z.strictObject({
      id,
      label,
      cellName: label,
      seriesId: id,
      seriesLabel: label,
      formId: id,
    }),
    pack: z.strictObject({ id, version: id, sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
    n: z.number().check(z.int(), z.gte(1)),
    mode: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('exact'), k }),
      z.strictObject({
        kind: z.literal('randomised'),
        k,
        truth: z.union(RANDOMISED_TRUTHS.map((truth) => z.literal(truth))),
      }),
    ]),
    headline: z.optional(published),
    groups: z.array(z.strictObject({ id, indicator: z.optional(published), items: z.array(item) })),
  })
  .check(
    z.superRefine((file, context) => {
      if (file.n < file.mode.k) {
        context.addIssue({ code: 'custom', path: ['n'], message: 'fewer contributions than k' });
      }
      const randomised = file.mode.kind === 'randomised';
      const check = (entry: z.infer<typeof published>, path: Array<string | number>) => {
        const { number } = entry;
        // Exact files carry published numbers only; randomised ones estimates with their sums.
        const fits = randomised
          ? number.kind === 'estimate' && entry.reported !== undefined
          : number.kind !== 'estimate' && entry.reported === undefined;
        const values = Object.entries(number).flatMap(([key, v]) => (key === 'kind' ? [] : [v]));
        const inRange =
          values.every((v) => typeof v === 'number' && v <= file.n) &&
          (entry.reported ?? 0) <= file.n;
        if (!fits || !inRange) {
          context.addIssue({ code: 'custom', path, message: `not a number of this mode and n` });
        }
      };
      if (file.headline) check(file.headline, ['headline']);
      file.groups.forEach((group, g) => {
        if (group.indicator) check(group.indicator, ['groups', g, 'indicator']);
        group.items.forEach((entry, i) => {
          const at = ['groups', g, 'items', i];
          if (entry.flagged) check(entry.flagged, [...at, 'flagged']);
          for (const [j, v] of entry.values.entries()) check(v, [...at, 'values', j]);
        });
      });
    }),
  );

export type AggregateFile = z.infer<typeof aggregateFileSchema>;
