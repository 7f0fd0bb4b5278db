import { useShellT } from '../i18n-shell';

/** The privacy sentence: shown once per page, never repeated by the views inside it. */
export function PrivacyNote() {
  const t = useShellT();
  return <p class="privacy-note">{t('app.privacyNote')}</p>;
}
