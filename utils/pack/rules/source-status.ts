import { type PackIssue, packIssue } from '../issues';
import { pathOf } from '../json-path';
import type { Pack } from '../schema';

/** A replaced source names what replaced it, and only a replaced source does. */
export function sourceStatusIssues(pack: Pack): PackIssue[] {
  return pack.sources.flatMap((source, index) => {
    const replaced = source.status === 'replaced';
    if (replaced && !source.replacedBy) {
      return [packIssue(pathOf(['sources', index]), 'source.replaced-by-missing')];
    }
    if (!replaced && source.replacedBy) {
      return [packIssue(pathOf(['sources', index, 'replacedBy']), 'source.replaced-by-unexpected')];
    }
    return [];
  });
}
