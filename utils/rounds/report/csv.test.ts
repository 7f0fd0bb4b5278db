import { describe, expect, it } from 'vitest';
import { csvField, reportCsv } from './csv';
import { reportOf, SAMPLE_ROWS } from './test-fixtures';
import { seriesTrend } from './trend';

const ROWS = SAMPLE_ROWS;

describe('reportCsv', () => {
  const { report } = reportOf({ kind: 'exact', k: 5 }, ROWS);

  it('writes the Vietnamese exact-mode report: BOM, CRLF, block, rows, guarded and quoted', () => {
    const csv = reportCsv(report, { separator: ',', locale: 'vi' });
    expect(csv.startsWith('\uFEFFChi bộ,Chi bộ Khu phố 3\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(0, 11)).toEqual([
      'Chi bộ,Chi bộ Khu phố 3',
      'Đợt,Tự soi round-1',
      'Loạt,Tự soi 2026',
      'Bộ biểu mẫu,"Tự soi 27 biểu hiện, phiên bản 1.2.0"',
      'Biểu mẫu,Bảng tự soi',
      'Số tệp đóng góp,20 / 22 dự kiến',
      'Chế độ,"Số đếm chính xác, số nhỏ hiện theo khoảng"',
      'Ngưỡng k,5',
      '',
      'Nhóm,Biểu hiện,Câu trả lời,Số người',
      'Toàn chi bộ,Đảng viên tự nhận có ít nhất một biểu hiện,Có ít nhất một biểu hiện,10',
    ]);
    expect(lines).toContain('Tư tưởng chính trị,Phai nhạt lý tưởng,Một phần,ẩn');
    expect(lines).toContain("Tư tưởng chính trị,'=Nói không đi đôi với làm,Không,16–20");
    expect(lines).toContain('"Đạo đức, lối sống","Vi phạm, ""có dấu hiệu""",Khác; chưa rõ,1–4');
    expect(lines).toContain(
      '"Đạo đức, lối sống","Vi phạm, ""có dấu hiệu""",Có biểu hiện (một phần hoặc đầy đủ),6',
    );
    // 11 + 1 group indicator + 5 + 5 (bh1, bh2) + 1 group indicator + 3 (bh3) + final empty.
    expect(lines).toHaveLength(11 + 1 + 10 + 1 + 3 + 1);
  });

  it('adds the estimate columns and t in randomised mode, with ";" as separator', () => {
    const randomised = reportOf({ kind: 'randomised', k: 5, truth: 0.75 }, ROWS).report;
    const lines = reportCsv(randomised, { separator: ';', locale: 'vi' }).slice(1).split('\r\n');
    expect(lines).toContain('Xác suất trả lời thật t;0,75');
    expect(lines).toContain(
      'Nhóm;Biểu hiện;Câu trả lời;Số người;Ước tính;Khoảng tin cậy 95 % (thấp);Khoảng tin cậy 95 % (cao)',
    );
    expect(lines).toContain(
      'Toàn chi bộ;Đảng viên tự nhận có ít nhất một biểu hiện;Có ít nhất một biểu hiện;≈ 10 (2–18);10;2;18',
    );
    expect(lines).toContain(
      'Đạo đức, lối sống;"Vi phạm, ""có dấu hiệu""";"Khác; chưa rõ";≈ 0 (0–6);0;0;6',
    );
  });

  it('appends the trend when given', () => {
    const lines = reportCsv(report, { separator: ',', locale: 'en' }, seriesTrend([report]))
      .slice(1)
      .split('\r\n');
    const start = lines.indexOf('Trend across rounds');
    expect(lines.slice(start, start + 4)).toEqual([
      'Trend across rounds',
      'Group,Manifestation,Tự soi round-1',
      ',Contribution files,20',
      'Whole cell,Đảng viên tự nhận có ít nhất một biểu hiện,10',
    ]);
    expect(lines).toContain('Tư tưởng chính trị,Phai nhạt lý tưởng,hidden');
  });
});

describe('csvField', () => {
  it('quotes per RFC 4180 and guards formulas', () => {
    expect(csvField('plain', ',')).toBe('plain');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvField('cr\rhere', ',')).toBe('"cr\rhere"');
    for (const start of ['=', '+', '-', '@'])
      expect(csvField(`${start}1+1`, ',')).toBe(`'${start}1+1`);
    expect(csvField('=HYPERLINK("x","y")', ',')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });
});
