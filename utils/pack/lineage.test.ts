import { describe, expect, it } from 'vitest';
import { planDraftMove } from './lineage';
import type { Pack } from './schema';
import { elementNamed, parsedPackWith } from './testing/packs';

const FROM = parsedPackWith();
const FORM = 'tu-kiem-diem';

/** Version 1.3.0 of the base pack: bh01 renamed and a value merged, ghi_chu_ngan removed, fewer choices. */
function nextVersion(lineage: Pack['lineage'], edit: (pack: Pack) => void = () => undefined) {
  return parsedPackWith((pack) => {
    pack.version = '1.3.0';
    elementNamed(pack, 'bh01').name = 'bh_01';
    elementNamed(pack, 'bh01_ghi_chu').visibleIf = '{bh_01} notempty';
    pack.forms[0]?.aggregate.groups[0]?.questions.splice(1, 1, 'bh_01');
    const panel = elementNamed(pack, 'nhom_khac').elements as Array<{ name: string }>;
    panel.splice(
      panel.findIndex((element) => element.name === 'ghi_chu_ngan'),
      1,
    );
    elementNamed(pack, 'linh_vuc').choices = ['hoc_tap', 'cong_tac'];
    elementNamed(pack, 'tan_suat').choices = [{ value: 'thang', text: 'Hằng tháng' }];
    if (lineage) pack.lineage = lineage;
    edit(pack);
  });
}

const LINEAGE: Pack['lineage'] = [
  {
    from: '1.2.0',
    forms: [
      {
        id: FORM,
        renamed: { bh01: 'bh_01' },
        choices: { bh_01: { mot_phan: 'co' } },
        removed: ['ghi_chu_ngan'],
      },
    ],
  },
];

const summary = (plan: ReturnType<typeof planDraftMove>) =>
  plan.entries.map((entry) => [entry.kind, entry.from, entry.to ?? entry.reason, entry.after]);

