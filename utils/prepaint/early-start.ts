import { type EarlyOpen, type EarlyTarget, startEarlyRead } from './early-read';
import { reviewTargetOf } from './review-route';

/** The read begun for a review link, and the address it was begun for. */
export interface BegunRead {
  hash: string;
  target: EarlyTarget;
  reading: Promise<EarlyOpen | null>;
}

declare global {
  /** Set by whichever runs first: review.html's early script or the app's start. */
  var __tuSoiEarlyRead: BegunRead | undefined;
}

/**
 * Begins reading the review's records for `hash`, once per page: review.html's first script
 * (entrypoints/review-early.ts) calls this before the app's modules have loaded, so that a
 * cold database opens while they load; the app's start then gets the same read. Undefined when
 * `hash` is no review link.
 */
export function beginEarlyRead(hash: string): BegunRead | undefined {
  const begun = globalThis.__tuSoiEarlyRead;
  if (begun?.hash === hash) return begun;
  const target = reviewTargetOf(hash);
  if (!target) return undefined;
  globalThis.__tuSoiEarlyRead = { hash, target, reading: startEarlyRead(target) };
  return globalThis.__tuSoiEarlyRead;
}
