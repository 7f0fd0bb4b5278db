import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../pack/schema';
import { createResponse, getResponse, listResponses, saveResponse } from '../storage/responses';
import { useFreshDatabase } from '../storage/test-utils';
import type { ResponseRecord } from '../storage/types';
import { draftMoveOffer, moveDraft } from './draft-move';
import { installForTest, refusal, validPack, withoutQuestion } from './test-utils';

const FORM = 'tu-kiem-diem';
const ANSWERS = { da_doc: true, bh01: 'co', 'bh01-Comment': 'vì sao', bh01_ghi_chu: 'ghi chú' };

/** The valid pack at `version`, its first form without the question `bh01_ghi_chu`. */
function withoutNote(version: string): Pack {
  return withoutQuestion(validPack({ version }), 'bh01_ghi_chu');
}

/** Saves `data` over the record as the form page would. */
async function resave(
  record: ResponseRecord,
  data: Record<string, unknown>,
  status: ResponseRecord['status'] = 'draft',
): Promise<ResponseRecord> {
  const changes = { data, currentPage: 1, status, progress: { answered: 3, total: 9 } };
  const result = await saveResponse(record.id, changes, record.revision);
  if (!result.ok) throw new Error(`could not save: ${result.reason}`);
  return result.record;
}

async function draftOn(version: string, data: Record<string, unknown> = ANSWERS) {
  const created = await createResponse({
    packId: 'mau-kiem-tra',
    packVersion: version,
    formId: FORM,
    progress: { answered: 0, total: 9 },
  });
  return resave(created, data);
}

describe('draftMoveOffer', () => {
  useFreshDatabase();

  it('offers the highest installed version that has the form, with what happens to each answer', async () => {
    await installForTest(validPack({ version: '1.2.0' }));
    await installForTest(withoutNote('1.10.0'));
    await installForTest(withoutNote('1.9.0'));
    // Newest, but without the draft's form.
    await installForTest({ ...validPack({ version: '2.0.0' }), forms: validPack().forms.slice(1) });
    const draft = await draftOn('1.2.0');

    const offer = await draftMoveOffer(draft.id);
    expect(offer?.target.version).toBe('1.10.0');
    expect(offer?.plan.entries.map((e) => [e.kind, e.from, e.to, e.reason])).toEqual([
      ['kept', 'da_doc', 'da_doc', undefined],
      ['kept', 'bh01', 'bh01', undefined],
      ['kept', 'bh01-Comment', 'bh01-Comment', undefined],
      ['dropped', 'bh01_ghi_chu', undefined, 'no-question'],
    ]);
    expect(offer?.plan.data).toEqual({ da_doc: true, bh01: 'co', 'bh01-Comment': 'vì sao' });
    expect(await getResponse(draft.id)).toEqual(draft);
  });

  it('offers nothing for a completed review, or a draft already on the newest version', async () => {
    await installForTest(validPack({ version: '1.2.0' }));
    await installForTest(withoutNote('1.3.0'));
    const completed = await draftOn('1.2.0');
    await resave(completed, ANSWERS, 'completed');
    const newest = await draftOn('1.3.0');

    expect(await draftMoveOffer(completed.id)).toBeUndefined();
    expect(await draftMoveOffer(newest.id)).toBeUndefined();
    expect(await draftMoveOffer('missing')).toBeUndefined();
  });
});

describe('moveDraft', () => {
  useFreshDatabase();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function setUp() {
    await installForTest(validPack({ version: '1.2.0' }));
    await installForTest(withoutNote('1.3.0'));
    return draftOn('1.2.0');
  }

  it('writes a new draft on the target version with the planned answers and deletes the old', async () => {
    const draft = await setUp();
    const moved = await moveDraft(draft.id, '1.3.0', draft.revision);

    expect(moved).toMatchObject({
      packId: 'mau-kiem-tra',
      packVersion: '1.3.0',
      formId: FORM,
      data: { da_doc: true, bh01: 'co', 'bh01-Comment': 'vì sao' },
      status: 'draft',
      currentPage: 0,
      revision: 1,
      createdAt: draft.createdAt,
    });
    expect(moved.id).not.toBe(draft.id);
    // Recounted by survey-core on the new form: two questions answered.
    expect(moved.progress.answered).toBe(2);
    expect(await listResponses()).toEqual([moved]);
  });

  it("follows the target version's lineage: renamed questions carry their answers over", async () => {
    await installForTest(validPack({ version: '1.2.0' }));
    const renamed = withoutNote('1.3.0');
    const pages = renamed.forms[0]?.survey.pages as Array<{ elements: Array<{ name: string }> }>;
    for (const element of pages.flatMap((page) => page.elements)) {
      if (element.name === 'bh01') element.name = 'bh01_moi';
    }
    for (const group of renamed.forms[0]?.aggregate.groups ?? []) {
      group.questions = group.questions.map((name) => (name === 'bh01' ? 'bh01_moi' : name));
    }
    renamed.lineage = [{ from: '1.2.0', forms: [{ id: FORM, renamed: { bh01: 'bh01_moi' } }] }];
    await installForTest(renamed);
    const draft = await draftOn('1.2.0');

    const offer = await draftMoveOffer(draft.id);
    expect(offer?.plan.entries.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['kept', 'da_doc', 'da_doc'],
      ['mapped', 'bh01', 'bh01_moi'],
      ['mapped', 'bh01-Comment', 'bh01_moi-Comment'],
      ['dropped', 'bh01_ghi_chu', undefined],
    ]);
    const moved = await moveDraft(draft.id, '1.3.0', draft.revision);
    expect(moved.data).toEqual({ da_doc: true, bh01_moi: 'co', 'bh01_moi-Comment': 'vì sao' });
  });

  it('keeps the old draft when the new one cannot be saved', async () => {
    const draft = await setUp();
    const other = await draftOn('1.3.0', {});
    // The new record's id collides, so its write fails and the transaction aborts.
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(other.id as ReturnType<Crypto['randomUUID']>);

    const failure = await moveDraft(draft.id, '1.3.0').catch((error: unknown) => error);
    expect(failure).toHaveProperty('name', 'ConstraintError');
    expect(await getResponse(draft.id)).toEqual(draft);
    expect(await getResponse(other.id)).toEqual(other);
  });

  it('never moves a completed review', async () => {
    const draft = await setUp();
    const done = await resave(draft, ANSWERS, 'completed');
    expect((await refusal(moveDraft(draft.id, '1.3.0'))).details).toEqual({
      code: 'not-a-draft',
      responseId: draft.id,
    });
    expect(await getResponse(draft.id)).toEqual(done);
  });

  it('refuses when the draft was saved since the offer was shown', async () => {
    const draft = await setUp();
    const newer = await resave(draft, { da_doc: false });
    expect((await refusal(moveDraft(draft.id, '1.3.0', draft.revision))).details).toEqual({
      code: 'draft-changed',
      responseId: draft.id,
    });
    expect(await getResponse(draft.id)).toEqual(newer);
  });

  it('refuses a target that is not newer or not installed', async () => {
    const draft = await setUp();
    for (const version of ['1.2.0', '1.0.0', '9.0.0']) {
      expect((await refusal(moveDraft(draft.id, version))).details).toEqual({
        code: 'no-target',
        responseId: draft.id,
        targetVersion: version,
      });
    }
    expect(await getResponse(draft.id)).toEqual(draft);
  });
});
