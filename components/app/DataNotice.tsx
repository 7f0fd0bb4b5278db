import { useShellT } from '../i18n-shell';

/** Until there is an encrypted backup: what deletes the answers, and how to keep a copy. */
export function DataNotice(props: { onDismiss(): void }) {
  const t = useShellT();
  return (
    <section class="notice notice--warning data-notice" aria-labelledby="data-notice-title">
      <h2 id="data-notice-title">{t('help.dataNotice.title')}</h2>
      <p>{t('help.dataNotice.body')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={props.onDismiss}>
          {t('help.dataNotice.dismiss')}
        </button>
      </div>
    </section>
  );
}
