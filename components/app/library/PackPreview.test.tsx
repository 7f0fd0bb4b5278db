// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import PackPreview from './PackPreview';
import { packWith } from './test-library';

afterEach(cleanup);

const pageHeading = () =>
  screen.getByRole('heading', { level: 2, name: /^(Phần chung|Chi tiết)$/ });

describe('PackPreview', () => {
  it('is labelled as a preview and, read only, turns to every page without answering', async () => {
    const pack = packWith();
    let closed = 0;
    render(<PackPreview pack={pack} onClose={() => closed++} />);
    screen.getByText('Xem trước — câu trả lời không được lưu');
    screen.getByRole('heading', { level: 1, name: `Xem trước: ${pack.title.vi}` });
    expect(screen.getByRole('button', { name: 'Chỉ xem' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(pageHeading().textContent).toBe('Phần chung');
    // The first page's required question is unanswered; read only, the next page opens anyway.
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect((await screen.findByRole('heading', { level: 2, name: 'Chi tiết' })).tagName).toBe('H2');

    fireEvent.click(screen.getByRole('button', { name: 'Đóng xem trước' }));
    expect(closed).toBe(1);
  });

  it('tries a form out with its checks, and switches between the forms of a pack', async () => {
    const pack = packWith();
    render(<PackPreview pack={pack} onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Làm thử' }));
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    // Trying out enforces the required question: still on the first page.
    expect(pageHeading().textContent).toBe('Phần chung');

    const second = pack.forms[1];
    if (!second) throw new Error('the base pack has two forms');
    fireEvent.click(screen.getByRole('button', { name: second.title.vi }));
    await screen.findByRole('heading', { level: 2, name: second.title.vi });
    expect(screen.getByRole('button', { name: second.title.vi }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});
