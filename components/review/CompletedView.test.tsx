// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompletedView } from './CompletedView';

afterEach(cleanup);

const shown = (contributionOf?: string, documentOf?: string) =>
  render(
    <CompletedView
      completedAt={Date.UTC(2026, 11, 1)}
      progress={{ answered: 27, total: 27 }}
      contributionOf={contributionOf}
      documentOf={documentOf}
      onReopen={async () => undefined}
    />,
  );

describe('CompletedView', () => {
  it('offers the contribution file for a review of a round', () => {
    shown('r-7');
    const link = screen.getByRole('link', { name: 'Tạo tệp đóng góp' });
    expect(link.getAttribute('href')).toBe('#/contribute/r-7');
  });

  it('offers none for a review of no round', () => {
    shown();
    expect(screen.queryByRole('link', { name: 'Tạo tệp đóng góp' })).toBeNull();
    screen.getByRole('link', { name: 'Bài tự soi của tôi' });
  });

  it('links an annual review to its paper layout, and no other review', () => {
    shown(undefined, 'a-1');
    const link = screen.getByRole('link', { name: 'Bản kiểm điểm để in hoặc tải Word' });
    expect(link.getAttribute('href')).toBe('#/document/a-1');
    cleanup();
    shown();
    expect(screen.queryByRole('link', { name: /Bản kiểm điểm để in/ })).toBeNull();
  });

  it('prints the result from its button', () => {
    // happy-dom has no print(): stand one in.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    shown();
    fireEvent.click(screen.getByRole('button', { name: 'In kết quả' }));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });

  it('keeps the earlier completion times beside the latest one', () => {
    const earlier = new Date(2026, 10, 20, 8, 5).getTime();
    render(
      <CompletedView
        completedAt={new Date(2026, 11, 1, 9, 30).getTime()}
        previousCompletions={[earlier]}
        progress={{ answered: 27, total: 27 }}
        onReopen={async () => undefined}
      />,
    );
    screen.getByText(/^Hoàn thành lúc 09:30, 01\/12\/2026\..*\(lần trước: 08:05, 20\/11\/2026\)$/);
  });
});
