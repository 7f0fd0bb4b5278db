import { useEffect, useState } from 'preact/hooks';
import { reviewTargetOf } from '@/utils/prepaint/review-route';
import { leaveIsHeld } from './leave-guard';
import { requestViewFocus } from './ViewHeading';

export type Route =
  | { name: 'home' }
  | { name: 'review'; responseId: string }
  /** A new review of one form: its record is created with the first answer (none before). */
  | { name: 'start'; packId: string; packVersion: string; formId: string }
  | { name: 'settings' }
  | { name: 'help' }
  | { name: 'library' }
  | { name: 'rounds' }
  | { name: 'round-new' }
  | { name: 'round-restore' }
  | { name: 'round'; roundId: string }
  | { name: 'round-report'; roundId: string }
  | { name: 'join' }
  | { name: 'contribute'; responseId: string }
  | { name: 'document'; responseId: string }
  | { name: 'history' }
  | { name: 'commitments' }
  | { name: 'commitments-now' }
  | { name: 'commitment-month'; registrationId: string; month: string };

/** Routes whose only part is their name. */
const FIXED: Record<string, Route> = {
  '#/settings': { name: 'settings' },
  '#/help': { name: 'help' },
  '#/library': { name: 'library' },
  '#/rounds': { name: 'rounds' },
  '#/rounds/new': { name: 'round-new' },
  '#/rounds/restore': { name: 'round-restore' },
  '#/join': { name: 'join' },
  '#/commitments': { name: 'commitments' },
  '#/history': { name: 'history' },
  '#/commitments/now': { name: 'commitments-now' },
};

export function parseRoute(hash: string): Route {
  const review = reviewTargetOf(hash);
  if (review)
    return 'responseId' in review ? { name: 'review', ...review } : { name: 'start', ...review };
  const round = /^#\/round\/([\w-]+)(\/report)?$/.exec(hash);
  if (round?.[1]) {
    return round[2]
      ? { name: 'round-report', roundId: round[1] }
      : { name: 'round', roundId: round[1] };
  }
  const paper = /^#\/document\/([\w-]+)$/.exec(hash);
  if (paper?.[1]) return { name: 'document', responseId: paper[1] };
  const contribute = /^#\/contribute\/([\w-]+)$/.exec(hash);
  if (contribute?.[1]) return { name: 'contribute', responseId: contribute[1] };
  const month = /^#\/commitments\/([\w-]+)\/(\d{4}-(?:0[1-9]|1[0-2]))$/.exec(hash);
  if (month?.[1] && month[2]) {
    return { name: 'commitment-month', registrationId: month[1], month: month[2] };
  }
  return FIXED[hash] ?? { name: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'review':
      return `#/review/${route.responseId}`;
    case 'start':
      return `#/start/${route.packId}@${route.packVersion}/${route.formId}`;
    case 'round':
      return `#/round/${route.roundId}`;
    case 'round-report':
      return `#/round/${route.roundId}/report`;
    case 'contribute':
      return `#/contribute/${route.responseId}`;
    case 'document':
      return `#/document/${route.responseId}`;
    case 'commitment-month':
      return `#/commitments/${route.registrationId}/${route.month}`;
    case 'home':
      return '#/';
    default:
      for (const [hash, fixed] of Object.entries(FIXED)) {
        if (fixed.name === route.name) return hash;
      }
      return '#/';
  }
}

/**
 * The current route from `location.hash`: pages stay bookmarkable and the back button works.
 * A view's leave guard can hold a change (a link or the Back button): the address goes back to
 * the view while it asks the member.
 */
// The address of the view on screen; a held leave puts it back.
let shown = '';

/**
 * Changes the address without changing the view or adding a history entry: a started review
 * becomes `#/review/<id>` once its record exists, so a reload opens that record.
 */
export function replaceRoute(route: Route): void {
  shown = routeHref(route);
  history.replaceState(history.state, '', shown);
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    shown = location.hash;
    const onChange = () => {
      const target = location.hash;
      if (target === shown) return;
      if (leaveIsHeld(target)) {
        location.hash = shown;
        return;
      }
      shown = target;
      requestViewFocus();
      setRoute(parseRoute(target));
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
