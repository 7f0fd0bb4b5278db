import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useT } from '../i18n';
import { ConflictNotice } from './ConflictNotice';
import type { ReviewSession } from './review-session';
import { useSessionStatus } from './useReviewSession';

/** Shows whether the answers are safely stored, and every way the save can go wrong. */
export function SaveStatus(props: { session: ReviewSession; onReload(): void }) {
  const t = useT();
  const status = useSessionStatus(props.session);
  // A failure that persists is shown again through the status.
  const retry = () => props.session.flush().catch(() => undefined);

  if (status.missing) {
    return (
      <div class="notice notice--error" role="alert">
        <p>{t('app.review.deletedElsewhere')}</p>
        <a class="button" href="#/">
          {t('app.back')}
        </a>
      </div>
    );
  }
  if (status.conflict) {
    return (
      <ConflictNotice
        theirs={status.conflict}
        onKeepMine={() => props.session.keepMine()}
        onTakeTheirs={props.onReload}
      />
    );
  }
  if (status.save === 'error') {
    return (
      <div class="save-error">
        <StorageErrorNotice error={status.error} />
        <button type="button" class="button" onClick={retry}>
          {t('app.review.retrySave')}
        </button>
      </div>
    );
  }
  const text =
    status.save === 'pending' || status.save === 'saving'
      ? t('storage.saving')
      : status.save === 'saved'
        ? t('storage.saved')
        : t('app.review.autosaveHint');
  return (
    <p class="save-status" role="status">
      {text}
    </p>
  );
}
