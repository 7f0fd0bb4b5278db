import { describe, expect, it } from 'vitest';
import { monthKey, monthsOf, shiftMonth } from './months';
import { registeredTasks, registrationYear } from './tasks';
import { yearGrid } from './year-grid';

describe('registeredTasks', () => {
  it('reads the tasks in order, trimmed, skipping empty rows and repeats', () => {
    const data = {
      nam: 2027,
      'viec-lam': [
        {
          viec: '  Đọc 1 tác phẩm của Bác mỗi quý ',
          'chi-tieu': 'Sổ ghi chép',
          'thoi-han': '2027-03-31',
        },
        { 'chi-tieu': 'không có việc' },
        null,
        { viec: 'Đi họp chi bộ đúng giờ' },
        { viec: 'Đi họp chi bộ đúng giờ', 'chi-tieu': 'lặp lại' },
      ],
    };
    expect(registeredTasks(data)).toEqual([
      { task: 'Đọc 1 tác phẩm của Bác mỗi quý', target: 'Sổ ghi chép', deadline: '2027-03-31' },
      { task: 'Đi họp chi bộ đúng giờ' },
    ]);
    expect(registrationYear(data)).toBe(2027);
  });

  it('gives nothing for answers of another shape', () => {
    expect(registeredTasks({ 'viec-lam': 'văn bản' })).toEqual([]);
    expect(registeredTasks({})).toEqual([]);
    expect(registrationYear({ nam: 'hai nghìn' })).toBeUndefined();
    expect(registrationYear({ nam: 1999 })).toBeUndefined();
  });
});

describe('months', () => {
  it('names months as YYYY-MM and moves across years', () => {
    expect(monthKey(new Date(2026, 11, 31, 23, 59))).toBe('2026-12');
    expect(monthsOf(2027)).toHaveLength(12);
    expect(monthsOf(2027)[0]).toBe('2027-01');
    expect(monthsOf(2027)[11]).toBe('2027-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2027-03', -14)).toBe('2026-01');
  });
});

describe('yearGrid', () => {
  it('puts each month’s status under its task, matched by text, and leaves unchecked months empty', () => {
    const tasks = [{ task: 'Đọc sách' }, { task: 'Họp đúng giờ' }];
    const check = (
      month: string,
      entries: Array<[string, 'da-lam' | 'dang-lam' | 'chua-lam']>,
    ) => ({
      registrationId: 'r1',
      month,
      updatedAt: 1,
      entries: entries.map(([task, status]) => ({ task, status, note: '' })),
    });
    const grid = yearGrid(
      tasks,
      [
        check('2027-01', [
          ['Đọc sách', 'dang-lam'],
          ['Họp đúng giờ', 'da-lam'],
        ]),
        check('2027-02', [
          ['Đọc sách', 'da-lam'],
          ['Việc đã bỏ', 'chua-lam'],
        ]),
        check('2026-12', [['Đọc sách', 'chua-lam']]),
      ],
      2027,
    );
    expect(grid.map((row) => row.task)).toEqual(['Đọc sách', 'Họp đúng giờ']);
    expect(grid[0]?.months.slice(0, 3)).toEqual(['dang-lam', 'da-lam', undefined]);
    expect(grid[1]?.months.slice(0, 3)).toEqual(['da-lam', undefined, undefined]);
    expect(grid[0]?.months).toHaveLength(12);
  });
});
