// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CompletedView } from './CompletedView';

afterEach(cleanup);

const shown = (contributionOf?: string) =>
  render(
    <CompletedView
      completedAt={Date.UTC(2026, 11, 1)}
      progress={{ answered: 27, total: 27 }}
      contributionOf={contributionOf}
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
});
