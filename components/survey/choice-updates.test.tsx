// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/preact';
import { ItemValue } from 'survey-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { show } from './test-render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const choice = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('choices that change while the form is open', () => {
  it('choicesEnableIf and a choice’s enableIf enable and disable choices as answers change', () => {
    const model = show([
      { type: 'radiogroup', name: 'a', title: 'A', choices: ['x', 'y'] },
      {
        type: 'radiogroup',
        name: 'b',
        title: 'B',
        choices: ['b1', { value: 'b2', enableIf: "{a} = 'y'" }],
      },
      { type: 'radiogroup', name: 'c', title: 'C', choices: ['c1'], choicesEnableIf: "{a} = 'x'" },
    ]);
    expect([choice('b2').disabled, choice('c1').disabled]).toEqual([true, true]);
    act(() => model.setValue('a', 'x'));
    expect([choice('b2').disabled, choice('c1').disabled]).toEqual([true, false]);
    act(() => model.setValue('a', 'y'));
    expect([choice('b2').disabled, choice('c1').disabled]).toEqual([false, true]);
  });

  it('a choice label with a {placeholder} follows the answer it names', () => {
    const model = show([
      { type: 'text', name: 'ten', title: 'Tên' },
      { type: 'radiogroup', name: 'r', title: 'R', choices: [{ value: 1, text: 'Đồng ý, {ten}' }] },
    ]);
    act(() => model.setValue('ten', 'Lan'));
    expect(choice('Đồng ý, Lan')).toBeTruthy();
  });

  it('plain choices are not watched one by one', () => {
    const watch = vi.spyOn(ItemValue.prototype, 'registerPropertyChangedHandlers');
    const choices = Array.from({ length: 10 }, (_, index) => `c${index}`);
    show([{ type: 'radiogroup', name: 'r', title: 'R', choices }]);
    expect(watch).not.toHaveBeenCalled();
  });
});
