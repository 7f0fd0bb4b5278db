/**
 * npm run pack:check -- FILE…
 * Validates pack files; exit code 0 if all are valid, 1 if any is not (or cannot be read),
 * 2 without arguments.
 */
import { readFile } from 'node:fs/promises';
import { packIssue } from '../pack/issues';
import { ROOT_PATH } from '../pack/json-path';
import { formatReport } from '../pack/report';
import { validatePackText } from '../pack/validate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Cách dùng / Usage: npm run pack:check -- FILE.json [FILE.json…]');
  process.exit(2);
}

let allValid = true;
for (const file of files) {
  const result = await readFile(file, 'utf8').then(
    validatePackText,
    (error: NodeJS.ErrnoException) => ({
      ok: false as const,
      issues: [packIssue(ROOT_PATH, 'file.unreadable', { file, reason: error.message })],
    }),
  );
  console.log(formatReport(file, result));
  allValid &&= result.ok;
}
process.exitCode = allValid ? 0 : 1;
