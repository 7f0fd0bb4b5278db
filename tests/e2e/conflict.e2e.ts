import { describe, expect, it } from 'vitest';
import { cspViolations, screenshot, useExtension } from './extension';
import { answer, liveForm, REMEDY_BOX, startReviewWithRemedyBox } from './review-page';

const MINE = 'Viết trong thẻ thứ hai.';

describe('the same review edited in two tabs at once', () => {
  const extension = useExtension();

  it('asks which copy to keep, guards leaving meanwhile, and keeps the chosen one', async () => {
    const tabA = await extension().open('app.html');
    const hash = await startReviewWithRemedyBox(tabA);

    // Tab B's timers are held, so its typing is still unsaved when tab A saves.
    const tabB = await extension().context.newPage();
    await tabB.setViewportSize({ width: 1100, height: 900 });
    await tabB.clock.install();
    await tabB.goto(`chrome-extension://${extension().extensionId}/app.html${hash}`);
    // The live form's session, which holds its typing while the clock is paused.
    await liveForm(tabB);
    // An installed clock still runs on its own; pausing it holds the autosave debounce.
    await tabB.clock.pauseAt(Date.now() + 1000);
    await tabB.getByRole('textbox', REMEDY_BOX).fill(MINE);
    await answer(tabA, 2, 'Không có');
    await tabA.getByText('Đã lưu', { exact: false }).first().waitFor();
    await tabB.clock.runFor(1000);
    // Preact runs effects on timers too: let time flow again for the rest.
    await tabB.clock.resume();

    const notice = tabB.getByRole('alert').filter({ hasText: 'vừa được sửa ở một thẻ' });
    await notice.waitFor();
    await screenshot(tabB, '12-two-tabs-conflict');

    await tabB.getByRole('link', { name: /Bài tự soi của tôi/ }).click();
    const dialog = tabB.getByRole('dialog', { name: 'Rời khỏi bài khi chưa lưu?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await tabB.getByRole('heading', { name: /Nhóm I\./ }).isVisible()).toBe(true);

    await notice.getByRole('button', { name: 'Giữ bản đang mở ở đây' }).click();
    await notice.waitFor({ state: 'hidden' });
    await tabB.getByText('Đã lưu', { exact: false }).first().waitFor();
    expect(await cspViolations(tabB)).toEqual([]);
    await tabA.close();
    await tabB.close();

    const again = await extension().open(`app.html${hash}`);
    await again.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    expect(await again.getByRole('textbox', REMEDY_BOX).inputValue()).toBe(MINE);
    await again.close();
  });
});
