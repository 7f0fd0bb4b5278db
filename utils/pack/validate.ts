import { checkEnvelope } from './envelope';
import { type PackIssue, type PackValidationResult, packIssue } from './issues';
import { childPath, pathOf, ROOT_PATH } from './json-path';
import { findJsonSyntaxError, positionAt } from './json-syntax';
import { findTooDeep } from './json-walk';
import { MAX_JSON_DEPTH, MAX_PACK_BYTES } from './limits';
import { aggregateIssues } from './rules/aggregate';
import { formIdIssues } from './rules/form-ids';
import { htmlPropertyIssues } from './rules/html-properties';
import { layoutIssues } from './rules/layout';
import { plainTextIssues } from './rules/plain-text';
import { questionLimitIssues } from './rules/question-limit';
import { questionTypeIssues } from './rules/question-types';
import { uniqueNameIssues } from './rules/unique-names';
import type { PackForm } from './schema';
import { isQuestion, type SurveyNode, surveyNodes } from './survey-elements';
import { surveyJsonErrorIssues } from './survey-json-errors';
import { surveyLintIssues } from './survey-lint';

export type { PackIssue, PackValidationResult } from './issues';

const BYTE_ORDER_MARK = '\uFEFF';

/** Validates a pack file's text: size, JSON syntax, then everything {@link validatePack} checks. */
export function validatePackText(text: string): PackValidationResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_PACK_BYTES) {
    return failure([packIssue(ROOT_PATH, 'json.too-large', { bytes, limit: MAX_PACK_BYTES })]);
  }
  // Windows editors may save UTF-8 with a byte order mark, which JSON.parse rejects.
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    const offset = findJsonSyntaxError(json);
    const at = offset === undefined ? undefined : positionAt(json, offset);
    return failure([packIssue(ROOT_PATH, 'json.syntax', { at })]);
  }
  return validatePack(parsed);
}

/**
 * Validates parsed pack JSON. Order: nesting depth → zod envelope (stops here on failure) →
 * per form: survey-core jsonErrors, the SurveyJS linter, our own rules → pack-wide rules.
 * Issues of all forms are collected.
 */
export function validatePack(json: unknown): PackValidationResult {
  const tooDeep = findTooDeep(json, ROOT_PATH, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return failure([packIssue(tooDeep, 'json.too-deep', { limit: MAX_JSON_DEPTH })]);
  }
  const envelope = checkEnvelope(json);
  if (!envelope.ok) return envelope;
  const { pack } = envelope;

  let questionCount = 0;
  const issues = pack.forms.flatMap((form, index) => {
    const formPath = pathOf(['forms', index]);
    const nodes = surveyNodes(form.survey, childPath(formPath, 'survey'));
    questionCount += nodes.filter(isQuestion).length;
    return formIssues(form, formPath, nodes);
  });
  issues.push(...formIdIssues(pack), ...questionLimitIssues(questionCount));
  return issues.length === 0 ? { ok: true, pack } : failure(withoutRepeats(issues));
}

function formIssues(form: PackForm, formPath: string, nodes: SurveyNode[]): PackIssue[] {
  const surveyPath = childPath(formPath, 'survey');
  const elementPaths = new Set(
    nodes.filter((node) => node.kind === 'element').map((node) => node.path),
  );
  return [
    ...surveyJsonErrorIssues(form.survey, surveyPath, elementPaths),
    ...surveyLintIssues(form.survey, surveyPath),
    ...layoutIssues(form.survey, surveyPath),
    ...questionTypeIssues(nodes),
    ...htmlPropertyIssues(form.survey, surveyPath),
    ...plainTextIssues(form.survey, surveyPath),
    ...uniqueNameIssues(nodes),
    ...aggregateIssues(form.aggregate, childPath(formPath, 'aggregate'), nodes),
  ];
}

/** The linter reports a dangling name once per mention; one issue per place is enough. */
function withoutRepeats(issues: PackIssue[]): PackIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\n${issue.code}\n${issue.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function failure(issues: PackIssue[]): PackValidationResult {
  return { ok: false, issues };
}
