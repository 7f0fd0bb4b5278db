import type { MessageKey, MessageParams } from '@/utils/i18n/translate';
import { PASSPHRASE_MIN_LENGTH } from '@/utils/rounds/crypto/round-keys';
import type { CreateRoundInput, RoundCandidate } from '@/utils/rounds/service/types';
import { K_DEFAULT, type PrivacyMode, type RandomisedTruth } from '@/utils/rounds/types';

export const EXPECTED_MIN = 2;
export const EXPECTED_MAX = 200;
export const EXPECTED_DEFAULT = 10;
/** Labels are printed on the report's title line; longer ones are a mistake, not a name. */
export const TEXT_MAX = 120;

/** The create-round form as typed: text as it stands in the fields. */
export interface CreateDraft {
  /** `candidateKey()` of the chosen form, '' while none is chosen. */
  form: string;
  label: string;
  cellName: string;
  expected: string;
  /** An existing series id, or NEW_SERIES. */
  series: string;
  seriesLabel: string;
  /** 'exact', or the truth of a randomised mode. */
  mode: 'exact' | `${RandomisedTruth}`;
  k: number;
  passphrase: string;
  passphraseAgain: string;
}

export const NEW_SERIES = '';

/** The fields that can be wrong, in the order they appear: focus goes to the first. */
export const DRAFT_FIELDS = [
  'form',
  'label',
  'cellName',
  'expected',
  'seriesLabel',
  'passphrase',
  'passphraseAgain',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftErrors = Partial<Record<DraftField, { key: MessageKey; params?: MessageParams }>>;

export function candidateKey(candidate: RoundCandidate): string {
  return `${candidate.packKey}#${candidate.formId}`;
}

export function emptyDraft(): CreateDraft {
  return {
    form: '',
    label: '',
    cellName: '',
    expected: String(EXPECTED_DEFAULT),
    series: NEW_SERIES,
    seriesLabel: '',
    mode: 'exact',
    k: K_DEFAULT,
    passphrase: '',
    passphraseAgain: '',
  };
}

/** The expected member count when the field holds a whole number in range. */
export function expectedCount(draft: CreateDraft): number | undefined {
  if (!/^\d+$/.test(draft.expected.trim())) return undefined;
  const count = Number(draft.expected.trim());
  return count >= EXPECTED_MIN && count <= EXPECTED_MAX ? count : undefined;
}

export function draftMode(draft: CreateDraft): PrivacyMode {
  return draft.mode === 'exact'
    ? { kind: 'exact', k: draft.k }
    : { kind: 'randomised', k: draft.k, truth: draft.mode === '0.5' ? 0.5 : 0.75 };
}

/** The service's input, or what is wrong with the draft (never both). */
export function checkDraft(
  draft: CreateDraft,
  candidates: readonly RoundCandidate[],
): { input: CreateRoundInput; errors?: undefined } | { input?: undefined; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const chosen = candidates.find((candidate) => candidateKey(candidate) === draft.form);
  if (!chosen) errors.form = { key: 'rounds.secretary.create.error.form' };
  const label = draft.label.trim();
  const cellName = draft.cellName.trim();
  const seriesLabel = draft.seriesLabel.trim();
  const tooLong = { max: TEXT_MAX };
  if (!label || label.length > TEXT_MAX) {
    errors.label = { key: 'rounds.secretary.create.error.label', params: tooLong };
  }
  if (!cellName || cellName.length > TEXT_MAX) {
    errors.cellName = { key: 'rounds.secretary.create.error.cellName', params: tooLong };
  }
  const expectedMembers = expectedCount(draft);
  if (expectedMembers === undefined) {
    errors.expected = {
      key: 'rounds.secretary.create.error.expected',
      params: { min: EXPECTED_MIN, max: EXPECTED_MAX },
    };
  }
  if (draft.series === NEW_SERIES && (!seriesLabel || seriesLabel.length > TEXT_MAX)) {
    errors.seriesLabel = { key: 'rounds.secretary.create.error.seriesLabel', params: tooLong };
  }
  // Not trimmed: spaces are part of a passphrase.
  if (draft.passphrase.length < PASSPHRASE_MIN_LENGTH) {
    errors.passphrase = {
      key: 'rounds.secretary.create.error.passphrase',
      params: { min: PASSPHRASE_MIN_LENGTH },
    };
  } else if (draft.passphraseAgain !== draft.passphrase) {
    errors.passphraseAgain = { key: 'rounds.secretary.create.error.passphraseAgain' };
  }
  if (!chosen || expectedMembers === undefined || Object.keys(errors).length > 0) {
    return { errors };
  }
  return {
    input: {
      packKey: chosen.packKey,
      formId: chosen.formId,
      label,
      cellName,
      expectedMembers,
      series: draft.series === NEW_SERIES ? { label: seriesLabel } : { id: draft.series },
      mode: draftMode(draft),
      passphrase: draft.passphrase,
    },
  };
}
