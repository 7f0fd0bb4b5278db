// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/utils/i18n/types';
import { type PackForm, packSchema } from '@/utils/pack/schema';
import { createSurveyModel } from '@/utils/survey/create-model';
import { LocaleProvider } from '../i18n';
import { ResultSummary } from './ResultSummary';

afterEach(cleanup);

const PACK = packSchema.parse(JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')));
const FORM = PACK.forms[0] as PackForm;

function answers(): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const group of ['tt', 'dd', 'tdb']) {
    for (let no = 1; no <= 9; no++) data[`${group}${no}`] = 'khong';
  }
  return {
    ...data,
    tt3: 'co',
    'tt3-khac-phuc': 'Đọc lại Nghị quyết.\nBáo cáo chi bộ.',
    dd2: 'mot-phan',
  };
}

function shown(form: PackForm, data: Record<string, unknown>, locale: Locale = 'vi') {
  const model = createSurveyModel(form.survey, locale);
  model.data = data;
  model.mode = 'display';
  render(
    <LocaleProvider locale={locale}>
      <ResultSummary model={model} pack={PACK} form={form} completedAt={Date.UTC(2026, 11, 1)} />
    </LocaleProvider>,
  );
  return model;
}

const part = (name: string | RegExp) => screen.getByRole('region', { name }) as HTMLElement;

describe('ResultSummary', () => {
  it('shows the flagged items first with their remedy text, then the others by group', () => {
    shown(FORM, answers());
    const parts = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(parts).toEqual(['Biểu hiện bạn đã đánh dấu', 'Các biểu hiện còn lại']);

    const flagged = part('Biểu hiện bạn đã đánh dấu');
    within(flagged).getByText(
      'Các biểu hiện trả lời “Có biểu hiện một phần” hoặc “Có biểu hiện”, kèm biện pháp khắc phục bạn đã ghi.',
    );
    const groups = within(flagged).getAllByRole('heading', { level: 3 });
    expect(groups.map((h) => h.textContent?.slice(0, 8))).toEqual(['Nhóm I. ', 'Nhóm II.']);
    const items = within(flagged).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toMatch(/^3\. .*Trả lời: Có biểu hiện/);
    within(items[0] as HTMLElement).getByText('Biện pháp khắc phục cho biểu hiện 3');
    // The member's line break is kept as written.
    expect(within(items[0] as HTMLElement).getByText(/Đọc lại Nghị quyết\./).textContent).toBe(
      'Đọc lại Nghị quyết.\nBáo cáo chi bộ.',
    );
    within(items[1] as HTMLElement).getByText('Có biểu hiện một phần');
    within(items[1] as HTMLElement).getByText('Chưa ghi');

    const others = part('Các biểu hiện còn lại');
    expect(within(others).getAllByRole('heading', { level: 3 })).toHaveLength(3);
    const rest = within(others).getAllByRole('listitem');
    expect(rest).toHaveLength(25);
    expect(rest.every((item) => item.textContent?.includes('Trả lời: Không có'))).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Chưa trả lời' })).toBeNull();
  });

  it('says so when nothing is flagged, and lists unanswered items', () => {
    const data: Record<string, unknown> = { ...answers(), tt3: 'khong', dd2: 'khong' };
    delete data.dd4;
    shown(FORM, data);
    part('Biểu hiện bạn đã đánh dấu');
    screen.getByText(
      'Bạn không đánh dấu biểu hiện nào là “Có biểu hiện một phần” hoặc “Có biểu hiện”.',
    );
    const unanswered = part('Chưa trả lời');
    expect(within(unanswered).getByRole('listitem').textContent).toMatch(/^4\. .*Chưa trả lời$/);
  });

  it('heads the printout with the pack, its version, the form and both dates', () => {
    shown(FORM, answers());
    const header = document.querySelector('.result__print-header') as HTMLElement;
    expect(header.textContent).toContain(
      `27 biểu hiện suy thoái theo Nghị quyết 04-NQ/TW · phiên bản ${PACK.version}`,
    );
    expect(header.textContent).toContain('Tự soi 27 biểu hiện suy thoái');
    expect(header.textContent).toMatch(/Hoàn thành lúc .*01\/12\/2026 · In lúc /);
  });

  it('writes the print time again when the browser prepares to print', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 9, 30));
    shown(FORM, answers());
    const header = document.querySelector('.result__print-header') as HTMLElement;
    expect(header.textContent).toContain('In lúc 09:30, 02/12/2026');
    vi.setSystemTime(new Date(2027, 0, 5, 14, 5));
    window.dispatchEvent(new Event('beforeprint'));
    expect(header.textContent).toContain('In lúc 14:05, 05/01/2027');
    vi.useRealTimers();
  });

  it('follows the model into English', () => {
    const model = shown(FORM, answers());
    cleanup();
    render(
      <LocaleProvider locale="en">
        <ResultSummary model={model} pack={PACK} form={FORM} completedAt={0} />
      </LocaleProvider>,
    );
    act(() => {
      model.locale = 'en';
    });
    const flagged = part('Items you marked');
    within(flagged).getByText(
      'The items answered “Partly” or “Yes”, with the remedial measures you wrote.',
    );
    within(flagged).getByText('Remedial measures for item 3');
    within(part('The other items')).getAllByText('No');
  });

  it('lists every answer of a form with no groups by page', () => {
    const form: PackForm = {
      id: 'plain',
      title: { vi: 'Phiếu' },
      aggregate: { groups: [] },
      survey: {
        pages: [
          { name: 'a', elements: [{ type: 'text', name: 'q1', title: 'Họ tên' }] },
          {
            name: 'b',
            title: 'Ý kiến',
            elements: [{ type: 'comment', name: 'q2', title: 'Góp ý' }],
          },
        ],
      },
    };
    shown(form, { q1: 'An', q2: 'Không' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Câu trả lời của bạn',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Trang 1',
      'Ý kiến',
    ]);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Họ tênTrả lời: An',
      'Góp ýTrả lời: Không',
    ]);
  });
});
