/** An in-memory rounds service for the secretary views' tests. */
import { fireEvent } from '@testing-library/preact';
import { vi } from 'vitest';
import { RoundFileError } from '@/utils/rounds/files/errors';
import { RoundError } from '@/utils/rounds/service/errors';
import type {
  ContributionOutcome,
  CreateRoundInput,
  RoundCandidate,
  RoundReport,
  RoundSummary,
  SeriesSummary,
} from '@/utils/rounds/service/types';
import type { KeyBackup, PrivacyMode, RoundMeta } from '@/utils/rounds/types';
import type { RoundsServices } from '../RoundsServices';
import { unusedServices } from '../test-rounds';

export function candidate(fields: Partial<RoundCandidate> = {}): RoundCandidate {
  return {
    packKey: 'nq04-27@1.0.0',
    pack: { id: 'nq04-27', version: '1.0.0', sha256: 'ab'.repeat(32) },
    packTitle: { vi: '27 biểu hiện suy thoái' },
    formId: 'tu-soi-27',
    formTitle: { vi: 'Tự soi 27 biểu hiện' },
    itemCount: 27,
    hasIndicator: true,
    ...fields,
  };
}

export function roundMeta(fields: Partial<RoundMeta> = {}): RoundMeta {
  return {
    id: 'round-1',
    label: 'Tự soi lần 3 — Quý IV/2026',
    cellName: 'Chi bộ Khu phố 2',
    expectedMembers: 6,
    seriesId: 'series-1',
    seriesLabel: 'Tự soi 27 biểu hiện',
    formId: 'tu-soi-27',
    mode: { kind: 'exact', k: 5 },
    ...fields,
  };
}

export function summary(
  fields: Partial<Omit<RoundSummary, 'round'>> & { round?: Partial<RoundMeta> } = {},
): RoundSummary {
  const { round, ...rest } = fields;
  return {
    pack: { id: 'nq04-27', version: '1.0.0', sha256: 'ab'.repeat(32) },
    packTitle: { vi: '27 biểu hiện suy thoái' },
    formTitle: { vi: 'Tự soi 27 biểu hiện' },
    fingerprint: '1234 5678 9012 3456',
    createdAt: Date.UTC(2026, 10, 20, 8, 30),
    received: 0,
    keyBackupSaved: false,
    keyLossAcknowledged: false,
    hasKey: true,
    reportCount: 0,
    ...rest,
    round: roundMeta(round),
  };
}

export function keyBackup(round: Partial<RoundMeta> = {}): KeyBackup {
  return {
    round: roundMeta(round),
    pack: { id: 'nq04-27', version: '1.0.0', sha256: 'ab'.repeat(32), bytes: new Uint8Array(3) },
    publicKey: new Uint8Array(65),
    wrapped: {
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: new Uint8Array(16) },
      iv: new Uint8Array(12),
      ciphertext: new Uint8Array(48),
    },
  };
}

function report(round: RoundSummary, n: number): RoundReport {
  return {
    format: 'tu-soi/report@1',
    round: round.round,
    pack: round.pack,
    packTitle: round.packTitle,
    formTitle: round.formTitle,
    n,
    mode: round.round.mode,
    issuedAt: Date.UTC(2026, 10, 25),
    groups: [],
    top: [],
  };
}

