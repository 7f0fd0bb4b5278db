// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { QuestionPanelDynamicModel } from 'survey-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSurveyModel } from '@/utils/survey/create-model';
import { SurveyView } from './SurveyView';

afterEach(cleanup);

function show(options: Record<string, unknown>): QuestionPanelDynamicModel {
  const model = createSurveyModel(
    {
      elements: [
        {
          type: 'paneldynamic',
          name: 'viec',
          title: 'Việc cần làm',
          panelCount: 2,
          maxPanelCount: 3,
          templateElements: [{ type: 'text', name: 'noi-dung', title: 'Nội dung' }],
          ...options,
        },
      ],
    },
    'vi',
  );
  render(<SurveyView model={model} />);
  return model.getQuestionByName('viec') as QuestionPanelDynamicModel;
}

const tabs = () => screen.getAllByRole('tab');
const button = (name: string) => screen.getByRole('button', { name });

describe('dynamic panel as tabs', () => {
  it('shows a tablist with survey-core tab titles and one item at a time', () => {
    show({ displayMode: 'tab', templateTabTitle: 'Việc {panelIndex}' });
    expect(screen.getByRole('tablist', { name: 'Việc cần làm' }).className).toBe(
      'ts-tabs ts-tabs--center',
    );
    expect(tabs().map((tab) => tab.textContent)).toEqual(['Việc 1', 'Việc 2']);
    expect(tabs().map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(screen.getAllByLabelText('Nội dung')).toHaveLength(1);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs()[0]?.id);
  });

  it('moves between tabs with the arrow keys, focusing the selected tab', async () => {
    const question = show({ displayMode: 'tab' });
    const [first] = tabs();
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowRight' });
    expect(question.currentIndex).toBe(1);
    await waitFor(() => expect(document.activeElement).toBe(tabs()[1]));
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, 0]);
    fireEvent.keyDown(tabs()[1] as HTMLElement, { key: 'ArrowRight' });
    expect(question.currentIndex).toBe(0);
  });

  it('adds from any tab, selecting the new item, and removes', async () => {
    const question = show({ displayMode: 'tab' });
    fireEvent.click(button('Thêm mục'));
    expect(question.panelCount).toBe(3);
    expect(tabs()).toHaveLength(3);
    expect(tabs()[2]?.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Nội dung')));
    // At maxPanelCount there is no Add.
    expect(screen.queryByRole('button', { name: 'Thêm mục' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Xóa mục/ }));
    expect(question.panelCount).toBe(2);
    expect(tabs()).toHaveLength(2);
  });
});

describe('dynamic panel as a carousel', () => {
  it('shows one item with Mục n/N and Previous/Next, and adds and removes', () => {
    const question = show({ displayMode: 'carousel' });
    expect(screen.getByText('Mục 1/2').getAttribute('aria-live')).toBe('polite');
    expect(button('Mục trước').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Mục sau'));
    expect(question.currentIndex).toBe(1);
    expect(screen.getByText('Mục 2/2').tagName).toBe('P');
    fireEvent.click(button('Thêm mục'));
    expect(screen.getByText('Mục 3/3').tagName).toBe('P');
    fireEvent.click(screen.getByRole('button', { name: /^Xóa mục/ }));
    expect(question.panelCount).toBe(2);
  });

  it('reads the legacy renderMode as a carousel', () => {
    show({ renderMode: 'progressTop' });
    expect(screen.getByText('Mục 1/2').tagName).toBe('P');
    expect(screen.getAllByLabelText('Nội dung')).toHaveLength(1);
  });

  it("uses the pack's own Previous/Next texts when it has them", () => {
    show({ displayMode: 'carousel', prevPanelText: 'Lùi', nextPanelText: 'Tiến' });
    expect(button('Tiến').getAttribute('aria-disabled')).toBeNull();
    expect(button('Lùi').getAttribute('aria-disabled')).toBe('true');
  });
});
