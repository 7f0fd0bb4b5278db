/**
 * Runs one row (form × renderer × condition) once, in the way its condition says:
 * cold — a fresh copy of the template profile with every cache deleted, one browser launch;
 * restart — the row's own profile (caches kept from its earlier runs), the browser relaunched;
 * repeat — the row's own browser kept running, the page opened again in a new tab.
 * After restart and repeat runs the stored answers are put back, so every run starts alike.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchForm } from '../forms/bench-forms';
import { type FormKey, type Row, rowKey } from '../lib/rows';
import { type Browser, type CollectorConfig, launch } from './chromium';
import { measureOpen, type OpenResult } from './load-run';
import { cleanCopy, removeProfile } from './profiles';
import type { Template } from './setup';
import { restoreBaseline } from './stored';
import { BLANK_PAGE, benchPage, EXTENSION_COPY, reviewPage } from './workdir';

/** Quiet time after a launch, so the browser's own start-up work is not measured. */
const AFTER_LAUNCH_MS = 300;
/** Characters of the first question's title the recorder looks for. */
const NEEDLE_LENGTH = 40;

export function collectorConfig(form: BenchForm): CollectorConfig {
  return {
    titleNeedle: form.first.title.slice(0, NEEDLE_LENGTH),
    choiceText: form.first.choiceText,
  };
}

const profileName = (row: Row) => rowKey(row).replaceAll('/', '-');

export class RowRunner {
  private readonly restartProfiles = new Map<string, string>();
  private readonly repeatBrowsers = new Map<string, Browser>();

  constructor(
    private readonly forms: ReadonlyMap<FormKey, BenchForm>,
    private readonly template: Template,
  ) {}

  async run(row: Row): Promise<OpenResult> {
    switch (row.condition) {
      case 'cold':
        return this.cold(row);
      case 'restart':
        return this.restart(row);
      case 'repeat':
        return this.repeat(row);
    }
  }

  async closeAll(): Promise<void> {
    for (const browser of this.repeatBrowsers.values()) await browser.close();
    this.repeatBrowsers.clear();
  }

  private form(row: Row): BenchForm {
    const form = this.forms.get(row.form);
    if (!form) throw new Error(`Unknown form ${row.form}.`);
    return form;
  }

  private path(row: Row): string {
    return row.renderer === 'ours'
      ? reviewPage(this.template.responses[row.form])
      : benchPage(row.renderer, row.form);
  }

  private async launchFor(row: Row, profile: string): Promise<Browser> {
    const browser = await launch(EXTENSION_COPY, profile, collectorConfig(this.form(row)));
    await sleep(AFTER_LAUNCH_MS);
    return browser;
  }

  private measure(browser: Browser, row: Row): Promise<OpenResult> {
    return measureOpen(
      browser,
      this.path(row),
      this.form(row),
      row.renderer,
      this.template.responses[row.form],
    );
  }

  private async restore(browser: Browser, row: Row): Promise<void> {
    const page = await browser.open(BLANK_PAGE);
    await page.waitForLoadState('load');
    await restoreBaseline(page, row.renderer, row.form);
    await page.close();
  }

  private async cold(row: Row): Promise<OpenResult> {
    const profile = cleanCopy('cold');
    const browser = await this.launchFor(row, profile);
    try {
      return await this.measure(browser, row);
    } finally {
      await browser.close();
      removeProfile(profile);
    }
  }

  private async restart(row: Row): Promise<OpenResult> {
    const key = rowKey(row);
    let profile = this.restartProfiles.get(key);
    if (!profile) {
      profile = cleanCopy(profileName(row));
      this.restartProfiles.set(key, profile);
    }
    const browser = await this.launchFor(row, profile);
    try {
      return await this.measure(browser, row);
    } finally {
      await this.restore(browser, row).finally(() => browser.close());
    }
  }

  private async repeat(row: Row): Promise<OpenResult> {
    const key = rowKey(row);
    let browser = this.repeatBrowsers.get(key);
    if (!browser) {
      browser = await this.launchFor(row, cleanCopy(profileName(row)));
      this.repeatBrowsers.set(key, browser);
    }
    try {
      return await this.measure(browser, row);
    } finally {
      await this.restore(browser, row);
    }
  }
}
