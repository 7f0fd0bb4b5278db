import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { type ExtensionSession, SCREENSHOT_DIR, screenshot, useExtension } from './extension';

function useBrowser(): () => ExtensionSession {
  const extension = useExtension();
  beforeAll(() => extension().context.setDefaultTimeout(15_000));
  return extension;
}

async function start(page: Page, form: RegExp) {
  await page.getByRole('button', { name: form }).click();
}

async function next(page: Page, heading: RegExp) {
  await page.getByRole('button', { name: 'Trang sau' }).click();
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

const textbox = (page: Page, name: RegExp) => page.getByRole('textbox', { name }).first();

describe('the personal side: commitments, the annual review document, simple mode', () => {
  const extension = useBrowser();

  it('registers three tasks, checks two months and shows them in the year view', async () => {
    const page = await extension().open('app.html');
    await start(page, /^Bắt đầu tự soi: Bản đăng ký và cam kết năm/);
    await page.getByRole('heading', { level: 2, name: 'Thông tin chung' }).waitFor();
    await page.getByRole('spinbutton', { name: /^Năm đăng ký/ }).fill('2026');
    await next(page, /^I\. Nội dung đăng ký học tập/);
    await textbox(page, /^Chuyên đề, tác phẩm/).fill('Chuyên đề năm 2026');
    await next(page, /^II\. Nội dung đăng ký làm theo/);
    const tasks = [
      'Đọc 1 tác phẩm của Bác mỗi quý',
      'Đi họp chi bộ đúng giờ',
      'Sống gương mẫu hơn',
    ];
    for (const [index, task] of tasks.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Thêm một việc' }).click();
      await page
        .getByRole('textbox', { name: /^Việc làm/ })
        .nth(index)
        .fill(task);
    }
    await page
      .getByRole('textbox', { name: /^Chỉ tiêu/ })
      .first()
      .fill('Sổ ghi chép');
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { level: 2, name: /^III\./ }).waitFor();
    await next(page, /^IV\. Cam kết/);
    await page.getByRole('radio', { name: 'Có', exact: true }).check();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('heading', { name: /^Bạn đã hoàn thành bài/ }).waitFor();

    const list = await extension().open('app.html#/commitments');
    await list.getByRole('heading', { level: 2, name: 'Năm 2026' }).waitFor();
    await expectAccessible(list, 'commitments, nothing checked');
    for (const [month, marks] of [
      ['2026-12', ['Đang làm', 'Đã làm', 'Chưa làm']],
      ['2026-11', ['Đã làm', 'Đã làm', 'Đang làm']],
    ] as const) {
      const check = await extension().open(
        `app.html#/commitments/${await registrationId(list)}/${month}`,
      );
      for (const [index, task] of tasks.entries()) {
        await check
          .getByRole('group', { name: `${index + 1}. ${task}` })
          .getByRole('radio', { name: marks[index] })
          .check();
      }
      await check.getByRole('textbox', { name: 'Ghi chú ngắn về việc 3' }).fill('cần cố gắng');
      await check.getByRole('button', { name: 'Lưu kết quả tháng này' }).click();
      await check.getByText(/^Đã lưu lúc /).waitFor();
      if (month === '2026-12') {
        await expectAccessible(check, 'a monthly check, saved');
        await screenshot(check, '50-month-check');
      }
      await check.close();
    }
    await list.reload();
    const grid = list.getByRole('table', { name: 'Năm 2026: từng việc làm qua các tháng' });
    await grid.waitFor();
    const cells = await grid
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('td')]
            .slice(10)
            .map((cell) => cell.querySelector('span')?.textContent),
        ),
      );
    expect(cells).toEqual([
      ['✓', '◐'],
      ['✓', '✓'],
      ['◐', '✗'],
    ]);
    await screenshot(list, '51-year-view');
    await expectAccessible(list, 'the year view');
  });

  it('completes an annual 02B review and makes its print view and Word file', async () => {
    const page = await extension().open('app.html');
    await start(page, /^Bắt đầu tự soi: Mẫu 02B/);
    await page.getByRole('heading', { level: 2, name: 'Thông tin chung' }).waitFor();
    await textbox(page, /^Họ và tên/).fill('Trần Văn Hưởng');
    await textbox(page, /^Chi bộ/).fill('Chi bộ Khu phố 4');
    await page.getByRole('spinbutton', { name: /^Năm kiểm điểm/ }).fill('2026');
    await next(page, /^I\. Ưu điểm/);
    await textbox(page, /^1\. “Về phẩm chất/).fill(
      'Giữ vững lập trường, không có biểu hiện suy thoái.',
    );
    await textbox(page, /^2\. “Việc thực hiện nhiệm vụ/).fill('Hoàn thành 12/12 chỉ tiêu.');
    // The year's commitments (registered in the test above), seen first, then added to I.3.
    await page.getByRole('button', { name: 'Chèn kết quả cam kết năm (mục I.3)' }).click();
    const ask = page.getByRole('dialog', { name: 'Chèn kết quả cam kết năm vào mục I.3?' });
    await ask.getByText(/^Thực hiện các việc đã đăng ký năm 2026:/).waitFor();
    await expectAccessible(page, 'the pull-in question');
    await ask.getByRole('button', { name: 'Chèn vào bài' }).click();
    await expect
      .poll(() => textbox(page, /^3\. “Việc thực hiện cam kết/).inputValue())
      .toMatch(
        /^Thực hiện các việc đã đăng ký năm 2026:\n- Đọc 1 tác phẩm của Bác mỗi quý: tháng 12 đang làm/,
      );
    await next(page, /^II\. Hạn chế/);
    await textbox(page, /^1\. Hạn chế, khuyết điểm/).fill('Có lúc còn nể nang, ngại va chạm.');
    await textbox(page, /^2\. Nguyên nhân/).fill('Ngại mất lòng.');
    await next(page, /^III\./);
    await next(page, /^IV\./);
    await next(page, /^V\./);
    await next(page, /^VI\./);
    await textbox(page, /^Phương hướng, biện pháp khắc phục/).fill(
      'Mỗi quý góp ý ít nhất một lần.',
    );
    await next(page, /^VII\./);
    await page.getByRole('spinbutton', { name: /^1\. Nhóm tiêu chí chung/ }).fill('27');
    await page.getByRole('spinbutton', { name: /^2\. Nhóm tiêu chí về kết quả/ }).fill('62');
    await page.getByRole('checkbox', { name: '100% nhiệm vụ hoàn thành đúng hạn' }).check();
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Mức gợi ý/ }).inputValue())
      .toBe('Hoàn thành tốt nhiệm vụ');
    await page.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ' }).check();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('link', { name: 'Bản kiểm điểm để in hoặc tải Word' }).click();
    const paper = page.getByRole('article', {
      name: /^BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN/,
    });
    await paper.waitFor();
    await paper.getByText('Mẫu 02B-HD KĐ.ĐG 2025').waitFor();
    await paper.getByText('Tổng điểm:').waitFor();
    expect(await paper.innerText()).toContain('89/100');
    expect(await paper.innerText()).toContain(
      'Đi họp chi bộ đúng giờ: tháng 12 đã làm; 2/2 tháng đã làm',
    );
    await expectAccessible(page, 'the annual review document');
    await screenshot(page, '52-annual-document');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'In bản kiểm điểm' }).isVisible()).toBe(false);
    const pdf = join(SCREENSHOT_DIR, '53-annual-document.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('/usr/bin/pdftoppm', [
        '-r',
        '60',
        '-png',
        pdf,
        join(SCREENSHOT_DIR, '53-annual-page'),
      ]);
    }
    await page.emulateMedia({ media: 'screen' });

    const waiting = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click();
    const download = await waiting;
    expect(download.suggestedFilename()).toBe('ban-kiem-diem-02b-hd.docx');
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(await download.path())))[
        'word/document.xml'
      ] as Uint8Array,
    );
    for (const text of [
      'Mẫu 02B-HD KĐ.ĐG 2025',
      'Trần Văn Hưởng',
      'Có lúc còn nể nang, ngại va chạm.',
      '☒ Hoàn thành tốt nhiệm vụ',
    ]) {
      expect(xml).toContain(text);
    }
  });

  it('shows one question per screen in simple mode', async () => {
    const settings = await extension().open('app.html#/settings');
    await settings.getByRole('checkbox', { name: 'Chế độ đơn giản' }).check();
    await expect
      .poll(() => settings.evaluate(() => document.documentElement.className))
      .toContain('simple-mode');
    const page = await extension().open('app.html');
    await start(page, /^Bắt đầu tự soi: Tự soi 27 biểu hiện/);
    await page.getByRole('radiogroup').first().waitFor();
    expect(await page.getByRole('radiogroup').count()).toBe(1);
    await expect(page.getByRole('radiogroup').innerText()).resolves.toMatch(/^1\. /);
    await page.getByRole('radio', { name: 'Không có', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Tiếp theo' }).click();
    await expect.poll(() => page.getByRole('radiogroup').innerText()).toMatch(/^2\. /);
    expect(await page.getByRole('radiogroup').count()).toBe(1);
    await expectAccessible(page, 'simple mode');
    await screenshot(page, '54-simple-mode');
    // The annual review too: one field per screen, whatever its type.
    const annual = await extension().open('app.html');
    await start(annual, /^Bắt đầu tự soi: Mẫu 02A/);
    await annual.getByRole('textbox', { name: /^Họ và tên/ }).waitFor();
    const fields = () => annual.locator('.ts-question').count();
    expect(await fields()).toBe(1);
    await annual.getByRole('textbox', { name: /^Họ và tên/ }).fill('Lê Văn Tâm');
    await annual.getByRole('button', { name: 'Tiếp theo' }).click();
    await annual.getByRole('textbox', { name: /^Ngày sinh/ }).waitFor();
    expect(await fields()).toBe(1);
    await annual.getByRole('button', { name: 'Quay lại' }).click();
    expect(await annual.getByRole('textbox', { name: /^Họ và tên/ }).inputValue()).toBe(
      'Lê Văn Tâm',
    );
    await settings.getByRole('checkbox', { name: 'Chế độ đơn giản' }).uncheck();
  });
});

/** The registration's id, from the month-check link of the commitments page. */
async function registrationId(page: Page): Promise<string> {
  const href = await page
    .getByRole('link', { name: /^Tự kiểm tra tháng/ })
    .first()
    .getAttribute('href');
  const id = /^#\/commitments\/([\w-]+)\//.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no registration link: ${href}`);
  return id;
}
