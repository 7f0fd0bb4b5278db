import { marginOfError } from '@/utils/rounds/privacy/margin';
import { formatReportNumber } from '@/utils/rounds/report/format';
import type { RoundsServices } from './RoundsServices';

type Service = typeof import('@/utils/rounds/service');
type AsyncName = Exclude<keyof RoundsServices, 'marginOfError' | 'formatReportNumber'>;

// The service brings HPKE and the pack checker (survey-core): loaded on first use, not
// with the home page. Round labels need only storage, so lists load just that.
const loadService = () => import('@/utils/rounds/service');
const loadLabels = () => import('@/utils/rounds/service/labels');

function later<Name extends AsyncName>(name: Name): RoundsServices[Name] {
  const call = async (...args: unknown[]) =>
    ((await loadService())[name] as (...args: unknown[]) => unknown)(...args);
  return call as unknown as Service[Name];
}

export const realRoundsServices: RoundsServices = {
  aggregateJson: later('aggregateJson'),
  contributionFile: later('contributionFile'),
  contributionPreview: later('contributionPreview'),
  createRound: later('createRound'),
  formatReportNumber,
  getRound: later('getRound'),
  importContributions: later('importContributions'),
  invitationFile: later('invitationFile'),
  joinRound: later('joinRound'),
  keyBackupFile: later('keyBackupFile'),
  latestReport: later('latestReport'),
  listRounds: later('listRounds'),
  listSeries: later('listSeries'),
  makeReport: later('makeReport'),
  marginOfError,
  markKeyBackupSaved: later('markKeyBackupSaved'),
  memberRoundLabels: async () => (await loadLabels()).memberRoundLabels(),
  memberRoundOf: async (responseId) => (await loadLabels()).memberRoundOf(responseId),
  readInvitation: later('readInvitation'),
  readKeyBackup: later('readKeyBackup'),
  reportCsv: later('reportCsv'),
  restoreKeyBackup: later('restoreKeyBackup'),
  roundCandidates: later('roundCandidates'),
  seriesTrend: later('seriesTrend'),
  setKeyLossAcknowledged: later('setKeyLossAcknowledged'),
};
