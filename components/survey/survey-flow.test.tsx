// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Model } from 'survey-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSurveyModel } from '@/utils/survey/create-model';
import { LocaleProvider } from '../i18n';
import { SurveyView } from './SurveyView';

afterEach(cleanup);

function show(model: Model) {
  return render(
    <LocaleProvider locale="vi">
      <SurveyView model={model} completed={<p>Đã lưu</p>} />
    </LocaleProvider>,
  );
}

const heading = () => screen.getByRole('heading', { level: 2 });
const button = (name: string) => screen.getByRole('button', { name });

/** Two answer pages; options merged in by each test. */
function twoPages(options: Record<string, unknown>, start?: Record<string, unknown>) {
  return createSurveyModel(
    {
      ...options,
      pages: [
        ...(start ? [start] : []),
        {
          name: 'p1',
          title: 'Trang một',
          elements: [{ type: 'radiogroup', name: 'a', title: 'Câu A', choices: ['x', 'y'] }],
        },
        {
          name: 'p2',
          title: 'Trang hai',
          elements: [{ type: 'radiogroup', name: 'b', title: 'Câu B', choices: ['x', 'y'] }],
        },
      ],
    },
    'vi',
  );
}

describe('survey title and required marker', () => {
  it("shows the survey's own title and description unless showTitle is false", () => {
    const json = {
      title: 'Phiếu thử',
      description: 'Mô tả phiếu',
      elements: [{ type: 'text', name: 't' }],
    };
    show(createSurveyModel(json, 'vi'));
    expect(screen.getByText('Phiếu thử').className).toBe('ts-survey__title');
    expect(screen.getByText('Mô tả phiếu').tagName).toBe('P');
    cleanup();
    show(createSurveyModel({ ...json, showTitle: false }, 'vi'));
    expect(screen.queryByText('Phiếu thử')).toBeNull();
  });

  it('marks required questions with the survey requiredMark, still saying "bắt buộc"', () => {
    show(
      createSurveyModel(
        {
          requiredMark: '(bb)',
          elements: [{ type: 'text', name: 't', title: 'Họ tên', isRequired: true }],
        },
        'vi',
      ),
    );
    expect(screen.getByLabelText('Họ tên (bb) (bắt buộc)').tagName).toBe('INPUT');
  });

  it('keeps page headings for screen readers only when showPageTitles is false', () => {
    show(twoPages({ showPageTitles: false }));
    expect(heading().className).toBe('ts-visually-hidden');
  });
});

describe('survey width', () => {
  it('applies a static width as the maximum width, never wider than the page', () => {
    const json = { widthMode: 'static', width: '600px', elements: [{ type: 'text', name: 't' }] };
    const { container } = show(createSurveyModel(json, 'vi'));
    expect((container.querySelector('.ts-survey') as HTMLElement).style.maxWidth).toBe(
      'min(600px, 48rem)',
    );
  });
});

describe('start page', () => {
  it('shows the start page with a Start button that begins the survey', async () => {
    const model = twoPages(
      { firstPageIsStartPage: true },
      {
        name: 'intro',
        title: 'Giới thiệu',
        elements: [{ type: 'text', name: 'ten', title: 'Tên' }],
      },
    );
    show(model);
    expect(heading().textContent).toBe('Giới thiệu');
    expect(screen.queryByText('Trang 1/2')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Trang sau' })).toBeNull();
    fireEvent.click(button('Bắt đầu'));
    expect(model.state).toBe('running');
    expect(heading().textContent).toBe('Trang một');
    await waitFor(() => expect(document.activeElement).toBe(heading()));
  });
});

describe('preview before complete', () => {
  it('offers Xem lại, shows every page read-only with Sửa, and completes from the preview', async () => {
    const model = twoPages({ showPreviewBeforeComplete: true });
    show(model);
    fireEvent.click(screen.getByRole('radio', { name: 'x' }));
    fireEvent.click(button('Trang sau'));
    expect(screen.queryByRole('button', { name: 'Hoàn thành' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'y' }));
    fireEvent.click(button('Xem lại'));
    expect(model.state).toBe('preview');
    expect(heading().textContent).toBe('Xem lại câu trả lời');
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).disabled)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(radios.filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(2);
    fireEvent.click(button('Sửa: Trang hai'));
    expect(model.state).toBe('running');
    expect(heading().textContent).toBe('Trang hai');
    fireEvent.click(button('Xem lại'));
    fireEvent.click(button('Hoàn thành'));
    expect(model.state).toBe('completed');
    expect(screen.getByText('Đã lưu').tagName).toBe('P');
  });
});

describe('auto-advance', () => {
  it('renders the page survey-core turns to, focusing its heading, and completes when allowed', async () => {
    const model = twoPages({ autoAdvanceEnabled: true, autoAdvanceAllowComplete: true });
    show(model);
    // survey-core advances after a pointer choice (or Enter), not after arrow keys.
    fireEvent.mouseDown(screen.getByRole('radio', { name: 'x' }));
    fireEvent.click(screen.getByRole('radio', { name: 'x' }));
    await waitFor(() => expect(heading().textContent).toBe('Trang hai'), { timeout: 2000 });
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    fireEvent.mouseDown(screen.getByRole('radio', { name: 'y' }));
    fireEvent.click(screen.getByRole('radio', { name: 'y' }));
    await waitFor(() => expect(screen.getByText('Đã lưu').tagName).toBe('P'), { timeout: 2000 });
  });

  it('waits for Enter after a keyboard choice, so that arrow keys never leave the page', async () => {
    const model = twoPages({ autoAdvanceEnabled: true });
    show(model);
    const radio = screen.getByRole('radio', { name: 'x' });
    // Arrow keys select by a click without a pointer press.
    fireEvent.click(radio);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(heading().textContent).toBe('Trang một');
    fireEvent.keyDown(radio, { key: 'Enter' });
    await waitFor(() => expect(heading().textContent).toBe('Trang hai'), { timeout: 2000 });
  });
});
