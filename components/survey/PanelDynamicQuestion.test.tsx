// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { Model, QuestionPanelDynamicModel } from 'survey-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSurveyModel } from '@/utils/survey/create-model';
import { SurveyView } from './SurveyView';

afterEach(cleanup);

function show(): { model: Model; question: QuestionPanelDynamicModel } {
  const model = createSurveyModel(
    {
      pages: [
        {
          elements: [
            {
              type: 'paneldynamic',
              name: 'viec',
              title: 'Việc cần khắc phục',
              minPanelCount: 1,
              maxPanelCount: 3,
              templateElements: [{ type: 'text', name: 'noi-dung', title: 'Nội dung' }],
            },
          ],
        },
      ],
    },
    'vi',
  );
  render(<SurveyView model={model} />);
  return { model, question: model.getQuestionByName('viec') as QuestionPanelDynamicModel };
}

const items = () => screen.getAllByRole('group', { name: /^Mục \d$/ });
const addButton = () => screen.queryByRole('button', { name: 'Thêm mục' });

describe('dynamic panels', () => {
  it('renders template panels inside a labelled group, minPanelCount respected', () => {
    show();
    const group = screen.getByRole('group', { name: 'Việc cần khắc phục' });
    expect(within(group).getAllByRole('group', { name: 'Mục 1' })).toHaveLength(1);
    // At minPanelCount there is nothing to remove, so no remove button at all.
    expect(screen.queryByRole('button', { name: /Xóa mục/ })).toBeNull();
  });

  it('adds panels up to maxPanelCount and focuses the new one', () => {
    const { question } = show();
    fireEvent.click(addButton() as HTMLElement);
    expect(question.panelCount).toBe(2);
    const second = screen.getByRole('group', { name: 'Mục 2' });
    expect(document.activeElement).toBe(within(second).getByLabelText('Nội dung'));
    fireEvent.click(addButton() as HTMLElement);
    expect(items()).toHaveLength(3);
    expect(addButton()).toBeNull();
  });

  it('removes an empty panel at once', () => {
    const { question } = show();
    fireEvent.click(addButton() as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa mục: Mục 2' }));
    expect(question.panelCount).toBe(1);
    expect(document.activeElement).toBe(addButton());
  });

  it('asks in the page before removing a panel with answers', () => {
    const { model, question } = show();
    fireEvent.click(addButton() as HTMLElement);
    const second = screen.getByRole('group', { name: 'Mục 2' });
    fireEvent.input(within(second).getByLabelText('Nội dung'), { target: { value: 'Sửa lỗi' } });
    expect(model.getValue('viec')).toEqual([{}, { 'noi-dung': 'Sửa lỗi' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa mục: Mục 2' }));
    const confirm = screen.getByRole('group', { name: /Xóa mục này\?/ });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    expect(question.panelCount).toBe(2);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Xóa mục: Mục 2' }));

    fireEvent.click(screen.getByRole('button', { name: 'Xóa mục: Mục 2' }));
    fireEvent.keyDown(screen.getByRole('group', { name: /Xóa mục này\?/ }), { key: 'Escape' });
    expect(question.panelCount).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa mục: Mục 2' }));
    const again = screen.getByRole('group', { name: /Xóa mục này\?/ });
    fireEvent.click(within(again).getByRole('button', { name: 'Xóa mục' }));
    expect(question.panelCount).toBe(1);
    expect(model.getValue('viec')).toEqual([{}]);
  });
});
