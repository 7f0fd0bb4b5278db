import { render } from 'preact';
import { type EarlyTarget, startEarlyRead } from '@/utils/prepaint/early-read';
import type { Surface } from './App';
import { parseRoute } from './useHashRoute';

/**
 * Starts a page of the app. On a review link the review is first painted from the raw records
 * (a small chunk, no survey-core, no validators), and only then is the app loaded, with
 * survey-core fetched alongside: the member sees and can answer the form while it loads.
 */
export function startApp(surface: Surface): void {
  const root = document.getElementById('root') as HTMLElement;
  const loadApp = () => {
    void import('./App').then(({ App }) => render(<App surface={surface} />, root));
  };
  const target = reviewTarget(location.hash);
  if (!target) {
    loadApp();
    return;
  }
  // The records are read while the pre-paint's code loads, not after.
  const reading = startEarlyRead(target);
  import('../prepaint/boot')
    .then(({ prepaintReview }) => prepaintReview(target, surface, root, reading))
    .catch(() => false)
    .then(() => {
      loadApp();
      // Fetched and compiled alongside the app, not after it: the live form needs it first.
      void import('../review/ReviewView');
    });
}

function reviewTarget(hash: string): EarlyTarget | undefined {
  const route = parseRoute(hash);
  if (route.name === 'review') return { responseId: route.responseId };
  if (route.name === 'start') {
    return { packId: route.packId, packVersion: route.packVersion, formId: route.formId };
  }
  return undefined;
}
