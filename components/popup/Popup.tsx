import { useEffect, useState } from 'preact/hooks';
import { localize } from '@/utils/pack/localize';
import { formatDateTime, latestReviewSummary, type ReviewSummary } from '@/utils/reviews/summaries';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { SettingsProvider } from '../app/settings-context';
import { useLocale, useT } from '../i18n';
import { reviewLabel } from '../reviews/review-label';
import { currentWindowId, openAppPage, openSidePanel } from './open-surfaces';
import './popup.css';

/** The toolbar popup: the latest review's progress and the ways to continue it. */
export function Popup() {
  return (
    <SettingsProvider fallback={null}>
      <PopupBody />
    </SettingsProvider>
  );
}

function PopupBody() {
  const t = useT();
  const [latest, setLatest] = useState<ReviewSummary | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);

  useEffect(() => {
    latestReviewSummary().then((summary) => setLatest(summary ?? null), setError);
    currentWindowId().then(setWindowId, () => {});
  }, []);

  return (
    <main class="popup">
      <h1 class="popup__title">
        <img src="/icon/icon.svg" alt="" width={24} height={24} />
        {t('common.appName')}
      </h1>
      {error ? <StorageErrorNotice error={error} /> : null}
      {latest === null && <p>{t('app.popup.empty')}</p>}
      {latest && <LatestReview summary={latest} windowId={windowId} />}
      <div class="actions actions--stack">
        <button
          type="button"
          class={latest ? 'button' : 'button button--primary'}
          onClick={() => openAppPage()}
        >
          {latest ? t('app.popup.openApp') : t('app.popup.chooseForm')}
        </button>
      </div>
    </main>
  );
}

function LatestReview(props: { summary: ReviewSummary; windowId: number | undefined }) {
  const t = useT();
  const locale = useLocale();
  const { response } = props.summary;
  const { answered, total } = response.progress;
  const hash = `#/review/${response.id}`;
  const completed = response.status === 'completed';
  return (
    <section class="latest" aria-labelledby="latest-title">
      <p class="meta">{completed ? t('app.status.completed') : t('app.status.draft')}</p>
      <h2 id="latest-title">{localize(props.summary.formTitle, locale)}</h2>
      <p>
        <strong>{reviewLabel(t, locale, response, props.summary.ordinal)}</strong>
      </p>
      {total > 0 && (
        <>
          <progress max={total} value={answered} aria-labelledby="latest-progress" />
          <p id="latest-progress">{t('app.reviews.progress', { answered, total })}</p>
        </>
      )}
      <p class="meta">
        {t('app.popup.updated', { updated: formatDateTime(response.updatedAt, locale) })}
      </p>
      <div class="actions actions--stack">
        <button type="button" class="button button--primary" onClick={() => openAppPage(hash)}>
          {completed ? t('app.reviews.view') : t('app.popup.continue')}
        </button>
        <button
          type="button"
          class="button"
          disabled={props.windowId === undefined}
          onClick={() => openSidePanel(hash, props.windowId)}
        >
          {t('app.popup.openSidePanel')}
        </button>
      </div>
    </section>
  );
}
