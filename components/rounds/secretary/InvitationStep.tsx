import type { MessageKey } from '@/utils/i18n/translate';
import type { RoundSummary } from '@/utils/rounds/service/types';
import { downloadBytes } from '../../app/library/download';
import { useT } from '../../i18n';
import { RoundErrorNotice } from '../RoundErrorNotice';
import { useRoundsServices } from '../RoundsServices';
import { Step } from './Step';
import { useAction } from './useAction';

/** Why the invitation cannot be exported yet, or undefined once step 1 is done. */
function notReadyReason(round: RoundSummary): MessageKey | undefined {
  if (!round.keyBackupSaved && !round.keyLossAcknowledged) {
    return 'rounds.secretary.round.needBackupAndAck';
  }
  if (!round.keyBackupSaved) return 'rounds.secretary.round.needBackup';
  if (!round.keyLossAcknowledged) return 'rounds.secretary.round.needAck';
  return undefined;
}

/** Step 2: the invitation file, once the key is safe. */
export function InvitationStep(props: { round: RoundSummary }) {
  const t = useT();
  const services = useRoundsServices();
  const { busy, error, run } = useAction();
  const reason = notReadyReason(props.round);

  const exportInvitation = () =>
    run(async () => {
      const file = await services.invitationFile(props.round.round.id);
      downloadBytes(file.fileName, file.bytes);
    });

  return (
    <Step id="step-invite" title={t('rounds.secretary.round.step2')}>
      <p>{t('rounds.secretary.round.step2Intro')}</p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          disabled={reason !== undefined || busy}
          aria-describedby={reason ? 'invitation-reason' : undefined}
          onClick={exportInvitation}
        >
          {t('rounds.secretary.round.exportInvitation')}
        </button>
        {reason && (
          <p class="step__reason" id="invitation-reason">
            {t(reason)}
          </p>
        )}
      </div>
      {error ? <RoundErrorNotice error={error} /> : null}
    </Step>
  );
}
