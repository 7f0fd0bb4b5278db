/**
 * "2021-10-25" → "25/10/2021": how dates are printed on Vietnamese documents, and the day-first
 * order the app's English uses too (en-GB).
 */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
