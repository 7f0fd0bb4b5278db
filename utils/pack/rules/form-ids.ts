import { type PackIssue, packIssue } from '../issues';
import { pathOf } from '../json-path';
import type { Pack } from '../schema';
import { findDuplicates } from './duplicates';

/** Form ids are unique within a pack: answers are stored by pack, version and form id. */
export function formIdIssues(pack: Pack): PackIssue[] {
  return findDuplicates(
    pack.forms.map((form, index) => ({ id: form.id, path: pathOf(['forms', index, 'id']) })),
    (form) => form.id,
    (form) => form.path,
  ).map(({ item, firstPath }) =>
    packIssue(item.path, 'pack.form-id-duplicate', { id: item.id, firstPath }),
  );
}
