import { REGISTRATION_FORM } from './registration-form';

export interface RegisteredTask {
  /** The task as written, trimmed: also its identity across monthly checks. */
  task: string;
  target?: string;
  /** `YYYY-MM-DD`, as the date input stores it. */
  deadline?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The tasks of a registration's answers, in the member's order; rows without a task are
 * skipped and a task written twice is listed once (its monthly status would be shared).
 */
export function registeredTasks(data: Readonly<Record<string, unknown>>): RegisteredTask[] {
  const rows = data[REGISTRATION_FORM.tasks];
  if (!Array.isArray(rows)) return [];
  const seen = new Set<string>();
  return rows.flatMap((row: unknown) => {
    if (typeof row !== 'object' || row === null) return [];
    const fields = row as Record<string, unknown>;
    const task = text(fields[REGISTRATION_FORM.task]);
    if (!task || seen.has(task)) return [];
    seen.add(task);
    const target = text(fields[REGISTRATION_FORM.target]);
    const deadline = text(fields[REGISTRATION_FORM.deadline]);
    return [{ task, ...(target && { target }), ...(deadline && { deadline }) }];
  });
}

/** The year the registration is for, when the member gave a plausible one. */
export function registrationYear(data: Readonly<Record<string, unknown>>): number | undefined {
  const year = Number(data[REGISTRATION_FORM.year]);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}
