/** The latest full run's tables, pasted between two markers of docs/performance.md. */
export const RESULTS_START = '<!-- bench:results:start -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** `doc` with the text between the markers replaced; throws when the markers are missing. */
export function replaceResults(doc: string, results: string): string {
  const start = doc.indexOf(RESULTS_START);
  const end = doc.indexOf(RESULTS_END);
  if (start < 0 || end < start) {
    throw new Error(`docs/performance.md needs ${RESULTS_START} … ${RESULTS_END}.`);
  }
  // The results' own title gives way to the doc's heading; the rest moves down one level.
  const body = results
    .replace(/^# .*\n+/, '')
    .replace(/^(#+) /gm, '#$1 ')
    .trimEnd();
  return `${doc.slice(0, start + RESULTS_START.length)}\n${body}\n${doc.slice(end)}`;
}
