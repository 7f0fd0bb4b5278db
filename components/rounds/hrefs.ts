/**
 * Addresses of the round views. The route parser (components/app/useHashRoute.ts) comes with
 * the secretary branch; until both meet, the views link through these.
 */
export const joinHref = '#/join';

export function contributeHref(responseId: string): string {
  return `#/contribute/${responseId}`;
}

export function roundHref(roundId: string): string {
  return `#/round/${roundId}`;
}
