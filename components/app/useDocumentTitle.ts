import { useEffect } from 'preact/hooks';
import { useT } from '../i18n';

/** Names the tab (and what screen readers announce on load) after the current view. */
export function useDocumentTitle(view?: string): void {
  const t = useT();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = view ? `${view} — ${appName}` : appName;
  }, [view, appName]);
}
