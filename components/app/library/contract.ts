/**
 * TEMPORARY: the library service's types as the helpers' contract states them, until
 * utils/library/ and utils/pack/diff.ts land on main. Replaced by the real imports then.
 */
import type { PackIssue } from '@/utils/pack/issues';
import type { LocalizedText, Pack } from '@/utils/pack/schema';
import type { ResponseRecord } from '@/utils/storage/types';

export interface InstalledPack {
  key: string;
  id: string;
  version: string;
  origin: 'builtin' | 'file';
  installedAt: number;
  fileName?: string;
  bytes: Uint8Array;
  sha256: string;
  bytesReconstructed?: true;
  pack: Pack;
}

export interface UnreadablePackRecord {
  key: unknown;
  value: unknown;
}

export type ImportStatus = 'invalid' | 'new' | 'update' | 'older' | 'installed' | 'conflict';

// --- from h/format utils/pack/diff.ts (copied until it is merged) ---
export type ChoiceValue = string | number | boolean;

export interface PackDiff {
  id: string;
  fromVersion: string;
  toVersion: string;
  forms: FormDiff[];
}

export type FormStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FormDiff {
  id: string;
  status: FormStatus;
  title: LocalizedText;
  retitled?: { before: LocalizedText; after: LocalizedText };
  questions: QuestionChange[];
  groups: GroupChange[];
  otherChanges: boolean;
}

export type QuestionChange =
  | { kind: 'added'; name: string; title: LocalizedText }
  | { kind: 'removed'; name: string; title: LocalizedText }
  | { kind: 'retitled'; name: string; before: LocalizedText; after: LocalizedText }
  | { kind: 'renamed'; from: string; name: string; title: LocalizedText }
  | {
      kind: 'choices';
      name: string;
      title: LocalizedText;
      added: ChoiceRef[];
      removed: ChoiceRef[];
      retitled: Array<{ value: ChoiceValue; before: LocalizedText; after: LocalizedText }>;
      mapped: Array<{ from: ChoiceRef; to: ChoiceRef }>;
    };

export interface ChoiceRef {
  value: ChoiceValue;
  text: LocalizedText;
}

export type GroupChange =
  | { kind: 'added'; id: string; title: LocalizedText; questions: string[] }
  | { kind: 'removed'; id: string; title: LocalizedText; questions: string[] }
  | {
      kind: 'changed';
      id: string;
      title: LocalizedText;
      titleBefore?: LocalizedText;
      questionsAdded: string[];
      questionsRemoved: string[];
    };

export interface ImportAnalysis {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  issues: PackIssue[];
  pack?: Pack;
  status: ImportStatus;
  installed?: { sha256: string };
  previous?: InstalledPack;
  diff?: PackDiff;
}

export interface DraftMoveEntry {
  kind: 'kept' | 'mapped' | 'dropped';
  from: string;
  to?: string;
  title: LocalizedText;
  before: unknown;
  after?: unknown;
  reason?: 'removed' | 'no-question' | 'value-not-allowed';
}

export interface DraftMovePlan {
  entries: DraftMoveEntry[];
  data: Record<string, unknown>;
}

export type { ResponseRecord };

export interface ContractSource {
  number?: string;
  title: LocalizedText;
  issuer?: string;
  date: string;
  url?: string;
  note?: LocalizedText;
  status?: 'in-force' | 'replaced';
  replacedBy?: { number: string; date: string; title?: LocalizedText; url?: string };
}

export interface LibraryListing {
  packs: InstalledPack[];
  unreadable: UnreadablePackRecord[];
}

export type RemoveResult = { removed: true } | { removed: false; dependents: ResponseRecord[] };
