import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { useShellT } from '../../i18n-shell';

/** "Đợt: Tự soi lần 3 — Quý IV/2026 · Chi bộ 4": tells a round's review from the others. */
export function RoundLabel(props: { round: MemberRoundLabel | undefined }) {
  const t = useShellT();
  if (!props.round) return null;
  return (
    <p class="meta round-label">
      {t('rounds.member.roundLabel', { label: props.round.label, cell: props.round.cellName })}
    </p>
  );
}
