import type { PackDiff } from '../pack/diff';
import type { PackIssue } from '../pack/issues';
import type { DraftMovePlan } from '../pack/lineage';
import type { Pack } from '../pack/schema';
import type { InstalledPack, UnreadablePackRecord } from '../storage/types';

export type { InstalledPack, UnreadablePackRecord } from '../storage/types';

/**
 * - invalid: the file has issues; nothing can be installed.
 * - new: no version of this id is installed.
 * - update: higher than every installed version.
 * - older: below the highest installed version (installs beside it).
 * - installed: this very file (same id, version and bytes) is installed: "đã cài".
 * - conflict: same id and version, other bytes: refused.
 */
export type ImportStatus = 'invalid' | 'new' | 'update' | 'older' | 'installed' | 'conflict';

export interface ImportAnalysis {
  fileName: string;
  /** The file's bytes; empty for a file refused by its size alone (never read). */
  bytes: Uint8Array;
  /** SHA-256 of `bytes` in hex; empty when the file was not read. */
  sha256: string;
  /** Every issue; [] when valid. */
  issues: PackIssue[];
  /** The parsed pack, when valid. */
  pack?: Pack;
  status: ImportStatus;
  /** Hash of the installed file under the same id and version (installed, conflict). */
  installed?: { sha256: string };
  /** Highest installed version below this one (update, older). */
  previous?: InstalledPack;
  /** What changed from `previous`. */
  diff?: PackDiff;
  /** The pack maps onto a parent version that is not installed, so the mapping is unchecked. */
  parentUnchecked?: { id: string; version: string };
}

export interface Library {
  /** Readable packs, grouped by id (ids in order), each id's versions semver-descending. */
  packs: InstalledPack[];
  /** Records that could not be read: count them, export them; never dropped. */
  unreadable: UnreadablePackRecord[];
}

export type { PackDiff } from '../pack/diff';
export type {
  DraftMoveEntry,
  DraftMovePlan,
  DraftMoveReason,
} from '../pack/lineage';

export interface DraftMoveOffer {
  /** The highest installed version above the draft's that has the draft's form. */
  target: InstalledPack;
  plan: DraftMovePlan;
}