describe('planDraftMove', () => {
  it('keeps, maps and drops each answer as the lineage says', () => {
    const plan = planDraftMove({
      from: FROM,
      to: nextVersion(LINEAGE),
      formId: FORM,
      data: {
        da_doc: true,
        bh01: 'mot_phan',
        'bh01-Comment': 'ghi chú',
        bh01_ghi_chu: 'cụ thể',
        linh_vuc: ['hoc_tap', 'sinh_hoat'],
        tan_suat: 'quy',
        tu_danh_gia: 4,
        ghi_chu_ngan: 'ngắn',
        ma_tran: { tu_tuong: 1, dao_duc: 2 },
        viec_lam: [{ viec: 'Đọc lại', han: 'quy_1' }],
        bien_cu: 'x',
      },
    });
    expect(summary(plan)).toEqual([
      ['kept', 'da_doc', 'da_doc', true],
      ['mapped', 'bh01', 'bh_01', 'co'],
      ['mapped', 'bh01-Comment', 'bh_01-Comment', 'ghi chú'],
      ['kept', 'bh01_ghi_chu', 'bh01_ghi_chu', 'cụ thể'],
      ['mapped', 'linh_vuc', 'linh_vuc', ['hoc_tap']],
      ['dropped', 'tan_suat', 'value-not-allowed', undefined],
      ['kept', 'tu_danh_gia', 'tu_danh_gia', 4],
      ['dropped', 'ghi_chu_ngan', 'removed', undefined],
      ['kept', 'ma_tran', 'ma_tran', { tu_tuong: 1, dao_duc: 2 }],
      ['kept', 'viec_lam', 'viec_lam', [{ viec: 'Đọc lại', han: 'quy_1' }]],
      ['dropped', 'bien_cu', 'no-question', undefined],
    ]);
    expect(plan.data).toEqual({
      da_doc: true,
      bh_01: 'co',
      'bh_01-Comment': 'ghi chú',
      bh01_ghi_chu: 'cụ thể',
      linh_vuc: ['hoc_tap'],
      tu_danh_gia: 4,
      ma_tran: { tu_tuong: 1, dao_duc: 2 },
      viec_lam: [{ viec: 'Đọc lại', han: 'quy_1' }],
    });
  });

  it('gives each entry the title it has in the new version, and keeps the old value', () => {
    const [entry] = planDraftMove({
      from: FROM,
      to: nextVersion(LINEAGE, (pack) => {
        elementNamed(pack, 'bh_01').title = { vi: 'Lý tưởng cách mạng' };
      }),
      formId: FORM,
      data: { bh01: 'mot_phan' },
    }).entries;
    expect(entry).toEqual({
      kind: 'mapped',
      from: 'bh01',
      to: 'bh_01',
      title: { vi: 'Lý tưởng cách mạng' },
      before: 'mot_phan',
      after: 'co',
    });
  });

  it('drops a checkbox answer none of whose values is still offered', () => {
    const plan = planDraftMove({
      from: FROM,
      to: nextVersion(LINEAGE),
      formId: FORM,
      data: { linh_vuc: ['sinh_hoat'] },
    });
    expect(summary(plan)).toEqual([['dropped', 'linh_vuc', 'value-not-allowed', undefined]]);
    expect(plan.data).toEqual({});
  });

  it('without a lineage entry for the old version, matches by name only', () => {
    const other: Pack['lineage'] = [{ from: '1.1.0', forms: [{ id: FORM, removed: ['da_doc'] }] }];
    const plan = planDraftMove({
      from: FROM,
      to: nextVersion(other),
      formId: FORM,
      data: { da_doc: false, bh01: 'co', ghi_chu_ngan: 'ngắn' },
    });
    expect(summary(plan)).toEqual([
      ['kept', 'da_doc', 'da_doc', false],
      ['dropped', 'bh01', 'no-question', undefined],
      ['dropped', 'ghi_chu_ngan', 'no-question', undefined],
    ]);
  });

  it('reads and writes answers under valueName when a question has one', () => {
    const from = parsedPackWith((pack) => {
      elementNamed(pack, 'tan_suat').valueName = 'tan_suat_sh';
    });
    const to = nextVersion(
      [{ from: '1.2.0', forms: [{ id: FORM, renamed: { tan_suat: 'sinh_hoat' } }] }],
      (pack) => {
        Object.assign(elementNamed(pack, 'tan_suat'), { name: 'sinh_hoat', valueName: 'sh' });
        pack.forms[0]?.aggregate.groups[1]?.questions.splice(1, 1, 'sinh_hoat');
      },
    );
    const plan = planDraftMove({ from, to, formId: FORM, data: { tan_suat_sh: 'thang' } });
    expect(summary(plan)).toEqual([['mapped', 'tan_suat_sh', 'sh', 'thang']]);
  });

  it('stores a mapped value with the type the new choice has', () => {
    const to = parsedPackWith((pack) => {
      pack.version = '2.0.0';
      pack.lineage = [
        { from: '1.2.0', forms: [{ id: FORM, choices: { tu_danh_gia: { '5': 4 } } }] },
      ];
      Object.assign(elementNamed(pack, 'tu_danh_gia'), { rateMax: 4 });
    });
    const plan = planDraftMove({ from: FROM, to, formId: FORM, data: { tu_danh_gia: 5 } });
    expect(summary(plan)).toEqual([['mapped', 'tu_danh_gia', 'tu_danh_gia', 4]]);
  });

  it('drops every answer of a form the new version no longer has', () => {
    const to = parsedPackWith((pack) => {
      pack.version = '2.0.0';
      pack.forms = pack.forms.slice(0, 1);
    });
    const plan = planDraftMove({ from: FROM, to, formId: 'y-kien', data: { huu_ich: true } });
    expect(summary(plan)).toEqual([['dropped', 'huu_ich', 'no-question', undefined]]);
  });

  it('turns a single choice into a list when the question became a checkbox, and back', () => {
    const to = parsedPackWith((pack) => {
      pack.version = '2.0.0';
      elementNamed(pack, 'bh01').type = 'checkbox';
      elementNamed(pack, 'linh_vuc').type = 'radiogroup';
    });
    const plan = planDraftMove({
      from: FROM,
      to,
      formId: FORM,
      data: { bh01: 'co', linh_vuc: ['cong_tac'], tan_suat: 'thang' },
    });
    expect(summary(plan)).toEqual([
      ['mapped', 'bh01', 'bh01', ['co']],
      ['mapped', 'linh_vuc', 'linh_vuc', 'cong_tac'],
      ['kept', 'tan_suat', 'tan_suat', 'thang'],
    ]);
    const several = planDraftMove({
      from: FROM,
      to,
      formId: FORM,
      data: { linh_vuc: ['hoc_tap', 'cong_tac'] },
    });
    expect(summary(several)).toEqual([['dropped', 'linh_vuc', 'value-not-allowed', undefined]]);
  });

  it('accepts the numbers a dropdown generates from choicesMin and choicesMax', () => {
    const to = parsedPackWith((pack) => {
      pack.version = '2.0.0';
      Object.assign(elementNamed(pack, 'tan_suat'), { choicesMin: 1, choicesMax: 12 });
    });
    const plan = planDraftMove({ from: FROM, to, formId: FORM, data: { tan_suat: 12 } });
    expect(summary(plan)).toEqual([['kept', 'tan_suat', 'tan_suat', 12]]);
    const outside = planDraftMove({ from: FROM, to, formId: FORM, data: { tan_suat: 13 } });
    expect(summary(outside)).toEqual([['dropped', 'tan_suat', 'value-not-allowed', undefined]]);
  });
});
