/**
 * Pack files for the library e2e tests, all made from ONE valid base
 * (tests/fixtures/packs/valid.json) by overrides, so each differs from it only where it says.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export interface PackFile {
  name: string;
  buffer: Buffer;
}

const BASE_PATH = resolve('tests/fixtures/packs/valid.json');

/** The base file byte for byte: the "original" that an export must give back. */
export const baseFile: PackFile = {
  name: 'mau-kiem-tra-1.2.0.json',
  buffer: readFileSync(BASE_PATH),
};

type Json = Record<string, unknown>;
export const basePack = (): Json => JSON.parse(baseFile.buffer.toString('utf8')) as Json;
export const BASE_TITLE = 'Gói mẫu để kiểm thử';

/** A file of the base pack changed by `edit` (which mutates a fresh copy). */
export function packFile(name: string, edit: (pack: Json) => void): PackFile {
  const pack = basePack();
  edit(pack);
  return { name, buffer: Buffer.from(`${JSON.stringify(pack, null, 2)}\n`, 'utf8') };
}

// biome-ignore lint/suspicious/noExplicitAny: fixtures reach into SurveyJS JSON by known paths.
type Any = any;

/**
 * 1.3.0: bh01 renamed to bh01_moi (declared in its lineage, so answers follow) and reworded,
 * its free-text note removed, a question added.
 */
export const updateFile = packFile('mau-kiem-tra-1.3.0.json', (pack: Any) => {
  pack.version = '1.3.0';
  pack.issued = '2026-11-30';
  const elements = pack.forms[0].survey.pages[0].elements;
  elements[1].name = 'bh01_moi';
  elements[1].title = {
    vi: 'Phai nhạt lý tưởng cách mạng, dao động',
    en: 'Fading ideals, wavering',
  };
  elements.splice(2, 1);
  elements.push({
    type: 'radiogroup',
    name: 'bh02',
    title: { vi: 'Sa sút ý chí phấn đấu', en: 'Flagging will' },
    choices: [
      { value: 'khong', text: { vi: 'Không có', en: 'No' } },
      { value: 'co', text: { vi: 'Có biểu hiện', en: 'Yes' } },
    ],
  });
  pack.forms[0].aggregate.groups[0].questions = ['da_doc', 'bh01_moi', 'bh02'];
  pack.lineage = [
    {
      from: '1.2.0',
      forms: [{ id: 'tu-kiem-diem', renamed: { bh01: 'bh01_moi' }, removed: ['bh01_ghi_chu'] }],
    },
  ];
});

/** Another pack id, to show a second new pack in one import. */
export const otherFile = packFile('goi-khac.json', (pack: Any) => {
  pack.id = 'goi-khac';
  pack.title = { vi: 'Gói khác để kiểm thử', en: 'Another test pack' };
});

/** Same id and version as the base, other content: a conflict once the base is installed. */
export const conflictFile = packFile('mau-kiem-tra-1.2.0-sua.json', (pack: Any) => {
  pack.description = { vi: 'Một bản khác cùng số phiên bản.' };
});

/** Errors in the envelope and in both forms, so every group of the issue list shows. */
export const brokenFile = packFile('goi-hong.json', (pack: Any) => {
  pack.version = '1.2';
  pack.forms[0].survey.pages[0].elements[1].type = 'signaturepad';
  pack.forms[1].id = 'Y Kien';
});

export const START_PAGE_TITLE = 'Gói có trang mở đầu';

/** The base with a start page before its first form's pages (`firstPageIsStartPage`). */
export const startPageFile = packFile('goi-trang-mo-dau.json', (pack: Any) => {
  pack.id = 'goi-trang-mo-dau';
  pack.title = { vi: START_PAGE_TITLE };
  const survey = pack.forms[0].survey;
  survey.firstPageIsStartPage = true;
  survey.pages.unshift({
    name: 'mo_dau',
    title: { vi: 'Trước khi bắt đầu', en: 'Before you start' },
    elements: [{ type: 'comment', name: 'dieu_muon_noi', title: { vi: 'Điều muốn ghi trước' } }],
  });
});

export const PREVIEW_TITLE = 'Gói xem lại trước khi hoàn thành';

/** The base whose first form shows every answer for review before completing. */
export const previewFile = packFile('goi-xem-lai.json', (pack: Any) => {
  pack.id = 'goi-xem-lai';
  pack.title = { vi: PREVIEW_TITLE };
  pack.forms[0].survey.showPreviewBeforeComplete = 'showAllQuestions';
});

/** Drops files on the element as a member's drag from the file manager would. */
export async function dropFiles(page: Page, selector: string, files: PackFile[]): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, bytes: [...file.buffer] }));
  await page.locator(selector).evaluate((target, list) => {
    const data = new DataTransfer();
    for (const file of list) {
      data.items.add(
        new File([new Uint8Array(file.bytes)], file.name, { type: 'application/json' }),
      );
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
      );
    }
  }, payload);
}

/** Chooses files in the picker that the drop zone button opens (by click, or by keyboard). */
export async function pickFiles(
  page: Page,
  files: PackFile[],
  how: 'click' | 'keyboard' = 'click',
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  const zone = page.getByRole('button', { name: /Chọn tệp bộ biểu mẫu/ });
  if (how === 'click') await zone.click();
  else {
    await zone.focus();
    await page.keyboard.press('Enter');
  }
  await (await chooser).setFiles(
    files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: file.buffer })),
  );
}
