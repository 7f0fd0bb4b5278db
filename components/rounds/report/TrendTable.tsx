import { Fragment } from 'preact';
import { localize } from '@/utils/pack/localize';
import type { ReportNumber, SeriesTrend } from '@/utils/rounds/report/types';
import { useLocale, useT } from '../../i18n';
import { useNumberText } from './useNumberText';

/**
 * The series' rounds side by side, oldest first: the headline, then per group its subtotal and
 * each item's flagged number.
 */
export function TrendTable(props: { trend: SeriesTrend }) {
  const t = useT();
  const locale = useLocale();
  const text = useNumberText();
  const { trend } = props;
  const cell = (number: ReportNumber | undefined, index: number) => (
    <td key={trend.rounds[index]?.roundId ?? index} class="num">
      {number ? text(number) : <span class="meta">{t('rounds.report.trendMissing')}</span>}
    </td>
  );
  return (
    <section class="report-section" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('rounds.report.trend', { series: trend.seriesLabel })}</h2>
      {trend.rounds.length < 2 ? (
        <p>{t('rounds.report.trendFirst')}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table report-table">
            <caption>{t('rounds.report.trendCaption', { last: trend.rounds.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.report.trendRow')}</th>
                {trend.rounds.map((round, index) => (
                  <th scope="col" key={round.roundId}>
                    {t('rounds.report.trendRound', {
                      index: index + 1,
                      label: round.label,
                      n: round.n,
                    })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.headline && (
                <tr class="report-table__headline">
                  <th scope="row">{localize(trend.headline.title, locale)}</th>
                  {trend.headline.numbers.map(cell)}
                </tr>
              )}
              {trend.groups.map((group) => (
                <Fragment key={group.id}>
                  <tr class="report-table__group">
                    <th scope="row">
                      {group.indicator
                        ? t('rounds.report.trendGroup', { group: localize(group.title, locale) })
                        : localize(group.title, locale)}
                    </th>
                    {trend.rounds.map((round, index) =>
                      group.indicator ? (
                        cell(group.indicator[index], index)
                      ) : (
                        <td key={round.roundId} />
                      ),
                    )}
                  </tr>
                  {trend.items
                    .filter((item) => item.groupId === group.id)
                    .map((item) => (
                      <tr key={item.name}>
                        <th scope="row">{localize(item.title, locale)}</th>
                        {item.flagged.map(cell)}
                      </tr>
                    ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
