/**
 * The secretary loop as the views use it: rounds, invitations, contributions and reports.
 * Every function validates its input and returns data; none touches the DOM.
 */

export { marginOfError } from '../privacy/margin';
export { formatReportNumber } from '../report/format';
export { importContributions } from './collect';
export { contributionFile, contributionPreview } from './contribute';
export {
  isRoundError,
  RoundError,
  type RoundErrorCode,
  type RoundErrorDetails,
  roundErrorMessageKey,
} from './errors';
export { memberRoundLabels, memberRoundOf } from './labels';
export { joinRound, readInvitation } from './member';
export { aggregateJson, latestReport, makeReport, reportCsv, seriesTrend } from './reports';
export { readKeyBackup, restoreKeyBackup } from './restore';
export {
  createRound,
  getRound,
  invitationFile,
  keyBackupFile,
  listRounds,
  listSeries,
  markKeyBackupSaved,
  roundCandidates,
  setKeyLossAcknowledged,
} from './secretary';
export type * from './types';
