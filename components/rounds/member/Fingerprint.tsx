import { useT } from '../../i18n';

/** The round's check code, large enough to compare digit by digit with the one read aloud. */
export function Fingerprint(props: { value: string }) {
  const t = useT();
  return (
    <section class="fingerprint" aria-labelledby="fingerprint-title">
      <h3 id="fingerprint-title">{t('rounds.member.join.fingerprintTitle')}</h3>
      <p class="fingerprint__code" data-testid="fingerprint">
        {props.value}
      </p>
      <p class="fingerprint__check">{t('rounds.member.join.fingerprintCheck')}</p>
    </section>
  );
}
