import { useEffect, useRef, useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import { paperFormOf } from '@/utils/annual/forms';
import { localize } from '@/utils/pack/localize';
import type { Pack, PackForm } from '@/utils/pack/schema';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { getProgress } from '@/utils/survey/progress';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { setLeaveGuard } from '../app/leave-guard';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useSettings } from '../app/settings-context';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { requestViewFocus, ViewHeading } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { RoundLabel } from '../rounds/member/RoundLabel';
import { useMemberRound } from '../rounds/member/useMemberRound';
import { SurveyView } from '../survey/SurveyView';
import { CompletedView } from './CompletedView';
import { DraftMoveOffer } from './DraftMoveOffer';
import { ResultSummary } from './ResultSummary';
import { reopenResponse } from './reopen';
import { SaveStatus } from './SaveStatus';
import { type SessionState, useReviewSession } from './useReviewSession';

/** One response: the survey while it is a draft, its summary once completed. */
export default function ReviewView(props: { responseId: string }) {
  const t = useT();
  const locale = useLocale();
  const { state, reload } = useReviewSession(props.responseId, locale);
  const round = useMemberRound(props.responseId);
  useDocumentTitle('form' in state ? localize(state.form.title, locale) : undefined);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const leaveConfirmed = useRef(false);
  const reopen = async () => {
    if (state.kind === 'editing') {
      // A held or failed save is explained at the top; reopening waits until it is resolved.
      const saved = await state.session.flush().then(
        () => true,
        () => false,
      );
      if (!saved) return;
    }
    await reopenResponse(props.responseId);
    requestViewFocus();
    reload();
  };
  // Any way out (a link, the Back button) asks first while answers are unsaved.
  useEffect(() => {
    if (state.kind !== 'editing') return;
    const { session } = state;
    return setLeaveGuard((target) => {
      if (leaveConfirmed.current || !session.hasUnsavedWork()) return false;
      setLeavingTo(target);
      return true;
    });
  }, [state]);

  return (
    <>
      <header class="topbar topbar--sticky">
        <a class="link" href="#/">
          ← {t('app.review.backToList')}
        </a>
        {state.kind === 'editing' && <SaveStatus session={state.session} onReload={reload} />}
      </header>
      <main class="review">
        <ReviewBody state={state} round={round} onReopen={reopen} />
      </main>
      {leavingTo !== null && (
        <ConfirmDialog
          title={t('app.review.leaveTitle')}
          confirmLabel={t('app.review.leaveConfirm')}
          onConfirm={() => {
            leaveConfirmed.current = true;
            location.hash = leavingTo;
          }}
          onCancel={() => setLeavingTo(null)}
        >
          <p>{t('app.review.leaveBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

interface CompletedProps {
  model: Model;
  pack: Pack;
  form: PackForm;
  round: MemberRoundLabel | undefined;
  contributionOf: string | undefined;
  responseId: string;
  onReopen(): Promise<void>;
}

/** The completion notice and its actions, then the result to read and print. */
function Completed(
  props: CompletedProps & { completedAt: number; progress: { answered: number; total: number } },
) {
  return (
    <>
      <CompletedView
        completedAt={props.completedAt}
        progress={props.progress}
        contributionOf={props.contributionOf}
        documentOf={paperFormOf(props.pack.id, props.form.id) && props.responseId}
        onReopen={props.onReopen}
      />
      <ResultSummary
        model={props.model}
        pack={props.pack}
        form={props.form}
        completedAt={props.completedAt}
        round={props.round}
      />
    </>
  );
}

/** Rendered only once the survey completes, so progress and time are those of completion. */
function JustCompleted(props: CompletedProps) {
  const [completedAt] = useState(Date.now);
  return <Completed {...props} completedAt={completedAt} progress={getProgress(props.model)} />;
}

function ReviewBody(props: {
  state: SessionState;
  round: MemberRoundLabel | undefined;
  onReopen(): Promise<void>;
}) {
  const t = useT();
  const locale = useLocale();
  const { settings } = useSettings();
  const { state } = props;
  switch (state.kind) {
    case 'loading':
      return (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      );
    case 'missing':
      return (
        <div class="notice notice--error" role="alert">
          <p>{t('app.review.missing')}</p>
        </div>
      );
    case 'error':
      return <StorageErrorNotice error={state.error} />;
    default: {
      const heading = (
        <div class="review__heading">
          <p class="meta">
            {localize(state.pack.title, locale)} ·{' '}
            {t('app.version', { version: state.pack.version })}
          </p>
          <ViewHeading>{localize(state.form.title, locale)}</ViewHeading>
          <RoundLabel round={props.round} />
          {state.form.description && <p>{localize(state.form.description, locale)}</p>}
        </div>
      );
      if (state.kind === 'completed') {
        return (
          <>
            {heading}
            <Completed
              model={state.model}
              pack={state.pack}
              form={state.form}
              round={props.round}
              contributionOf={props.round && state.record.id}
              responseId={state.record.id}
              onReopen={props.onReopen}
              completedAt={state.record.completedAt ?? state.record.updatedAt}
              progress={state.record.progress}
            />
          </>
        );
      }
      const { model } = state.session;
      return (
        <>
          {heading}
          <DraftMoveOffer
            responseId={state.record.id}
            fromVersion={state.record.packVersion}
            fromForm={state.form}
            session={state.session}
          />
          <SurveyView
            model={model}
            manifestations={state.form.aggregate.groups.length > 0}
            simple={settings.simpleMode}
            completed={
              <JustCompleted
                model={model}
                pack={state.pack}
                form={state.form}
                round={props.round}
                contributionOf={props.round && state.record.id}
                responseId={state.record.id}
                onReopen={props.onReopen}
              />
            }
          />
        </>
      );
    }
  }
}
