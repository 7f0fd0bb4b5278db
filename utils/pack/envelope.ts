import type { z } from '../zod';
import { type PackIssue, packIssue } from './issues';
import { childPath, pathOf } from './json-path';
import { findMarkup } from './markup';
import { FORMAT_ERROR, type Pack, packSchema } from './schema';

type EnvelopeResult = { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };

/** First pipeline stage: the pack envelope (everything except the SurveyJS inside each form). */
export function checkEnvelope(json: unknown): EnvelopeResult {
  const parsed = packSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, pack: parsed.data };
  return { ok: false, issues: parsed.error.issues.flatMap(toPackIssues) };
}

function toPackIssues(issue: z.core.$ZodIssue): PackIssue[] {
  const path = pathOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [
        issue.input === undefined
          ? packIssue(path, 'envelope.required', { key: String(issue.path.at(-1) ?? '$') })
          : packIssue(path, 'envelope.wrong-type', { expected: issue.expected }),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        packIssue(childPath(path, key), 'envelope.unknown-key', { key }),
      );
    case 'invalid_value':
      return [packIssue(path, 'envelope.invalid-value', { allowed: issue.values })];
    case 'too_small':
      return [
        issue.origin === 'array'
          ? packIssue(path, 'envelope.too-few', { min: Number(issue.minimum) })
          : packIssue(path, 'envelope.empty'),
      ];
    case 'too_big':
      return [packIssue(path, 'envelope.too-long', { max: Number(issue.maximum) })];
    case 'invalid_format':
      return [formatIssue(path, issue)];
    default:
      return [packIssue(path, 'envelope.invalid', { detail: issue.message })];
  }
}

function formatIssue(path: string, issue: z.core.$ZodIssueInvalidStringFormat): PackIssue {
  switch (issue.format) {
    case 'date':
      return packIssue(path, 'envelope.date');
    case 'url':
      return packIssue(path, 'envelope.https-url');
  }
  // Regex checks carry a tag from schema.ts as their message.
  switch (issue.message) {
    case FORMAT_ERROR.kebabCase:
      return packIssue(path, 'envelope.kebab-id');
    case FORMAT_ERROR.semver:
      return packIssue(path, 'envelope.semver');
    case FORMAT_ERROR.visibleText:
      return packIssue(path, 'envelope.empty');
    case FORMAT_ERROR.httpsUrl:
      return packIssue(path, 'envelope.https-url');
    case FORMAT_ERROR.plainText:
      return packIssue(path, 'text.markup', { snippet: findMarkup(String(issue.input)) ?? '' });
  }
  return packIssue(path, 'envelope.invalid', { detail: issue.message });
}
