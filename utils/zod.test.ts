import { describe, expect, it, vi } from 'vitest';
import nq04 from '@/forms/nq04-27.json';

// Before this file's imports are evaluated, so before zod and every schema below exist.
const evals = await vi.hoisted(async () =>
  (await import('./zod-test-utils')).spyOnFunctionConstructor(),
);

const { packSchema } = await import('./pack/schema');
const { z } = await import('./zod');

describe('classic zod under MV3 CSP', () => {
  it('creates the pack schema and checks a pack without ever calling Function', () => {
    packSchema.parse(nq04);
    expect(evals.calls).toEqual([]);
  });

  // Proves the spy sees what the CSP would: without jitless, zod probes `new Function`.
  it('detects the probe when jitless is off', () => {
    z.config({ jitless: false });
    try {
      z.object({ a: z.string() }).parse({ a: 'x' });
    } finally {
      z.config({ jitless: true });
    }
    expect(evals.calls).not.toEqual([]);
  });
});
