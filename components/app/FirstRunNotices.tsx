import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/storage/settings';
import { DataNotice } from './DataNotice';
import { Orientation } from './Orientation';
import { PrivacyNote } from './PrivacyNote';
import { StorageErrorNotice } from './StorageErrorNotice';
import { useSettings } from './settings-context';

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
