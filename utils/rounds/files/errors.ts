import type { MessageKey } from '../../i18n/translate';

/**
 * Why a round file (invitation, contribution, key backup) was refused. The UI turns `code`
 * and the other fields into text with the `rounds.file.error.<code>` strings.
 */
export type RoundFileErrorDetails =
  /** Larger than the kind of file can be; refused from its size alone. */
  | { code: 'too-large'; kind: RoundFileKind; size: number; max: number }
  /** Not UTF-8 JSON. */
  | { code: 'not-json'; kind: RoundFileKind }
  /** JSON, but not this kind of file (or another format version); `path` names the place. */
  | { code: 'wrong-format'; kind: RoundFileKind; path: string }
  /** The pack bytes inside an invitation or key backup do not hash to the stated sha256. */
  | { code: 'pack-hash'; kind: RoundFileKind }
  /** The invitation's fingerprint does not match its key and round: altered or corrupted. */
  | { code: 'fingerprint'; kind: 'invitation' }
  /** The contribution could not be decrypted with this round's key (tampered or another key). */
  | { code: 'undecryptable' }
  /** The key backup's passphrase is wrong (or the file was altered). */
  | { code: 'wrong-passphrase' }
  /** The key backup decrypts, but its private key is not the one of its public key. */
  | { code: 'key-mismatch'; kind: 'key-backup' };

export type RoundFileKind = 'invitation' | 'contribution' | 'key-backup';
export type RoundFileErrorCode = RoundFileErrorDetails['code'];

// A literal, not the class's own name, which minifiers may shorten.
const ROUND_FILE_ERROR_NAME = 'RoundFileError';

export class RoundFileError extends Error {
  override name = ROUND_FILE_ERROR_NAME;
  readonly code: RoundFileErrorCode;

  constructor(
    readonly details: RoundFileErrorDetails,
    options?: ErrorOptions,
  ) {
    super(`${details.code}: ${JSON.stringify(details)}`, options);
    this.code = details.code;
  }
}

export function isRoundFileError(error: unknown): error is RoundFileError {
  return error instanceof Error && error.name === ROUND_FILE_ERROR_NAME;
}

/** The UI string of an error code; its placeholders are the fields of `details`. */
export function roundFileErrorMessageKey(code: RoundFileErrorCode): RoundFileErrorMessageKey {
  return `rounds.file.error.${code}`;
}

// Fails to compile when a code has no string in the locale files.
type RoundFileErrorMessageKey = `rounds.file.error.${RoundFileErrorCode}` & MessageKey;
