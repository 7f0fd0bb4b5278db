// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { planPrepaint } from '@/utils/prepaint/plan';
import type { Prepaint } from '@/utils/prepaint/prepare';
import { PrePaintView, QUESTION_ATTRIBUTE } from './PrePaintView';

afterEach(cleanup);

/** One page of `count` yes/no questions, pre-painted with nothing answered. */
function pageOf(count: number): Prepaint {
  const elements = Array.from({ length: count }, (_, index) => ({
    type: 'radiogroup',
    name: `q${index + 1}`,
    title: `Câu ${index + 1}`,
    choices: ['co', 'khong'],
  }));
  const page = planPrepaint({
    survey: { pages: [{ name: 'p1', elements }] },
    data: {},
    currentPage: 0,
    locale: 'vi',
  });
  if (!page) throw new Error('not pre-paintable');
  return {
    locale: 'vi',
    largeText: false,
    packTitle: 'Gói thử',
    packVersion: '1.0.0',
    formTitle: 'Biểu mẫu dài',
    formDescription: '',
    label: undefined,
    progress: { answered: 0, total: count },
    page,
  };
}

function paintedNames(container: Element): string[] {
  return [...container.querySelectorAll('.ts-page > .ts-question')].map(
    (box) => box.querySelector(`[${QUESTION_ATTRIBUTE}]`)?.getAttribute(QUESTION_ATTRIBUTE) ?? '',
  );
}

describe('PrePaintView on a long page', () => {
  it('paints the first questions at once and the rest right after, in order', async () => {
    const { container } = render(
      <PrePaintView prepaint={pageOf(300)} surface="page" onAnswer={() => undefined} />,
    );
    const first = paintedNames(container);
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(300);
    expect(first).toEqual(first.map((_, index) => `q${index + 1}`));
    const all = Array.from({ length: 300 }, (_, index) => `q${index + 1}`);
    await waitFor(() => expect(paintedNames(container)).toEqual(all));
  });

  it('paints a short page whole in its first render', () => {
    const { container } = render(
      <PrePaintView prepaint={pageOf(9)} surface="page" onAnswer={() => undefined} />,
    );
    expect(paintedNames(container)).toHaveLength(9);
  });
});
