import { type MessageKey, translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import { localize } from '../../pack/localize';
import { formatCount, formatReportNumber } from './format';
import type { ReportNumber, RoundReport, SeriesTrend } from './types';

export interface CsvOptions {
  /** ';' for spreadsheets whose locale uses the decimal comma (Excel in Vietnamese). */
  separator: ',' | ';';
  locale: Locale;
}

/**
 * The report as CSV for a spreadsheet: U+FEFF first (so Excel reads UTF-8), CRLF line ends,
 * RFC 4180 quoting. A block naming the cell, round, pack, n, mode and k comes first, then one
 * row per headline, group indicator, item value and item flagged number, then the trend if
 * given. Only published numbers appear: the same ones as on screen.
 */
export function reportCsv(report: RoundReport, options: CsvOptions, trend?: SeriesTrend): string {
  const { locale } = options;
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const text = (value: { vi: string; en?: string }) => localize(value, locale);
  const { round, mode } = report;
  const rows: string[][] = [
    [t('report.csv.cell'), round.cellName],
    [t('report.csv.round'), round.label],
    [t('report.csv.series'), round.seriesLabel],
    [
      t('report.csv.pack'),
      t('report.csv.packValue', { title: text(report.packTitle), version: report.pack.version }),
    ],
    [t('report.csv.form'), text(report.formTitle)],
    [
      t('report.csv.contributions'),
      t('report.csv.contributionsValue', {
        n: formatCount(report.n, locale),
        expected: formatCount(round.expectedMembers, locale),
      }),
    ],
    [
      t('report.csv.mode'),
      t(mode.kind === 'exact' ? 'report.mode.exact' : 'report.mode.randomised'),
    ],
    [t('report.csv.k'), formatCount(mode.k, locale)],
  ];
  if (mode.kind === 'randomised') {
    rows.push([
      t('report.csv.truth'),
      new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(mode.truth),
    ]);
  }
  const estimates = mode.kind === 'randomised';
  const numberCells = (number: ReportNumber): string[] => {
    const cells = [formatReportNumber(number, locale)];
    if (!estimates) return cells;
    if (number.kind !== 'estimate') return [...cells, '', '', ''];
    return [
      ...cells,
      ...[number.value, number.low, number.high].map((v) => formatCount(v, locale)),
    ];
  };
  rows.push(
    [''],
    [
      t('report.csv.group'),
      t('report.csv.item'),
      t('report.csv.answer'),
      t('report.csv.persons'),
      ...(estimates ? [t('report.csv.estimate'), t('report.csv.low'), t('report.csv.high')] : []),
    ],
  );
  if (report.headline) {
    rows.push([
      t('report.csv.all'),
      text(report.headline.title),
      t('report.csv.indicator'),
      ...numberCells(report.headline.number),
    ]);
  }
  for (const group of report.groups) {
    const groupTitle = text(group.title);
    if (group.indicator) {
      rows.push([groupTitle, '', t('report.csv.indicator'), ...numberCells(group.indicator)]);
    }
    for (const item of group.items) {
      for (const value of item.values) {
        rows.push([groupTitle, text(item.title), text(value.text), ...numberCells(value.number)]);
      }
      if (item.flagged) {
        rows.push([
          groupTitle,
          text(item.title),
          t('report.csv.flagged'),
          ...numberCells(item.flagged),
        ]);
      }
    }
  }
  if (trend) rows.push([''], ...trendRows(trend, options));
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, options.separator)).join(options.separator)).join('\r\n')}\r\n`;
}

function trendRows(trend: SeriesTrend, { locale }: CsvOptions): string[][] {
  const t = (key: MessageKey) => translate(locale, key);
  const text = (value: { vi: string; en?: string }) => localize(value, locale);
  const numbers = (list: ReadonlyArray<ReportNumber | undefined>) =>
    list.map((number) => (number ? formatReportNumber(number, locale) : ''));
  const groupTitle = new Map(trend.groups.map((group) => [group.id, text(group.title)]));
  const rows: string[][] = [
    [t('report.csv.trend')],
    [t('report.csv.group'), t('report.csv.item'), ...trend.rounds.map((round) => round.label)],
    [
      '',
      t('report.csv.contributions'),
      ...trend.rounds.map((round) => formatCount(round.n, locale)),
    ],
  ];
  if (trend.headline) {
    rows.push([
      t('report.csv.all'),
      text(trend.headline.title),
      ...numbers(trend.headline.numbers),
    ]);
  }
  for (const group of trend.groups) {
    if (group.indicator)
      rows.push([text(group.title), t('report.csv.indicator'), ...numbers(group.indicator)]);
  }
  for (const item of trend.items) {
    rows.push([groupTitle.get(item.groupId) ?? '', text(item.title), ...numbers(item.flagged)]);
  }
  return rows;
}

/**
 * One CSV field. Text that a spreadsheet would run as a formula (= + - @, tab, CR first: pack
 * and round text is anyone's) gets an apostrophe in front; then RFC 4180 quoting.
 */
export function csvField(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (!safe.includes(separator) && !/["\r\n]/.test(safe)) return safe;
  return `"${safe.replaceAll('"', '""')}"`;
}
