// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { Model } from 'survey-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSurveyModel } from '@/utils/survey/create-model';
import { SurveyView } from './SurveyView';

afterEach(cleanup);

function show(question: Record<string, unknown>): { model: Model; input: HTMLInputElement } {
  const model = createSurveyModel(
    { elements: [{ type: 'text', name: 't', title: 'Số', ...question }] },
    'vi',
  );
  render(<SurveyView model={model} />);
  return { model, input: screen.getByLabelText('Số') as HTMLInputElement };
}

describe('text question', () => {
  it('offers dataList entries as <datalist> suggestions', () => {
    const { input } = show({ dataList: ['Chi bộ 1', 'Chi bộ 2'] });
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual([
      'Chi bộ 1',
      'Chi bộ 2',
    ]);
  });

  it('applies inputSize and inputTextAlignment', () => {
    const { input } = show({ inputSize: 8, inputTextAlignment: 'right' });
    expect(input.size).toBe(8);
    expect(input.className).toBe('ts-input ts-input--sized');
    expect(input.style.textAlign).toBe('right');
  });

  it('formats a numeric mask and stores the unmasked number', () => {
    const { model, input } = show({
      maskType: 'numeric',
      maskSettings: { thousandsSeparator: '.', decimalSeparator: ',' },
    });
    expect(input.inputMode).toBe('decimal');
    input.value = '1.234.567';
    fireEvent.change(input);
    fireEvent.blur(input);
    expect(model.getValue('t')).toBe(1234567);
    model.setValue('t', 89012);
    expect(input.value).toBe('89.012');
  });

  it('commits a masked value being typed when the page is hidden (a tab closed mid-typing)', () => {
    const { model, input } = show({ maskType: 'numeric' });
    input.focus();
    input.value = '2026';
    const seenByFlush: unknown[] = [];
    // Stands for the autosave's flush listener, which is on the document.
    document.addEventListener('visibilitychange', () => seenByFlush.push(model.getValue('t')));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    expect(seenByFlush).toEqual([2026]);
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('formats a pattern mask', () => {
    const { model, input } = show({ maskType: 'pattern', maskSettings: { pattern: '9999-99' } });
    model.setValue('t', '202612');
    expect(input.value).toBe('2026-12');
  });
});

describe('comment question', () => {
  function showComment(question: Record<string, unknown>) {
    const model = createSurveyModel(
      { elements: [{ type: 'comment', name: 'c', title: 'Ghi chú', ...question }] },
      'vi',
    );
    render(<SurveyView model={model} />);
    return screen.getByLabelText('Ghi chú') as HTMLTextAreaElement;
  }

  it('grows with its text and has no resize handle when asked', () => {
    const box = showComment({ autoGrow: true, allowResize: false });
    expect(box.className).toBe('ts-input ts-textarea ts-textarea--grow ts-textarea--fixed');
  });

  it('keeps Enter from adding a line when acceptCarriageReturn is false', () => {
    const box = showComment({ acceptCarriageReturn: false });
    expect(fireEvent.keyDown(box, { key: 'Enter' })).toBe(false);
    cleanup();
    expect(fireEvent.keyDown(showComment({}), { key: 'Enter' })).toBe(true);
  });
});

describe("another question's comment box", () => {
  it('follows the survey-wide autoGrowComment and allowResizeComment', () => {
    const model = createSurveyModel(
      {
        autoGrowComment: true,
        allowResizeComment: false,
        elements: [
          {
            type: 'boolean',
            name: 'b',
            title: 'Có họp',
            showCommentArea: true,
            commentText: 'Ghi thêm',
          },
        ],
      },
      'vi',
    );
    render(<SurveyView model={model} />);
    expect(screen.getByLabelText('Ghi thêm').className).toBe(
      'ts-input ts-textarea ts-textarea--grow ts-textarea--fixed',
    );
  });
});
