import { decodeUtf8, findEncodingError } from './encoding';
import { checkEnvelope } from './envelope';
import { type PackIssue, type PackValidationResult, packIssue } from './issues';
import { childPath, pathOf, ROOT_PATH } from './json-path';
import { findJsonSyntaxError, positionAt } from './json-syntax';
import { findTooDeep } from './json-walk';
import { MAX_JSON_DEPTH, MAX_PACK_BYTES } from './limits';
import { aggregateIssues } from './rules/aggregate';
import { aggregateFreeTextIssues } from './rules/aggregate-free-text';
import { expressionLengthIssues } from './rules/expression-length';
import { formIdIssues } from './rules/form-ids';
import { htmlPropertyIssues } from './rules/html-properties';
import { layoutIssues } from './rules/layout';
import { networkPropertyIssues } from './rules/network-properties';
import { noQuestionIssues } from './rules/no-questions';
import { packReferenceIssues } from './rules/pack-references';
import { parentPanelReferenceIssues } from './rules/parent-panel-references';
import { plainTextIssues } from './rules/plain-text';
import { questionLimitIssues } from './rules/question-limit';
import { questionTypeIssues } from './rules/question-types';
import { surveyShapeIssues } from './rules/survey-shape';
import { uniqueNameIssues } from './rules/unique-names';
import { unrenderedPropertyIssues } from './rules/unrendered-properties';
import type { PackForm } from './schema';
import { isQuestion, type SurveyNode, surveyNodes } from './survey-elements';
import { surveyJsonErrorIssues } from './survey-json-errors';
import { surveyLintIssues } from './survey-lint';

export type { PackIssue, PackValidationResult } from './issues';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Validates a pack file's bytes: size, strict UTF-8, then everything {@link validatePackText}
 * checks. Prefer this to decoding the file yourself: lenient decoders hide a wrong encoding.
 */
export function validatePackBytes(bytes: Uint8Array): PackValidationResult {
  const tooLarge = sizeIssue(bytes.byteLength);
  if (tooLarge) return failure([tooLarge]);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return notUtf8(decoded.text, findEncodingError(decoded.text));
  return validatePackText(decoded.text);
}

/** Validates a pack file's text: size, encoding, JSON syntax, then {@link validatePack}. */
export function validatePackText(text: string): PackValidationResult {
  const tooLarge = sizeIssue(new TextEncoder().encode(text).byteLength);
  if (tooLarge) return failure([tooLarge]);
  // Windows editors may save UTF-8 with a byte order mark, which JSON.parse rejects.
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const badEncoding = findEncodingError(json);
  if (badEncoding !== undefined) return notUtf8(json, badEncoding);
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
 * per form: shape and expression length (the form stops here on failure, since survey-core
 * would crash or stall on what they find), survey-core jsonErrors, the SurveyJS linter, our
 * own rules → pack-wide rules. Issues of all forms are collected.
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
  issues.push(
    ...formIdIssues(pack),
    ...questionLimitIssues(questionCount),
    ...packReferenceIssues(pack),
  );
  return issues.length === 0 ? { ok: true, pack } : failure(withoutRepeats(issues));
}

function formIssues(form: PackForm, formPath: string, nodes: SurveyNode[]): PackIssue[] {
  const surveyPath = childPath(formPath, 'survey');
  const early = [
    ...surveyShapeIssues(form.survey, surveyPath),
    ...expressionLengthIssues(form.survey, surveyPath),
  ];
  if (early.length > 0) return early;
  const elementPaths = new Set(
    nodes.filter((node) => node.kind === 'element').map((node) => node.path),
  );
  return [
    ...bySurveyCore(surveyPath, () => surveyJsonErrorIssues(form.survey, surveyPath, elementPaths)),
    ...bySurveyCore(surveyPath, () => surveyLintIssues(form.survey, surveyPath)),
    ...layoutIssues(form.survey, surveyPath),
    ...noQuestionIssues(nodes, surveyPath),
    ...questionTypeIssues(nodes),
    ...htmlPropertyIssues(form.survey, surveyPath),
    ...networkPropertyIssues(form.survey, surveyPath),
    ...unrenderedPropertyIssues(form.survey, surveyPath),
    ...plainTextIssues(form.survey, surveyPath),
    ...uniqueNameIssues(nodes),
    ...parentPanelReferenceIssues(nodes),
    ...aggregateIssues(form.aggregate, childPath(formPath, 'aggregate'), nodes),
    ...aggregateFreeTextIssues(form.aggregate, nodes),
  ];
}

/**
 * Runs a survey-core stage. The shape checks keep known crashes away from survey-core, but it
 * is third-party code: if it still throws (a TypeError, or a RangeError when its recursion
 * overflows), the form is reported as unreadable instead of aborting the whole validation.
 */
function bySurveyCore(surveyPath: string, stage: () => PackIssue[]): PackIssue[] {
  try {
    return stage();
  } catch (error) {
    return [packIssue(surveyPath, 'survey.unreadable', { detail: String(error) })];
  }
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

/** The issue for a file of `bytes` bytes if it is over the limit; lets callers check before reading. */
export function sizeIssue(bytes: number): PackIssue | undefined {
  if (bytes <= MAX_PACK_BYTES) return undefined;
  return packIssue(ROOT_PATH, 'json.too-large', { bytes, limit: MAX_PACK_BYTES });
}

function notUtf8(text: string, offset: number | undefined): PackValidationResult {
  const at = offset === undefined ? undefined : positionAt(text, offset);
  return failure([packIssue(ROOT_PATH, 'json.not-utf8', { at })]);
}

function failure(issues: PackIssue[]): PackValidationResult {
  return { ok: false, issues };
}
