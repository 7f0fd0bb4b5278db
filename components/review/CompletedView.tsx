import { useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/reviews/summaries';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { routeHref } from '../app/useHashRoute';
import { useLocale, useT } from '../i18n';

interface CompletedViewProps {
  completedAt: number;
  /** Earlier completion times, oldest first (the review was edited again since). */
  previousCompletions?: number[] | undefined;
  progress: { answered: number; total: number };
  /** The response id when the review belongs to a round: it can become a contribution file. */
  contributionOf?: string | undefined;
  /** The response id when the form has a paper layout (the annual review): print or Word. */
  documentOf?: string | undefined;
  onReopen(): Promise<void>;
}

export function CompletedView(props: CompletedViewProps) {
  const t = useT();
  const locale = useLocale();
  const [error, setError] = useState<unknown>(null);
  return (
    <section class="completed" aria-labelledby="completed-title">
      <h2 id="completed-title" tabIndex={-1}>
        {t('app.review.completedTitle')}
      </h2>
      <p>
        {t('app.review.completedBody', {
          date: formatDateTime(props.completedAt, locale),
          answered: props.progress.answered,
          total: props.progress.total,
        })}
        {props.previousCompletions?.length ? (
          <>
            {' '}
            {t('reviews.completions.previous', {
              dates: props.previousCompletions
                .map((time) => formatDateTime(time, locale))
                .join('; '),
            })}
          </>
        ) : null}
      </p>
      {error ? <StorageErrorNotice error={error} /> : null}
      {props.contributionOf && (
        <>
          <p>{t('rounds.member.review.contributeHint')}</p>
          <div class="actions">
            <a
              class="button button--primary"
              href={routeHref({ name: 'contribute', responseId: props.contributionOf })}
            >
              {t('rounds.member.review.contribute')}
            </a>
          </div>
        </>
      )}
      {props.documentOf && (
        <div class="actions">
          <a
            class="button button--primary"
            href={routeHref({ name: 'document', responseId: props.documentOf })}
          >
            {t('annual.open')}
          </a>
        </div>
      )}
      <div class="actions">
        <a
          class={`button${props.contributionOf || props.documentOf ? '' : ' button--primary'}`}
          href="#/"
        >
          {t('app.review.backToList')}
        </a>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('summary.print')}
        </button>
        <button type="button" class="button" onClick={() => props.onReopen().catch(setError)}>
          {t('app.review.reopen')}
        </button>
      </div>
      <p class="hint">{t('summary.printHint')}</p>
      <p class="hint">{t('app.review.reopenHint')}</p>
    </section>
  );
}
