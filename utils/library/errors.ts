import type { MessageKey } from '../i18n/translate';
import type { ImportStatus } from './types';

/**
 * Why the library refused an action. The UI turns `code` (and `details`) into text with the
 * `storage.library.error.<code>` strings; `message` is for logs.
 */
export type LibraryErrorDetails =
  /** installPack on an analysis whose status does not allow installing. */
  | { code: 'not-installable'; status: ImportStatus }
  /**
   * Another file with the same id and version is installed (found at install time); no
   * `installedSha256` when what is stored under the key cannot be read.
   */
  | { code: 'conflict'; key: string; installedSha256?: string; sha256: string }
  /** No readable installed pack (or response) under that key. */
  | { code: 'not-found'; key: string }
  /** A built-in version the extension still ships: it would come back on the next start. */
  | { code: 'builtin'; key: string }
  /** Only drafts move to another version; completed self-reviews keep theirs. */
  | { code: 'not-a-draft'; responseId: string }
  /** The target version is not newer than the draft's, or lacks the draft's form. */
  | { code: 'no-target'; responseId: string; targetVersion: string }
  /** The draft was saved (in another tab) after the move was planned: plan again. */
  | { code: 'draft-changed'; responseId: string };

export type LibraryErrorCode = LibraryErrorDetails['code'];

// A literal, not the class's own name, which minifiers may shorten.
const LIBRARY_ERROR_NAME = 'LibraryError';

export class LibraryError extends Error {
  override name = LIBRARY_ERROR_NAME;
  readonly code: LibraryErrorCode;

  constructor(readonly details: LibraryErrorDetails) {
    super(`${details.code}: ${JSON.stringify(details)}`);
    this.code = details.code;
  }
}

/** The UI string of an error code; its placeholders are the fields of `details`. */
export function libraryErrorMessageKey(code: LibraryErrorCode): LibraryErrorMessageKey {
  return `storage.library.error.${code}`;
}

// Fails to compile when a code has no string in the locale files.
type LibraryErrorMessageKey = `storage.library.error.${LibraryErrorCode}` & MessageKey;
