import type { LocalizedText } from '../../pack/schema';
import type { PackRef, PrivacyMode, RoundMeta } from '../types';

/**
 * A number as it may be published. Every number of every output (screen, print, CSV,
 * aggregate file) is one of these: the privacy rules decide which, never the view.
 */
export type ReportNumber =
  /** A count that may be printed as is. */
  | { kind: 'exact'; value: number }
  /** A small (or near-total) count shown only as a range: "1–4", "từ 8 đến 12". */
  | { kind: 'band'; low: number; high: number }
  /** Withheld because, with the other numbers of its row, it would reveal a small count. */
  | { kind: 'hidden' }
  /** Randomised response: unbiased estimate in persons, with its 95 % interval (clamped). */
  | { kind: 'estimate'; value: number; low: number; high: number };

export interface ReportValue {
  text: LocalizedText;
  flagged: boolean;
  number: ReportNumber;
}

export interface ReportItem {
  name: string;
  title: LocalizedText;
  kind: 'single' | 'multi';
  values: ReportValue[];
  /** Members with a flagged answer on this item (partly or fully), when the form has an indicator. */
  flagged?: ReportNumber;
}

export interface ReportGroup {
  id: string;
  title: LocalizedText;
  /** Members with at least one flagged answer in the group. */
  indicator?: ReportNumber;
  items: ReportItem[];
}

export interface RoundReport {
  format: 'tu-soi/report@1';
  round: RoundMeta;
  pack: PackRef;
  packTitle: LocalizedText;
  formTitle: LocalizedText;
  /** Contributions counted. */
  n: number;
  mode: PrivacyMode;
  /** When the report was made (the secretary's own record; never from a contribution). */
  issuedAt: number;
  /** "x of n members self-identified at least one manifestation", when the form has an indicator. */
  headline?: { title: LocalizedText; number: ReportNumber };
  groups: ReportGroup[];
  /** Items most often flagged, most first; only items whose number may be compared. */
  top: Array<{ name: string; title: LocalizedText; number: ReportNumber }>;
}

/** The same series' rounds side by side, oldest first: "lần 1 → lần 6". */
export interface SeriesTrend {
  seriesId: string;
  seriesLabel: string;
  rounds: Array<{ roundId: string; label: string; n: number; mode: PrivacyMode; issuedAt: number }>;
  headline?: { title: LocalizedText; numbers: ReportNumber[] };
  groups: Array<{ id: string; title: LocalizedText; indicator: ReportNumber[] | undefined }>;
  /** One row per item of the newest round; a round whose form lacks the item has `undefined`. */
  items: Array<{
    name: string;
    /** The newest round's group the item sits in. */
    groupId: string;
    title: LocalizedText;
    flagged: Array<ReportNumber | undefined>;
  }>;
}
