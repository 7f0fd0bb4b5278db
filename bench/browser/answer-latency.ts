/**
 * Answer → committed in Tự soi's review of the 27 items: real clicks on radios of every page,
 * each timed from the click event's timeStamp to the next 'tu-soi:committed' mark; then typing
 * in a remedy box, with the main-thread time of each keystroke from the Event Timing API and
 * the time from the last keystroke to the commit. The same clicks on the plain-JS page (one
 * IndexedDB put per change, nothing else) give the floor this browser sets.
 */
import type { Locator, Page } from 'playwright-core';
import type { BenchForm } from '../forms/bench-forms';
import { keystrokeCosts, pageOrder } from '../lib/interaction';
import { percentile } from '../lib/stats';
import { type Browser, launch } from './chromium';
import { collectorConfig } from './conditions';
import { cleanCopy, removeProfile } from './profiles';
import { benchPage, EXTENSION_COPY, reviewPage } from './workdir';

export interface ClickLatency {
  n: number;
  latencies: number[];
  p50: number;
  p95: number;
  max: number;
}

export interface TypingCost {
  characters: number;
  keystrokes: number;
  /** Event Timing entries (events of 16 ms or more) during the typing. */
  reportedEvents: number;
  /** Main-thread processing of each keystroke's events; 0 where none reached 16 ms. */
  perKeystroke: number[];
  maxMs: number;
  p95Ms: number;
  /** Last keystroke → the next commit (Tự soi waits for a pause in typing before saving). */
  commitAfterStopMs: number;
}

const PAGES = 3;
const CHOICES = 3;
const TIMEOUT_MS = 15_000;
const TYPED =
  'Doc lai Nghi quyet 04 moi thang, ghi chep cu the viec da lam va chua lam; de nghi chi bo ' +
  'nhac nho khi thay toi chua sua. Hoc tap va lam theo tu tuong, dao duc, phong cach Ho Chi ' +
  'Minh moi ngay, bao cao ket qua o ky sinh hoat sau.';
const KEY_DELAY_MS = 40;

const recorded = (page: Page) => page.evaluate(() => __bench.state);
const commitCount = async (page: Page) => (await recorded(page)).commits.length;

function waitForCommit(page: Page, after: number, timeout = TIMEOUT_MS) {
  return page.waitForFunction((count) => __bench.state.commits.length > count, after, {
    polling: 'raf',
    timeout,
  });
}

