import { useEffect, useState } from 'preact/hooks';
import { leaveIsHeld } from './leave-guard';
import { requestViewFocus } from './ViewHeading';

export type Route =
  | { name: 'home' }
  | { name: 'review'; responseId: string }
  | { name: 'settings' }
  | { name: 'library' };

export function parseRoute(hash: string): Route {
  const review = /^#\/review\/([\w-]+)$/.exec(hash);
  if (review?.[1]) return { name: 'review', responseId: review[1] };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/library') return { name: 'library' };
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'review':
      return `#/review/${route.responseId}`;
    case 'settings':
      return '#/settings';
    case 'library':
      return '#/library';
    default:
      return '#/';
  }
}

/**
 * The current route from `location.hash`: pages stay bookmarkable and the back button works.
 * A view's leave guard can hold a change (a link or the Back button): the address goes back to
 * the view while it asks the member.
 */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    let shown = location.hash;
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
