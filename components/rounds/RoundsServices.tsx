import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '@/utils/i18n/types';
import type { ReportNumber } from '@/utils/rounds/report/types';
import type {
  ContributionPreview,
  InvitationPreview,
  MemberRoundLabel,
  RoundReport,
  SeriesTrend,
} from '@/utils/rounds/service/types';

/**
 * The rounds service (utils/rounds/service/) as the views use it, plus the report number
 * formatter (utils/rounds/report/format.ts). One entry per line, sorted, so the member and
 * secretary branches merge without conflicts.
 */
export interface RoundsServices {
  aggregateJson(roundId: string): Promise<Uint8Array>;
  contributionFile(responseId: string): Promise<{ bytes: Uint8Array; fileName: string }>;
  contributionPreview(responseId: string): Promise<ContributionPreview>;
  formatReportNumber(number: ReportNumber, locale: Locale): string;
  joinRound(bytes: Uint8Array): Promise<{ responseId: string }>;
  latestReport(roundId: string): Promise<RoundReport | undefined>;
  memberRoundLabels(): Promise<Map<string, MemberRoundLabel>>;
  memberRoundOf(responseId: string): Promise<MemberRoundLabel | undefined>;
  readInvitation(bytes: Uint8Array): Promise<InvitationPreview>;
  reportCsv(roundId: string, separator: ',' | ';', locale: Locale): Promise<string>;
  seriesTrend(seriesId: string): Promise<SeriesTrend>;
}

// No default: the real service pulls in storage and crypto, so the app shell provides it
// once, and a test provides a fake; a view without either fails loudly, not silently.
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
