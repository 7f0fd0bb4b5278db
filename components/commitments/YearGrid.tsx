import { monthsOf } from '@/utils/commitments/months';
import type { YearGridRow } from '@/utils/commitments/year-grid';
import { routeHref } from '../app/useHashRoute';
import { useLocale, useT } from '../i18n';
import { monthLabel, monthShortLabel } from './month-label';

const MARK = { 'da-lam': '✓', 'dang-lam': '◐', 'chua-lam': '✗' } as const;

/** Tasks × months of a year; each month's header opens that month's check. */
export function YearGrid(props: { registrationId: string; year: number; rows: YearGridRow[] }) {
  const t = useT();
  const locale = useLocale();
  const months = monthsOf(props.year);
  return (
    <div class="table-scroll">
      <table class="data-table year-grid">
        <caption>{t('commitments.grid.caption', { year: props.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('commitments.grid.task')}</th>
            {months.map((month) => (
              <th scope="col" key={month}>
                <a
                  class="link"
                  href={routeHref({
                    name: 'commitment-month',
                    registrationId: props.registrationId,
                    month,
                  })}
                >
                  <span aria-hidden="true">{monthShortLabel(month, locale)}</span>
                  <span class="visually-hidden">
                    {t('commitments.checkMonth', { month: monthLabel(month, locale) })}
                  </span>
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.task}>
              <th scope="row">{row.task}</th>
              {row.months.map((status, index) => {
                const text = t(status ? `commitments.status.${status}` : 'commitments.status.none');
                return (
                  <td
                    key={months[index]}
                    class={`year-grid__cell year-grid__cell--${status ?? 'none'}`}
                  >
                    <span aria-hidden="true">{status ? MARK[status] : '—'}</span>
                    <span class="visually-hidden">{text}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
