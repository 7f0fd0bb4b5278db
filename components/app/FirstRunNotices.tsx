import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/storage/settings';
import { DataNotice } from './DataNotice';
import { lazyView } from './lazy-view';
import { PrivacyNote } from './PrivacyNote';
import { StorageErrorNotice } from './StorageErrorNotice';
import { useSettings } from './settings-context';

// Shown until the member dismisses it, on the first open as a rule: the home's later opens do
// not load it (nor every UI string, which it uses). Nothing shows in its place meanwhile.
const Orientation = lazyView(
  async () => ({ default: (await import('./Orientation')).Orientation }),
  null,
);

/**
 * The top of the home page: the first-run orientation until it is dismissed (it holds the
 * privacy sentence), then the privacy sentence alone and, once, the data safety notice.
 */
export function FirstRunNotices() {
  const { settings, update } = useSettings();
  const [error, setError] = useState<unknown>(null);
  const dismiss = (patch: Partial<Settings>) => {
    setError(null);
    update(patch).then(focusPageHeading, setError);
  };
  return (
    <>
      {settings.orientationSeen ? (
        <PrivacyNote />
      ) : (
        <Orientation onDismiss={() => dismiss({ orientationSeen: true })} />
      )}
      {error ? <StorageErrorNotice error={error} /> : null}
      {/* One thing at a time: the data notice waits until the orientation is out of the way. */}
      {settings.orientationSeen && !settings.dataNoticeSeen && (
        <DataNotice onDismiss={() => dismiss({ dataNoticeSeen: true })} />
      )}
    </>
  );
}

/** The dismissed notice's buttons disappear with it: the page's own heading takes focus. */
function focusPageHeading(): void {
  document.querySelector<HTMLElement>('h1')?.focus();
}
