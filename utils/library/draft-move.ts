import { type DraftMovePlan, planDraftMove } from '../pack/lineage';
import { compareVersions } from '../pack/semver';
import { withDb } from '../storage/db';
import { getPack, packKey, readPackRecord } from '../storage/packs';
import { getResponse } from '../storage/responses';
import {
  type InstalledPack,
  type Progress,
  parseRecord,
  type ResponseRecord,
  responseRecordSchema,
} from '../storage/types';
import { createSurveyModel } from '../survey/create-model';
import { getProgress } from '../survey/progress';
import { LibraryError } from './errors';
import type { DraftMoveOffer } from './types';

/**
 * What moving a draft to the newest installed version would do, or undefined when there is
 * nothing to offer: not a draft (completed self-reviews keep their version), its own version
 * unreadable, or no higher installed version with the draft's form. Writes nothing.
 */
export async function draftMoveOffer(responseId: string): Promise<DraftMoveOffer | undefined> {
  const response = await getResponse(responseId);
  if (response?.status !== 'draft') return undefined;
  const from = await getPack(response.packId, response.packVersion);
  if (!from) return undefined;
  const [target] = (await installedVersions(response.packId))
    .filter((pack) => isMoveTarget(response, pack))
    .sort((a, b) => compareVersions(b.version, a.version));
  if (!target) return undefined;
  return { target, plan: plan(response, from, target) };
}

/**
 * Moves a draft to `targetVersion` as the plan says: in one transaction, a new draft on that
 * version with the plan's answers is written and the old draft deleted, so the old one stays
 * until the new one is saved. Progress is recounted on the new form and the member starts on
 * its first page. With `baseRevision` (the revision the member saw the offer for), a draft
 * saved since in another tab is not moved (`draft-changed`): the plan shown is what happens.
 */
export async function moveDraft(
  responseId: string,
  targetVersion: string,
  baseRevision?: number,
): Promise<ResponseRecord> {
  const response = await getResponse(responseId);
  if (!response) throw new LibraryError({ code: 'not-found', key: responseId });
  if (response.status !== 'draft') throw new LibraryError({ code: 'not-a-draft', responseId });
  if (baseRevision !== undefined && response.revision !== baseRevision) {
    throw new LibraryError({ code: 'draft-changed', responseId });
  }
  const from = await getPack(response.packId, response.packVersion);
  if (!from) {
    throw new LibraryError({
      code: 'not-found',
      key: packKey(response.packId, response.packVersion),
    });
  }
  const target = await getPack(response.packId, targetVersion);
  if (!target || !isMoveTarget(response, target)) {
    throw new LibraryError({ code: 'no-target', responseId, targetVersion });
  }
  const moved = movedRecord(response, target, plan(response, from, target));

  return withDb(async (db) => {
    const tx = db.transaction('responses', 'readwrite');
    const current = parseRecord(responseRecordSchema, await tx.store.get(responseId));
    if (current?.revision !== response.revision || current.status !== 'draft') {
      await tx.done;
      throw new LibraryError({ code: 'draft-changed', responseId });
    }
    await Promise.all([tx.store.add(moved), tx.store.delete(responseId), tx.done]);
    return moved;
  });
}

function isMoveTarget(response: ResponseRecord, pack: InstalledPack): boolean {
  return (
    compareVersions(pack.version, response.packVersion) > 0 &&
    pack.pack.forms.some((form) => form.id === response.formId)
  );
}

function plan(response: ResponseRecord, from: InstalledPack, to: InstalledPack): DraftMovePlan {
  return planDraftMove({
    from: from.pack,
    to: to.pack,
    formId: response.formId,
    data: response.data,
  });
}

function movedRecord(
  response: ResponseRecord,
  target: InstalledPack,
  { data }: DraftMovePlan,
): ResponseRecord {
  const now = Date.now();
  return responseRecordSchema.parse({
    id: crypto.randomUUID(),
    packId: response.packId,
    packVersion: target.version,
    formId: response.formId,
    data,
    // The pages of the new version may differ: start from the first.
    currentPage: 0,
    status: 'draft',
    progress: progressOn(target, response.formId, data),
    // The member started this self-review then; the move is its latest change.
    createdAt: response.createdAt,
    updatedAt: now,
    revision: 1,
    // The member's name for it and its earlier completions go with it.
    ...(response.label !== undefined && { label: response.label }),
    ...(response.completions && { completions: response.completions }),
  });
}

/** Progress as the form page will count it: survey-core on the new form with the moved answers. */
function progressOn(
  target: InstalledPack,
  formId: string,
  data: Record<string, unknown>,
): Progress {
  const form = target.pack.forms.find((candidate) => candidate.id === formId);
  const model = createSurveyModel(form?.survey ?? {}, 'vi');
  model.data = data;
  return getProgress(model);
}

async function installedVersions(id: string): Promise<InstalledPack[]> {
  const values = await withDb((db) => db.getAllFromIndex('packs', 'by-id', id));
  return values.flatMap((value) => {
    const read = readPackRecord(value);
    return read.ok ? [read.record] : [];
  });
}