async function pointerClick(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('The target is not on screen.');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Turns to the next or previous page and lets the page turn's own save finish. */
async function turn(page: Page, forward: boolean): Promise<void> {
  const before = await commitCount(page);
  const heading = await page.getByRole('heading', { level: 2 }).first().textContent();
  await page.getByRole('button', { name: forward ? 'Trang sau' : 'Trang trước' }).click();
  await page.waitForFunction((old) => document.querySelector('h2')?.textContent !== old, heading);
  await waitForCommit(page, before, 3000).catch(() => undefined);
}

/** Ours marks its groups as radiogroups; the plain page's are fieldsets of radios. */
const radiogroups = (page: Page) =>
  page.locator('fieldset[role="radiogroup"], main.form fieldset.question:has(input[type="radio"])');
const choiceLabel = (group: Locator, choice: number) =>
  group.locator('label:has(input[type="radio"])').nth(choice);

/** One click on a choice other than the current one; returns click → committed in ms. */
async function timedClick(page: Page, group: Locator, choice: number): Promise<number> {
  const before = await recorded(page);
  await pointerClick(page, choiceLabel(group, choice));
  await waitForCommit(page, before.commits.length);
  const after = await recorded(page);
  const click = after.clicks[after.clicks.length - 1];
  const commit = after.commits[before.commits.length];
  if (click === undefined || commit === undefined || after.clicks.length === before.clicks.length) {
    throw new Error('The click or its commit was not recorded.');
  }
  return commit - click;
}

async function clickMany(
  page: Page,
  count: number,
  setupChoice: Map<string, number>,
  pages: number,
) {
  const perPage = await radiogroups(page).count();
  const current = new Map(setupChoice);
  const latencies: number[] = [];
  let shown = 0;
  for (const target of pageOrder(Math.ceil(count / perPage), pages)) {
    while (shown !== target) {
      await turn(page, target > shown);
      shown += target > shown ? 1 : -1;
    }
    for (let q = 0; q < perPage && latencies.length < count; q++) {
      const key = `${shown}/${q}`;
      const choice = ((current.get(key) ?? -1) + 1) % CHOICES;
      latencies.push(await timedClick(page, radiogroups(page).nth(q), choice));
      current.set(key, choice);
      await page.waitForTimeout(20);
    }
  }
  return { latencies, current, shown };
}

async function typeInRemedyBox(page: Page, current: Map<string, number>, shown: number) {
  const first = radiogroups(page).first();
  // The remedy box of the page's first item shows after any answer but the first choice.
  if ((current.get(`${shown}/0`) ?? 0) === 0) await timedClick(page, first, 1);
  const box = page.getByRole('textbox', { name: /^Biện pháp khắc phục cho biểu hiện 1(?!\d)/ });
  await pointerClick(page, box);
  await page.waitForTimeout(300);
  const before = await recorded(page);
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  const typed = await recorded(page);
  await waitForCommit(page, typed.commits.length, 5000);
  const after = await recorded(page);
  const keydowns = after.keydowns.slice(before.keydowns.length);
  const firstKey = keydowns[0] ?? 0;
  const lastKey = keydowns[keydowns.length - 1] ?? 0;
  const events = after.events.filter((entry) => entry.start >= firstKey);
  const perKeystroke = keystrokeCosts(keydowns, events);
  const commit = after.commits.find((time) => time >= lastKey);
  const stored = await box.inputValue();
  if (!stored.endsWith(TYPED)) throw new Error('The remedy box does not hold the typed text.');
  return {
    characters: TYPED.length,
    keystrokes: keydowns.length,
    reportedEvents: events.length,
    perKeystroke,
    maxMs: Math.max(0, ...perKeystroke),
    p95Ms: percentile(perKeystroke, 95),
    commitAfterStopMs: commit === undefined ? Number.NaN : commit - lastKey,
  };
}

export interface AnswerLatency {
  clicks: ClickLatency;
  typing: TypingCost;
  /** The same clicks on the plain-JS page's first page. */
  plainClicks: ClickLatency;
}

function clickLatency(latencies: number[]): ClickLatency {
  return {
    n: latencies.length,
    latencies,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
  };
}

/** The set-up answer (first choice of the first page's last item) is the starting state. */
async function setupState(page: Page): Promise<Map<string, number>> {
  const perPage = await radiogroups(page).count();
  return new Map([[`0/${perPage - 1}`, 0]]);
}

async function inBrowser<T>(form: BenchForm, work: (browser: Browser) => Promise<T>): Promise<T> {
  const profile = cleanCopy('answers');
  let browser: Browser | undefined;
  try {
    browser = await launch(EXTENSION_COPY, profile, collectorConfig(form));
    return await work(browser);
  } finally {
    await browser?.close();
    removeProfile(profile);
  }
}

export async function measureAnswerLatency(
  form: BenchForm,
  responseId: string,
  clicks: number,
): Promise<AnswerLatency> {
  const ours = await inBrowser(form, async (browser) => {
    const page = await browser.open(reviewPage(responseId));
    await page.waitForFunction(() => __bench.firstChoiceTarget(), undefined, {
      timeout: TIMEOUT_MS,
    });
    // Steady state: the live form, not the copy painted before survey-core loads (whose
    // answers are committed once the model has taken them, measured by the load rows).
    await page.locator('#root .ts-survey').waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const setup = await setupState(page);
    const { latencies, current, shown } = await clickMany(page, clicks, setup, PAGES);
    return { clicks: clickLatency(latencies), typing: await typeInRemedyBox(page, current, shown) };
  });
  const plainClicks = await inBrowser(form, async (browser) => {
    const page = await browser.open(benchPage('plain', form.key));
    await page.waitForFunction(() => __bench.firstChoiceTarget(), undefined, {
      timeout: TIMEOUT_MS,
    });
    const { latencies } = await clickMany(page, clicks, await setupState(page), 1);
    return clickLatency(latencies);
  });
  return { ...ours, plainClicks };
}
