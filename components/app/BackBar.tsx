import { useT } from '../i18n';

/** The top bar of a view under the home page: one way back. */
export function BackBar() {
  const t = useT();
  return (
    <header class="topbar">
      <a class="link" href="#/">
        ← {t('app.back')}
      </a>
    </header>
  );
}
