// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createSurveyModel } from '@/utils/survey/create-model';
import { SurveyView } from './SurveyView';

afterEach(cleanup);

const FORM = {
  checkErrorsMode: 'onComplete',
  pages: [
    {
      name: 'nhom-1',
      title: 'Nhóm I',
      elements: [
        { type: 'radiogroup', name: 'a', title: 'Câu A', choices: ['x', 'y'] },
        { type: 'radiogroup', name: 'b', title: 'Câu B', choices: ['x', 'y'] },
      ],
    },
    {
      name: 'nhom-2',
      title: 'Nhóm II',
      elements: [{ type: 'radiogroup', name: 'c', title: 'Câu C', choices: ['x', 'y'] }],
    },
  ],
};

describe('simple mode', () => {
  it('shows one question per screen with plain buttons, across pages, and back', async () => {
    const model = createSurveyModel(FORM, 'vi');
    const view = render(<SurveyView model={model} simple />);
    await waitFor(() => expect(screen.getAllByRole('radiogroup')).toHaveLength(1));
    expect(screen.getByRole('radiogroup').textContent).toMatch(/^Câu A/);
    expect(screen.queryByRole('button', { name: 'Trang sau' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp theo' }));
    await waitFor(() => expect(screen.getByRole('radiogroup').textContent).toMatch(/^Câu B/));
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp theo' }));
    await waitFor(() => expect(screen.getByRole('radiogroup').textContent).toMatch(/^Câu C/));
    screen.getByRole('heading', { name: 'Nhóm II' });
    screen.getByRole('button', { name: 'Hoàn thành' });
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại' }));
    await waitFor(() => expect(screen.getByRole('radiogroup').textContent).toMatch(/^Câu B/));

    // Turned off: the form's own pages come back, on the page of the current question.
    view.rerender(<SurveyView model={model} />);
    await waitFor(() => expect(screen.getAllByRole('radiogroup')).toHaveLength(2));
    screen.getByRole('button', { name: 'Trang sau' });
    expect(screen.getAllByRole('radiogroup')[0]?.textContent).toMatch(/^Câu A/);
  });
});
