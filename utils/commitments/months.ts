/** `YYYY-MM` of a date, in local time: the month the member lives in. */
export function monthKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The twelve month keys of a year, January first. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

/** The month `delta` months from `month` ("2026-12" + 1 → "2027-01"). */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return monthKey(new Date(year, number - 1 + delta, 1));
}
