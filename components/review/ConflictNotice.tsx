import { useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/reviews/summaries';
import type { ResponseRecord } from '@/utils/storage/types';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useLocale, useT } from '../i18n';

interface ConflictNoticeProps {
  theirs: ResponseRecord;
  onKeepMine(): Promise<void>;
  onTakeTheirs(): void;
}

/** The same response was saved in another tab: the member chooses which copy to keep. */
export function ConflictNotice(props: ConflictNoticeProps) {
  const t = useT();
  const locale = useLocale();
  const [error, setError] = useState<unknown>(null);
  return (
    <div class="notice notice--warning" role="alert">
      <p>
        <strong>{t('storage.conflict')}</strong>{' '}
        {t('app.review.conflictBody', {
          updated: formatDateTime(props.theirs.updatedAt, locale),
          answered: props.theirs.progress.answered,
          total: props.theirs.progress.total,
        })}
      </p>
      {error ? <StorageErrorNotice error={error} /> : null}
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          onClick={() => props.onKeepMine().catch(setError)}
        >
          {t('app.review.keepMine')}
        </button>
        <button type="button" class="button" onClick={props.onTakeTheirs}>
          {t('app.review.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
