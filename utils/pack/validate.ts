import { decodeUtf8, findEncodingError } from './encoding';
import { checkEnvelope } from './envelope';
import { type PackIssue, type PackValidationResult, packIssue } from './issues';
import { childPath, pathOf, ROOT_PATH } from './json-path';
import { findJsonSyntaxError, positionAt } from './json-syntax';
import { findTooDeep } from './json-walk';
import { MAX_JSON_DEPTH, MAX_PACK_BYTES } from './limits';
import { type CheckedForm, readableForms } from './readable-forms';
import { aggregateIssues } from './rules/aggregate';
import { aggregateChoiceIssues } from './rules/aggregate-choices';
import { aggregateFreeTextIssues } from './rules/aggregate-free-text';
import { bidiControlIssues } from './rules/bidi-controls';
import { choiceLookAlikeIssues } from './rules/choice-look-alikes';
import { dynamicPanelIssues } from './rules/dynamic-panels';
import { expressionLengthIssues } from './rules/expression-length';
import { expressionCharacters, expressionTotalIssues } from './rules/expression-total';
import { formIdIssues } from './rules/form-ids';
import { htmlPropertyIssues } from './rules/html-properties';
import { layoutIssues } from './rules/layout';
import { localeIssues } from './rules/locale';
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
 * Validates parsed pack JSON. Order: nesting depth → zod envelope and bidi controls (anywhere
 * in the file) → per form: shape,
 * expression length and dynamic panel limits (the form stops here on failure, since
 * survey-core would crash or stall on what they find), survey-core jsonErrors, the SurveyJS
 * linter, our own rules → pack-wide rules. An invalid envelope does not stop the survey
 * checks as long as the forms can be read (see readable-forms.ts), so one run reports
 * everything; over a pack-wide size limit, survey-core and the linter never run.
 */
export function validatePack(json: unknown): PackValidationResult {
  const tooDeep = findTooDeep(json, ROOT_PATH, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return failure([packIssue(tooDeep, 'json.too-deep', { limit: MAX_JSON_DEPTH })]);
  }
  const envelope = checkEnvelope(json);
  const textIssues = [
    ...(envelope.ok ? [] : envelope.issues),
    ...bidiControlIssues(json, ROOT_PATH),
  ];
  const forms = envelope.ok ? envelope.pack.forms : readableForms(json);
  if (!forms) return failure(textIssues);

  const read = forms.map((form, index) => {
    const formPath = pathOf(['forms', index]);
    return { form, formPath, nodes: surveyNodes(form.survey, childPath(formPath, 'survey')) };
  });
  const packWide = [
    ...questionLimitIssues(
      read.reduce((sum, { nodes }) => sum + nodes.filter(isQuestion).length, 0),
    ),
    ...expressionTotalIssues(
      forms.reduce((sum, form) => sum + expressionCharacters(form.survey), 0),
    ),
  ];
  const issues = [
    ...textIssues,
    ...read.flatMap(({ form, formPath, nodes }) =>
      formIssues(form, formPath, nodes, packWide.length > 0),
    ),
    ...(envelope.ok ? [...formIdIssues(envelope.pack), ...packReferenceIssues(envelope.pack)] : []),
    ...packWide,
  ];
  if (issues.length === 0 && envelope.ok) return { ok: true, pack: envelope.pack };
  return failure(withoutRepeats(issues));
}

/** A form's issues; `earlyOnly` stops before survey-core, for a pack over a size limit. */
function formIssues(
  form: CheckedForm,
  formPath: string,
  nodes: SurveyNode[],
  earlyOnly: boolean,
): PackIssue[] {
  const surveyPath = childPath(formPath, 'survey');
  const early = [
    ...surveyShapeIssues(form.survey, surveyPath),
    ...expressionLengthIssues(form.survey, surveyPath),
    ...dynamicPanelIssues(nodes, surveyPath),
  ];
  if (early.length > 0 || earlyOnly) return early;
  const elementPaths = new Set(
    nodes.filter((node) => node.kind === 'element').map((node) => node.path),
  );
  const readIssues = bySurveyCore(surveyPath, () =>
    surveyJsonErrorIssues(form.survey, surveyPath, elementPaths),
  );
  // A value survey-core does not read at all is reported as such, not also as "not shown".
  const invalidPaths = new Set(
    readIssues.filter((issue) => issue.code === 'survey.invalid-value').map(({ path }) => path),
  );
  return [
    ...readIssues,
    ...bySurveyCore(surveyPath, () => surveyLintIssues(form.survey, surveyPath)),
    ...layoutIssues(form.survey, surveyPath),
    ...localeIssues(form.survey, surveyPath),
    ...noQuestionIssues(nodes, surveyPath),
    ...questionTypeIssues(nodes),
    ...htmlPropertyIssues(form.survey, surveyPath),
    ...networkPropertyIssues(form.survey, surveyPath),
    ...unrenderedPropertyIssues(form.survey, surveyPath).filter(
      ({ path }) => !invalidPaths.has(path),
    ),
    ...plainTextIssues(form.survey, surveyPath),
    ...choiceLookAlikeIssues(form.survey, surveyPath),
    ...uniqueNameIssues(nodes),
    ...parentPanelReferenceIssues(nodes),
    ...aggregateIssues(form.aggregate, childPath(formPath, 'aggregate'), nodes),
    ...aggregateFreeTextIssues(form.aggregate, nodes),
    ...aggregateChoiceIssues(form, formPath),
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
