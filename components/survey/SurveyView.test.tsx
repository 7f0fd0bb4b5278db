// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { Model } from 'survey-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '@/utils/i18n/types';
import { createSurveyModel } from '@/utils/survey/create-model';
import { replaceAnswers } from '@/utils/survey/replace-answers';
import { LocaleProvider } from '../i18n';
import { SurveyView } from './SurveyView';
import { checklist } from './test-fixtures';

afterEach(cleanup);

function show(model: Model, locale: Locale = 'vi') {
  return render(
    <LocaleProvider locale={locale}>
      <SurveyView model={model} completed={<p>Đã lưu bản tự soi</p>} />
    </LocaleProvider>,
  );
}

const byName = (name: string) => screen.getByRole('radio', { name });

describe('SurveyView', () => {
  it('shows progress, the page position and the page heading', () => {
    show(createSurveyModel(checklist, 'vi'));
    expect(screen.getByText('Đã trả lời 0/2')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('max')).toBe('2');
    expect(screen.getByText('Trang 1/2')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Nhóm I. Tư tưởng chính trị',
    );
  });

  it('updates progress when a question is answered', () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model);
    fireEvent.click(byName('Có biểu hiện'));
    expect(model.getValue('tt1')).toBe('co');
    expect(screen.getByText('Đã trả lời 1/2')).toBeTruthy();
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(1);
  });

  it('recounts when the answers are replaced in bulk, as when another tab saved', () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model);
    // "Không có" reveals no box, so no visibility event can redraw the count instead.
    act(() => replaceAnswers(model, { tt1: 'khong', dd1: 'khong' }));
    expect(screen.getByText('Đã trả lời 2/2')).toBeTruthy();
    expect(byName('Không có')).toHaveProperty('checked', true);
  });

  it('reveals the optional comment for "co" and hides it again for "khong"', () => {
    show(createSurveyModel(checklist, 'vi'));
    // Its name also says which group it belongs to; the visible title stays as written.
    const remedy = 'Biện pháp khắc phục — Nhóm I. Tư tưởng chính trị';
    expect(screen.queryByLabelText(remedy)).toBeNull();
    fireEvent.click(byName('Có biểu hiện'));
    expect(screen.getByLabelText(remedy).tagName).toBe('TEXTAREA');
    const label = document.querySelector('label.ts-question__title');
    expect(label?.textContent).toBe(remedy);
    expect(label?.querySelector('.ts-visually-hidden')?.textContent).toBe(
      ' — Nhóm I. Tư tưởng chính trị',
    );
    fireEvent.click(byName('Không có'));
    expect(screen.queryByLabelText(remedy)).toBeNull();
  });

  it('offers only the buttons that apply on each page', () => {
    show(createSurveyModel(checklist, 'vi'));
    const nav = screen.getByRole('navigation', { name: 'Chuyển trang' });
    expect([...nav.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Trang sau',
    ]);
    fireEvent.click(byName('Không có'));
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect([...nav.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Trang trước',
      'Hoàn thành',
    ]);
  });

  it('turns the page and moves focus to the new heading', () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model, 'vi');
    const first = screen.getByRole('heading', { level: 2 });
    expect(document.activeElement).not.toBe(first);
    fireEvent.click(byName('Không có'));
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Trang 2');
    expect(screen.getByText('Trang 2/2')).toBeTruthy();
    expect(document.activeElement).toBe(heading);
    expect(model.currentPageNo).toBe(1);
  });

  it('blocks "Trang sau" on an unanswered required question and says why', () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model);
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(model.currentPageNo).toBe(0);
    expect(screen.getByText('Vui lòng trả lời mục này.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Còn 1 câu chưa trả lời');
  });

  it('does not complete with a required question unanswered, then completes', () => {
    const model = createSurveyModel(checklist, 'vi');
    model.data = { tt1: 'khong' };
    model.currentPageNo = 1;
    show(model);
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
    expect(model.state).toBe('running');
    const group = screen.getByRole('radiogroup', { name: /Cá nhân chủ nghĩa/ });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('Vui lòng trả lời mục này.');
    expect(group.getAttribute('aria-describedby')).toContain(error.closest('ul')?.id);
    const summary = screen.getByRole('region', { name: 'Còn 1 câu chưa trả lời' });
    expect(document.activeElement).toBe(summary);

    fireEvent.click(byName('Có biểu hiện một phần'));
    expect(screen.queryByText('Vui lòng trả lời mục này.')).toBeNull();
    expect(screen.queryByRole('region', { name: /Còn/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
    expect(model.state).toBe('completed');
    expect(document.activeElement).toBe(screen.getByText('Đã lưu bản tự soi').parentElement);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('follows survey-core to the page of the first error and focuses the summary', () => {
    const model = createSurveyModel({ ...checklist, checkErrorsMode: 'onComplete' }, 'vi');
    show(model);
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(model.currentPageNo).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
    expect(model.currentPageNo).toBe(0);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Nhóm I. Tư tưởng chính trị',
    );
    const summary = screen.getByRole('region', { name: 'Còn 2 câu chưa trả lời' });
    expect(document.activeElement).toBe(summary);
    // Errors on several pages are listed under their page's title (or "Trang n").
    expect(
      [...summary.querySelectorAll('.ts-error-summary__page')].map((page) => page.textContent),
    ).toEqual(['Nhóm I. Tư tưởng chính trị', 'Trang 2']);

    // The summary lists both questions; the one on the other page is one click away.
    fireEvent.click(screen.getByRole('button', { name: 'Cá nhân chủ nghĩa' }));
    expect(model.currentPageNo).toBe(1);
    expect(document.activeElement).toBe(byName('Không có'));
  });

  it('focuses the offending question from the summary', () => {
    show(createSurveyModel(checklist, 'vi'));
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    fireEvent.click(screen.getByRole('button', { name: 'Phai nhạt lý tưởng' }));
    expect(document.activeElement).toBe(byName('Không có'));
  });

  it('shows English UI strings and pack text in the English locale', () => {
    show(createSurveyModel(checklist, 'en'), 'en');
    expect(screen.getByText('0 of 2 answered')).toBeTruthy();
    expect(screen.getByText('Page 1 of 2')).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: /Fading ideals/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Response required.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Questions still to answer: 1');
  });

  it('falls back to the Vietnamese pack text where English is missing', () => {
    const model = createSurveyModel(checklist, 'en');
    model.currentPageNo = 1;
    show(model, 'en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Page 2');
    expect(screen.getByRole('radiogroup', { name: /Cá nhân chủ nghĩa/ })).toBeTruthy();
  });

  it('follows a live locale switch of the model', () => {
    const model = createSurveyModel(checklist, 'vi');
    const view = show(model);
    model.locale = 'en';
    view.rerender(
      <LocaleProvider locale="en">
        <SurveyView model={model} completed={null} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Partly' })).toBeTruthy();
  });
});
