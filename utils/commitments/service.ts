import {
  type CommitmentCheckRecord,
  type CommitmentEntry,
  TASK_STATUSES,
} from '../storage/commitment-records';
import {
  getCommitmentCheck,
  listCommitmentChecks,
  putCommitmentCheck,
} from '../storage/commitment-store';
import { getResponse, listResponses } from '../storage/responses';
import type { ResponseRecord } from '../storage/types';
import { CommitmentError } from './errors';
import { REGISTRATION_FORM } from './registration-form';
import { type RegisteredTask, registeredTasks, registrationYear } from './tasks';
import { type YearGridRow, yearGrid } from './year-grid';

export interface Registration {
  responseId: string;
  /** The year registered for, or the year the response was started. */
  year: number;
  completed: boolean;
  tasks: RegisteredTask[];
  updatedAt: number;
}

export interface MonthCheck {
  registration: Registration;
  month: string;
  /** One per registered task, in its order; `status` undefined until the member marks it. */
  entries: Array<{ task: RegisteredTask; status?: CommitmentEntry['status']; note: string }>;
  savedAt?: number;
}

function registrationOf(response: ResponseRecord): Registration {
  return {
    responseId: response.id,
    year: registrationYear(response.data) ?? new Date(response.createdAt).getFullYear(),
    completed: response.status === 'completed',
    tasks: registeredTasks(response.data),
    updatedAt: response.updatedAt,
  };
}

const isRegistration = (response: ResponseRecord) =>
  response.packId === REGISTRATION_FORM.packId && response.formId === REGISTRATION_FORM.formId;

/** The member's registrations that list at least one task, newest year first. */
export async function listRegistrations(): Promise<Registration[]> {
  return (await listResponses())
    .filter(isRegistration)
    .map(registrationOf)
    .filter((registration) => registration.tasks.length > 0)
    .sort((a, b) => b.year - a.year || b.updatedAt - a.updatedAt);
}

async function requireRegistration(responseId: string): Promise<Registration> {
  const response = await getResponse(responseId);
  if (!response || !isRegistration(response)) {
    throw new CommitmentError('registration-not-found');
  }
  return registrationOf(response);
}

/** The month's check of every registered task, with what was marked before, if anything. */
export async function monthCheck(responseId: string, month: string): Promise<MonthCheck> {
  const registration = await requireRegistration(responseId);
  const saved = await getCommitmentCheck(responseId, month);
  return {
    registration,
    month,
    entries: registration.tasks.map((task) => {
      const entry = saved?.entries.find((candidate) => candidate.task === task.task);
      return { task, ...(entry && { status: entry.status }), note: entry?.note ?? '' };
    }),
    ...(saved && { savedAt: saved.updatedAt }),
  };
}

/**
 * Saves the month's marks. Every marked task must be one of the registration's tasks and
 * every task must be marked: a half-filled month would read as "chưa làm" in the year view.
 */
export async function saveMonthCheck(
  responseId: string,
  month: string,
  entries: readonly CommitmentEntry[],
): Promise<CommitmentCheckRecord> {
  const registration = await requireRegistration(responseId);
  const known = new Set(registration.tasks.map((task) => task.task));
  const marked = new Set(entries.map((entry) => entry.task));
  if (entries.some((entry) => !known.has(entry.task) || !TASK_STATUSES.includes(entry.status))) {
    throw new CommitmentError('unknown-task');
  }
  if ([...known].some((task) => !marked.has(task))) throw new CommitmentError('unmarked-task');
  return putCommitmentCheck(
    responseId,
    month,
    entries.map((entry) => ({ ...entry, note: entry.note.trim() })),
  );
}

export interface YearView {
  registration: Registration;
  year: number;
  rows: YearGridRow[];
}

/** Tasks × months of the registration's year. */
export async function yearView(responseId: string): Promise<YearView> {
  const registration = await requireRegistration(responseId);
  const checks = await listCommitmentChecks(responseId);
  return {
    registration,
    year: registration.year,
    rows: yearGrid(registration.tasks, checks, registration.year),
  };
}
