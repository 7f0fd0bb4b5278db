// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import PackPreview from './PackPreview';
import { packWith } from './test-library';

afterEach(cleanup);

describe('PackPreview', () => {
  it('is labelled as a preview and opens every page from the page list', async () => {
    const pack = packWith();
    let closed = 0;
    render(<PackPreview pack={pack} onClose={() => closed++} />);
    screen.getByText('Xem trước — câu trả lời không được lưu');
    screen.getByRole('heading', { level: 1, name: `Xem trước: ${pack.title.vi}` });
    const pages = screen.getByRole('navigation', { name: 'Các trang' });
    expect([...pages.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Trang 1: Phần chung',
      'Trang 2: Chi tiết',
    ]);
    screen.getByRole('heading', { name: 'Phần chung' });
    // The second page opens although the required question of the first is unanswered.
    fireEvent.click(screen.getByRole('button', { name: 'Trang 2: Chi tiết' }));
    await screen.findByRole('heading', { name: 'Chi tiết' });
    expect(
      screen.getByRole('button', { name: 'Trang 2: Chi tiết' }).getAttribute('aria-current'),
    ).toBe('page');

    fireEvent.click(screen.getByRole('button', { name: 'Đóng xem trước' }));
    expect(closed).toBe(1);
  });

  it('switches between the forms of a pack', async () => {
    const pack = packWith();
    render(<PackPreview pack={pack} onClose={() => {}} />);
    const second = pack.forms[1];
    if (!second) throw new Error('the base pack has two forms');
    fireEvent.click(screen.getByRole('button', { name: second.title.vi }));
    await screen.findByRole('heading', { level: 2, name: second.title.vi });
    expect(screen.getByRole('button', { name: second.title.vi }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});
