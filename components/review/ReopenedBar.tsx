import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/reviews/summaries';
import { getResponse } from '@/utils/storage/responses';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { requestViewFocus } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { cancelReopen } from './reopen';
import type { ReviewSession } from './review-session';
import { useSessionStatus } from './useReviewSession';
import '../reviews/reviews.css';

/**
 * Shown while a completed review is being edited again: "Hủy sửa" puts it back as it was
 * completed, until an answer changes; from then on it says that editing can no longer be
 * cancelled.
 */
export function ReopenedBar(props: {
  session: ReviewSession;
  completedAt: number;
  onCancelled(): void;
}) {
  const t = useT();
  const locale = useLocale();
  // What the stored record says after each save: an answer changed (the way back is gone),
  // or it was completed again. Read back rather than guessed from the model: a page turn is
  // saved too but keeps the way back.
  const [stored, setStored] = useState<'reopened' | 'changed' | 'completed'>('reopened');
  const [error, setError] = useState<unknown>(null);
  const { session } = props;
  const { save } = useSessionStatus(session);

  useEffect(() => {
    if (save !== 'saved') return;
    let current = true;
    getResponse(session.id).then(
      (record) => {
        if (!current || !record) return;
        if (record.status === 'completed') setStored('completed');
        else if (!record.reopened) setStored('changed');
      },
      // A failing read shows on the next save; the cancel then says whether it still can.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [save, session]);
  const changed = stored === 'changed';

  const cancel = async () => {
    try {
      // Whatever is pending (a page turn) is written first, so the check below sees it all.
      await session.flush();
      if (await cancelReopen(session.id)) {
        requestViewFocus();
        props.onCancelled();
      } else setStored('changed');
    } catch (caught) {
      setError(caught);
    }
  };

  if (stored === 'completed') return null;
  return (
    <section class="notice reopened-bar" aria-labelledby="reopened-note">
      <p id="reopened-note">
        {t('reviews.reopened.note', { date: formatDateTime(props.completedAt, locale) })}{' '}
        {changed && t('reviews.reopened.changed')}
      </p>
      {!changed && (
        <button type="button" class="button" onClick={cancel}>
          {t('reviews.reopened.cancel')}
        </button>
      )}
      {error ? <StorageErrorNotice error={error} /> : null}
    </section>
  );
}
