/**
 * Set-up before any measurement: static HTML made from the plain-JS renderer's markup, then a
 * template profile in which the packs were imported through Tự soi's library and each form has
 * a stored review with one answer (the set-up question: the first page's last radio group).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BenchForm } from '../forms/bench-forms';
import { BENCH_PACK_VERSION } from '../forms/generate';
import type { FormKey } from '../lib/rows';
import { type Browser, launch } from './chromium';
import { removeProfile, TEMPLATE_PROFILE } from './profiles';
import {
  BENCH_DB,
  OURS_DB,
  OURS_RESPONSES,
  readRecord,
  setupAnswers,
  storeKey,
  writeRecord,
} from './stored';
import {
  BLANK_PAGE,
  benchPage,
  EXTENSION_COPY,
  PROFILES_DIR,
  packFileName,
  packPath,
  writeStaticPage,
} from './workdir';

/** Opens the benchmark's blank page, which creates the benchmark database if needed. */
async function blankPage(browser: Browser): Promise<Page> {
  const page = await browser.open(BLANK_PAGE);
  await page.waitForLoadState('load');
  return page;
}

async function putPlainAnswers(browser: Browser, forms: readonly BenchForm[]) {
  const page = await blankPage(browser);
  for (const form of forms) {
    for (const renderer of ['theirs', 'plain'] as const) {
      const key = storeKey(renderer, form.key);
      await writeRecord(page, BENCH_DB, 'answers', setupAnswers(form), key);
      await writeRecord(page, BENCH_DB, 'baselines', setupAnswers(form), key);
    }
  }
  await page.close();
}

/**
 * The static page of each form: the plain-JS renderer's document with its stored answers, its
 * scripts removed, serialized by the browser. Made in a throwaway profile, so the template
 * profile has never seen the benchmark pages.
 */
export async function makeStaticPages(forms: readonly BenchForm[]): Promise<void> {
  const dir = join(PROFILES_DIR, 'static-maker');
  const browser = await launch(EXTENSION_COPY, dir);
  try {
    await putPlainAnswers(browser, forms);
    for (const form of forms) {
      const page = await browser.open(benchPage('plain', form.key));
      await page.locator('main.form').waitFor();
      const html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true) as HTMLElement;
        for (const script of copy.querySelectorAll('script')) script.remove();
        copy.removeAttribute('data-store-key');
        return `<!DOCTYPE html>\n${copy.outerHTML}`;
      });
      writeStaticPage(form.key, html);
      await page.close();
    }
  } finally {
    await browser.close();
    removeProfile(dir);
  }
}

async function importPacks(page: Page, forms: readonly BenchForm[]) {
  await page.getByRole('heading', { level: 1, name: 'Thư viện biểu mẫu' }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Chọn tệp bộ biểu mẫu/ }).click();
  await (await chooser).setFiles(forms.map((form) => packPath(form)));
  await page.getByText(`Đã kiểm tra ${forms.length} tệp.`).waitFor();
  for (const form of forms) {
    const card = page.getByRole('article', { name: packFileName(form) });
    await card
      .getByRole('button', { name: `Cài đặt: ${form.title} ${BENCH_PACK_VERSION}` })
      .click();
    await page.getByRole('region', { name: `${form.title} ${BENCH_PACK_VERSION}` }).waitFor();
  }
}

/** Starts a review of the form and answers the set-up question; returns the review's id. */
async function startReview(browser: Browser, form: BenchForm): Promise<string> {
  const page = await browser.open(
    `app.html#/start/${form.packId}@${BENCH_PACK_VERSION}/${form.formId}`,
  );
  // The set-up answer goes to the live form (the page first shows a pre-painted copy of it).
  await page.locator('#root .ts-survey').waitFor({ state: 'visible' });
  await page
    .locator('fieldset', { hasText: form.setup.title })
    .getByRole('radio', { name: form.setup.choiceText, exact: true })
    .check({ force: true });
  await page.waitForURL(/#\/review\/[\w-]+$/);
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  const id = new URL(page.url()).hash.replace('#/review/', '');
  await page.close();
  return id;
}

export interface Template {
  /** Tự soi's review id of each form in the template profile. */
  responses: Record<FormKey, string>;
}

export async function makeTemplate(forms: readonly BenchForm[]): Promise<Template> {
  removeProfile(TEMPLATE_PROFILE);
  const browser = await launch(EXTENSION_COPY, TEMPLATE_PROFILE);
  try {
    // The first run opens the welcome page by itself: wait for it and close it.
    const welcome = await browser.context
      .waitForEvent('page', { timeout: 10_000 })
      .catch(() => null);
    await welcome?.close();
    const library = await browser.open('app.html#/library');
    await importPacks(library, forms);
    await library.close();
    const responses = {} as Record<FormKey, string>;
    for (const form of forms) responses[form.key] = await startReview(browser, form);

    await putPlainAnswers(browser, forms);
    const page = await blankPage(browser);
    for (const form of forms) {
      const record = await readRecord(page, OURS_DB, OURS_RESPONSES, responses[form.key]);
      await writeRecord(page, BENCH_DB, 'baselines', record, storeKey('ours', form.key));
    }
    await page.close();
    return { responses };
  } finally {
    await browser.close();
  }
}
