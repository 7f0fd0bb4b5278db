import type { PackIssue } from '../pack/issues';
import type { LocalizedText, Pack } from '../pack/schema';
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

/** What a PackDiff will be once `utils/pack/diff.ts` (helper "format") lands. */
export type PackDiff = unknown;

export interface ImportAnalysis {
  fileName: string;
  bytes: Uint8Array;
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
}

export interface Library {
  /** Readable packs, grouped by id (ids in order), each id's versions semver-descending. */
  packs: InstalledPack[];
  /** Records that could not be read: count them, export them; never dropped. */
  unreadable: UnreadablePackRecord[];
}

/*
 * A draft's move to another version, as contract §1 defines it for `planDraftMove`
 * (utils/pack/lineage.ts, helper "format"); these become re-exports of its types once it is on main.
 */
export type DraftMoveReason = 'removed' | 'no-question' | 'value-not-allowed';

export interface DraftMoveEntry {
  kind: 'kept' | 'mapped' | 'dropped';
  /** The key in the old draft. */
  from: string;
  /** The key in the new draft (kept and mapped). */
  to?: string;
  title: LocalizedText;
  before: unknown;
  after?: unknown;
  reason?: DraftMoveReason;
}

export interface DraftMovePlan {
  entries: DraftMoveEntry[];
  /** The answers for the new version: kept and mapped entries only. */
  data: Record<string, unknown>;
}

export type DraftMovePlanner = (input: {
  from: Pack;
  to: Pack;
  formId: string;
  data: Record<string, unknown>;
}) => DraftMovePlan;

export interface DraftMoveOffer {
  /** The highest installed version above the draft's that has the draft's form. */
  target: InstalledPack;
  plan: DraftMovePlan;
}
