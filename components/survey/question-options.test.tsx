// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { complete, show } from './test-render';

afterEach(cleanup);

describe('matrix options', () => {
  const matrix = {
    type: 'matrix',
    name: 'm',
    title: 'Mức độ',
    columns: [
      { value: 1, text: 'Thấp' },
      { value: 2, text: 'Cao' },
    ],
    rows: [{ value: 'hoc', text: 'Học tập' }],
  };

  it('labels each radio with its cell text when the matrix has cells', () => {
    const model = show([{ ...matrix, cells: { hoc: { 1: 'Ít khi học', 2: 'Học đều' } } }]);
    const row = screen.getByRole('radiogroup', { name: 'Học tập' });
    fireEvent.click(within(row).getByRole('radio', { name: 'Học đều' }));
    expect(model.getValue('m')).toEqual({ hoc: 2 });
    expect(document.querySelector('.ts-matrix')?.className).toBe('ts-matrix ts-matrix--cells');
  });

  it('hides the header row when showHeader is false and shades alternate rows', () => {
    show([{ ...matrix, showHeader: false, alternateRows: true }]);
    expect(document.querySelector('.ts-matrix')?.className).toBe('ts-matrix ts-matrix--alternate');
    expect(document.querySelector('.ts-matrix > :first-child')?.className).toBe(
      'ts-visually-hidden',
    );
  });
});

describe('title, description and error locations', () => {
  it('hides a title visually but keeps it as the label (titleLocation: hidden)', () => {
    show([{ type: 'text', name: 't', title: 'Họ tên', titleLocation: 'hidden' }]);
    expect(screen.getByText('Họ tên').className).toBe('ts-visually-hidden');
    expect(screen.getByLabelText('Họ tên').tagName).toBe('INPUT');
  });

  it('puts the description under the input, or hides it', () => {
    show([
      {
        type: 'text',
        name: 'a',
        title: 'A',
        description: 'Mô tả A',
        descriptionLocation: 'underInput',
      },
      {
        type: 'text',
        name: 'b',
        title: 'B',
        description: 'Mô tả B',
        descriptionLocation: 'hidden',
      },
    ]);
    const input = screen.getByLabelText('A');
    expect(input.nextElementSibling?.textContent).toBe('Mô tả A');
    expect(input.getAttribute('aria-describedby')).toContain('desc');
    expect(screen.queryByText('Mô tả B')).toBeNull();
    expect(screen.getByLabelText('B').getAttribute('aria-describedby')).toBeNull();
  });

  it('shows errors above the input by default and below it for "bottom"', () => {
    show([
      { type: 'text', name: 'a', title: 'A', isRequired: true },
      { type: 'text', name: 'b', title: 'B', isRequired: true, errorLocation: 'bottom' },
    ]);
    complete();
    const [first, second] = document.querySelectorAll('.ts-errors');
    expect(first?.nextElementSibling).toBe(screen.getByLabelText(/^A/));
    expect(second?.previousElementSibling).toBe(screen.getByLabelText(/^B/));
  });
});

describe('questions on one line', () => {
  it('puts startWithNewLine: false elements on the line before, sized by survey-core', () => {
    show([
      { type: 'text', name: 'ho', title: 'Họ' },
      {
        type: 'text',
        name: 'ten',
        title: 'Tên',
        startWithNewLine: false,
        width: '40%',
        minWidth: '12rem',
      },
      { type: 'text', name: 'tuoi', title: 'Tuổi' },
    ]);
    const row = screen.getByLabelText('Họ').closest('.ts-row');
    expect(row?.contains(screen.getByLabelText('Tên'))).toBe(true);
    expect(row?.contains(screen.getByLabelText('Tuổi'))).toBe(false);
    const cell = screen.getByLabelText('Tên').closest('.ts-row__cell') as HTMLElement;
    expect(cell.style.flexBasis).toBe('40%');
    expect(cell.style.minWidth).toBe('min(100%, 12rem)');
  });

  it('leaves the line of a hidden element to the others', () => {
    show([
      { type: 'text', name: 'a', title: 'A' },
      { type: 'text', name: 'b', title: 'B', startWithNewLine: false, visibleIf: '{a} notempty' },
    ]);
    expect(document.querySelectorAll('.ts-row__cell')).toHaveLength(1);
  });
});

describe('indent', () => {
  it('shifts an indented question and panel right', () => {
    show([
      { type: 'text', name: 'a', title: 'A', indent: 2 },
      {
        type: 'panel',
        name: 'p',
        title: 'Nhóm',
        indent: 1,
        elements: [{ type: 'text', name: 'b', title: 'B' }],
      },
    ]);
    expect(
      (
        document.getElementById(
          screen.getByLabelText('A').closest('.ts-question')?.id ?? '',
        ) as HTMLElement
      ).style.marginInlineStart,
    ).toBe('min(2.5rem, 50%)');
    expect(
      (screen.getByRole('group', { name: 'Nhóm' }) as HTMLElement).style.marginInlineStart,
    ).toBe('min(1.25rem, 50%)');
  });
});

describe('collapsible panels', () => {
  const panel = (state: string) => ({
    type: 'panel',
    name: 'p',
    title: 'Nhóm',
    state,
    elements: [{ type: 'text', name: 'b', title: 'B', isRequired: true }],
  });

  it('folds and unfolds a collapsed panel with its title button', () => {
    show([panel('collapsed')]);
    const toggle = screen.getByRole('button', { name: 'Nhóm' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText(/^B/)).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByLabelText(/^B/).tagName).toBe('INPUT');
  });

  it('opens a collapsed panel when its question is reached from the error summary', () => {
    show([panel('collapsed')]);
    complete();
    fireEvent.click(screen.getByRole('button', { name: 'B' }));
    expect(screen.getByRole('button', { name: /^Nhóm/ }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
