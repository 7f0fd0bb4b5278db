import type { LocalizedText } from '../../pack/schema';
import type { RoundFileErrorDetails } from '../files/errors';
import type { RoundReport, SeriesTrend } from '../report/types';
import type { Invitation, PackRef, PrivacyMode, RoundMeta } from '../types';
import type { RoundErrorDetails } from './errors';

/** A form a round can be opened on: an installed pack's form with counted questions. */
export interface RoundCandidate {
  packKey: string;
  pack: PackRef;
  packTitle: LocalizedText;
  formId: string;
  formTitle: LocalizedText;
  itemCount: number;
  hasIndicator: boolean;
}

export interface SeriesSummary {
  seriesId: string;
  seriesLabel: string;
  packId: string;
  formId: string;
  rounds: number;
}

export interface CreateRoundInput {
  packKey: string;
  formId: string;
  label: string;
  cellName: string;
  expectedMembers: number;
  /** An existing series of the same pack id and form, or a new one by label. */
  series: { id: string } | { label: string };
  mode: PrivacyMode;
  /** Protects the key backup file; at least PASSPHRASE_MIN_LENGTH characters. */
  passphrase: string;
}

/** One round as the secretary's screens show it. */
export interface RoundList {
  rounds: RoundSummary[];
  /** Stored rounds that no longer pass their schema: still in the database, not listed. */
  unreadable: number;
}

export interface RoundSummary {
  round: RoundMeta;
  pack: PackRef;
  packTitle: LocalizedText;
  formTitle: LocalizedText;
  fingerprint: string;
  createdAt: number;
  /** Contributions received so far (after de-duplication). */
  received: number;
  keyBackupSaved: boolean;
  keyLossAcknowledged: boolean;
  /** False in a profile that has the round but not its key (should not happen; shown if so). */
  hasKey: boolean;
  /** Reports made so far; the newest is what the report page shows. */
  reportCount: number;
}

export type ContributionOutcome =
  | { kind: 'added' }
  /** Same contribution id as one received before: the newer file replaced it. */
  | { kind: 'replaced' }
  /** Exactly the file already received. */
  | { kind: 'unchanged' }
  /** An earlier file of a member whose later one was already received: the later one stays. */
  | { kind: 'older' }
  | { kind: 'rejected'; error: RoundFileErrorDetails | RoundErrorDetails };

export interface ContributionImportResult {
  /** One outcome per input file, in the order the files were given (processing order is random). */
  outcomes: ContributionOutcome[];
  received: number;
  expected: number;
}

/** What the member sees before joining a round. */
export interface InvitationPreview {
  invitation: Invitation;
  packTitle: LocalizedText;
  formTitle: LocalizedText;
  itemCount: number;
  /** The member's existing review of this round, when already joined. */
  existingResponseId: string | undefined;
  /** The pack version is already installed (else joining installs it). */
  packInstalled: boolean;
}

/** The round a member's review belongs to, for labels in lists and headings. */
export interface MemberRoundLabel {
  roundId: string;
  label: string;
  cellName: string;
}

/** One line of the contribution preview: an item and the value the file will carry. */
export interface ContributionPreviewLine {
  groupTitle: LocalizedText;
  title: LocalizedText;
  /** The member's own answer (shown only on this screen, never sent when randomised). */
  answer: LocalizedText[];
  /** What the file carries for this item. */
  sent: LocalizedText[];
  /** The sent value differs from the answer (randomised mode only). */
  changed: boolean;
}

export interface ContributionPreview {
  round: RoundMeta;
  fingerprint: string;
  pack: PackRef;
  lines: ContributionPreviewLine[];
  /** The derived indicators as sent, when the form has one. */
  indicators: Array<{ title: LocalizedText; answer: boolean; sent: boolean }>;
  /** Size of the file in bytes (the same for every member of the round). */
  fileSize: number;
}

export type { RoundReport, SeriesTrend };
