import { useShellT } from '../i18n-shell';

/** What shows while a view or the member's data loads. */
export function Loading() {
  const t = useShellT();
  return (
    <p class="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
