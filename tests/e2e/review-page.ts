import type { Locator, Page } from 'playwright-core';

/** The radio group of item `no` on the current page, e.g. "2. Xa rời tôn chỉ…". */
export function item(page: Page | Locator, no: number) {
  return page.getByRole('radiogroup', { name: new RegExp(`^${no}\\. `) });
}

export async function answer(page: Page, no: number, choice: string) {
  await item(page, no).getByRole('radio', { name: choice, exact: true }).check();
}

/**
 * Ticks `choice` on item `no` without Playwright's wait for a stable box, which costs about 1 s
 * per radio in headless Chromium. Safe because the review page never moves under a click (page
 * turns scroll and focus before the paint); `check` still fails if the radio did not get ticked.
 */
export async function choose(page: Page | Locator, no: number, choice: string) {
  const radio = item(page, no).getByRole('radio', { name: choice, exact: true });
  try {
    await radio.check({ force: true });
  } catch (error) {
    // The pre-painted page gave way to the live form between finding the radio and clicking
    // it (a forced click does not wait): once more, on the live form's radio.
    if (!/not visible|not attached/.test(String(error))) throw error;
    await radio.check({ force: true });
  }
}

export const REMEDY_BOX = { name: /Biện pháp khắc phục/ };

/**
 * From an empty library: starts the built-in review and answers item 1 "Có biểu hiện", which
 * reveals its remedy box. Returns the review's hash route.
 */
export async function startReviewWithRemedyBox(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
  await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
  await answer(page, 1, 'Có biểu hiện');
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await page.getByRole('textbox', REMEDY_BOX).waitFor();
  return new URL(page.url()).hash;
}

/**
 * Waits until the live form has taken over from the pre-painted page (a review link first
 * shows the form painted from the stored records, while survey-core loads).
 */
export async function liveForm(page: Page): Promise<void> {
  // The app's root is hidden until the swap.
  await page.locator('#root .ts-survey').waitFor({ state: 'visible' });
}
