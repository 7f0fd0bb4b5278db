/**
 * One measured page open: navigate, click the first question's first choice as soon as it is
 * on screen (retrying until a click takes), wait until the answer is committed to IndexedDB,
 * then read the recorder's marks and check that the answer is really stored.
 */
import type { Page } from 'playwright-core';
import type { BenchForm } from '../forms/bench-forms';
import type { LoadMetrics, Renderer } from '../lib/rows';
import type { Browser } from './chromium';
import { storedAnswers } from './stored';

export interface OpenResult extends LoadMetrics {
  clickIssued: number;
  clicksTried: number;
  firstQuestionFrame: number;
  firstContentfulPaint: number | null;
}

const LOAD_TIMEOUT_MS = 60_000;
/** How long one click may take to register before it is tried again. */
const CLICK_WAIT_MS = 250;
const MAX_CLICKS = 40;

async function clickFirstChoice(page: Page): Promise<number> {
  for (let tries = 1; tries <= MAX_CLICKS; tries++) {
    const target = await page.waitForFunction(() => __bench.firstChoiceTarget(), undefined, {
      polling: 'raf',
      timeout: LOAD_TIMEOUT_MS,
    });
    const { x, y } = (await target.jsonValue()) as { x: number; y: number };
    await page.mouse.click(x, y);
    const took = await page
      .waitForFunction(() => __bench.state.accepted !== null, undefined, {
        polling: 'raf',
        timeout: CLICK_WAIT_MS,
      })
      .then(
        () => true,
        () => false,
      );
    if (took) return tries;
  }
  throw new Error(`No click on the first choice registered after ${MAX_CLICKS} tries.`);
}

export class LostAnswerError extends Error {
  override name = 'LostAnswerError';
}

/** Measures `path` in a new tab of `browser`; the tab is closed afterwards. */
export async function measureOpen(
  browser: Browser,
  path: string,
  form: BenchForm,
  renderer: Renderer,
  responseId?: string,
): Promise<OpenResult> {
  const page = await browser.open(path);
  try {
    const clicksTried = await clickFirstChoice(page);
    const hasModel = renderer !== 'static';
    if (hasModel) {
      await page.waitForFunction(
        () => __bench.state.commits.some((time) => time >= (__bench.state.accepted?.time ?? 0)),
        undefined,
        { polling: 'raf', timeout: LOAD_TIMEOUT_MS },
      );
    }
    const domSize = await page.evaluate(() => __bench.settledElementCount());
    const state = await page.evaluate(() => __bench.state);
    const { accepted, firstQuestion, firstQuestionFrame } = state;
    if (!accepted || firstQuestion === null || firstQuestionFrame === null) {
      throw new Error('The recorder has no first question or accepted input.');
    }
    if (!accepted.isFirstChoice) {
      throw new Error(
        `The click checked ${accepted.label}, not the first question's first choice.`,
      );
    }
    if (!(await page.evaluate(() => __bench.firstChoiceChecked()))) {
      throw new LostAnswerError('The first choice was checked, then unchecked by the page.');
    }
    const committed = hasModel
      ? (state.commits.find((time) => time >= accepted.time) ?? null)
      : null;
    if (hasModel) {
      const stored = await storedAnswers(page, renderer, form.key, responseId);
      if (stored?.[form.first.name] !== form.first.choiceValue) {
        throw new LostAnswerError(
          `Answer lost: ${form.first.name} is stored as ${JSON.stringify(stored?.[form.first.name])}, the click chose ${form.first.choiceValue}.`,
        );
      }
    }
    const until = committed ?? accepted.time;
    const longTasks = state.longTasks.filter((task) => task.start < until);
    return {
      firstQuestion,
      firstQuestionFrame,
      firstContentfulPaint: state.firstContentfulPaint,
      clickIssued: state.pointerDowns[0] ?? Number.NaN,
      clicksTried,
      accepted: accepted.time,
      committed,
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
      domSize,
    };
  } finally {
    await page.close();
  }
}
