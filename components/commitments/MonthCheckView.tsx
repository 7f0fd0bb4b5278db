import { useEffect, useRef, useState } from 'preact/hooks';
import { CommitmentError } from '@/utils/commitments/errors';
import { shiftMonth } from '@/utils/commitments/months';
import { type MonthCheck, monthCheck, saveMonthCheck } from '@/utils/commitments/service';
import { formatDateTime } from '@/utils/reviews/summaries';
import {
  NOTE_MAX_LENGTH,
  TASK_STATUSES,
  type TaskStatus,
} from '@/utils/storage/commitment-records';
import { BackBar } from '../app/BackBar';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { setLeaveGuard } from '../app/leave-guard';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { routeHref } from '../app/useHashRoute';
import { ViewHeading } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { LatestResultPanel } from './LatestResultPanel';
import { monthLabel } from './month-label';
import { TaskMeta } from './TaskList';
import './commitments.css';

interface Mark {
  status?: TaskStatus;
  note: string;
}

/** `#/commitments/<registration>/<YYYY-MM>`: mark each registered task for one month. */
export default function MonthCheckView(props: { registrationId: string; month: string }) {
  const t = useT();
  const locale = useLocale();
  const label = monthLabel(props.month, locale);
  const [check, setCheck] = useState<MonthCheck | null>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmarked, setUnmarked] = useState(0);
  const [savedAt, setSavedAt] = useState<number | undefined>(undefined);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(t('commitments.check.title', { month: label }));

  useEffect(() => {
    monthCheck(props.registrationId, props.month).then((found) => {
      setCheck(found);
      setMarks(found.entries.map(({ status, note }) => ({ ...(status && { status }), note })));
      setSavedAt(found.savedAt);
    }, setError);
  }, [props.registrationId, props.month]);

  // Leaving with unsaved marks asks first, by a link, the Back button or closing the tab.
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', onUnload);
    const removeGuard = setLeaveGuard((target) => {
      setLeavingTo(target);
      return true;
    });
    return () => {
      removeEventListener('beforeunload', onUnload);
      removeGuard();
    };
  }, [dirty]);

  const update = (index: number, change: Partial<Mark>) => {
    setMarks((current) =>
      current.map((mark, at) => (at === index ? { ...mark, ...change } : mark)),
    );
    setDirty(true);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!check) return;
    const missing = marks.filter((mark) => !mark.status).length;
    setUnmarked(missing);
    if (missing > 0) {
      summary.current?.focus();
      return;
    }
    try {
      const record = await saveMonthCheck(
        props.registrationId,
        props.month,
        check.entries.map((entry, index) => ({
          task: entry.task.task,
          status: marks[index]?.status as TaskStatus,
          note: marks[index]?.note ?? '',
        })),
      );
      setError(null);
      setDirty(false);
      setSavedAt(record.updatedAt);
    } catch (caught) {
      setError(caught);
    }
  };

  const monthHref = (delta: number) =>
    routeHref({
      name: 'commitment-month',
      registrationId: props.registrationId,
      month: shiftMonth(props.month, delta),
    });

  return (
    <>
      <BackBar href="#/commitments" label={t('commitments.back')} />
      <main class="commitments">
        <ViewHeading>{t('commitments.check.title', { month: label })}</ViewHeading>
        <nav class="actions" aria-label={t('commitments.title')}>
          <a class="link" href={monthHref(-1)}>
            {t('commitments.check.previous')}
          </a>
          <a class="link" href={monthHref(1)}>
            {t('commitments.check.next')}
          </a>
        </nav>
        {error ? <CheckError error={error} /> : null}
        {!check && !error && (
          <p class="loading" role="status">
            {t('app.loading')}
          </p>
        )}
        {check && (
          <div class="month-meeting">
            <form class="month-check" onSubmit={save} noValidate>
              <p>{t('commitments.check.intro')}</p>
              <p
                ref={summary}
                tabIndex={-1}
                class={unmarked > 0 ? 'notice notice--error' : 'visually-hidden'}
              >
                {unmarked > 0 && t('commitments.check.unmarked', { count: unmarked })}
              </p>
              {check.entries.map((entry, index) => (
                <fieldset class="month-check__task" key={entry.task.task}>
                  <legend>
                    {index + 1}. {entry.task.task}
                  </legend>
                  <TaskMeta task={entry.task} t={t} locale={locale} />
                  <div class="month-check__choices">
                    {TASK_STATUSES.map((status) => (
                      <label class="choice" key={status}>
                        <input
                          type="radio"
                          name={`task-${index}`}
                          value={status}
                          checked={marks[index]?.status === status}
                          onChange={() => update(index, { status })}
                        />
                        <span>{t(`commitments.status.${status}`)}</span>
                      </label>
                    ))}
                  </div>
                  <label class="month-check__note">
                    <span>{t('commitments.check.note', { index: index + 1 })}</span>
                    <textarea
                      rows={2}
                      maxLength={NOTE_MAX_LENGTH}
                      value={marks[index]?.note ?? ''}
                      onInput={(event) => update(index, { note: event.currentTarget.value })}
                    />
                  </label>
                </fieldset>
              ))}
              <div class="actions">
                <button type="submit" class="button button--primary">
                  {t('commitments.check.save')}
                </button>
              </div>
              <p role="status" class="meta">
                {savedAt !== undefined &&
                  !dirty &&
                  t('commitments.check.saved', { date: formatDateTime(savedAt, locale) })}
              </p>
            </form>
            <LatestResultPanel />
          </div>
        )}
      </main>
      {leavingTo !== null && (
        <ConfirmDialog
          title={t('commitments.check.leaveTitle')}
          confirmLabel={t('commitments.check.leaveConfirm')}
          onConfirm={() => {
            setDirty(false);
            location.hash = leavingTo;
          }}
          onCancel={() => setLeavingTo(null)}
        >
          <p>{t('commitments.check.leaveBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function CheckError(props: { error: unknown }) {
  const t = useT();
  if (props.error instanceof CommitmentError) {
    return (
      <div class="notice notice--error" role="alert">
        <p>{t(`commitments.error.${props.error.code}`)}</p>
      </div>
    );
  }
  return <StorageErrorNotice error={props.error} />;
}
