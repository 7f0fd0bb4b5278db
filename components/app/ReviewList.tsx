import { useRef, useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import { formatDateTime, type ReviewSummary } from '@/utils/reviews/summaries';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { restoreResponse, takeResponse } from '@/utils/storage/responses';
import { useShellT } from '../i18n-shell';
import { useLocale } from '../locale';
import { ReviewLabelEditor } from '../reviews/ReviewLabelEditor';
import { defaultReviewLabel, reviewLabel } from '../reviews/review-label';
import { UndoToast } from '../reviews/UndoToast';
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

/**
 * A deleted review, kept in memory so that "Hoàn tác" puts back exactly what was stored.
 * The record is deleted at once rather than at the end of the undo window: closing the tab
 * meanwhile then leaves it deleted, as the member asked, and no half-deleted record lingers
 * for the popup, the rounds or the pack library to trip over.
 */
interface Deleted {
  stored: unknown;
  label: string;
}

export function ReviewList(props: ReviewListProps) {
  const t = useShellT();
  const [toDelete, setToDelete] = useState<ReviewSummary | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const locale = useLocale();

  const heading = useRef<HTMLHeadingElement>(null);
  const labelOf = (review: ReviewSummary) =>
    reviewLabel(t, locale, review.response, review.ordinal, props.rounds.get(review.response.id));

  const confirmDelete = async () => {
    if (!toDelete) return;
    setToDelete(null);
    setRestored(null);
    try {
      const stored = await takeResponse(toDelete.response.id);
      props.onChanged();
      // The toast takes focus: the deleted entry's buttons are gone.
      if (stored !== undefined) setDeleted({ stored, label: labelOf(toDelete) });
      else heading.current?.focus();
    } catch (caught) {
      setError(caught);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    try {
      await restoreResponse(deleted.stored);
      setDeleted(null);
      setRestored(deleted.label);
      props.onChanged();
      heading.current?.focus();
    } catch (caught) {
      setError(caught);
    }
  };

  const expired = () => {
    const focused = document.activeElement?.closest('.undo-toast');
    setDeleted(null);
    // The toast had focus (the member pointed elsewhere): continue from the top of the list.
    if (focused) heading.current?.focus();
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
              label={labelOf(review)}
              round={props.rounds.get(review.response.id)}
              onDelete={setToDelete}
              onRenamed={props.onChanged}
            />
          ))}
        </ul>
      )}
      {/* Always present, so that what appears in it is announced. */}
      <div role="status">
        {deleted && (
          <UndoToast
            message={t('reviews.delete.done', { label: deleted.label })}
            onUndo={undo}
            onExpire={expired}
          />
        )}
        {restored && <p class="meta">{t('reviews.delete.restored', { label: restored })}</p>}
      </div>
      {toDelete && (
        <ConfirmDialog
          title={t('app.reviews.deleteTitle')}
          confirmLabel={t('app.reviews.deleteConfirm')}
          onConfirm={confirmDelete}
          onCancel={() => setToDelete(null)}
        >
          <p>
            {t('reviews.delete.body', {
              label: labelOf(toDelete),
              form: localize(toDelete.formTitle, locale),
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
  label: string;
  round: MemberRoundLabel | undefined;
  onDelete(review: ReviewSummary): void;
  onRenamed(): void;
}) {
  const t = useShellT();
  const locale = useLocale();
  const { response } = props.review;
  const completed = response.status === 'completed';
  const title = localize(props.review.formTitle, locale);
  const action = completed ? t('app.reviews.view') : t('app.reviews.resume');
  const rowName = (verb: string) =>
    t('reviews.row.action', { action: verb, label: props.label, form: title });
  return (
    <li class="review-item">
      <div class="review-item__main">
        <h3 class="review-item__title">{title}</h3>
        {props.round ? (
          <RoundLabel round={props.round} />
        ) : (
          <ReviewLabelEditor
            responseId={response.id}
            label={response.label}
            fallback={defaultReviewLabel(t, locale, response, props.review.ordinal)}
            onRenamed={props.onRenamed}
          />
        )}
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
          aria-label={rowName(action)}
        >
          {action}
        </a>
        <button
          type="button"
          class="button button--danger-quiet"
          aria-label={rowName(t('app.reviews.delete'))}
          onClick={() => props.onDelete(props.review)}
        >
          {t('app.reviews.delete')}
        </button>
      </div>
    </li>
  );
}
