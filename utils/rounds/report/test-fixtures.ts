import type { ContributionPayload, PrivacyMode, RoundMeta, RoundShape } from '../types';
import { buildReport } from './build';
import { tallyPayloads } from './tally';

const text = (vi: string, en?: string) => (en ? { vi, en } : { vi });
const levels = () => [
  { value: 'khong', text: text('Không', 'No'), flagged: false },
  { value: 'mot-phan', text: text('Một phần', 'Partly'), flagged: true },
  { value: 'day-du', text: text('Đầy đủ', 'Fully'), flagged: true },
  { value: null, text: text('Chưa trả lời', 'Not answered'), flagged: false },
];

/** Two groups: two three-level items (+ "not answered") and one checkbox item. */
export const SHAPE: RoundShape = {
  items: [
    {
      name: 'bh1',
      groupId: 'tt',
      title: text('Phai nhạt lý tưởng'),
      kind: 'single',
      values: levels(),
    },
    {
      name: 'bh2',
      groupId: 'tt',
      title: text('=Nói không đi đôi với làm'),
      kind: 'single',
      values: levels(),
    },
    {
      name: 'bh3',
      groupId: 'dd',
      title: text('Vi phạm, "có dấu hiệu"'),
      kind: 'multi',
      values: [
        { value: 'a', text: text('Nhận quà'), flagged: true },
        { value: 'b', text: text('Khác; chưa rõ'), flagged: false },
      ],
    },
  ],
  groups: [
    { id: 'tt', title: text('Tư tưởng chính trị'), items: ['bh1', 'bh2'] },
    { id: 'dd', title: text('Đạo đức, lối sống'), items: ['bh3'] },
  ],
  indicator: { title: text('Đảng viên tự nhận có ít nhất một biểu hiện') },
};

export function roundMeta(mode: PrivacyMode, id = 'round-1'): RoundMeta {
  return {
    id,
    label: `Tự soi ${id}`,
    cellName: 'Chi bộ Khu phố 3',
    expectedMembers: 22,
    seriesId: 'series-1',
    seriesLabel: 'Tự soi 2026',
    formId: 'tu-soi',
    mode,
  };
}

/** n members; `flaggedOn` decides who answers which level on bh1 (index) etc. */
export function payloads(
  rows: ReadonlyArray<[number, number, number, number]>,
): ContributionPayload[] {
  return rows.map(([bh1, bh2, bitA, bitB]) => {
    const tt = SHAPE.items[0]?.values[bh1]?.flagged || SHAPE.items[1]?.values[bh2]?.flagged ? 1 : 0;
    const dd = bitA === 1 ? 1 : 0;
    return {
      answers: { bh1, bh2, bh3: [bitA, bitB] },
      indicators: { overall: tt || dd ? 1 : 0, groups: { tt, dd } },
    };
  });
}

/** Repeats a row `times` times. */
export function times(
  count: number,
  row: [number, number, number, number],
): Array<[number, number, number, number]> {
  return Array.from({ length: count }, () => row);
}

export function reportOf(
  mode: PrivacyMode,
  rows: ReadonlyArray<[number, number, number, number]>,
  issuedAt = 1,
) {
  const tally = tallyPayloads(payloads(rows), SHAPE);
  const report = buildReport({
    round: roundMeta(mode),
    pack: { id: 'tu-soi-27', version: '1.2.0', sha256: 'a'.repeat(64) },
    packTitle: { vi: 'Tự soi 27 biểu hiện', en: 'Self-review, 27 signs' },
    formTitle: { vi: 'Bảng tự soi' },
    shape: SHAPE,
    tally,
    issuedAt,
  });
  return { tally, report };
}

/** n = 20: bh1 = [10, 6, 3, 1], bh2 = [16, 3, 1, 0], bits a = 6, b = 3; tt = 10, dd = 6. */
export const SAMPLE_ROWS = [
  ...times(10, [0, 0, 0, 0]),
  ...times(6, [1, 0, 1, 0]),
  ...times(3, [2, 1, 0, 1]),
  ...times(1, [3, 2, 0, 0]),
];
