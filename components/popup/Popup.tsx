import { useEffect, useId, useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import {
  formatDateTime,
  latestDraftSummaries,
  latestReviewSummary,
  type ReviewSummary,
} from '@/utils/reviews/summaries';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { SettingsProvider } from '../app/settings-context';
import { routeHref } from '../app/useHashRoute';
import { usePopupT } from '../i18n-popup';
import { useLocale } from '../locale';
import { reviewLabel } from '../reviews/review-label';
import { currentWindowId, openAppPage, openSidePanel } from './open-surfaces';
import './popup.css';

/** How many drafts the popup lists: enough to tell them apart, few enough to fit. */
const DRAFTS_SHOWN = 3;

/** The toolbar popup: the latest drafts' progress and the ways to continue them. */
export function Popup() {
  return (
    <SettingsProvider fallback={null}>
      <PopupBody />
    </SettingsProvider>
  );
}

/** The newest drafts; with none, the latest (completed) review alone, so it can be viewed. */
async function popupReviews(): Promise<ReviewSummary[]> {
  const drafts = await latestDraftSummaries(DRAFTS_SHOWN);
  if (drafts.length > 0) return drafts;
  const latest = await latestReviewSummary();
  return latest ? [latest] : [];
}

function PopupBody() {
  const t = usePopupT();
  const [reviews, setReviews] = useState<ReviewSummary[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);

  useEffect(() => {
    popupReviews().then(setReviews, setError);
    currentWindowId().then(setWindowId, () => {});
  }, []);

  const any = reviews !== undefined && reviews.length > 0;
  return (
    <main class="popup">
      <h1 class="popup__title">
        <img src="/icon/icon.svg" alt="" width={24} height={24} />
        {t('common.appName')}
      </h1>
      {error ? <StorageErrorNotice error={error} /> : null}
      {reviews?.length === 0 && <p>{t('app.popup.empty')}</p>}
      {any && (
        <ul class="popup-reviews">
          {reviews.map((summary) => (
            <li key={summary.response.id}>
              <PopupReview summary={summary} windowId={windowId} />
            </li>
          ))}
        </ul>
      )}
      <div class="actions actions--stack">
        <button
          type="button"
          class={any ? 'button' : 'button button--primary'}
          onClick={() => openAppPage()}
        >
          {any ? t('app.popup.openApp') : t('app.popup.chooseForm')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => openAppPage(routeHref({ name: 'help' }))}
        >
          {t('help.link')}
        </button>
      </div>
    </main>
  );
}

function PopupReview(props: { summary: ReviewSummary; windowId: number | undefined }) {
  const t = usePopupT();
  const locale = useLocale();
  const titleId = useId();
  const progressId = useId();
  const updatedId = useId();
  const { response } = props.summary;
  const { answered, total } = response.progress;
  const hash = routeHref({ name: 'review', responseId: response.id });
  const completed = response.status === 'completed';
  return (
    // Not a landmark: several drafts of one form would give landmarks of the same name.
    <article class="latest" aria-labelledby={titleId}>
      <p class="meta">{completed ? t('app.status.completed') : t('app.status.draft')}</p>
      <h2 id={titleId}>{localize(props.summary.formTitle, locale)}</h2>
      <p>
        <strong>{reviewLabel(t, locale, response, props.summary.ordinal)}</strong>
      </p>
      {total > 0 && (
        <>
          <progress max={total} value={answered} aria-labelledby={progressId} />
          <p id={progressId}>{t('app.reviews.progress', { answered, total })}</p>
        </>
      )}
      <p class="meta" id={updatedId}>
        {t('app.popup.updated', { updated: formatDateTime(response.updatedAt, locale) })}
      </p>
      {/* Several drafts may share a form: each button is described by its title and date. */}
      <div class="actions actions--stack">
        <button
          type="button"
          class="button button--primary"
          aria-describedby={`${titleId} ${updatedId}`}
          onClick={() => openAppPage(hash)}
        >
          {completed ? t('app.reviews.view') : t('app.popup.continue')}
        </button>
        <button
          type="button"
          class="button"
          aria-describedby={`${titleId} ${updatedId}`}
          disabled={props.windowId === undefined}
          onClick={() => openSidePanel(hash, props.windowId)}
        >
          {t('app.popup.openSidePanel')}
        </button>
      </div>
    </article>
  );
}