/** A promise the test resolves when it has looked at the state in between. */
export function gate() {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/**
 * Rounds in memory. `outcomes` answers importContributions by file name (a file not listed is
 * added); `importGate`, when given, holds the import after the first file until opened.
 * The key backup opens with `passphrase`.
 */
export function fakeRounds(
  state: {
    rounds?: RoundSummary[];
    /** How many stored rounds the list reports as unreadable. */
    unreadable?: number;
    candidates?: RoundCandidate[];
    series?: SeriesSummary[];
    outcomes?: Record<string, ContributionOutcome>;
    importGate?: Promise<void>;
    backup?: KeyBackup;
    passphrase?: string;
  } = {},
) {
  const rounds = [...(state.rounds ?? [])];
  const find = (roundId: string) => {
    const index = rounds.findIndex((round) => round.round.id === roundId);
    const found = rounds[index];
    if (!found) throw new RoundError({ code: 'round-not-found', roundId });
    return { found, index };
  };
  const update = (roundId: string, fields: Partial<RoundSummary>) => {
    const { found, index } = find(roundId);
    const next = { ...found, ...fields };
    rounds[index] = next;
    return next;
  };

  const services = {
    ...unusedServices(),
    createRound: vi.fn(async (input: CreateRoundInput) => {
      const created = summary({
        round: {
          id: 'round-new',
          label: input.label,
          cellName: input.cellName,
          expectedMembers: input.expectedMembers,
          seriesId: 'id' in input.series ? input.series.id : 'series-new',
          seriesLabel: 'label' in input.series ? input.series.label : 'Loạt cũ',
          formId: input.formId,
          mode: input.mode,
        },
      });
      rounds.unshift(created);
      return created;
    }),
    getRound: vi.fn(async (roundId: string) => find(roundId).found),
    importContributions: vi.fn(
      async (
        roundId: string,
        files: readonly Blob[],
        onProgress?: (done: number, total: number) => void,
      ) => {
        const outcomes: ContributionOutcome[] = [];
        let received = find(roundId).found.received;
        for (const [index, file] of files.entries()) {
          const name = file instanceof File ? file.name : '';
          const outcome = state.outcomes?.[name] ?? { kind: 'added' };
          if (outcome.kind === 'added') received += 1;
          outcomes.push(outcome);
          onProgress?.(index + 1, files.length);
          if (index === 0 && state.importGate) await state.importGate;
        }
        const round = update(roundId, { received });
        return { outcomes, received, expected: round.round.expectedMembers };
      },
    ),
    invitationFile: vi.fn(async (roundId: string) => {
      const { found } = find(roundId);
      if (!found.keyBackupSaved || !found.keyLossAcknowledged) {
        throw new RoundError({ code: 'backup-required' });
      }
      return { bytes: new Uint8Array([1, 2, 3]), fileName: 'thu-moi.json' };
    }),
    keyBackupFile: vi.fn(async (roundId: string) => {
      find(roundId);
      return { bytes: new Uint8Array([4, 5, 6]), fileName: 'sao-luu-khoa.json' };
    }),
    latestReport: vi.fn(async (roundId: string) => {
      const { found } = find(roundId);
      return found.reportCount > 0 ? report(found, found.received) : undefined;
    }),
    listRounds: vi.fn(async () => ({ rounds: [...rounds], unreadable: state.unreadable ?? 0 })),
    listSeries: vi.fn(async () => [...(state.series ?? [])]),
    makeReport: vi.fn(async (roundId: string) => {
      const { found } = find(roundId);
      const { k } = found.round.mode;
      if (found.received < k) {
        throw new RoundError({
          code: 'too-few',
          received: found.received,
          k,
          needed: k - found.received,
        });
      }
      return report(update(roundId, { reportCount: found.reportCount + 1 }), found.received);
    }),
    // Fixed figures: the views only print what the service computes.
    marginOfError: vi.fn((mode: PrivacyMode, n: number) => {
      if (mode.kind !== 'randomised') return undefined;
      const halfWidthPoints = mode.truth === 0.5 ? 36.2 : 21.4;
      return { halfWidthPoints, persons: (halfWidthPoints * n) / 100 };
    }),
    markKeyBackupSaved: vi.fn(async (roundId: string) => update(roundId, { keyBackupSaved: true })),
    readKeyBackup: vi.fn(async (_bytes: Uint8Array) => {
      if (!state.backup) throw new RoundFileError({ code: 'not-json', kind: 'key-backup' });
      return state.backup;
    }),
    restoreKeyBackup: vi.fn(async (_bytes: Uint8Array, passphrase: string) => {
      const backup = state.backup;
      if (!backup) throw new RoundFileError({ code: 'not-json', kind: 'key-backup' });
      if (passphrase !== state.passphrase) throw new RoundFileError({ code: 'wrong-passphrase' });
      const restored = summary({ round: backup.round, keyBackupSaved: true });
      rounds.unshift(restored);
      return restored;
    }),
    roundCandidates: vi.fn(async () => [...(state.candidates ?? [])]),
    setKeyLossAcknowledged: vi.fn(async (roundId: string, acknowledged: boolean) =>
      update(roundId, { keyLossAcknowledged: acknowledged }),
    ),
  } satisfies RoundsServices;
  return { services, rounds };
}

/** Chooses files through a (hidden) picker input, as the file dialog would. */
export function chooseFiles(testId: string, files: File[]): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>(`input[data-testid=${testId}]`);
  if (!input) throw new Error(`no file input ${testId}`);
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  // A plain `change`: preact/compat would turn fireEvent.change into `input`, which a browser
  // does not do for a file input.
  fireEvent(input, new Event('change', { bubbles: true }));
  return input;
}
