import type { PrivacyMode } from '@/utils/rounds/types';
import type { useT } from '../../i18n';

type Translate = ReturnType<typeof useT>;

/**
 * Share of sent answers that are deliberately kept truthful: the permanent layer keeps t, then
 * the per-round layer replaces 1 in 5 (rounds contract, "Randomised response"), so t·4/5.
 * The rest are drawn at random and may still happen to be the real answer, so this is a floor.
 */
export function truthPercent(truth: number): number {
  return Math.round(truth * 80);
}

/** One plain sentence on how a round protects the member's answers. */
export function modeSentence(mode: PrivacyMode, t: Translate): string {
  return mode.kind === 'exact'
    ? t('rounds.member.mode.exact', { k: mode.k })
    : t('rounds.member.mode.randomised', { k: mode.k, percent: truthPercent(mode.truth) });
}
