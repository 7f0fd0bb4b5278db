import type { Locale } from '@/utils/i18n/types';
import { localize } from '@/utils/pack/localize';
import type { RoundSummary } from '@/utils/rounds/service/types';
import type { PrivacyMode, RandomisedTruth } from '@/utils/rounds/types';
import type { useT } from '../../i18n';

type Translate = ReturnType<typeof useT>;

/** "3 trong 4": how many answers of a randomised round stay the member's own. */
export function truthText(t: Translate, truth: RandomisedTruth): string {
  return t(truth === 0.5 ? 'rounds.common.truth.0.5' : 'rounds.common.truth.0.75');
}

export function modeText(t: Translate, mode: PrivacyMode): string {
  return mode.kind === 'exact'
    ? t('rounds.common.mode.exact', { k: mode.k })
    : t('rounds.common.mode.randomised', { k: mode.k, truth: truthText(t, mode.truth) });
}

/** "Tự soi 27 biểu hiện · 27 biểu hiện suy thoái phiên bản 1.0.0" */
export function formVersionText(t: Translate, locale: Locale, round: RoundSummary): string {
  return t('rounds.common.formVersion', {
    form: localize(round.formTitle, locale),
    pack: localize(round.packTitle, locale),
    version: round.pack.version,
  });
}
