import type { RoundSummary } from '@/utils/rounds/service/types';
import { downloadBytes } from '../../app/library/download';
import { useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { Step } from './Step';
import { useAction } from './useAction';

/** Step 1: the key backup file saved, and the risk of losing the key acknowledged. */
export function KeySafetyStep(props: { round: RoundSummary; onChange(round: RoundSummary): void }) {
  const t = useT();
  const services = useRoundsServices();
  const { busy, error, setError, run } = useAction();
  const roundId = props.round.round.id;

  const save = () =>
    run(async () => {
      const file = await services.keyBackupFile(roundId);
      downloadBytes(file.fileName, file.bytes);
      // The browser does not say whether the file was kept; the download starting is the sign.
      props.onChange(await services.markKeyBackupSaved(roundId));
    });
  const acknowledge = (acknowledged: boolean) => {
    setError(null);
    services.setKeyLossAcknowledged(roundId, acknowledged).then(props.onChange, setError);
  };

  return (
    <Step id="step-key" title={t('rounds.secretary.round.step1')}>
      <p>{t('rounds.secretary.round.step1Intro')}</p>
      <div class="actions">
        <button type="button" class="button" disabled={busy} onClick={save}>
          {props.round.keyBackupSaved
            ? t('rounds.secretary.round.saveBackupAgain')
            : t('rounds.secretary.round.saveBackup')}
        </button>
      </div>
      {props.round.keyBackupSaved && (
        <p class="step__done">{t('rounds.secretary.round.backupSaved')}</p>
      )}
      <label class="choice">
        <input
          type="checkbox"
          checked={props.round.keyLossAcknowledged}
          onChange={(event) => acknowledge(event.currentTarget.checked)}
        />
        {t('rounds.secretary.round.acknowledge')}
      </label>
      {error ? <RoundErrorNotice error={error} /> : null}
    </Step>
  );
}
