import type { EarlyTarget } from './early-read';

/**
 * The two review links, `#/review/<id>` and `#/start/<pack>@<version>/<form>`, read from a
 * hash. Kept apart from the app's router (components/app/useHashRoute.ts, which uses this) so
 * that the script review.html runs first can tell a review link with no code of the app.
 */
export function reviewTargetOf(hash: string): EarlyTarget | undefined {
  const review = /^#\/review\/([\w-]+)$/.exec(hash);
  if (review?.[1]) return { responseId: review[1] };
  const start = /^#\/start\/([\w-]+)@([\w.+-]+)\/([\w-]+)$/.exec(hash);
  if (start?.[1] && start[2] && start[3]) {
    return { packId: start[1], packVersion: start[2], formId: start[3] };
  }
  return undefined;
}
