import type { RoundSummary } from '@/utils/rounds/service/types';
import { useLocale, useT } from '../../i18n';
import { Fingerprint } from '../Fingerprint';
import { formVersionText, modeText } from './format';

/** What the round is, and the fingerprint the secretary reads aloud at the meeting. */
export function RoundOverview(props: { round: RoundSummary }) {
  const t = useT();
  const locale = useLocale();
  const { round } = props.round;
  const rows: Array<[string, string]> = [
    [t('rounds.secretary.round.meta.cell'), round.cellName],
    [t('rounds.secretary.round.meta.form'), formVersionText(t, locale, props.round)],
    [t('rounds.secretary.round.meta.series'), round.seriesLabel],
    [t('rounds.secretary.round.meta.mode'), modeText(t, round.mode)],
    [t('rounds.secretary.round.meta.expected'), String(round.expectedMembers)],
  ];
  return (
    <>
      <MetaList rows={rows} />
      <Fingerprint
        code={props.round.fingerprint}
        hint={t('rounds.secretary.round.fingerprintHint')}
      />
    </>
  );
}

/** Terms and their values, one pair a row. */
export function MetaList(props: { rows: ReadonlyArray<readonly [string, string]> }) {
  return (
    <dl class="round-meta">
      {props.rows.map(([term, value]) => (
        <div key={term} class="round-meta__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
