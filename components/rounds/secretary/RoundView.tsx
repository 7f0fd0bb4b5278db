import { useEffect, useState } from 'preact/hooks';
import type { RoundSummary } from '@/utils/rounds/service/types';
import { BackBar } from '../../app/BackBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { routeHref } from '../../app/useHashRoute';
import { ViewHeading } from '../../app/ViewHeading';
import { useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { CollectStep } from './CollectStep';
import { InvitationStep } from './InvitationStep';
import { KeySafetyStep } from './KeySafetyStep';
import { ReportStep } from './ReportStep';
import { RoundOverview } from './RoundOverview';
import './rounds.css';

/** `#/round/<id>`: one round, from its key's safety to its report, in four steps. */
export default function RoundView(props: { roundId: string }) {
  const t = useT();
  const services = useRoundsServices();
  const [round, setRound] = useState<RoundSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(round?.round.label ?? t('rounds.title'));

  useEffect(() => {
    services.getRound(props.roundId).then(setRound, setError);
  }, [services, props.roundId]);

  const back = (
    <BackBar href={routeHref({ name: 'rounds' })} label={t('rounds.common.backToList')} />
  );
  if (error || !round) {
    return (
      <>
        {back}
        <main class="rounds">
          {error ? (
            <RoundErrorNotice error={error} />
          ) : (
            <p class="loading" role="status">
              {t('app.loading')}
            </p>
          )}
        </main>
      </>
    );
  }
  return (
    <>
      {back}
      <main class="rounds">
        <ViewHeading>{round.round.label}</ViewHeading>
        <RoundOverview round={round} />
        {!round.hasKey && (
          <div class="notice notice--warning">
            <p>
              {t('rounds.secretary.round.noKey')}{' '}
              <a class="link" href={routeHref({ name: 'round-restore' })}>
                {t('rounds.secretary.list.restore')}
              </a>
            </p>
          </div>
        )}
        <KeySafetyStep round={round} onChange={setRound} />
        <InvitationStep round={round} />
        <CollectStep
          round={round}
          onReceived={(received) => setRound((current) => current && { ...current, received })}
        />
        <ReportStep round={round} onChange={setRound} />
      </main>
    </>
  );
}
