import { useEffect, useState } from 'preact/hooks';
import { compareReviews } from '@/utils/history/compare';
import { type HistoryEntry, type HistorySeries, memberHistory } from '@/utils/history/service';
import { localize } from '@/utils/pack/localize';
import { formatDateTime } from '@/utils/reviews/summaries';
import { BackBar } from '../app/BackBar';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { routeHref } from '../app/useHashRoute';
import { ViewHeading } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { HistoryChart } from './HistoryChart';
import './history.css';

/** `#/history`: the member's own reviews over time, per series, and any two side by side. */
export default function HistoryView() {
  const t = useT();
  const [series, setSeries] = useState<HistorySeries[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('history.title'));

  useEffect(() => {
    memberHistory().then(setSeries, setError);
  }, []);

  return (
    <>
      <BackBar />
      <main class="history">
        <ViewHeading>{t('history.title')}</ViewHeading>
        <p>{t('history.intro')}</p>
        {error ? (
          <StorageErrorNotice error={error} />
        ) : !series ? (
          <p class="loading" role="status">
            {t('app.loading')}
          </p>
        ) : series.length === 0 ? (
          <p class="empty">{t('history.none')}</p>
        ) : (
          series.map((one) => <SeriesSection key={one.key} series={one} />)
        )}
      </main>
    </>
  );
}

function SeriesSection(props: { series: HistorySeries }) {
  const t = useT();
  const locale = useLocale();
  const { series } = props;
  const entries = series.entries;
  const items = series.form.aggregate.groups.reduce(
    (sum, group) => sum + group.questions.length,
    0,
  );
  const labelOf = (entry: HistoryEntry) =>
    entry.roundLabel ?? formatDateTime(entry.completedAt, locale);
  const [from, setFrom] = useState(Math.max(entries.length - 2, 0));
  const [to, setTo] = useState(entries.length - 1);
  const titleId = `series-${series.key}`;
  const title = localize(series.title, locale);
  return (
    <section class="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <HistoryChart
        entries={entries}
        items={items}
        title={t('history.chartTitle', { series: title })}
      />
      <ol class="history__entries">
        {entries.map((entry, index) => (
          <li key={entry.responseId}>
            {t('history.entry', {
              index: index + 1,
              label: labelOf(entry),
              count: entry.flagged,
              items,
            })}{' '}
            <a class="link" href={routeHref({ name: 'review', responseId: entry.responseId })}>
              {t('history.open')}
            </a>
          </li>
        ))}
      </ol>
      {entries.length > 1 && (
        <Comparison
          series={series}
          from={from}
          to={to}
          labelOf={labelOf}
          onFrom={setFrom}
          onTo={setTo}
        />
      )}
    </section>
  );
}

function Comparison(props: {
  series: HistorySeries;
  from: number;
  to: number;
  labelOf(entry: HistoryEntry): string;
  onFrom(index: number): void;
  onTo(index: number): void;
}) {
  const t = useT();
  const locale = useLocale();
  const { series } = props;
  const before = series.entries[props.from];
  const after = series.entries[props.to];
  const changes = before && after ? compareReviews(series.form, before.data, after.data) : [];
  const picker = (label: string, value: number, onChange: (index: number) => void) => (
    <label>
      <span>{label}</span>
      <select
        value={String(value)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {series.entries.map((entry, index) => (
          <option key={entry.responseId} value={String(index)}>
            {t('history.option', { index: index + 1, label: props.labelOf(entry) })}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="history__compare">
      <h3>{t('history.compare')}</h3>
      <div class="history__pickers">
        {picker(t('history.before'), props.from, props.onFrom)}
        {picker(t('history.after'), props.to, props.onTo)}
      </div>
      {changes.length === 0 ? (
        <p>{t('history.noChange')}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table">
            <caption>{t('history.changes', { count: changes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.item')}</th>
                <th scope="col">{t('history.before')}</th>
                <th scope="col">{t('history.after')}</th>
                <th scope="col">{t('history.change')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.name} class={`history__change--${change.change}`}>
                  <th scope="row">{localize(change.title, locale)}</th>
                  <td>{localize(change.before, locale)}</td>
                  <td>{localize(change.after, locale)}</td>
                  <td>{t(`history.${change.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
