import { useEffect } from 'preact/hooks';
import { useShellT } from '../i18n-shell';

/** Names the tab (and what screen readers announce on load) after the current view. */
export function useDocumentTitle(view?: string): void {
  const t = useShellT();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = view ? `${view} — ${appName}` : appName;
  }, [view, appName]);
}
