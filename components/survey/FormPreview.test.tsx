// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n';
import { FormPreview } from './FormPreview';

afterEach(cleanup);

const survey = {
  firstPageIsStartPage: true,
  pages: [
    { name: 'intro', title: 'Giới thiệu', elements: [{ type: 'text', name: 'ten', title: 'Tên' }] },
    {
      name: 'p1',
      title: 'Trang một',
      elements: [
        { type: 'radiogroup', name: 'a', title: 'Câu A', isRequired: true, choices: ['x'] },
      ],
    },
    { name: 'p2', title: 'Trang hai', elements: [{ type: 'text', name: 'b', title: 'Câu B' }] },
  ],
};

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('FormPreview', () => {
  it('read-only: every page reachable, inputs disabled, required questions not enforced', () => {
    render(
      <LocaleProvider locale="vi">
        <FormPreview survey={survey} />
      </LocaleProvider>,
    );
    expect(heading()).toBe('Giới thiệu');
    expect(screen.getByLabelText('Tên')).toHaveProperty('disabled', true);
    // The start page is shown as the first page: display mode would skip it.
    press('Trang sau');
    expect(heading()).toBe('Trang một');
    expect(screen.getByRole('radio', { name: 'x' })).toHaveProperty('disabled', true);
    press('Trang sau');
    expect(heading()).toBe('Trang hai');
  });

  it('try: answers and checks as a member would, then starts over with nothing kept', () => {
    render(
      <LocaleProvider locale="vi">
        <FormPreview survey={survey} mode="try" />
      </LocaleProvider>,
    );
    press('Bắt đầu');
    press('Trang sau');
    expect(heading()).toBe('Trang một');
    fireEvent.click(screen.getByRole('radio', { name: 'x' }));
    press('Trang sau');
    press('Hoàn thành');
    expect(screen.getByText('Đã làm thử xong. Không có câu trả lời nào được lưu.').tagName).toBe(
      'P',
    );
    press('Làm thử lại');
    expect(heading()).toBe('Giới thiệu');
    press('Bắt đầu');
    expect(screen.getByRole('radio', { name: 'x' })).toHaveProperty('checked', false);
  });
});
