// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n';
import { HelpView } from './HelpView';

afterEach(cleanup);

describe('HelpView', () => {
  it('holds the orientation in full, who sees what, keeping a result and the side panel', () => {
    render(<HelpView />);
    screen.getByRole('heading', { level: 1, name: 'Hướng dẫn dùng Tự soi' });
    for (const title of [
      'Tự soi dùng để làm gì',
      'Cách làm một bài',
      'Ba câu trả lời',
      'Ai thấy được gì',
      'In và giữ kết quả',
      'Mở Tự soi trong khung bên cạnh',
      'Tìm lại Tự soi trên thanh công cụ',
    ]) {
      screen.getByRole('heading', { level: 2, name: title });
    }
    const who = within(screen.getByRole('region', { name: 'Ai thấy được gì' }));
    who.getByText(/chỉ tệp đóng góp mà chính bạn lưu mới rời máy/);
    who.getByText(/một bí thư cố tình vẫn có thể đọc riêng tệp của bạn/);
    expect(screen.getAllByText(/^Câu trả lời lưu trên máy này/)).toHaveLength(1);
    screen.getByText(/bấm “In kết quả”/);
    screen.getByText(/“Mở trong khung bên cạnh \(side panel\)”/);
    expect(screen.getByRole('link', { name: /Quay lại/ }).getAttribute('href')).toBe('#/');
    expect(document.title).toBe('Hướng dẫn — Tự soi');
  });

  it('reads in English', () => {
    render(
      <LocaleProvider locale="en">
        <HelpView />
      </LocaleProvider>,
    );
    screen.getByRole('heading', { level: 1, name: 'How to use Tự soi' });
    screen.getByText('Partly', { selector: 'dt' });
    screen.getByText(/about 15–20 minutes \(only an estimate/);
  });
});
