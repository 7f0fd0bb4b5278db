import { useEffect, useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import type { Locale } from '@/utils/i18n/types';
import type { Pack, PackForm } from '@/utils/pack/schema';
import { getPack } from '@/utils/storage/packs';
import { getResponse } from '@/utils/storage/responses';
import type { ResponseRecord } from '@/utils/storage/types';
import { createSurveyModel } from '@/utils/survey/create-model';
import { resumeDraft } from '@/utils/survey/resume';
import { ReviewSession, type SessionStatus } from './review-session';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; error: unknown }
  /** `model` shows the answers read-only. */
  | { kind: 'completed'; record: ResponseRecord; pack: Pack; form: PackForm; model: Model }
  | { kind: 'editing'; record: ResponseRecord; pack: Pack; form: PackForm; session: ReviewSession };

/**
 * Loads a response and its pack form. A completed response opens on its summary; a draft opens
 * in the survey with its answers and page restored in one bulk assignment.
 */
export function useReviewSession(responseId: string, locale: Locale) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let session: ReviewSession | undefined;
    let cancelled = false;
    load(responseId, locale).then(
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
    // The locale is applied to a live model below instead of reloading it.
  }, [responseId, loads]);

  // Another tab completed this response: show it completed, as a fresh load would.
  useEffect(() => {
    if (state.kind !== 'editing') return;
    return state.session.subscribe(({ completedElsewhere }) => {
      if (completedElsewhere) setLoads((count) => count + 1);
    });
  }, [state]);

  useEffect(() => {
    if (state.kind === 'editing') state.session.model.locale = locale;
    if (state.kind === 'completed') state.model.locale = locale;
  }, [state, locale]);

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
    return { kind: 'completed', record, pack: installed.pack, form, model };
  }
  resumeDraft(model, record.currentPage);
  const session = new ReviewSession(record.id, model, record);
  return { kind: 'editing', record, pack: installed.pack, form, session };
}

export function useSessionStatus(session: ReviewSession): SessionStatus {
  const [status, setStatus] = useState<SessionStatus>({ save: 'idle' });
  useEffect(() => session.subscribe(setStatus), [session]);
  return status;
}
