import type { ChoiceValue, LocalizedText } from '../pack/schema';

/**
 * Shared shapes of the secretary loop: round → invitation → contribution → tally → report.
 * Pure data, no browser APIs, so the core runs in Node tests and a future roll-up CLI.
 */

/** Threshold k of a round: fewest contributions for a report, and the banding width. */
export const K_MIN = 3;
export const K_MAX = 10;
export const K_DEFAULT = 5;

/** Probability that a randomised answer is the member's own (permanent layer). */
export const RANDOMISED_TRUTHS = [0.5, 0.75] as const;
export type RandomisedTruth = (typeof RANDOMISED_TRUTHS)[number];

/**
 * How the answers of a round are protected. Further kinds (secret sharing with an auditor…)
 * get their own `kind`; readers refuse kinds they do not know.
 */
export type PrivacyMode =
  | { kind: 'exact'; k: number }
  | { kind: 'randomised'; k: number; truth: RandomisedTruth };

export type PrivacyModeKind = PrivacyMode['kind'];

/** What every member's device learns about a round from its invitation. */
export interface RoundMeta {
  /** Random UUID v4. */
  id: string;
  /** "Tự soi lần 3 — Quý IV/2026". */
  label: string;
  cellName: string;
  expectedMembers: number;
  /** Rounds of one series (same form) are compared with each other: the trend. */
  seriesId: string;
  seriesLabel: string;
  formId: string;
  mode: PrivacyMode;
}

/** The pack version a round uses, by identity (sha256: lowercase hex of the file's bytes). */
export interface PackRef {
  id: string;
  version: string;
  sha256: string;
}

/** One answer a counted question can carry in a contribution. */
export interface RoundValue {
  /** The choice value; null means "not answered" (listed only when it can happen). */
  value: ChoiceValue | null;
  text: LocalizedText;
  /** Counts towards the form's indicator ("has at least one manifestation"). */
  flagged: boolean;
}

/** One counted question of a round's form, in the order of the form's aggregate groups. */
export interface RoundItem {
  name: string;
  groupId: string;
  title: LocalizedText;
  /** single: one value per member; multi (checkbox): one yes/no bit per value. */
  kind: 'single' | 'multi';
  values: RoundValue[];
}

export interface RoundGroup {
  id: string;
  title: LocalizedText;
  /** Item names, in order. */
  items: string[];
}

/** What can be counted in a form: its items, groups and optional indicator. */
export interface RoundShape {
  items: RoundItem[];
  groups: RoundGroup[];
  /** Present when the form declares `aggregate.indicator`. */
  indicator: { title: LocalizedText } | undefined;
}

/**
 * What a contribution carries, after any randomisation. single → index into the item's
 * `values`; multi → one 0/1 per value. Indicators: 1 = at least one flagged answer.
 */
export interface ContributionPayload {
  answers: Record<string, number | number[]>;
  indicators?: { overall: 0 | 1; groups: Record<string, 0 | 1> };
}

/** Sums over a batch of decrypted payloads of one round. */
export interface Tally {
  n: number;
  /** Item name → count per value index (single) or members with that bit set (multi). */
  items: Record<string, number[]>;
  indicators?: { overall: number; groups: Record<string, number> };
}

/** A round invitation as read from its file (fingerprint already checked). */
export interface Invitation {
  round: RoundMeta;
  pack: PackRef & { bytes: Uint8Array };
  /** Raw uncompressed P-256 public key (65 bytes). */
  publicKey: Uint8Array;
  /** "1234 5678 9012 3456": read aloud at the meeting, compared on every member's screen. */
  fingerprint: string;
}

/** The plaintext part of a contribution file; it is the associated data of the encryption. */
export interface ContributionHeader {
  round: string;
  pack: PackRef;
  form: string;
  /** Random UUID v4, stable for one member and round: a re-export replaces the earlier file. */
  contribution: string;
  mode: PrivacyModeKind;
}

/** A private key encrypted under a passphrase (PBKDF2-SHA-256 → AES-256-GCM). */
export interface WrappedKey {
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array };
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

/** Everything another profile needs to read a round's files again. */
export interface KeyBackup {
  round: RoundMeta;
  pack: PackRef & { bytes: Uint8Array };
  publicKey: Uint8Array;
  wrapped: WrappedKey;
}
