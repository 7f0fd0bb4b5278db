import '../app/app.css';
import '../reviews/reviews.css';
import '../survey/survey.css';
import { render } from 'preact';
import { type EarlyOpen, type EarlyTarget, startEarlyRead } from '@/utils/prepaint/early-read';
import { earlyWriter } from '@/utils/prepaint/early-write';
import {
  handoffKey,
  keptAnswers,
  openHandoff,
  recordAnswer,
  releaseHandoff,
} from '@/utils/prepaint/handoff';
import { isObject } from '@/utils/prepaint/json';
import { preparePrepaint } from '@/utils/prepaint/prepare';
import { INDEX_ATTRIBUTE, PrePaintView, QUESTION_ATTRIBUTE } from './PrePaintView';

export { loadLiveForm } from './live-form';

interface Shown {
  container: HTMLElement;
  root: HTMLElement;
  /** Removes the listeners that keep answers when the page is left before the hand-over. */
  unbind(): void;
}

let shown: Shown | undefined;

/**
 * Paints the review page from the raw records while the app and survey-core load, with the
 * app's root hidden until the live form takes over (`finishPrepaint`). Resolves false (nothing
 * shown) when the page must wait for the app instead. `reading` is the read begun at once.
 */
export async function prepaintReview(
  target: EarlyTarget,
  surface: 'page' | 'sidepanel',
  root: HTMLElement,
  reading: Promise<EarlyOpen | null> = startEarlyRead(target),
): Promise<boolean> {
  const opened = await reading;
  if (!opened) return false;
  const { db, read } = opened;
  const prepaint = read && preparePrepaint(target, read);
  if (!prepaint) {
    db.close();
    return false;
  }
  const html = document.documentElement;
  html.lang = prepaint.locale;
  html.classList.toggle('large-text', prepaint.largeText);
  const container = document.createElement('div');
  container.id = 'prepaint';
  root.before(container);
  root.hidden = true;
  const key = handoffKey(target);
  openHandoff(key);
  render(<PrePaintView prepaint={prepaint} surface={surface} onAnswer={recordAnswer} />, container);
  const unbind = keepAnswersOnLeaving(key, db, read.response);
  shown = { container, root, unbind };
  return true;
}

/**
 * Until the hand-over, answers given here are written as they are when the page is hidden or
 * closed, or another view is asked for (the app then shows it). A new review has no record to
 * write to until the model creates it. Returns what undoes this and closes `db`.
 */
function keepAnswersOnLeaving(key: string, db: IDBDatabase, response: unknown): () => void {
  // On the connection the records were read on, kept open: a closing page has no time to open
  // one.
  const writer = isObject(response) ? earlyWriter(db, response) : undefined;
  const keep = () => void writer?.write(keptAnswers(key));
  const onHidden = () => document.visibilityState === 'hidden' && keep();
  const onHashChange = () => {
    keep();
    finishPrepaint(() => null);
  };
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('pagehide', keep);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', keep);
    document.removeEventListener('visibilitychange', onHidden);
    db.close();
  };
}

/** Where the live form has the input the member was on: by question name and input index. */
export type LocateInput = (name: string, index: number) => HTMLElement | null;

/**
 * The live form is on screen (hidden): swap it in, in one frame, with focus on the same input
 * (caret included) and the page scrolled so that what the member was looking at stays put.
 * Call after the model has adopted the answers (`adoptAnswers`). Does nothing without a
 * pre-painted page.
 */
export function finishPrepaint(locate: LocateInput): void {
  if (!shown) return;
  const { container, root, unbind } = shown;
  shown = undefined;
  unbind();
  const focused = inputOf(document.activeElement, container);
  const anchor = focused ?? firstInView(container);
  const anchorTop = anchor?.getBoundingClientRect().top;
  const selection = textSelection(document.activeElement);
  render(null, container);
  container.remove();
  root.hidden = false;
  releaseHandoff();
  // Boxes that size to their text by script (Firefox) measured nothing while hidden.
  window.dispatchEvent(new Event('resize'));
  if (!anchor || anchorTop === undefined) return;
  const name = anchor.getAttribute(QUESTION_ATTRIBUTE) ?? '';
  const live = locate(name, Number(anchor.getAttribute(INDEX_ATTRIBUTE)));
  if (!live) return;
  window.scrollBy(0, live.getBoundingClientRect().top - anchorTop);
  if (!focused) return;
  live.focus({ preventScroll: true });
  if (selection && (live instanceof HTMLTextAreaElement || live instanceof HTMLInputElement)) {
    live.setSelectionRange(selection.start, selection.end, selection.direction);
  }
}

function inputOf(element: Element | null, container: HTMLElement): HTMLElement | null {
  return element instanceof HTMLElement &&
    container.contains(element) &&
    element.hasAttribute(QUESTION_ATTRIBUTE)
    ? element
    : null;
}

/** The first pre-painted input on screen: what stays in place when nothing has focus. */
function firstInView(container: HTMLElement): HTMLElement | null {
  for (const input of container.querySelectorAll<HTMLElement>(`[${QUESTION_ATTRIBUTE}]`)) {
    if (input.getBoundingClientRect().bottom > 0) return input;
  }
  return null;
}

function textSelection(element: Element | null) {
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) {
    return undefined;
  }
  const { selectionStart, selectionEnd, selectionDirection } = element;
  if (selectionStart === null || selectionEnd === null) return undefined;
  return { start: selectionStart, end: selectionEnd, direction: selectionDirection ?? undefined };
}
