import type { MessageParams } from '@/utils/i18n/translate';
import { isRoundFileError, roundFileErrorMessageKey } from '@/utils/rounds/files/errors';
import { isRoundError, roundErrorMessageKey } from '@/utils/rounds/service/errors';
import type { useT } from '../i18n';

type Translate = ReturnType<typeof useT>;

/**
 * The member- or secretary-facing sentence for a failed round action: a RoundFileError or
 * RoundError by its code and fields; anything else by its message (a bug, said as such).
 */
export function roundErrorText(error: unknown, t: Translate): string {
  if (isRoundFileError(error)) {
    const params = textFields(error.details);
    if ('kind' in error.details) params.kind = t(`rounds.file.kind.${error.details.kind}`);
    return t(roundFileErrorMessageKey(error.code), params);
  }
  if (isRoundError(error)) return t(roundErrorMessageKey(error.code), textFields(error.details));
  return t('rounds.member.error.unknown', {
    message: error instanceof Error ? error.message : String(error),
  });
}

function textFields(details: object): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return params;
}
