import { useEffect, useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import { formatDateTime } from '@/utils/reviews/summaries';
import type { RoundReport, SeriesTrend } from '@/utils/rounds/report/types';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { routeHref } from '../../app/useHashRoute';
import { ViewHeading } from '../../app/ViewHeading';
import { useLocale, useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { FlaggedBars } from './FlaggedBars';
import { GroupTable } from './GroupTable';
import { ReportActions } from './ReportActions';
import { TrendTable } from './TrendTable';
import { useNumberText } from './useNumberText';
import '../rounds.css';
import './report.css';
import './report-print.css';

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'shown'; report: RoundReport };

/** `#/round/<id>/report`: the newest report of a round, laid out for the meeting and for A4. */
export default function ReportView(props: { roundId: string }) {
  const t = useT();
  const services = useRoundsServices();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [trend, setTrend] = useState<SeriesTrend | { error: unknown } | null>(null);
  useDocumentTitle(
    state.kind === 'shown'
      ? t('rounds.report.title', { label: state.report.round.label })
      : t('report.title'),
  );

  useEffect(() => {
    let current = true;
    services.latestReport(props.roundId).then(
      (report) => {
        if (!current) return;
        setState(report ? { kind: 'shown', report } : { kind: 'none' });
        // The trend is extra: a failure to read it leaves the report itself standing.
        report &&
          services.seriesTrend(report.round.seriesId).then(
            (found) => current && setTrend(found),
            (error: unknown) => current && setTrend({ error }),
          );
      },
      (error: unknown) => current && setState({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [services, props.roundId]);

  return (
    <>
      <header class="topbar">
        <a class="link" href={routeHref({ name: 'round', roundId: props.roundId })}>
          ← {t('rounds.report.backToRound')}
        </a>
      </header>
      <main class="report">
        {state.kind === 'loading' && (
          <p class="loading" role="status">
            {t('rounds.report.loading')}
          </p>
        )}
        {state.kind === 'none' && (
          <>
            <ViewHeading>{t('report.title')}</ViewHeading>
            <p>{t('rounds.report.none')}</p>
            <a class="button" href={routeHref({ name: 'round', roundId: props.roundId })}>
              {t('rounds.report.backToRound')}
            </a>
          </>
        )}
        {state.kind === 'failed' && (
          <>
            <ViewHeading>{t('report.title')}</ViewHeading>
            <RoundErrorNotice error={state.error} />
          </>
        )}
        {state.kind === 'shown' && (
          <>
            <ReportHeader report={state.report} />
            <ReportActions roundId={props.roundId} />
            <ReportBody report={state.report} />
            {trend && 'error' in trend ? (
              <RoundErrorNotice error={trend.error} />
            ) : trend ? (
              <TrendTable trend={trend} />
            ) : null}
            <MethodNote report={state.report} />
          </>
        )}
      </main>
    </>
  );
}

function ReportHeader(props: { report: RoundReport }) {
  const t = useT();
  const locale = useLocale();
  const text = useNumberText();
  const { report } = props;
  const { round, mode } = report;
  const truth =
    mode.kind === 'randomised'
      ? new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent' }).format(
          mode.truth,
        )
      : '';
  return (
    <header class="report__header">
      <ViewHeading>{t('rounds.report.title', { label: round.label })}</ViewHeading>
      <dl class="facts">
        <dt>{t('rounds.report.cell')}</dt>
        <dd>{round.cellName}</dd>
        <dt>{t('rounds.report.round')}</dt>
        <dd>{round.label}</dd>
        <dt>{t('rounds.report.series')}</dt>
        <dd>{round.seriesLabel}</dd>
        <dt>{t('rounds.report.form')}</dt>
        <dd>
          {t('rounds.report.formValue', {
            form: localize(report.formTitle, locale),
            version: report.pack.version,
          })}
        </dd>
        <dt>{t('rounds.report.date')}</dt>
        <dd>{formatDateTime(report.issuedAt, locale)}</dd>
        <dt>{t('rounds.report.mode')}</dt>
        <dd>
          {mode.kind === 'exact'
            ? t('rounds.report.modeExact', { k: mode.k })
            : t('rounds.report.modeRandomised', { k: mode.k, truth })}
        </dd>
        <dt>{t('rounds.report.count')}</dt>
        <dd>{t('rounds.report.countValue', { n: report.n, expected: round.expectedMembers })}</dd>
      </dl>
      {report.headline && (
        <p class="report__headline" data-testid="report-headline">
          {t('rounds.report.headline', { number: text(report.headline.number), n: report.n })}
        </p>
      )}
    </header>
  );
}

function ReportBody(props: { report: RoundReport }) {
  const t = useT();
  const locale = useLocale();
  const text = useNumberText();
  const { report } = props;
  const items = report.groups.flatMap((group) => group.items);
  const hidden = items.filter((item) =>
    item.values.some((value) => value.number.kind === 'hidden'),
  );
  return (
    <>
      {hidden.length > 0 && (
        <p class="notice report__hidden-note" data-testid="report-hidden-note">
          {t('rounds.report.hiddenNote', {
            hidden: hidden.length,
            total: items.length,
            n: report.n,
            k: report.mode.k,
          })}
        </p>
      )}
      {report.groups.map((group) => (
        <section
          class="report-section report-group"
          key={group.id}
          aria-labelledby={`g-${group.id}`}
        >
          <h2 id={`g-${group.id}`}>{localize(group.title, locale)}</h2>
          <GroupTable group={group} n={report.n} />
          <FlaggedBars group={group} n={report.n} />
        </section>
      ))}
      <section class="report-section" aria-labelledby="top-title">
        <h2 id="top-title">{t('rounds.report.top')}</h2>
        {report.top.length === 0 ? (
          <p>{t('rounds.report.topNone')}</p>
        ) : (
          <ol class="report__top">
            {report.top.map((entry) => (
              <li key={entry.name}>
                {localize(entry.title, locale)}: <strong>{text(entry.number)}</strong>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function MethodNote(props: { report: RoundReport }) {
  const t = useT();
  const { mode, n } = props.report;
  return (
    <section class="report-section report__method" aria-labelledby="method-title">
      <h2 id="method-title">{t('rounds.report.method')}</h2>
      <p>
        {mode.kind === 'exact'
          ? t('rounds.report.methodExact', { n, k: mode.k })
          : t('rounds.report.methodRandomised', { k: mode.k })}
      </p>
      <p>{t('rounds.report.methodNoIndividual')}</p>
    </section>
  );
}
