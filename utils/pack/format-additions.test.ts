import { describe, expect, it } from 'vitest';
import type { PackIssue, PackValidationResult } from './issues';
import { parentMappingIssues } from './rules/parent-mapping';
import type { Pack } from './schema';
import { BASE_ITEMS, childPackWith, elementNamed, parsedPackWith } from './testing/packs';
import { validatePack } from './validate';

const VIETNAMESE = /[àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function pairs(issues: PackIssue[]): Array<[string, string]> {
  for (const issue of issues) {
    expect(issue.vi).toMatch(VIETNAMESE);
    expect(issue.en).not.toBe(issue.vi);
  }
  return issues.map((issue) => [issue.path, issue.code]);
}

function issuesOf(pack: Pack): Array<[string, string]> {
  const result: PackValidationResult = validatePack(pack);
  return result.ok ? [] : pairs(result.issues);
}

const FORM = 'tu-kiem-diem';
const REPLACED_BY = { number: '207-QĐ/TW', date: '2026-07-26' };
const ITEMS = BASE_ITEMS;
const withParent = childPackWith;

describe('source status', () => {
  it('accepts a source in force, and a replaced one that names its replacement', () => {
    const pack = parsedPackWith((next) => {
      const [source] = next.sources;
      if (source)
        next.sources = [
          { ...source, status: 'in-force' },
          { ...source, status: 'replaced', replacedBy: REPLACED_BY },
        ];
    });
    expect(issuesOf(pack)).toEqual([]);
  });

  it('requires replacedBy exactly when the status is "replaced"', () => {
    const pack = parsedPackWith((next) => {
      const [source] = next.sources;
      if (source) {
        next.sources = [
          { ...source, status: 'replaced' },
          { ...source, replacedBy: REPLACED_BY },
          { ...source, status: 'in-force', replacedBy: { ...REPLACED_BY, url: 'http://x.org' } },
        ];
      }
    });
    expect(issuesOf(pack)).toEqual([['$.sources[2].replacedBy.url', 'envelope.https-url']]);
    const fixed = parsedPackWith((next) => {
      const [source] = next.sources;
      if (source)
        next.sources = [
          { ...source, status: 'replaced' },
          { ...source, replacedBy: REPLACED_BY },
        ];
    });
    expect(issuesOf(fixed)).toEqual([
      ['$.sources[0]', 'source.replaced-by-missing'],
      ['$.sources[1].replacedBy', 'source.replaced-by-unexpected'],
    ]);
  });
});

describe('lineage', () => {
  const withLineage = (lineage: Pack['lineage']) =>
    parsedPackWith((pack) => {
      pack.lineage = lineage;
    });

  it('accepts renames, value maps and removals that fit this version', () => {
    const pack = withLineage([
      {
        from: '1.1.0',
        forms: [
          {
            id: FORM,
            renamed: { bh_01: 'bh01', 'linh vực': 'linh_vuc' },
            choices: {
              bh01: { mot_phan: 'co', it: 'mot_phan' },
              tu_danh_gia: { '6': 5 },
              ghi_chu_ngan: { a: 'b' },
            },
            removed: ['cau_cu'],
          },
        ],
      },
      { from: '1.2.0-rc.1', forms: [{ id: 'y-kien' }] },
    ]);
    expect(issuesOf(pack)).toEqual([]);
  });

  it('takes only earlier versions, each once', () => {
    const pack = withLineage([
      { from: '1.2.0', forms: [{ id: FORM }] },
      { from: '1.10.0', forms: [{ id: FORM }] },
      { from: '1.1.0', forms: [{ id: FORM }] },
      { from: '1.1.0', forms: [{ id: 'y-kien' }] },
    ]);
    expect(issuesOf(pack)).toEqual([
      ['$.lineage[0].from', 'lineage.from-not-earlier'],
      ['$.lineage[1].from', 'lineage.from-not-earlier'],
      ['$.lineage[3].from', 'lineage.from-duplicate'],
    ]);
  });

  it('names forms of this pack, each once per entry', () => {
    const pack = withLineage([
      { from: '1.0.0', forms: [{ id: 'khong-co' }, { id: FORM }, { id: FORM }] },
    ]);
    expect(issuesOf(pack)).toEqual([
      ['$.lineage[0].forms[2].id', 'lineage.form-duplicate'],
      ['$.lineage[0].forms[0].id', 'lineage.form-unknown'],
    ]);
  });

  it('names questions and choice values of this version, and removes only what is gone', () => {
    const pack = withLineage([
      {
        from: '1.0.0',
        forms: [
          {
            id: FORM,
            renamed: { bh01_cu: 'bh_01' },
            choices: {
              bh_01: { a: 'b' },
              bh01: { mot_phan: 'it', khong: 'khong' },
              linh_vuc: { x: 'hoc_tap' },
            },
            removed: ['cau_cu', 'tan_suat'],
          },
        ],
      },
    ]);
    expect(issuesOf(pack)).toEqual([
      ['$.lineage[0].forms[0].renamed.bh01_cu', 'lineage.question-unknown'],
      ['$.lineage[0].forms[0].choices.bh_01', 'lineage.question-unknown'],
      ['$.lineage[0].forms[0].choices.bh01.mot_phan', 'lineage.choice-unknown'],
      ['$.lineage[0].forms[0].removed[1]', 'lineage.removed-still-present'],
    ]);
  });

  it('compares names after NFC normalisation', () => {
    const pack = parsedPackWith((next) => {
      elementNamed(next, 'gop_y', 1).name = 'góp_ý'.normalize('NFD');
      next.lineage = [
        { from: '1.0.0', forms: [{ id: 'y-kien', removed: ['góp_ý'.normalize('NFC')] }] },
      ];
    });
    expect(issuesOf(pack)).toEqual([
      ['$.lineage[0].forms[0].removed[0]', 'lineage.removed-still-present'],
    ]);
  });

  it('rejects unknown keys and a from that is not semver', () => {
    const pack = withLineage([{ from: 'v1', forms: [{ id: FORM, renamd: {} } as never] }]);
    expect(issuesOf(pack)).toEqual([
      ['$.lineage[0].from', 'envelope.semver'],
      ['$.lineage[0].forms[0].renamd', 'envelope.unknown-key'],
    ]);
  });
});

describe('parent mapping in the file', () => {
  it('accepts a form whose every aggregated question is mapped', () => {
    expect(issuesOf(withParent())).toEqual([]);
  });

  it('maps forms of this pack, once each, from aggregated questions only, all of them', () => {
    const { tan_suat: _, ...withoutOne } = ITEMS;
    const pack = withParent({ ...withoutOne, ghi_chu_ngan: 'x', khong_co: 'y' }, (next) => {
      const mapping = next.parent?.forms[0];
      if (next.parent && mapping) {
        next.parent.forms.push({ ...mapping }, { id: 'khong-co', parentForm: FORM, items: {} });
      }
    });
    expect(issuesOf(pack)).toEqual([
      ['$.parent.forms[0].items.ghi_chu_ngan', 'parent.item-not-aggregated'],
      ['$.parent.forms[0].items.khong_co', 'parent.item-not-aggregated'],
      ['$.parent.forms[0].items', 'parent.item-unmapped'],
      ['$.parent.forms[2].id', 'parent.form-unknown'],
      ['$.parent.forms[1].id', 'parent.form-duplicate'],
    ]);
  });
});

describe('parentMappingIssues', () => {
  const PARENT = parsedPackWith();

  it('finds nothing when every item maps to an aggregated parent question with the same values', () => {
    expect(parentMappingIssues(withParent(), PARENT)).toEqual([]);
  });

  it('reports a parent form that does not exist', () => {
    const child = withParent(ITEMS, (pack) => {
      const mapping = pack.parent?.forms[0];
      if (mapping) mapping.parentForm = 'khong-co';
    });
    expect(pairs(parentMappingIssues(child, PARENT))).toEqual([
      ['$.parent.forms[0].parentForm', 'parent.parent-form-unknown'],
    ]);
  });

  it('reports parent questions missing or not aggregated, and values the parent lacks', () => {
    const child = withParent({
      ...ITEMS,
      da_doc: 'khong_co',
      bh01: 'ghi_chu_ngan',
      linh_vuc: 'tan_suat',
    });
    expect(pairs(parentMappingIssues(child, PARENT))).toEqual([
      ['$.parent.forms[0].items.da_doc', 'parent.parent-question-unknown'],
      ['$.parent.forms[0].items.bh01', 'parent.parent-question-not-aggregated'],
      ['$.parent.forms[0].items.linh_vuc', 'parent.choice-incompatible'],
    ]);
  });

  it('names the child values the parent question lacks', () => {
    const child = withParent(ITEMS, (pack) => {
      elementNamed(pack, 'bh01').choices = ['khong', 'co', 'ro_net'];
    });
    const [issue] = parentMappingIssues(child, PARENT);
    expect(issue?.en).toContain('"ro_net"');
    expect(issue?.en).not.toContain('"khong"');
  });
});
