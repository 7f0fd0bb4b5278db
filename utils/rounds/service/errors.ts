import type { MessageKey } from '../../i18n/translate';

/**
 * Why a round action was refused. The UI turns `code` and the other fields into text with
 * the `rounds.error.<code>` strings.
 */
export type RoundErrorDetails =
  /** No round (or no readable round) with that id in this profile. */
  | { code: 'round-not-found'; roundId: string }
  /** This profile has the round but not its private key. */
  | { code: 'no-key'; roundId: string }
  /** The pack version or form the round needs is not installed / not in the pack. */
  | { code: 'pack-missing'; pack: string }
  /** The form has no counted questions, so a round on it would count nothing. */
  | { code: 'nothing-to-count'; formId: string }
  /** A field of the create-round form is out of range; `field` names it. */
  | { code: 'invalid-input'; field: string }
  | { code: 'passphrase-short'; min: number }
  /** The key backup must be saved and the loss risk acknowledged before inviting anyone. */
  | { code: 'backup-required' }
  /** A contribution for another round than the one being collected. */
  | { code: 'other-round' }
  /** A contribution made on another pack version or form than the round's. */
  | { code: 'other-pack'; expected: string; found: string }
  /** Decrypted, but its content does not fit the round's form. */
  | { code: 'invalid-payload' }
  /** Fewer contributions than the round's k: no report. */
  | { code: 'too-few'; received: number; k: number; needed: number }
  /** A new report would differ from an earlier one by fewer than k contributions. */
  | { code: 'too-close'; difference: number; k: number }
  /** The invitation's pack failed the pack checks, or conflicts with an installed file. */
  | { code: 'invitation-pack-invalid'; pack: string }
  | { code: 'invitation-pack-conflict'; pack: string }
  /** Only a completed review of a round can become a contribution. */
  | { code: 'not-completed'; responseId: string }
  | { code: 'not-in-round'; responseId: string }
  /** A counted question has no answer, or one the round's form does not list. */
  | { code: 'answer-missing'; item: string }
  /** The round already exists in this profile (restoring a key backup twice). */
  | { code: 'round-exists'; roundId: string };

export type RoundErrorCode = RoundErrorDetails['code'];

// A literal, not the class's own name, which minifiers may shorten.
const ROUND_ERROR_NAME = 'RoundError';

export class RoundError extends Error {
  override name = ROUND_ERROR_NAME;
  readonly code: RoundErrorCode;

  constructor(
    readonly details: RoundErrorDetails,
    options?: ErrorOptions,
  ) {
    super(`${details.code}: ${JSON.stringify(details)}`, options);
    this.code = details.code;
  }
}

export function isRoundError(error: unknown): error is RoundError {
  return error instanceof Error && error.name === ROUND_ERROR_NAME;
}

/** The UI string of an error code; its placeholders are the fields of `details`. */
export function roundErrorMessageKey(code: RoundErrorCode): RoundErrorMessageKey {
  return `rounds.error.${code}`;
}

// Fails to compile when a code has no string in the locale files.
type RoundErrorMessageKey = `rounds.error.${RoundErrorCode}` & MessageKey;
