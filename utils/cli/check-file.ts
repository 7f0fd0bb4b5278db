import { readFile, stat } from 'node:fs/promises';
import { type PackIssue, type PackValidationResult, packIssue } from '../pack/issues';
import { ROOT_PATH } from '../pack/json-path';
import type { UnreadableReason } from '../pack/messages';
import { sizeIssue, validatePackBytes } from '../pack/validate';

/**
 * Checks one pack file: its size before reading it (a huge file is not loaded into memory),
 * then its bytes. Never throws: a file that cannot be read, or a failure of the checker
 * itself, becomes an issue, so that the other files are still checked.
 */
export async function checkPackFile(
  file: string,
  validate: (bytes: Uint8Array) => PackValidationResult = validatePackBytes,
): Promise<PackValidationResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return failure(unreadable(file, 'EISDIR', 'it is a directory'));
    const tooLarge = sizeIssue(info.size);
    if (tooLarge) return failure(tooLarge);
    bytes = await readFile(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return failure(unreadable(file, code, message));
  }
  try {
    return validate(bytes);
  } catch (error) {
    return failure(packIssue(ROOT_PATH, 'file.check-failed', { detail: String(error) }));
  }
}

/** The reason, in words the Vietnamese message can say, for a Node.js error code. */
export function unreadableReason(code: string | undefined): UnreadableReason {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EISDIR':
      return 'directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    default:
      return 'other';
  }
}

function unreadable(file: string, code: string | undefined, detail: string): PackIssue {
  return packIssue(ROOT_PATH, 'file.unreadable', {
    file,
    reason: unreadableReason(code),
    detail,
  });
}

function failure(issue: PackIssue): PackValidationResult {
  return { ok: false, issues: [issue] };
}
