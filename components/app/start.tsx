import { render } from 'preact';
import { beginEarlyRead } from '@/utils/prepaint/early-start';
import type { Surface } from './App';
import { afterNextPaint } from './after-paint';

type PrepaintModule = typeof import('../prepaint/boot');

/**
 * Starts a page of the app. On a review link the review is first painted from the raw records
 * (a small chunk, no survey-core, no validators), and only once that is on screen is the app
 * loaded, with survey-core fetched alongside: the member sees and can answer the form while it
 * loads. `loadPrepaint` gives that chunk: loaded on demand unless the page bundles it.
 */
export function startApp(
  surface: Surface,
  loadPrepaint: () => Promise<PrepaintModule> = () => import('../prepaint/boot'),
): void {
  const root = document.getElementById('root') as HTMLElement;
  const renderApp = ({ App }: typeof import('./App')) => render(<App surface={surface} />, root);
  // The records are read while the pre-paint's code loads, not after (review.html: earlier).
  const begun = beginEarlyRead(location.hash);
  if (!begun) {
    void import('./App').then(renderApp);
    return;
  }
  const { target, reading } = begun;
  loadPrepaint()
    .then(async ({ prepaintReview, loadLiveForm }) => {
      if (!(await prepaintReview(target, surface, root, reading))) return false;
      afterNextPaint(() => void loadLiveForm().then(renderApp));
      return true;
    })
    .catch(() => false)
    .then((painted) => {
      if (painted) return;
      // Nothing on screen yet: these imports keep their preload links (live-form.ts has none).
      void import('./App').then(renderApp);
      void import('../review/ReviewView');
    });
}
