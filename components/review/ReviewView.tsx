import { useEffect, useRef, useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import { localize } from '@/utils/pack/localize';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { getProgress } from '@/utils/survey/progress';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { setLeaveGuard } from '../app/leave-guard';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { requestViewFocus, ViewHeading } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { RoundLabel } from '../rounds/member/RoundLabel';
import { useMemberRound } from '../rounds/member/useMemberRound';
import { SurveyView } from '../survey/SurveyView';
import { CompletedView } from './CompletedView';
import { DraftMoveOffer } from './DraftMoveOffer';
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

/** Rendered only once the survey completes, so progress and time are those of completion. */
function JustCompleted(props: {
  model: Model;
  contributionOf: string | undefined;
  onReopen(): Promise<void>;
}) {
  const [completedAt] = useState(Date.now);
  return (
    <CompletedView
      completedAt={completedAt}
      progress={getProgress(props.model)}
      contributionOf={props.contributionOf}
      onReopen={props.onReopen}
    />
  );
}

function ReviewBody(props: {
  state: SessionState;
  round: MemberRoundLabel | undefined;
  onReopen(): Promise<void>;
}) {
  const t = useT();
  const locale = useLocale();
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
            <CompletedView
              completedAt={state.record.completedAt ?? state.record.updatedAt}
              progress={state.record.progress}
              contributionOf={props.round && state.record.id}
              onReopen={props.onReopen}
            />
            <section class="answers" aria-labelledby="answers-title">
              <h2 id="answers-title">{t('app.review.yourAnswers')}</h2>
              <SurveyView model={state.model} />
            </section>
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
            completed={
              <JustCompleted
                model={model}
                contributionOf={props.round && state.record.id}
                onReopen={props.onReopen}
              />
            }
          />
        </>
      );
    }
  }
}
