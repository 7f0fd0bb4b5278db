import { useState } from 'preact/hooks';
import type { RoundSummary } from '@/utils/rounds/service/types';
import { routeHref } from '../../app/useHashRoute';
import { useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { Step } from './Step';
import { useAction } from './useAction';

/** Step 4: a report from the contributions received, and the way to the newest one. */
export function ReportStep(props: { round: RoundSummary; onChange(round: RoundSummary): void }) {
  const t = useT();
  const services = useRoundsServices();
  const { busy, error, run } = useAction();
  const [made, setMade] = useState<number | null>(null);
  const roundId = props.round.round.id;

  const make = () =>
    run(async () => {
      setMade(null);
      const report = await services.makeReport(roundId);
      setMade(report.n);
      props.onChange(await services.getRound(roundId));
    });

  return (
    <Step id="step-report" title={t('rounds.secretary.round.step4')}>
      <div class="actions">
        <button type="button" class="button button--primary" disabled={busy} onClick={make}>
          {t('rounds.secretary.round.makeReport')}
        </button>
        {props.round.reportCount > 0 && (
          <a class="button" href={routeHref({ name: 'round-report', roundId })}>
            {t('rounds.secretary.round.openReport')}
          </a>
        )}
      </div>
      <p class="rounds__status" role="status">
        {busy
          ? t('rounds.secretary.round.making')
          : made !== null
            ? t('rounds.secretary.round.reportMade', { n: made })
            : ''}
      </p>
      {error ? <RoundErrorNotice error={error} /> : null}
    </Step>
  );
}
