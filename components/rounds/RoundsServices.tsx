import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type * as service from '@/utils/rounds/service';

/** The rounds service (utils/rounds/service/) as the views use it; one name per line, sorted. */
export type RoundsServices = Pick<
  typeof service,
  | 'aggregateJson'
  | 'contributionFile'
  | 'contributionPreview'
  | 'createRound'
  | 'formatReportNumber'
  | 'getRound'
  | 'importContributions'
  | 'invitationFile'
  | 'joinRound'
  | 'keyBackupFile'
  | 'latestReport'
  | 'listRounds'
  | 'listSeries'
  | 'makeReport'
  | 'marginOfError'
  | 'markKeyBackupSaved'
  | 'memberRoundLabels'
  | 'memberRoundOf'
  | 'readInvitation'
  | 'readKeyBackup'
  | 'reportCsv'
  | 'restoreKeyBackup'
  | 'roundCandidates'
  | 'seriesTrend'
  | 'setKeyLossAcknowledged'
>;

/**
 * No default: the app shell provides the real service (loaded on first use, see
 * real-services.ts) and tests provide an in-memory one; a view without either fails loudly.
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
