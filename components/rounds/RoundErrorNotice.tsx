import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useT } from '../i18n';
import { roundDetailsText, roundErrorDetails } from './error-text';

/** A refused round action in words; any other failure is explained as a storage problem. */
export function RoundErrorNotice(props: { error: unknown }) {
  const t = useT();
  const details = roundErrorDetails(props.error);
  if (!details) return <StorageErrorNotice error={props.error} />;
  return (
    <div class="notice notice--error" role="alert">
      <p>{roundDetailsText(t, details)}</p>
    </div>
  );
}
