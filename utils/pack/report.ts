import type { PackValidationResult } from './issues';
import type { Bilingual } from './messages';

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
  /** Things said about the file that are not issues (e.g. a parent pack that was not given). */
  notes: Bilingual[];
}

export function jsonReportEntry(
  file: string,
  result: PackValidationResult,
  notes: readonly Bilingual[] = [],
): JsonReportEntry {
  const issues = result.ok
    ? []
    : result.issues.map(({ path, code, vi, en }) => ({ path, code, vi, en }));
  return { file, ok: result.ok, issues, notes: [...notes] };
}
