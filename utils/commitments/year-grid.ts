import type { CommitmentCheckRecord, TaskStatus } from '../storage/commitment-records';
import { monthsOf } from './months';
import type { RegisteredTask } from './tasks';

export interface YearGridRow {
  task: string;
  /** One per month, January first: the status marked that month, or undefined if not checked. */
  months: Array<TaskStatus | undefined>;
}

/** Tasks × the twelve months of `year`, from the checks made; a check's task matches by text. */
export function yearGrid(
  tasks: readonly RegisteredTask[],
  checks: readonly CommitmentCheckRecord[],
  year: number,
): YearGridRow[] {
  const byMonth = new Map(checks.map((check) => [check.month, check]));
  return tasks.map(({ task }) => ({
    task,
    months: monthsOf(year).map(
      (month) => byMonth.get(month)?.entries.find((entry) => entry.task === task)?.status,
    ),
  }));
}
