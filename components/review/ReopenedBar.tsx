import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/reviews/summaries';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { requestViewFocus } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { cancelReopen } from './reopen';
import type { ReviewSession } from './review-session';
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
  const [changed, setChanged] = useState(false);
  const [completed, setCompleted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { session } = props;

  useEffect(() => {
    const { model } = session;
    const onValueChanged = () => setChanged(true);
    // Completed again: that is a new completion, nothing left to cancel.
    const onComplete = () => setCompleted(true);
    model.onValueChanged.add(onValueChanged);
    model.onComplete.add(onComplete);
    return () => {
      model.onValueChanged.remove(onValueChanged);
      model.onComplete.remove(onComplete);
    };
  }, [session]);

  const cancel = async () => {
    try {
      // Whatever is pending (a page turn) is written first, so the check below sees it all.
      await session.flush();
      if (await cancelReopen(session.id)) {
        requestViewFocus();
        props.onCancelled();
      } else setChanged(true);
    } catch (caught) {
      setError(caught);
    }
  };

  if (completed) return null;
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
