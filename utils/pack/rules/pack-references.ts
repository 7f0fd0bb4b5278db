import type { PackIssue } from '../issues';
import type { Pack } from '../schema';
import { lineageIssues } from './lineage';
import { parentFileIssues } from './parent-mapping';
import { sourceStatusIssues } from './source-status';

/** Envelope fields that refer to forms, questions or other fields: source status, lineage, parent. */
export function packReferenceIssues(pack: Pack): PackIssue[] {
  return [...sourceStatusIssues(pack), ...lineageIssues(pack), ...parentFileIssues(pack)];
}
