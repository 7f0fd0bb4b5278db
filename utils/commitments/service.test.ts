import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createResponse, getResponse, saveResponse } from '../storage/responses';
import { useFreshDatabase } from '../storage/test-utils';
import { listRegistrations, monthCheck, saveMonthCheck, yearView } from './service';

async function registration(data: Record<string, unknown>, formId = 'dang-ky-nam') {
  const created = await createResponse({
    packId: 'dang-ky-cam-ket',
    packVersion: '1.0.0',
    formId,
    progress: { answered: 0, total: 1 },
  });
  const saved = await saveResponse(
    created.id,
    { data, currentPage: 0, status: 'completed', progress: { answered: 1, total: 1 } },
    created.revision,
  );
  if (!saved.ok) throw new Error('not saved');
  return (await getResponse(created.id))?.id as string;
}

const TASKS = {
  nam: 2027,
  'viec-lam': [
    { viec: 'Đọc 1 tác phẩm của Bác mỗi quý', 'chi-tieu': 'Sổ ghi chép', 'thoi-han': '2027-12-31' },
    { viec: 'Đi họp chi bộ đúng giờ' },
  ],
};

describe('the commitments service', () => {
  useFreshDatabase();

  it('lists registrations with tasks, newest year first', async () => {
    const older = await registration({ ...TASKS, nam: 2026 });
    const newer = await registration(TASKS);
    await registration({ nam: 2028, 'viec-lam': [] });
    await registration(TASKS, 'other-form');
    expect((await listRegistrations()).map((found) => [found.responseId, found.year])).toEqual([
      [newer, 2027],
      [older, 2026],
    ]);
  });

  it('saves a month, reads it back, and shows it in the year grid', async () => {
    const id = await registration(TASKS);
    const empty = await monthCheck(id, '2027-01');
    expect(empty.entries.map((entry) => [entry.task.task, entry.status, entry.note])).toEqual([
      ['Đọc 1 tác phẩm của Bác mỗi quý', undefined, ''],
      ['Đi họp chi bộ đúng giờ', undefined, ''],
    ]);
    await saveMonthCheck(id, '2027-01', [
      { task: 'Đọc 1 tác phẩm của Bác mỗi quý', status: 'dang-lam', note: '  đọc được nửa  ' },
      { task: 'Đi họp chi bộ đúng giờ', status: 'da-lam', note: '' },
    ]);
    await saveMonthCheck(id, '2027-02', [
      { task: 'Đọc 1 tác phẩm của Bác mỗi quý', status: 'da-lam', note: '' },
      { task: 'Đi họp chi bộ đúng giờ', status: 'chua-lam', note: 'đi muộn một lần' },
    ]);
    const january = await monthCheck(id, '2027-01');
    expect(january.entries[0]).toMatchObject({ status: 'dang-lam', note: 'đọc được nửa' });
    expect(january.savedAt).toEqual(expect.any(Number));

    const view = await yearView(id);
    expect(view.year).toBe(2027);
    expect(view.rows.map((row) => row.months.slice(0, 3))).toEqual([
      ['dang-lam', 'da-lam', undefined],
      ['da-lam', 'chua-lam', undefined],
    ]);
  });

  it('refuses a month with a task left unmarked or one that was never registered', async () => {
    const id = await registration(TASKS);
    await expect(
      saveMonthCheck(id, '2027-01', [
        { task: 'Đi họp chi bộ đúng giờ', status: 'da-lam', note: '' },
      ]),
    ).rejects.toMatchObject({ code: 'unmarked-task' });
    await expect(
      saveMonthCheck(id, '2027-01', [
        { task: 'Đọc 1 tác phẩm của Bác mỗi quý', status: 'da-lam', note: '' },
        { task: 'Đi họp chi bộ đúng giờ', status: 'da-lam', note: '' },
        { task: 'Việc khác', status: 'da-lam', note: '' },
      ]),
    ).rejects.toMatchObject({ code: 'unknown-task' });
    await expect(monthCheck('không-có', '2027-01')).rejects.toMatchObject({
      code: 'registration-not-found',
    });
    expect((await monthCheck(id, '2027-01')).savedAt).toBeUndefined();
  });
});
