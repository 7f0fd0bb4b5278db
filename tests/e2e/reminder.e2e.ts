import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { EXTENSION_DIR, launchExtension } from './extension';

/**
 * Headless Chromium cannot answer the browser's permission prompt, so this profile gets the
 * reminder's two permissions granted up front: a copy of the built extension that lists them
 * as granted. `permissions.request` then resolves at once, as after a member's "Allow".
 */
function extensionWithRemindersGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tu-soi-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  expect(manifest.optional_permissions).toEqual(['alarms', 'notifications']);
  manifest.permissions = [...manifest.permissions, ...manifest.optional_permissions];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** The part of the extension API the test reads in the service worker. */
interface AlarmsApi {
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    getAll(): Promise<unknown[]>;
  };
}

describe('the monthly reminder', () => {
  const dir = extensionWithRemindersGranted();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('schedules one alarm when turned on, moves it with the day, and clears it when off', async () => {
    const session = await launchExtension(dir);
    try {
      session.context.setDefaultTimeout(15_000);
      const worker = session.context.serviceWorkers()[0];
      if (!worker) throw new Error('no service worker');
      const alarm = () =>
        worker.evaluate(async () => {
          const { chrome } = globalThis as unknown as { chrome: AlarmsApi };
          const found = await chrome.alarms.get('tu-soi-monthly-check');
          return found ? new Date(found.scheduledTime).getDate() : null;
        });
      const page = await session.open('app.html#/commitments');
      const toggle = page.getByRole('checkbox', { name: /^Nhắc tôi trước buổi sinh hoạt/ });
      await page.getByRole('combobox', { name: 'Ngày trong tháng' }).selectOption('5');
      await toggle.check();
      await page.getByText(/^Đã bật: nhắc lúc 08:00 ngày 5 hằng tháng/).waitFor();
      await expect.poll(alarm).toBe(5);
      await expectAccessible(page, 'the reminder turned on');

      await page.getByRole('combobox', { name: 'Ngày trong tháng' }).selectOption('20');
      await expect.poll(alarm).toBe(20);

      // Kept across a reload: the stored setting, and still one alarm.
      await page.reload();
      expect(await toggle.isChecked()).toBe(true);
      const count = await worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: AlarmsApi };
        return (await chrome.alarms.getAll()).length;
      });
      expect(count).toBe(1);

      await toggle.uncheck();
      await page.getByText('Đang tắt.').waitFor();
      await expect.poll(alarm).toBeNull();
    } finally {
      await session.close();
    }
  });
});
