import { useT } from '../i18n';
import { roundErrorText } from './round-error-text';

/** A refused round action, said in the member's or secretary's words. */
export function RoundErrorNotice(props: { error: unknown }) {
  const t = useT();
  return (
    <div class="notice notice--error" role="alert">
      <p>{roundErrorText(props.error, t)}</p>
    </div>
  );
}
