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

/** One file's result in `pack:check --json`: issues as `{ path, code, vi, en }`, [] when valid. */
export interface JsonReportEntry {
  file: string;
  ok: boolean;
  issues: Array<{ path: string; code: string; vi: string; en: string }>;
}

export function jsonReportEntry(file: string, result: PackValidationResult): JsonReportEntry {
  const issues = result.ok
    ? []
    : result.issues.map(({ path, code, vi, en }) => ({ path, code, vi, en }));
  return { file, ok: result.ok, issues };
}
