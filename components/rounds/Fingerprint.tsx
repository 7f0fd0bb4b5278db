import { useT } from '../i18n';

/**
 * The round's check code, large, for reading aloud at the meeting and comparing digit by digit
 * on every member's screen.
 */
export function Fingerprint(props: { code: string; hint: string; heading?: 'h2' | 'h3' }) {
  const t = useT();
  const Heading = props.heading ?? 'h2';
  return (
    <section class="fingerprint" aria-labelledby="fingerprint-title">
      <Heading id="fingerprint-title">{t('rounds.common.fingerprint')}</Heading>
      <p class="fingerprint__code" data-testid="fingerprint">
        {props.code}
      </p>
      <p class="hint">{props.hint}</p>
    </section>
  );
}
