import { useEffect, useState } from 'preact/hooks';
import { monthKey } from '@/utils/commitments/months';
import {
  listRegistrations,
  type Registration,
  type YearView,
  yearView,
} from '@/utils/commitments/service';
import { BackBar } from '../app/BackBar';
import { StorageErrorNotice } from '../app/StorageErrorNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { routeHref } from '../app/useHashRoute';
import { ViewHeading } from '../app/ViewHeading';
import { useLocale, useT } from '../i18n';
import { monthLabel } from './month-label';
import { ReminderSettings } from './ReminderSettings';
import { browserReminders } from './reminder-port';
import { TaskList } from './TaskList';
import { YearGrid } from './YearGrid';
import './commitments.css';

/**
 * `#/commitments`: each registration's tasks, this month's check and the year view.
 * `#/commitments/now` (the reminder's notification) goes straight to this month's check.
 */
export default function CommitmentsView(props: { openThisMonth?: boolean }) {
  const t = useT();
  const [views, setViews] = useState<YearView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('commitments.title'));

  useEffect(() => {
    listRegistrations()
      .then((registrations) => {
        const newest = registrations[0];
        if (props.openThisMonth && newest) {
          // Stays "loading" until the month's page replaces this one.
          location.replace(monthHref(newest));
          return null;
        }
        return Promise.all(registrations.map((found) => yearView(found.responseId)));
      })
      .then((found) => found && setViews(found), setError);
  }, [props.openThisMonth]);

  return (
    <>
      <BackBar />
      <main class="commitments">
        <ViewHeading>{t('commitments.title')}</ViewHeading>
        <p>{t('commitments.intro')}</p>
        {error ? (
          <StorageErrorNotice error={error} />
        ) : !views ? (
          <p class="loading" role="status">
            {t('app.loading')}
          </p>
        ) : views.length === 0 ? (
          <>
            <p class="empty">{t('commitments.none')}</p>
            <a class="button button--primary" href="#/">
              {t('commitments.toHome')}
            </a>
          </>
        ) : (
          views.map((view) => (
            <RegistrationSection key={view.registration.responseId} view={view} />
          ))
        )}
        <ReminderSettings port={browserReminders} />
      </main>
    </>
  );
}

function RegistrationSection(props: { view: YearView }) {
  const t = useT();
  const locale = useLocale();
  const { registration, year, rows } = props.view;
  const titleId = `year-${registration.responseId}`;
  const month = currentMonthFor(registration);
  return (
    <section class="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('commitments.year', { year })}</h2>
      {!registration.completed && <p class="notice">{t('commitments.draft')}</p>}
      <div class="actions">
        <a
          class="button button--primary"
          href={routeHref({
            name: 'commitment-month',
            registrationId: registration.responseId,
            month,
          })}
        >
          {t('commitments.checkMonth', { month: monthLabel(month, locale) })}
        </a>
        <a class="button" href={routeHref({ name: 'review', responseId: registration.responseId })}>
          {t('commitments.editRegistration')}
        </a>
      </div>
      <h3>{t('commitments.tasks')}</h3>
      <TaskList tasks={registration.tasks} />
      <YearGrid registrationId={registration.responseId} year={year} rows={rows} />
      <StatusKey />
    </section>
  );
}

function monthHref(registration: Registration): string {
  return routeHref({
    name: 'commitment-month',
    registrationId: registration.responseId,
    month: currentMonthFor(registration),
  });
}

/** This month when it falls in the registration's year; otherwise that year's nearest end. */
function currentMonthFor(registration: Registration): string {
  const now = new Date();
  if (now.getFullYear() === registration.year) return monthKey(now);
  return now.getFullYear() < registration.year
    ? `${registration.year}-01`
    : `${registration.year}-12`;
}

function StatusKey() {
  const t = useT();
  return (
    <p class="meta year-grid__key">
      ✓ {t('commitments.status.da-lam')} · ◐ {t('commitments.status.dang-lam')} · ✗{' '}
      {t('commitments.status.chua-lam')} · — {t('commitments.status.none')}
    </p>
  );
}
