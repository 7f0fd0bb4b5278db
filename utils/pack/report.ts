import type { PackValidationResult } from './issues';

/**
 * Human-readable result for one file: `✓ file`, or `✗ file` and each issue as its path and
 * code, then the Vietnamese message, then the English one.
 */
export function formatReport(file: string, result: PackValidationResult): string {
  if (result.ok) return `✓ ${file}`;
  const lines = [`✗ ${file}`];
  for (const issue of result.issues) {
    lines.push(`  ${issue.path}  [${issue.code}]`, `    ${issue.vi}`, `    (en) ${issue.en}`);
  }
  return lines.join('\n');
}
