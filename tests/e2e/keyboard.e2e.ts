import { describe, expect, it } from 'vitest';
import { screenshot, useExtension } from './extension';

describe('keyboard-only member', () => {
  const extension = useExtension();

  it('starts a review and answers with Tab, Space and arrow keys, with visible focus', async () => {
    const page = await extension().open('app.html');
    const start = page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();

    // Tab forward until the first answer option has focus.
    const focusedRadio = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.type === 'radio' ? (el.labels?.[0]?.textContent ?? '') : null;
      });
    for (let i = 0; i < 20 && (await focusedRadio()) === null; i++)
      await page.keyboard.press('Tab');
    expect(await focusedRadio()).toBe('Không có');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');

    await page.keyboard.press('Space');
    const first = page.getByRole('radiogroup', { name: /^1\. / });
    expect(await first.getByRole('radio', { name: 'Không có', exact: true }).isChecked()).toBe(
      true,
    );
    await page.keyboard.press('ArrowRight');
    expect(
      await first.getByRole('radio', { name: 'Có biểu hiện một phần', exact: true }).isChecked(),
    ).toBe(true);
    const remedy = page.getByRole('textbox', { name: /Biện pháp khắc phục/ });
    await remedy.waitFor();

    // The revealed box is the next stop after the radio group.
    await page.keyboard.press('Tab');
    expect(await remedy.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Gương mẫu hơn trong sinh hoạt chi bộ.');
    await screenshot(page, '11-keyboard-focus');
    expect(await remedy.inputValue()).toBe('Gương mẫu hơn trong sinh hoạt chi bộ.');
    await page.close();
  });
});
