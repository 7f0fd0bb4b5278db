/**
 * npm run pack:check -- FILE…
 * Validates pack files; exit code 0 if all are valid, 1 if any is not (or cannot be read),
 * 2 without arguments.
 */
import { formatReport } from '../pack/report';
import { checkPackFile } from './check-file';

const args = process.argv.slice(2);
// npm removes the `--` of `npm run pack:check -- f.json`; `npx tsx pack-check.ts -- f.json` keeps it.
const files = args[0] === '--' ? args.slice(1) : args;
if (files.length === 0) {
  console.error('Cách dùng / Usage: npm run pack:check -- FILE.json [FILE.json…]');
  process.exit(2);
}

let allValid = true;
for (const file of files) {
  const result = await checkPackFile(file);
  console.log(formatReport(file, result));
  allValid &&= result.ok;
}
process.exitCode = allValid ? 0 : 1;
