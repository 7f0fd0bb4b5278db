import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/reviews/summaries';
import type { RoundList, RoundSummary } from '@/utils/rounds/service/types';
import { BackBar } from '../../app/BackBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { routeHref } from '../../app/useHashRoute';
import { ViewHeading } from '../../app/ViewHeading';
import { useLocale, useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { formVersionText } from './format';
import './rounds.css';

/** `#/rounds`: the secretary's rounds, newest first, and the ways to start one. */
export default function RoundsListView() {
  const t = useT();
  const services = useRoundsServices();
  const [list, setList] = useState<RoundList | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('rounds.title'));

  useEffect(() => {
    services.listRounds().then(setList, setError);
  }, [services]);

  return (
    <>
      <BackBar />
      <main class="rounds">
        <ViewHeading>{t('rounds.title')}</ViewHeading>
        <p>{t('rounds.secretary.list.intro')}</p>
        <div class="actions">
          <a class="button button--primary" href={routeHref({ name: 'round-new' })}>
            {t('rounds.secretary.list.new')}
          </a>
          <a class="button" href={routeHref({ name: 'round-restore' })}>
            {t('rounds.secretary.list.restore')}
          </a>
        </div>
        <section class="section" aria-label={t('rounds.secretary.list.label')}>
          {error ? (
            <RoundErrorNotice error={error} />
          ) : !list ? (
            <p class="loading" role="status">
              {t('app.loading')}
            </p>
          ) : (
            <>
              {list.unreadable > 0 && (
                <p class="notice notice--warning">
                  {t('rounds.secretary.list.unreadable', { count: list.unreadable })}
                </p>
              )}
              {list.rounds.length === 0 ? (
                <p class="empty">{t('rounds.secretary.list.empty')}</p>
              ) : (
                <ul class="cards">
                  {list.rounds.map((round) => (
                    <li key={round.round.id}>
                      <RoundCard round={round} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      </main>
    </>
  );
}

function RoundCard(props: { round: RoundSummary }) {
  const t = useT();
  const locale = useLocale();
  const { round } = props;
  const titleId = `round-${round.round.id}`;
  return (
    <article class="card" aria-labelledby={titleId}>
      <div class="round-list__head">
        <h2 class="round-list__title" id={titleId}>
          <a class="link" href={routeHref({ name: 'round', roundId: round.round.id })}>
            {round.round.label}
          </a>
        </h2>
        <RoundBadges round={round} />
      </div>
      <p class="meta">{round.round.cellName}</p>
      <p class="meta">{formVersionText(t, locale, round)}</p>
      <p class="meta">
        {t('rounds.secretary.list.created', { date: formatDateTime(round.createdAt, locale) })}
      </p>
      <p>
        {t('rounds.common.received', {
          received: round.received,
          expected: round.round.expectedMembers,
        })}
      </p>
    </article>
  );
}

/** Where the round stands: its key not yet backed up, collecting, or reported. */
function RoundBadges(props: { round: RoundSummary }) {
  const t = useT();
  const { round } = props;
  return (
    <p class="badges">
      {!round.keyBackupSaved && (
        <span class="badge badge--warn">{t('rounds.secretary.badge.keyNotSaved')}</span>
      )}
      {round.reportCount > 0 ? (
        <span class="badge badge--done">{t('rounds.secretary.badge.reported')}</span>
      ) : (
        <span class="badge badge--draft">{t('rounds.secretary.badge.collecting')}</span>
      )}
    </p>
  );
}
