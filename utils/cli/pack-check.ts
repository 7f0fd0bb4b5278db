/**
 * npm run pack:check -- [--json] FILE…
 * Validates pack files; exit code 0 if all are valid, 1 if any is not (or cannot be read),
 * 2 without files. With --json, prints one JSON array of { file, ok, issues } instead of the
 * human-readable report.
 */
import { formatReport, type JsonReportEntry, jsonReportEntry } from '../pack/report';
import { checkPackFile } from './check-file';
import { formatNote, withParentChecks } from './parent-check';

const JSON_FLAG = '--json';

const args = process.argv.slice(2);
// npm removes the `--` of `npm run pack:check -- f.json`; `npx tsx pack-check.ts -- f.json` keeps it.
const rest = args[0] === '--' ? args.slice(1) : args;
const json = rest.includes(JSON_FLAG);
const files = rest.filter((arg) => arg !== JSON_FLAG);
if (files.length === 0) {
  console.error('Cách dùng / Usage: npm run pack:check -- [--json] FILE.json [FILE.json…]');
  process.exit(2);
}

const checked = [];
for (const file of files) checked.push({ file, result: await checkPackFile(file) });
let allValid = true;
const entries: JsonReportEntry[] = [];
// A pack's `parent` is checked against another file given, or the built-in pack.
for (const { file, result, notes } of await withParentChecks(checked)) {
  if (json) entries.push(jsonReportEntry(file, result, notes));
  else console.log([formatReport(file, result), ...notes.map(formatNote)].join('\n'));
  allValid &&= result.ok;
}
if (json) console.log(JSON.stringify(entries, null, 2));
process.exitCode = allValid ? 0 : 1;
