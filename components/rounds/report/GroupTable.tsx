import { localize } from '@/utils/pack/localize';
import type { ReportGroup, ReportItem } from '@/utils/rounds/report/types';
import { useLocale, useT } from '../../i18n';
import { useNumberText } from './useNumberText';

/**
 * One group of the report: its subtotal, then a row per item with a column per answer value.
 * A row the privacy rules hid shows one sentence in place of all its values.
 */
export function GroupTable(props: { group: ReportGroup; n: number }) {
  const t = useT();
  const locale = useLocale();
  const text = useNumberText();
  const { group } = props;
  const title = localize(group.title, locale);
  const columns = (group.items[0]?.values ?? []).map((value) => localize(value.text, locale));
  const withFlagged = group.items.some((item) => item.flagged !== undefined);
  const fits = (item: ReportItem) =>
    item.values.length === columns.length &&
    item.values.every((value, index) => localize(value.text, locale) === columns[index]);

  return (
    <>
      {group.indicator && (
        <p class="report__subtotal">
          {t('rounds.report.groupIndicator', { number: text(group.indicator), n: props.n })}
        </p>
      )}
      <div class="table-scroll">
        <table class="data-table report-table">
          <caption>{t('rounds.report.tableCaption', { group: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rounds.report.item')}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
              {withFlagged && <th scope="col">{t('rounds.report.flagged')}</th>}
            </tr>
          </thead>
          <tbody>
            {group.items.map((item) => (
              <tr key={item.name}>
                <th scope="row">{localize(item.title, locale)}</th>
                {item.values.some((value) => value.number.kind === 'hidden') ? (
                  <td colSpan={columns.length} class="report-table__hidden">
                    {t('rounds.report.hidden')}
                  </td>
                ) : fits(item) ? (
                  item.values.map((value) => (
                    <td key={localize(value.text, locale)} class="num">
                      {text(value.number)}
                    </td>
                  ))
                ) : (
                  // An item with other answer values than the group's first: named in place.
                  <td colSpan={columns.length}>
                    {item.values
                      .map((value) => `${localize(value.text, locale)}: ${text(value.number)}`)
                      .join(' · ')}
                  </td>
                )}
                {withFlagged && <td class="num">{item.flagged ? text(item.flagged) : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
