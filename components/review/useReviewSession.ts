import { useEffect, useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import type { Locale } from '@/utils/i18n/types';
import type { Pack, PackForm } from '@/utils/pack/schema';
import { reviewOrdinals } from '@/utils/reviews/review-labels';
import { getPack } from '@/utils/storage/packs';
import { getResponse, listResponses } from '@/utils/storage/responses';
import type { ResponseRecord } from '@/utils/storage/types';
import { createSurveyModel } from '@/utils/survey/create-model';
import { getProgress } from '@/utils/survey/progress';
import { resumeDraft } from '@/utils/survey/resume';
import { replaceRoute } from '../app/useHashRoute';
import { ReviewSession, type SessionStatus } from './review-session';

/** What a review page opens: a stored response, or a new review of one form (not stored yet). */
export type ReviewTarget =
  | { responseId: string }
  | { start: { packId: string; packVersion: string; formId: string } };

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; error: unknown }
  /** `model` shows the answers read-only. */
  | {
      kind: 'completed';
      record: ResponseRecord;
      /** Its number among the reviews of its form, for the default name. */
      ordinal: number;
      pack: Pack;
      form: PackForm;
      model: Model;
    }
  | {
      kind: 'editing';
      /** As loaded; for a new review, its record-to-be until the first answer creates it. */
      record: ResponseRecord;
      /** A new review whose record does not exist yet. */
      unsaved?: true;
      ordinal: number;
      pack: Pack;
      form: PackForm;
      session: ReviewSession;
    };

/**
 * Loads a response and its pack form. A completed response opens on its summary; a draft opens
 * in the survey with its answers and page restored in one bulk assignment.
 */
export function useReviewSession(target: ReviewTarget, locale: Locale) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [loads, setLoads] = useState(0);
  // A new review becomes a stored one once answered: later loads open that record.
  const [responseId, setResponseId] = useState('responseId' in target ? target.responseId : null);

  useEffect(() => {
    let session: ReviewSession | undefined;
    let cancelled = false;
    const created = (record: ResponseRecord) => {
      if (cancelled) return;
      // The address now opens this record (a reload, a bookmark); the view stays as it is.
      replaceRoute({ name: 'review', responseId: record.id });
      setResponseId(record.id);
      setState((shown) =>
        shown.kind === 'editing' && shown.session.id === record.id
          ? { ...shown, record, unsaved: undefined }
          : shown,
      );
    };
    const loading =
      responseId !== null
        ? load(responseId, locale)
        : 'start' in target
          ? start(target.start, locale, created)
          : Promise.resolve<SessionState>({ kind: 'missing' });
    loading.then(
      (loaded) => {
        if (cancelled) return loaded.kind === 'editing' && loaded.session.dispose();
        if (loaded.kind === 'editing') session = loaded.session;
        setState(loaded);
      },
      (error: unknown) => !cancelled && setState({ kind: 'error', error }),
    );
    return () => {
      cancelled = true;
      session?.dispose();
    };
    // The locale is applied to a live model below instead of reloading it. A new review's
    // first save sets `responseId`; its session is kept, not reloaded (see `created`).
  }, [loads]);

  // Another tab completed this response: show it completed, as a fresh load would.
  useEffect(() => {
    if (state.kind !== 'editing') return;
    return state.session.subscribe(({ completedElsewhere }) => {
      if (completedElsewhere) setLoads((count) => count + 1);
    });
  }, [state]);

  // Per model, not per state: a new review's state changes when its record is created, and
  // setting the locale again would redraw the form under the member's click.
  const model =
    state.kind === 'editing'
      ? state.session.model
      : state.kind === 'completed'
        ? state.model
        : null;
  useEffect(() => {
    if (model && model.locale !== locale) model.locale = locale;
  }, [model, locale]);

  return { state, reload: () => setLoads((count) => count + 1) };
}

async function load(responseId: string, locale: Locale): Promise<SessionState> {
  const record = await getResponse(responseId);
  if (!record) return { kind: 'missing' };
  const installed = await getPack(record.packId, record.packVersion);
  const form = installed?.pack.forms.find((candidate) => candidate.id === record.formId);
  if (!installed || !form) return { kind: 'missing' };
  const model = createSurveyModel(form.survey, locale);
  model.data = record.data;
  if (record.status === 'completed') {
    model.mode = 'display';
    return {
      kind: 'completed',
      record,
      ordinal: await ordinalOf(record),
      pack: installed.pack,
      form,
      model,
    };
  }
  resumeDraft(model, record.currentPage);
  const session = new ReviewSession(record.id, model, record);
  const ordinal = await ordinalOf(record);
  return { kind: 'editing', record, ordinal, pack: installed.pack, form, session };
}

/**
 * Known before the page shows, so the name line is there from the first paint: a line that
 * appeared later would move the form under the member's pointer.
 */
async function ordinalOf(record: ResponseRecord): Promise<number> {
  const others = (await listResponses()).filter((response) => response.id !== record.id);
  return reviewOrdinals([...others, record]).get(record.id) ?? 1;
}

/** A new review of one form, stored only once something is answered. */
async function start(
  target: { packId: string; packVersion: string; formId: string },
  locale: Locale,
  onCreated: (record: ResponseRecord) => void,
): Promise<SessionState> {
  const installed = await getPack(target.packId, target.packVersion);
  const form = installed?.pack.forms.find((candidate) => candidate.id === target.formId);
  if (!installed || !form) return { kind: 'missing' };
  const model = createSurveyModel(form.survey, locale);
  const id = crypto.randomUUID();
  const progress = getProgress(model);
  const { packId, packVersion, formId } = target;
  const fields = { packId, packVersion, formId, progress };
  const session = new ReviewSession(id, model, { fields, onCreated });
  const now = Date.now();
  const record: ResponseRecord = {
    ...fields,
    id,
    data: {},
    currentPage: 0,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
  const ordinal = await ordinalOf(record);
  return { kind: 'editing', record, unsaved: true, ordinal, pack: installed.pack, form, session };
}

export function useSessionStatus(session: ReviewSession): SessionStatus {
  const [status, setStatus] = useState<SessionStatus>({ save: 'idle' });
  useEffect(() => session.subscribe(setStatus), [session]);
  return status;
}
