import { describe, expect, it } from 'vitest';
import { diffPacks } from './diff';
import type { Pack } from './schema';
import { elementNamed, parsedPackWith } from './testing/packs';

const OLDER = parsedPackWith();
/** The next version of the base pack, edited by `edit`. */
const newer = (edit: (pack: Pack) => void) =>
  parsedPackWith((pack) => {
    pack.version = '1.3.0';
    edit(pack);
  });
const firstForm = (older: Pack, next: Pack) => diffPacks(older, next).forms[0];
const group = (pack: Pack, id: string) => {
  const found = pack.forms[0]?.aggregate.groups.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no group ${id}`);
  return found;
};

describe('diffPacks', () => {
  it('reports every form unchanged when only the version differs', () => {
    const diff = diffPacks(
      OLDER,
      newer(() => {}),
    );
    expect(diff).toMatchObject({ id: 'mau-kiem-tra', fromVersion: '1.2.0', toVersion: '1.3.0' });
    expect(diff.forms.map((form) => [form.id, form.status, form.questions, form.groups])).toEqual([
      ['tu-kiem-diem', 'unchanged', [], []],
      ['y-kien', 'unchanged', [], []],
    ]);
  });

  it('reports added and removed questions with their titles', () => {
    const next = newer((pack) => {
      const elements = pack.forms[1]?.survey.elements as unknown[];
      elements.splice(1, 1);
      elements.push({
        type: 'text',
        name: 'de_xuat',
        title: { vi: 'Đề xuất', en: 'Proposal' },
      });
    });
    expect(diffPacks(OLDER, next).forms[1]).toMatchObject({
      status: 'changed',
      questions: [
        { kind: 'added', name: 'de_xuat', title: { vi: 'Đề xuất', en: 'Proposal' } },
        { kind: 'removed', name: 'gop_y', title: { vi: 'Góp ý & đề xuất' } },
      ],
    });
  });

  it('reports a question retitled when only its English title changed', () => {
    const next = newer((pack) => {
      elementNamed(pack, 'bh01').title = {
        vi: 'Phai nhạt lý tưởng cách mạng',
        en: 'Fading ideals',
      };
    });
    expect(firstForm(OLDER, next)?.questions).toEqual([
      {
        kind: 'retitled',
        name: 'bh01',
        before: { vi: 'Phai nhạt lý tưởng cách mạng', en: 'Fading revolutionary ideals' },
        after: { vi: 'Phai nhạt lý tưởng cách mạng', en: 'Fading ideals' },
      },
    ]);
  });

  it('reports a rename declared in the lineage as a rename, and its group as unchanged', () => {
    const renamed = (pack: Pack) => {
      elementNamed(pack, 'bh01').name = 'bh_01';
      group(pack, 'tu-tuong').questions = ['da_doc', 'bh_01'];
    };
    const withLineage = newer((pack) => {
      renamed(pack);
      pack.lineage = [
        { from: '1.2.0', forms: [{ id: 'tu-kiem-diem', renamed: { bh01: 'bh_01' } }] },
      ];
    });
    expect(firstForm(OLDER, withLineage)).toMatchObject({
      status: 'changed',
      questions: [{ kind: 'renamed', from: 'bh01', name: 'bh_01' }],
      groups: [],
    });
    // Without a lineage entry for 1.2.0, the same change is a removal and an addition.
    const withoutLineage = newer((pack) => {
      renamed(pack);
      pack.lineage = [
        { from: '1.1.0', forms: [{ id: 'tu-kiem-diem', renamed: { bh01: 'bh_01' } }] },
      ];
    });
    const form = firstForm(OLDER, withoutLineage);
    expect(form?.questions.map((change) => [change.kind, change.name])).toEqual([
      ['added', 'bh_01'],
      ['removed', 'bh01'],
    ]);
    expect(form?.groups).toEqual([
      {
        kind: 'changed',
        id: 'tu-tuong',
        title: group(OLDER, 'tu-tuong').title,
        questionsAdded: ['bh_01'],
        questionsRemoved: ['bh01'],
      },
    ]);
  });

  it('reports choice values added, removed, retitled and mapped by the lineage', () => {
    const next = newer((pack) => {
      elementNamed(pack, 'bh01').choices = [
        { value: 'khong', text: { vi: 'Không', en: 'No' } },
        { value: 'co', text: { vi: 'Có biểu hiện', en: 'Yes' } },
        { value: 'ro_net', text: { vi: 'Rõ nét', en: 'Clearly' } },
      ];
      elementNamed(pack, 'linh_vuc').choices = ['hoc_tap', 'cong_tac'];
      pack.lineage = [
        { from: '1.2.0', forms: [{ id: 'tu-kiem-diem', choices: { bh01: { mot_phan: 'co' } } }] },
      ];
    });
    expect(firstForm(OLDER, next)?.questions).toEqual([
      {
        kind: 'choices',
        name: 'bh01',
        title: { vi: 'Phai nhạt lý tưởng cách mạng', en: 'Fading revolutionary ideals' },
        added: [{ value: 'ro_net', text: { vi: 'Rõ nét', en: 'Clearly' } }],
        removed: [],
        retitled: [
          {
            value: 'khong',
            before: { vi: 'Không có', en: 'No' },
            after: { vi: 'Không', en: 'No' },
          },
        ],
        mapped: [
          {
            from: { value: 'mot_phan', text: { vi: 'Có một phần', en: 'Partly' } },
            to: { value: 'co', text: { vi: 'Có biểu hiện', en: 'Yes' } },
          },
        ],
      },
      {
        kind: 'choices',
        name: 'linh_vuc',
        title: { vi: 'Lĩnh vực cần cải thiện' },
        added: [],
        removed: [{ value: 'sinh_hoat', text: { vi: 'sinh_hoat' } }],
        retitled: [],
        mapped: [],
      },
    ]);
  });

  it('reports aggregate groups added, removed, retitled and questions moved between them', () => {
    const next = newer((pack) => {
      const groups = pack.forms[0]?.aggregate.groups ?? [];
      groups[0] = { ...group(pack, 'tu-tuong'), questions: ['da_doc'] };
      groups[1] = { id: 'sinh-hoat', title: { vi: 'Sinh hoạt' }, questions: ['tan_suat'] };
      groups.push({
        id: 'khac',
        title: { vi: 'Khác' },
        questions: ['bh01', 'linh_vuc', 'tu_danh_gia'],
      });
      group(pack, 'tu-tuong').title = { vi: 'Tư tưởng' };
    });
    expect(firstForm(OLDER, next)?.groups).toEqual([
      {
        kind: 'changed',
        id: 'tu-tuong',
        title: { vi: 'Tư tưởng' },
        titleBefore: { vi: 'Tư tưởng chính trị', en: 'Political ideology' },
        questionsAdded: [],
        questionsRemoved: ['bh01'],
      },
      { kind: 'added', id: 'sinh-hoat', title: { vi: 'Sinh hoạt' }, questions: ['tan_suat'] },
      {
        kind: 'added',
        id: 'khac',
        title: { vi: 'Khác' },
        questions: ['bh01', 'linh_vuc', 'tu_danh_gia'],
      },
      {
        kind: 'removed',
        id: 'chung',
        title: { vi: 'Đánh giá chung' },
        questions: ['linh_vuc', 'tan_suat', 'tu_danh_gia'],
      },
    ]);
  });

  it('reports forms added and removed, and a form retitled', () => {
    const next = newer((pack) => {
      const [first, second] = pack.forms;
      if (!first || !second) throw new Error('the base has two forms');
      first.title = { vi: 'Bản tự kiểm điểm' };
      pack.forms = [first, { ...second, id: 'gop-y' }];
    });
    expect(diffPacks(OLDER, next).forms.map((form) => [form.id, form.status])).toEqual([
      ['tu-kiem-diem', 'changed'],
      ['gop-y', 'added'],
      ['y-kien', 'removed'],
    ]);
    expect(firstForm(OLDER, next)?.retitled).toEqual({
      before: { vi: 'Tự kiểm điểm', en: 'Self-review' },
      after: { vi: 'Bản tự kiểm điểm' },
    });
  });

  it('marks a form changed with otherChanges when only a condition changed', () => {
    const next = newer((pack) => {
      elementNamed(pack, 'bh01_ghi_chu').visibleIf = '{bh01} = co';
    });
    expect(firstForm(OLDER, next)).toMatchObject({
      status: 'changed',
      questions: [],
      groups: [],
      otherChanges: true,
    });
  });

  it('matches names after NFC normalisation', () => {
    const nfd = 'câu_hỏi'.normalize('NFD');
    const older = parsedPackWith((pack) => {
      elementNamed(pack, 'gop_y', 1).name = nfd;
    });
    const next = newer((pack) => {
      elementNamed(pack, 'gop_y', 1).name = 'câu_hỏi'.normalize('NFC');
    });
    expect(diffPacks(older, next).forms[1]?.questions).toEqual([]);
  });
});
