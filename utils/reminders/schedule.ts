/** When to remind the member: a day of the month (clamped to short months) and a local time. */
export interface ReminderTime {
  /** 1–31; in a shorter month, its last day. */
  day: number;
  /** `HH:MM`, 24-hour, local time. */
  time: string;
}

function occurrence(year: number, month: number, { day, time }: ReminderTime): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const lastDay = new Date(year, month + 1, 0).getDate();
  return new Date(year, month, Math.min(day, lastDay), hours, minutes);
}

/** The first reminder strictly after `now` (milliseconds since the epoch). */
export function nextReminderAt(now: number, reminder: ReminderTime): number {
  const today = new Date(now);
  const thisMonth = occurrence(today.getFullYear(), today.getMonth(), reminder);
  if (thisMonth.getTime() > now) return thisMonth.getTime();
  return occurrence(today.getFullYear(), today.getMonth() + 1, reminder).getTime();
}
