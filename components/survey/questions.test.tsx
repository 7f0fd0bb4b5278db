// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { complete, show } from './test-render';

afterEach(cleanup);

describe('question types', () => {
  it('boolean: two radios "Có" / "Không" that set true and false', () => {
    const model = show([{ type: 'boolean', name: 'b', title: 'Đã sinh hoạt chi bộ' }]);
    const group = screen.getByRole('radiogroup', { name: 'Đã sinh hoạt chi bộ' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Có' }));
    expect(model.getValue('b')).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'Không' }));
    expect(model.getValue('b')).toBe(false);
  });

  it('radiogroup: "other" asks for details, "none" is a plain choice', () => {
    const model = show([
      {
        type: 'radiogroup',
        name: 'r',
        title: 'Hình thức',
        choices: ['Trực tiếp'],
        showOtherItem: true,
        showNoneItem: true,
      },
    ]);
    const group = screen.getByRole('radiogroup', { name: 'Hình thức' });
    expect(within(group).getByRole('radio', { name: 'Không có mục nào' })).toBeTruthy();
    expect(screen.queryByLabelText('Ghi rõ nội dung')).toBeNull();
    fireEvent.click(within(group).getByRole('radio', { name: 'Khác (ghi rõ)' }));
    fireEvent.input(screen.getByLabelText('Ghi rõ nội dung'), { target: { value: 'Trực tuyến' } });
    expect(model.getValue('r')).toBe('other');
    expect(model.data['r-Comment']).toBe('Trực tuyến');
  });

  it('radiogroup: an empty "other" is an error in natural Vietnamese', () => {
    show([
      { type: 'radiogroup', name: 'r', title: 'Hình thức', choices: ['a'], showOtherItem: true },
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Khác (ghi rõ)' }));
    complete();
    expect(screen.getByText('Vui lòng ghi rõ nội dung khác.')).toBeTruthy();
  });

  it('radiogroup: a clear button undoes an optional answer when the pack allows it', () => {
    const model = show([
      { type: 'radiogroup', name: 'r', title: 'R', choices: ['a'], allowClear: true },
    ]);
    expect(screen.queryByRole('button', { name: 'Bỏ chọn' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'a' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ chọn' }));
    expect(model.getValue('r')).toBeUndefined();
  });

  it('checkbox: a labelled group; max selection disables the rest, min selection errs', () => {
    const model = show([
      {
        type: 'checkbox',
        name: 'c',
        title: 'Việc đã làm',
        choices: ['Học tập', 'Rèn luyện', 'Phê bình'],
        minSelectedChoices: 2,
        maxSelectedChoices: 2,
      },
    ]);
    const group = screen.getByRole('group', { name: 'Việc đã làm' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Học tập' }));
    complete();
    expect(screen.getByText('Vui lòng chọn ít nhất 2 mục.')).toBeTruthy();
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Rèn luyện' }));
    expect(model.getValue('c')).toEqual(['Học tập', 'Rèn luyện']);
    expect(screen.queryByText('Vui lòng chọn ít nhất 2 mục.')).toBeNull();
    const third = within(group).getByRole('checkbox', { name: 'Phê bình' }) as HTMLInputElement;
    expect(third.disabled).toBe(true);
  });

  it('checkbox: "none" clears the other choices', () => {
    const model = show([
      { type: 'checkbox', name: 'c', title: 'C', choices: ['a', 'b'], showNoneItem: true },
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'a' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Không có mục nào' }));
    expect(model.getValue('c')).toEqual(['none']);
    expect((screen.getByRole('checkbox', { name: 'a' }) as HTMLInputElement).checked).toBe(false);
  });

  it('dropdown: a native select with a clearing placeholder', () => {
    const model = show([
      { type: 'dropdown', name: 'd', title: 'Chi bộ', choices: ['Chi bộ 1', 'Chi bộ 2'] },
    ]);
    const select = screen.getByLabelText('Chi bộ') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect(select.options[0]?.textContent).toBe('Chọn…');
    fireEvent.change(select, { target: { value: '1' } });
    expect(model.getValue('d')).toBe('Chi bộ 2');
    fireEvent.change(select, { target: { value: '-1' } });
    expect(model.getValue('d')).toBeUndefined();
  });

  it('rating: a radio scale whose ends carry their descriptions', () => {
    const model = show([
      {
        type: 'rating',
        name: 'ra',
        title: 'Mức độ',
        rateMin: 1,
        rateMax: 5,
        minRateDescription: 'Rất kém',
        maxRateDescription: 'Rất tốt',
      },
    ]);
    const group = screen.getByRole('radiogroup', { name: 'Mức độ' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    fireEvent.click(within(group).getByRole('radio', { name: '5 – Rất tốt' }));
    expect(model.getValue('ra')).toBe(5);
    expect(within(group).getByRole('radio', { name: '1 – Rất kém' })).toBeTruthy();
  });

  it('rating: explicit rateValues', () => {
    const model = show([
      {
        type: 'rating',
        name: 'ra',
        title: 'Xếp loại',
        rateValues: [{ value: 'tot', text: 'Tốt' }, 'Khá'],
      },
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Tốt' }));
    expect(model.getValue('ra')).toBe('tot');
  });

  it('text: labelled input with type, placeholder and maxLength; number validation', () => {
    const model = show([
      { type: 'text', name: 't', title: 'Họ và tên', placeholder: 'Nguyễn Văn A', maxLength: 50 },
      { type: 'text', name: 'n', title: 'Số năm tuổi Đảng', inputType: 'number', min: 0, max: 80 },
      { type: 'text', name: 'e', title: 'Email', inputType: 'email' },
    ]);
    const name = screen.getByLabelText('Họ và tên') as HTMLInputElement;
    expect(name.type).toBe('text');
    expect(name.placeholder).toBe('Nguyễn Văn A');
    expect(name.maxLength).toBe(50);
    fireEvent.input(name, { target: { value: 'Trần Thị B' } });
    expect(model.getValue('t')).toBe('Trần Thị B');
    const years = screen.getByLabelText('Số năm tuổi Đảng') as HTMLInputElement;
    expect(years.type).toBe('number');
    fireEvent.input(years, { target: { value: '50' } });
    expect(model.getValue('n')).toBe(50);
    // survey-core keeps an out-of-range number on the question, out of the saved data.
    fireEvent.input(years, { target: { value: '90' } });
    expect(model.getQuestionByName('n').value).toBe(90);
    expect(model.getValue('n')).toBe(50);
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'khong-hop-le' } });
    complete();
    expect(screen.getByText('Giá trị không được lớn hơn 80.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập địa chỉ email hợp lệ.')).toBeTruthy();
    expect(years.getAttribute('aria-invalid')).toBe('true');
  });

  it('comment: textarea with rows and a remaining-characters hint', () => {
    const model = show([{ type: 'comment', name: 'c', title: 'Ghi chú', rows: 4, maxLength: 10 }]);
    const area = screen.getByLabelText('Ghi chú') as HTMLTextAreaElement;
    expect(area.getAttribute('rows')).toBe('4');
    expect(screen.getByText('Còn 10 ký tự')).toBeTruthy();
    fireEvent.input(area, { target: { value: 'Tự soi' } });
    expect(model.getValue('c')).toBe('Tự soi');
    expect(screen.getByText('Còn 4 ký tự')).toBeTruthy();
    expect(area.getAttribute('aria-describedby')).toBe(screen.getByText('Còn 4 ký tự').id);
  });

  it('matrix: one labelled radiogroup per row', () => {
    const model = show([
      {
        type: 'matrix',
        name: 'm',
        title: 'Đánh giá',
        isAllRowRequired: true,
        columns: [
          { value: 'tot', text: 'Tốt' },
          { value: 'chua', text: 'Chưa tốt' },
        ],
        rows: [
          { value: 'hoc', text: 'Học tập' },
          { value: 'lam', text: 'Làm việc' },
        ],
      },
    ]);
    expect(screen.getByRole('group', { name: 'Đánh giá' })).toBeTruthy();
    const row = screen.getByRole('radiogroup', { name: 'Làm việc' });
    fireEvent.click(within(row).getByRole('radio', { name: 'Chưa tốt' }));
    expect(model.getValue('m')).toEqual({ lam: 'chua' });
    complete();
    expect(screen.getByText('Vui lòng trả lời đủ tất cả các dòng.')).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Học tập' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('panel: a titled group around its questions', () => {
    show([
      {
        type: 'panel',
        name: 'pn',
        title: 'Thông tin chung',
        description: 'Không bắt buộc',
        elements: [{ type: 'text', name: 'x', title: 'Chức vụ' }],
      },
    ]);
    const panel = screen.getByRole('group', { name: 'Thông tin chung' });
    expect(within(panel).getByLabelText('Chức vụ')).toBeTruthy();
    expect(panel.getAttribute('aria-describedby')).toBe(screen.getByText('Không bắt buộc').id);
  });

  it('shows the number and an accessible required marker', () => {
    show([{ type: 'text', name: 't', title: 'Họ và tên', isRequired: true }], {
      showQuestionNumbers: 'on',
    });
    expect(screen.getByLabelText('1. Họ và tên * (bắt buộc)')).toBeTruthy();
  });

  it('disables inputs while enableIf is false', () => {
    const model = show([
      { type: 'boolean', name: 'b', title: 'Có vi phạm' },
      { type: 'text', name: 't', title: 'Nội dung', enableIf: '{b} = true' },
    ]);
    const input = screen.getByLabelText('Nội dung') as HTMLInputElement;
    expect(input.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Có' }));
    expect(input.disabled).toBe(false);
    expect(model.getValue('b')).toBe(true);
  });

  it('says so visibly for a question type it cannot render', () => {
    show([{ type: 'signaturepad', name: 's', title: 'Chữ ký' }]);
    expect(screen.getByText('Chưa hiển thị được loại câu hỏi “signaturepad”.')).toBeTruthy();
  });
});
