import { useEffect, useRef, useState } from 'preact/hooks';
import type { Model } from 'survey-core';
import { paperFormOf } from '@/utils/annual/forms';
import { localize } from '@/utils/pack/localize';
import type { Pack, PackForm } from '@/utils/pack/schema';
import { formatDateTime } from '@/utils/reviews/summaries';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { getProgress } from '@/utils/survey/progress';
import { PullInOffer } from '../annual/PullInOffer';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { setLeaveGuard } from '../app/leave-guard';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useSettings } from '../app/settings-context';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { requestViewFocus, ViewHeading } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { ReviewName } from '../reviews/ReviewName';
import { useMemberRound } from '../rounds/member/useMemberRound';
import { SurveyView } from '../survey/SurveyView';
import { CompletedView } from './CompletedView';
import { DraftMoveOffer } from './DraftMoveOffer';
import { endPrepaint, handOverPrepaint } from './prepaint-handover';
import { ReopenedBar } from './ReopenedBar';
import { ResultSummary } from './ResultSummary';
import { reopenResponse } from './reopen';
import { SaveStatus } from './SaveStatus';
import { type ReviewTarget, type SessionState, useReviewSession } from './useReviewSession';

/**
 * One response: the survey while it is a draft, its summary once completed. `start` opens a
 * new review of one form, stored with its first answer.
 */
export default function ReviewView(props: ReviewTarget) {
  const t = useT();
  const locale = useLocale();
  const { state, reload } = useReviewSession(props, locale);
  const responseId =
    'responseId' in props ? props.responseId : state.kind === 'editing' ? state.session.id : '';
  const round = useMemberRound(responseId);
  useDocumentTitle('form' in state ? localize(state.form.title, locale) : undefined);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  // The completion time shown in the "edit again?" question, while it is asked.
  const [reopening, setReopening] = useState<number | null>(null);
  const [reopenError, setReopenError] = useState<unknown>(null);
  const leaveConfirmed = useRef(false);
  const askReopen = async (completedAt: number) => {
    setReopenError(null);
    setReopening(completedAt);
  };
  const reopen = async () => {
    if (state.kind === 'editing') {
      // A held or failed save is explained at the top; reopening waits until it is resolved.
      const saved = await state.session.flush().then(
        () => true,
        () => false,
      );
      if (!saved) return;
    }
    await reopenResponse(responseId);
    requestViewFocus();
    reload();
  };
  // The live page is rendered (still hidden): it takes over from the pre-painted page.
  useEffect(() => {
    if (state.kind === 'editing') handOverPrepaint(props, state.session.model);
    else if (state.kind !== 'loading') endPrepaint();
  }, [state]);
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
        {reopenError ? <StorageErrorNotice error={reopenError} /> : null}
        <ReviewBody state={state} round={round} onReopen={askReopen} onReload={reload} />
      </main>
      {reopening !== null && (
        <ConfirmDialog
          title={t('reviews.reopenAsk.title')}
          tone="primary"
          confirmLabel={t('app.review.reopen')}
          onConfirm={() => {
            setReopening(null);
            reopen().catch(setReopenError);
          }}
          onCancel={() => setReopening(null)}
        >
          <p>{t('reviews.reopenAsk.body', { date: formatDateTime(reopening, locale) })}</p>
          <p>{t('reviews.reopenAsk.cancelHint')}</p>
        </ConfirmDialog>
      )}
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
  previousCompletions: number[] | undefined;
  onReopen(completedAt: number): Promise<void>;
}

/** The completion notice and its actions, then the result to read and print. */
function Completed(
  props: CompletedProps & { completedAt: number; progress: { answered: number; total: number } },
) {
  return (
    <>
      <CompletedView
        completedAt={props.completedAt}
        previousCompletions={props.previousCompletions}
        progress={props.progress}
        contributionOf={props.contributionOf}
        documentOf={paperFormOf(props.pack.id, props.form.id) && props.responseId}
        onReopen={() => props.onReopen(props.completedAt)}
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
  onReopen(completedAt: number): Promise<void>;
  onReload(): void;
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
          <ReviewName
            record={state.record}
            ordinal={state.ordinal}
            unsaved={state.kind === 'editing' && state.unsaved === true}
            round={props.round}
          />
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
              previousCompletions={state.record.completions}
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
          {state.record.reopened && (
            <ReopenedBar
              session={state.session}
              completedAt={state.record.reopened.completedAt}
              onCancelled={props.onReload}
            />
          )}
          {paperFormOf(state.pack.id, state.form.id) && <PullInOffer model={model} />}
          {!state.unsaved && (
            <DraftMoveOffer
              responseId={state.record.id}
              fromVersion={state.record.packVersion}
              fromForm={state.form}
              session={state.session}
            />
          )}
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
                previousCompletions={state.record.completions}
                onReopen={props.onReopen}
              />
            }
          />
        </>
      );
    }
  }
}
