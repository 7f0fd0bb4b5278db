/** The pack library: importing, listing, removing and exporting packs, moving drafts. */

export { draftMoveOffer, moveDraft } from './draft-move';
export {
  LibraryError,
  type LibraryErrorCode,
  type LibraryErrorDetails,
  libraryErrorMessageKey,
} from './errors';
export { analyseImport, installPack, oversizedImport } from './import';
export { listLibrary } from './list';
export {
  dependentResponses,
  exportPack,
  type PackExport,
  type RemoveResult,
  removePack,
} from './manage';
export type {
  DraftMoveEntry,
  DraftMoveOffer,
  DraftMovePlan,
  DraftMoveReason,
  ImportAnalysis,
  ImportStatus,
  InstalledPack,
  Library,
  PackDiff,
  UnreadablePackRecord,
} from './types';
export { unreadableRecordsJson } from './unreadable';
