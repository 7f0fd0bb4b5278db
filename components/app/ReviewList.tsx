import { useRef, useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import { formatDateTime, type ReviewSummary } from '@/utils/reviews/summaries';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { deleteResponse } from '@/utils/storage/responses';
import { useLocale, useT } from '../i18n';
import { RoundLabel } from '../rounds/member/RoundLabel';
import { ConfirmDialog } from './ConfirmDialog';
import { StorageErrorNotice } from './StorageErrorNotice';
import { routeHref } from './useHashRoute';

interface ReviewListProps {
  reviews: ReviewSummary[];
  /** Response id → its round, for the reviews that belong to one. */
  rounds: ReadonlyMap<string, MemberRoundLabel>;
  onChanged(): void;
}

export function ReviewList(props: ReviewListProps) {
  const t = useT();
  const [toDelete, setToDelete] = useState<ReviewSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const locale = useLocale();

  const heading = useRef<HTMLHeadingElement>(null);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setToDelete(null);
    try {
      await deleteResponse(toDelete.response.id);
      props.onChanged();
      // The deleted entry's buttons are gone: continue from the top of the list.
      heading.current?.focus();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section class="section" aria-labelledby="reviews-title">
      <h2 id="reviews-title" ref={heading} tabIndex={-1}>
        {t('app.reviews.title')}
      </h2>
      {error ? <StorageErrorNotice error={error} /> : null}
      {props.reviews.length === 0 ? (
        <p class="empty">{t('app.reviews.empty')}</p>
      ) : (
        <ul class="review-list">
          {props.reviews.map((review) => (
            <ReviewItem
              key={review.response.id}
              review={review}
              round={props.rounds.get(review.response.id)}
              onDelete={setToDelete}
            />
          ))}
        </ul>
      )}
      {toDelete && (
        <ConfirmDialog
          title={t('app.reviews.deleteTitle')}
          confirmLabel={t('app.reviews.deleteConfirm')}
          onConfirm={confirmDelete}
          onCancel={() => setToDelete(null)}
        >
          <p>
            {t('app.reviews.deleteBody', {
              title: localize(toDelete.formTitle, locale),
              updated: formatDateTime(toDelete.response.updatedAt, locale),
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function ReviewItem(props: {
  review: ReviewSummary;
  round: MemberRoundLabel | undefined;
  onDelete(review: ReviewSummary): void;
}) {
  const t = useT();
  const locale = useLocale();
  const { response } = props.review;
  const completed = response.status === 'completed';
  const title = localize(props.review.formTitle, locale);
  return (
    <li class="review-item">
      <div class="review-item__main">
        <h3 class="review-item__title">{title}</h3>
        <RoundLabel round={props.round} />
        <p class="meta">
          <span class={`badge ${completed ? 'badge--done' : 'badge--draft'}`}>
            {completed ? t('app.status.completed') : t('app.status.draft')}
          </span>{' '}
          {response.progress.total > 0 &&
            t('app.reviews.progress', {
              answered: response.progress.answered,
              total: response.progress.total,
            })}
        </p>
        <p class="meta">
          {t('app.reviews.meta', {
            pack: localize(props.review.packTitle, locale),
            version: response.packVersion,
            updated: formatDateTime(response.updatedAt, locale),
          })}
        </p>
      </div>
      <div class="actions">
        <a
          class="button button--primary"
          href={routeHref({ name: 'review', responseId: response.id })}
          aria-label={`${completed ? t('app.reviews.view') : t('app.reviews.resume')}: ${title}`}
        >
          {completed ? t('app.reviews.view') : t('app.reviews.resume')}
        </a>
        <button
          type="button"
          class="button button--danger-quiet"
          aria-label={`${t('app.reviews.delete')}: ${title}`}
          onClick={() => props.onDelete(props.review)}
        >
          {t('app.reviews.delete')}
        </button>
      </div>
    </li>
  );
}
