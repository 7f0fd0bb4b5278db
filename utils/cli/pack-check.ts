/**
 * npm run pack:check -- FILE…
 * Validates pack files; exit code 0 if all are valid, 1 if any is not (or cannot be read),
 * 2 without arguments.
 */
import { formatReport } from '../pack/report';
import { checkPackFile } from './check-file';
import { formatNote, withParentChecks } from './parent-check';

const args = process.argv.slice(2);
// npm removes the `--` of `npm run pack:check -- f.json`; `npx tsx pack-check.ts -- f.json` keeps it.
const files = args[0] === '--' ? args.slice(1) : args;
if (files.length === 0) {
  console.error('Cách dùng / Usage: npm run pack:check -- FILE.json [FILE.json…]');
  process.exit(2);
}

const checked = [];
for (const file of files) checked.push({ file, result: await checkPackFile(file) });
let allValid = true;
// A pack's `parent` is checked against another file given, or the built-in pack.
for (const { file, result, notes } of await withParentChecks(checked)) {
  console.log([formatReport(file, result), ...notes.map(formatNote)].join('\n'));
  allValid &&= result.ok;
}
process.exitCode = allValid ? 0 : 1;
