/** What the member can do about a failed read or write; each kind has locale strings. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'unknown';

// A literal, not the class's own name, which minifiers may shorten.
const UNAVAILABLE_ERROR_NAME = 'StorageUnavailableError';

/** The database cannot be used at all: no IndexedDB, or opening it failed. */
export class StorageUnavailableError extends Error {
  override name = UNAVAILABLE_ERROR_NAME;
}

// Legacy DOMException code 22; Firefox used 1014 with NS_ERROR_DOM_QUOTA_REACHED.
const QUOTA_CODES = new Set([22, 1014]);
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// Firefox's private windows (before 115) reject IndexedDB with InvalidStateError;
// sandboxed or opaque origins get SecurityError.
const UNAVAILABLE_NAMES = new Set(['InvalidStateError', 'SecurityError', UNAVAILABLE_ERROR_NAME]);

/** Sorts an error from this layer (or its `cause`) into what the UI should tell the member. */
export function classifyStorageError(error: unknown): StorageErrorKind {
  const chain = causes(error);
  if (chain.some(isQuotaError)) return 'quota';
  if (chain.some(isUnavailableError)) return 'unavailable';
  return 'unknown';
}

function isQuotaError(error: ErrorLike): boolean {
  return QUOTA_NAMES.has(error.name ?? '') || QUOTA_CODES.has(error.code ?? -1);
}

function isUnavailableError(error: ErrorLike): boolean {
  if (UNAVAILABLE_NAMES.has(error.name ?? '')) return true;
  // Code touching a missing global: `indexedDB is not defined`.
  return error.name === 'ReferenceError' && /indexedDB/i.test(error.message ?? '');
}

interface ErrorLike {
  name?: string;
  code?: number;
  message?: string;
}

/** The error followed by its `cause`s, as far as they are objects (bounded against cycles). */
function causes(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current = error;
  while (typeof current === 'object' && current !== null && chain.length < 5) {
    const { name, code, message, cause } = current as Record<string, unknown>;
    chain.push({
      name: typeof name === 'string' ? name : undefined,
      code: typeof code === 'number' ? code : undefined,
      message: typeof message === 'string' ? message : undefined,
    });
    current = cause;
  }
  return chain;
}
