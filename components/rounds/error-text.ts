import type { MessageParams } from '@/utils/i18n/translate';
import {
  isRoundFileError,
  type RoundFileErrorCode,
  type RoundFileErrorDetails,
  roundFileErrorMessageKey,
} from '@/utils/rounds/files/errors';
import {
  isRoundError,
  type RoundErrorDetails,
  roundErrorMessageKey,
} from '@/utils/rounds/service/errors';
import type { useT } from '../i18n';

type Translate = ReturnType<typeof useT>;

// The two code lists do not overlap; listing the file codes tells a rejection's kind apart.
// A Record, so that a new file code fails to compile until it is listed here.
const FILE_CODES: Record<RoundFileErrorCode, true> = {
  'too-large': true,
  'not-json': true,
  'wrong-format': true,
  'pack-hash': true,
  fingerprint: true,
  undecryptable: true,
  'wrong-passphrase': true,
  'key-mismatch': true,
};

function isFileDetails(
  details: RoundFileErrorDetails | RoundErrorDetails,
): details is RoundFileErrorDetails {
  return Object.hasOwn(FILE_CODES, details.code);
}

/** The sentence for a refused round action or round file, with its details filled in. */
export function roundDetailsText(
  t: Translate,
  details: RoundFileErrorDetails | RoundErrorDetails,
): string {
  const { code: _code, ...fields } = details;
  const params: MessageParams = { ...fields };
  if (isFileDetails(details)) {
    if ('kind' in details) params.kind = t(`rounds.file.kind.${details.kind}`);
    return t(roundFileErrorMessageKey(details.code), params);
  }
  return t(roundErrorMessageKey(details.code), params);
}

/** The details of a thrown RoundError / RoundFileError; undefined for any other error. */
export function roundErrorDetails(
  error: unknown,
): RoundFileErrorDetails | RoundErrorDetails | undefined {
  if (isRoundError(error) || isRoundFileError(error)) return error.details;
  return undefined;
}
