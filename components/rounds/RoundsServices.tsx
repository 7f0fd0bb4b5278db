import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '@/utils/i18n/types';
import type {
  ContributionImportResult,
  ContributionPreview,
  CreateRoundInput,
  InvitationPreview,
  MemberRoundLabel,
  RoundCandidate,
  RoundReport,
  RoundSummary,
  SeriesSummary,
  SeriesTrend,
} from '@/utils/rounds/service/types';
import type { KeyBackup, PrivacyMode } from '@/utils/rounds/types';

/**
 * The rounds service (utils/rounds/service/) as the views use it, spelled out from the
 * contract while the module is being written. Once it lands this becomes
 * `Pick<typeof import('@/utils/rounds/service'), …>` with the same names, sorted, one a line.
 */
export interface RoundsServices {
  aggregateJson(roundId: string): Promise<Uint8Array>;
  contributionFile(responseId: string): Promise<{ bytes: Uint8Array; fileName: string }>;
  contributionPreview(responseId: string): Promise<ContributionPreview>;
  createRound(input: CreateRoundInput): Promise<RoundSummary>;
  getRound(roundId: string): Promise<RoundSummary>;
  importContributions(
    roundId: string,
    files: readonly Blob[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<ContributionImportResult>;
  invitationFile(roundId: string): Promise<{ bytes: Uint8Array; fileName: string }>;
  joinRound(bytes: Uint8Array): Promise<{ responseId: string }>;
  keyBackupFile(roundId: string): Promise<{ bytes: Uint8Array; fileName: string }>;
  latestReport(roundId: string): Promise<RoundReport | undefined>;
  listRounds(): Promise<RoundSummary[]>;
  listSeries(): Promise<SeriesSummary[]>;
  makeReport(roundId: string): Promise<RoundReport>;
  marginOfError(
    mode: PrivacyMode,
    n: number,
  ): { halfWidthPoints: number; persons: number } | undefined;
  markKeyBackupSaved(roundId: string): Promise<RoundSummary>;
  memberRoundLabels(): Promise<Map<string, MemberRoundLabel>>;
  memberRoundOf(responseId: string): Promise<MemberRoundLabel | undefined>;
  readInvitation(bytes: Uint8Array): Promise<InvitationPreview>;
  readKeyBackup(bytes: Uint8Array): Promise<KeyBackup>;
  reportCsv(roundId: string, separator: ',' | ';', locale: Locale): Promise<string>;
  restoreKeyBackup(bytes: Uint8Array, passphrase: string): Promise<RoundSummary>;
  roundCandidates(): Promise<RoundCandidate[]>;
  seriesTrend(seriesId: string): Promise<SeriesTrend>;
  setKeyLossAcknowledged(roundId: string, acknowledged: boolean): Promise<RoundSummary>;
}

/**
 * No default: the real service (HPKE, key wrapping) is loaded only where rounds are used, so
 * the app provides it around the rounds views and tests provide an in-memory one.
 */
export const RoundsServicesContext = createContext<RoundsServices | undefined>(undefined);

export function RoundsServicesProvider(props: {
  services: RoundsServices;
  children: ComponentChildren;
}) {
  return (
    <RoundsServicesContext.Provider value={props.services}>
      {props.children}
    </RoundsServicesContext.Provider>
  );
}

export function useRoundsServices(): RoundsServices {
  const services = useContext(RoundsServicesContext);
  if (!services) {
    throw new Error('useRoundsServices: no RoundsServicesProvider above this view');
  }
  return services;
}
