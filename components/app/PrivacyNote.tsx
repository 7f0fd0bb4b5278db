import { useT } from '../i18n';

/** The privacy sentence: shown once per page, never repeated by the views inside it. */
export function PrivacyNote() {
  const t = useT();
  return <p class="privacy-note">{t('app.privacyNote')}</p>;
}
