// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { Model } from 'survey-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '@/utils/i18n/types';
import { createSurveyModel } from '@/utils/survey/create-model';
import { replaceAnswers } from '@/utils/survey/replace-answers';
import { LocaleProvider } from '../i18n';
import { SurveyView } from './SurveyView';
import { checklist } from './test-fixtures';

afterEach(cleanup);

function show(model: Model, manifestations?: boolean, locale: Locale = 'vi') {
  render(
    <LocaleProvider locale={locale}>
      <SurveyView model={model} manifestations={manifestations} completed={<p>Xong</p>} />
    </LocaleProvider>,
  );
}

const radio = (name: string) => screen.getByRole('radio', { name });
const box = () => screen.queryByRole('textbox', { name: /^Biện pháp khắc phục/ });
const undo = () => screen.getByRole('button', { name: 'Hoàn tác' });
/** Lets the notice fill its status region, as it does once it is in the page. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

async function hideRemedy(model: Model) {
  fireEvent.click(radio('Có biểu hiện một phần'));
  fireEvent.input(box() as HTMLTextAreaElement, { target: { value: 'Sửa ngay' } });
  fireEvent.click(radio('Không có'));
  await settle();
  expect(model.getValue('tt1-khac-phuc')).toBe('Sửa ngay');
}

describe('a change that hides a box holding text', () => {
  it('says so at once in a status region, and undo brings back the answer and the text', async () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model);
    await hideRemedy(model);
    expect(box()).toBeNull();
    const status = screen
      .getAllByRole('status')
      .find((region) => region.textContent?.startsWith('Đã ẩn'));
    expect(status?.textContent).toBe('Đã ẩn ô “Biện pháp khắc phục” (có nội dung).Hoàn tác');
    // In the hidden box's place, right after the item whose answer changed.
    expect(status?.previousElementSibling?.getAttribute('role')).toBe('radiogroup');
    fireEvent.click(undo());
    await settle();
    expect(model.getValue('tt1')).toBe('mot-phan');
    expect((box() as HTMLTextAreaElement).value).toBe('Sửa ngay');
    expect(document.activeElement).toBe(box());
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  });

  it('says nothing when the hidden box was empty, and ends the notice once re-chosen', async () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model);
    fireEvent.click(radio('Có biểu hiện'));
    fireEvent.click(radio('Không có'));
    await settle();
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    await hideRemedy(model);
    fireEvent.click(radio('Có biểu hiện'));
    await settle();
    expect((box() as HTMLTextAreaElement).value).toBe('Sửa ngay');
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  });

  it('speaks English in English, naming the box and its group', async () => {
    const model = createSurveyModel(checklist, 'en');
    show(model, true, 'en');
    fireEvent.click(radio('Partly'));
    const remedy = screen.getByRole('textbox', {
      name: 'Remedial measures — Group I. Political ideology',
    });
    fireEvent.input(remedy, { target: { value: 'Fix it' } });
    fireEvent.click(radio('No'));
    await settle();
    expect(screen.getByText('Hidden: “Remedial measures” (it holds text).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(model.getValue('tt1')).toBe('mot-phan');
  });

  it('forgets the notices when answers are replaced in bulk (another tab saved)', async () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model);
    await hideRemedy(model);
    act(() => replaceAnswers(model, { tt1: 'khong' }));
    await settle();
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  });
});

/** Hides item 1's remedy with text in it, answers page 2, presses "Hoàn thành". */
async function completeWithHiddenText() {
  const model = createSurveyModel(checklist, 'vi');
  show(model);
  await hideRemedy(model);
  fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
  fireEvent.click(radio('Không có'));
  fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
  return model;
}

describe('completing with hidden boxes that hold text', () => {
  it('asks first; "Quay lại sửa" keeps the survey running and the text', async () => {
    const model = await completeWithHiddenText();
    const question = screen.getByRole('group', {
      name: '1 ô đã ẩn còn nội dung sẽ bị bỏ khi hoàn thành.',
    });
    expect(document.activeElement).toBe(question);
    // Which boxes, so that the member knows where to go back to.
    expect(within(question).getByRole('listitem').textContent).toBe(
      'Biện pháp khắc phục — Nhóm I. Tư tưởng chính trị',
    );
    expect(model.state).toBe('running');
    // No error summary: nothing is missing.
    expect(screen.queryByRole('region', { name: /^Còn/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại sửa' }));
    await settle();
    expect(model.state).toBe('running');
    expect(model.getValue('tt1-khac-phuc')).toBe('Sửa ngay');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hoàn thành' }));
  });

  it('"Vẫn hoàn thành" completes and drops the hidden text, as survey-core does', async () => {
    const model = await completeWithHiddenText();
    fireEvent.click(screen.getByRole('button', { name: 'Vẫn hoàn thành' }));
    expect(model.state).toBe('completed');
    expect(model.getValue('tt1-khac-phuc')).toBeUndefined();
  });

  it('checks missing answers first: the summary, not the warning', async () => {
    const model = createSurveyModel({ ...checklist, checkErrorsMode: 'onComplete' }, 'vi');
    show(model, true);
    await hideRemedy(model);
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
    expect(screen.queryByRole('button', { name: 'Vẫn hoàn thành' })).toBeNull();
    // Counted as "biểu hiện" for a pack form with aggregate groups.
    const summary = screen.getByRole('region', { name: 'Còn 1 biểu hiện chưa trả lời' });
    expect(document.activeElement).toBe(summary);
  });
});

describe('the unanswered summary', () => {
  it('sits above the page, before the first question', () => {
    const model = createSurveyModel(checklist, 'vi');
    show(model);
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    const summary = screen.getByRole('region', { name: 'Còn 1 câu chưa trả lời' });
    const firstQuestion = screen.getByRole('radiogroup');
    expect(
      summary.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      summary.compareDocumentPosition(screen.getByRole('heading', { level: 2 })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});

describe('the comment box', () => {
  it('grows with its text by default, not when the question says autoGrow false', () => {
    const model = createSurveyModel(
      {
        elements: [
          { type: 'comment', name: 'a', title: 'A' },
          { type: 'comment', name: 'b', title: 'B', autoGrow: false },
        ],
      },
      'vi',
    );
    show(model);
    expect(screen.getByLabelText('A').className).toContain('ts-textarea--grow');
    expect(screen.getByLabelText('B').className).not.toContain('ts-textarea--grow');
  });

  it('names the panel it is in when the panel has a title', () => {
    const comment = { type: 'comment', name: 'c', title: 'Ghi chú' };
    const panel = { type: 'panel', name: 'g', title: 'Nhóm A', elements: [comment] };
    show(createSurveyModel({ elements: [panel] }, 'vi'));
    expect(screen.getByRole('textbox', { name: 'Ghi chú — Nhóm A' })).toBeTruthy();
  });
});
