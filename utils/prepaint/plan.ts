import type { Locale } from '../i18n/types';
import { withVietnameseFallback } from '../survey/localized-json';
import { type Condition, parseCondition } from './condition';
import { isObject } from './json';

/**
 * What the review page can paint from the pack JSON and the stored answers alone, before
 * survey-core has loaded. It covers the plain shapes survey-core would render the same way
 * whatever the answers are; anything that needs the model (conditions, expressions, numbering,
 * computed values, special choices) is left to the model, which adds it on hydration.
 * Pure: no DOM, no survey-core.
 */
export interface PaintPage {
  surveyTitle: string;
  surveyDescription: string;
  title: string;
  description: string;
  /** Zero-based, among the form's pages (all of which are visible when a plan exists). */
  pageNo: number;
  pageCount: number;
  requiredMark: string;
  questions: PaintQuestion[];
  /** The stored answers, which the questions' conditions read. */
  answers: Record<string, unknown>;
}

export interface PaintChoice {
  value: string | number;
  text: string;
  checked: boolean;
}

interface PaintQuestionBase {
  name: string;
  title: string;
  description: string;
  required: boolean;
  /** survey-core's `visibleIf`, when it is one of the simple forms `parseCondition` reads. */
  condition?: Condition;
}

export interface PaintChoiceQuestion extends PaintQuestionBase {
  kind: 'radio' | 'checkbox';
  columns: number;
  choices: PaintChoice[];
}

export interface PaintTextQuestion extends PaintQuestionBase {
  kind: 'comment' | 'text';
  value: string;
  rows: number;
  maxLength: number | undefined;
  placeholder: string;
  grows: boolean;
}

export type PaintQuestion = PaintChoiceQuestion | PaintTextQuestion;

export interface PlanInput {
  survey: Record<string, unknown>;
  data: Record<string, unknown>;
  currentPage: number;
  locale: Locale;
}

// Survey properties that do not change how a page in progress looks. Any other one (a start
// page, numbering, widths, triggers…) could, so the page waits for the model.
const SURVEY_KEYS = new Set([
  'title',
  'description',
  'pages',
  'elements',
  'showQuestionNumbers',
  'progressBarType',
  'showProgressBar',
  'checkErrorsMode',
  'requiredMark',
  'completedHtml',
  'completeText',
  'pageNextText',
  'pagePrevText',
  'locale',
]);
const PAGE_KEYS = new Set(['name', 'title', 'description', 'elements']);
const BASE_KEYS = [
  'type',
  'name',
  'title',
  'description',
  'isRequired',
  'requiredErrorText',
  'visibleIf',
];
// Validators add errors only when the member checks or completes: never on the first paint.
const QUESTION_KEYS: Record<string, Set<string>> = {
  radiogroup: new Set([...BASE_KEYS, 'validators', 'choices', 'colCount']),
  checkbox: new Set([...BASE_KEYS, 'validators', 'choices', 'colCount']),
  comment: new Set([...BASE_KEYS, 'validators', 'rows', 'maxLength', 'placeholder', 'autoGrow']),
  text: new Set([...BASE_KEYS, 'validators', 'maxLength', 'placeholder', 'inputType']),
};
// What may hide an element: a page needs one element without them to be surely shown.
const CONDITIONAL_KEYS = ['visibleIf', 'visible'];

type Json = Record<string, unknown>;

/** The page the model would show for this draft, or null when it cannot be known without it. */
export function planPrepaint(input: PlanInput): PaintPage | null {
  // The same text fallback the model is given (English under "default", Vietnamese behind it).
  const survey = withVietnameseFallback(input.survey);
  if (!Object.keys(survey).every((key) => SURVEY_KEYS.has(key))) return null;
  if (survey.showQuestionNumbers !== undefined && survey.showQuestionNumbers !== 'off') return null;
  const pages = pagesOf(survey);
  if (!pages || pages.length === 0) return null;
  // survey-core skips a page with nothing visible on it: then page numbers are not static.
  if (!pages.every((page) => page.elements.some((element) => !isConditional(element)))) {
    return null;
  }
  const page = pages[input.currentPage];
  if (!page) return null;
  const text = textReader(input.locale);
  const title = text(page.json.title);
  const description = text(page.json.description);
  const surveyTitle = text(survey.title);
  const surveyDescription = text(survey.description);
  const requiredMark = survey.requiredMark === undefined ? '*' : survey.requiredMark;
  if ([title, description, surveyTitle, surveyDescription].includes(null)) return null;
  if (typeof requiredMark !== 'string') return null;
  const questions: PaintQuestion[] = [];
  for (const element of page.elements) {
    const question = planQuestion(element, input.data, text);
    if (question) questions.push(question);
  }
  return {
    surveyTitle: surveyTitle ?? '',
    surveyDescription: surveyDescription ?? '',
    title: title ?? '',
    description: description ?? '',
    pageNo: input.currentPage,
    pageCount: pages.length,
    requiredMark,
    questions,
    answers: input.data,
  };
}

interface PageJson {
  json: Json;
  elements: Json[];
}

function pagesOf(survey: Json): PageJson[] | null {
  const list = survey.pages ?? (survey.elements ? [{ elements: survey.elements }] : undefined);
  if (!Array.isArray(list)) return null;
  const pages: PageJson[] = [];
  for (const page of list) {
    if (!isObject(page) || !Object.keys(page).every((key) => PAGE_KEYS.has(key))) return null;
    const elements = page.elements ?? [];
    if (!Array.isArray(elements) || !elements.every(isObject)) return null;
    pages.push({ json: page, elements });
  }
  return pages;
}

function isConditional(element: Json): boolean {
  return CONDITIONAL_KEYS.some((key) => key in element);
}

type TextReader = (value: unknown) => string | null;

/**
 * Pack text as survey-core shows it in `locale`: a string, or a localized object read the way
 * survey-core reads it after `withVietnameseFallback`. Null for what survey-core would change
 * (`{placeholders}` it fills in) or what this reader does not know.
 */
function textReader(locale: Locale): TextReader {
  return (value) => {
    if (value === undefined) return '';
    const resolved =
      typeof value === 'string'
        ? value
        : isObject(value)
          ? locale === 'en'
            ? value.default
            : (value.vi ?? value.default)
          : undefined;
    if (resolved === undefined) return isObject(value) ? '' : null;
    if (typeof resolved !== 'string' || /\{[^}]*\}/.test(resolved)) return null;
    return resolved;
  };
}

function planQuestion(element: Json, data: Json, text: TextReader): PaintQuestion | null {
  const type = element.type;
  const allowed = typeof type === 'string' ? QUESTION_KEYS[type] : undefined;
  if (!allowed || !Object.keys(element).every((key) => allowed.has(key))) return null;
  const { name } = element;
  if (typeof name !== 'string' || name === '') return null;
  const title = element.title === undefined ? name : text(element.title);
  const description = text(element.description);
  const required = element.isRequired ?? false;
  if (title === null || description === null || typeof required !== 'boolean') return null;
  const condition = element.visibleIf === undefined ? undefined : conditionOf(element.visibleIf);
  if (condition === null) return null;
  const base = { name, title: title || name, description, required, condition };
  const value = data[name];
  if (type === 'radiogroup' || type === 'checkbox') {
    const columns = element.colCount ?? 1;
    if (typeof columns !== 'number') return null;
    const choices = planChoices(element.choices, value, type === 'checkbox', text);
    if (!choices) return null;
    return { ...base, kind: type === 'radiogroup' ? 'radio' : 'checkbox', columns, choices };
  }
  if (value !== undefined && typeof value !== 'string') return null;
  if (type === 'text' && element.inputType !== undefined && element.inputType !== 'text') {
    return null;
  }
  const placeholder = text(element.placeholder);
  const maxLength = element.maxLength;
  const rows = element.rows ?? 4;
  if (placeholder === null || typeof rows !== 'number') return null;
  if (maxLength !== undefined && typeof maxLength !== 'number') return null;
  return {
    ...base,
    kind: type === 'comment' ? 'comment' : 'text',
    value: value ?? '',
    rows,
    // survey-core's getMaxLength: zero or less means no limit.
    maxLength: maxLength !== undefined && maxLength > 0 ? maxLength : undefined,
    placeholder,
    grows: element.autoGrow !== false,
  };
}

function conditionOf(visibleIf: unknown): Condition | null {
  return typeof visibleIf === 'string' ? parseCondition(visibleIf) : null;
}

function planChoices(
  list: unknown,
  value: unknown,
  multiple: boolean,
  text: TextReader,
): PaintChoice[] | null {
  if (!Array.isArray(list)) return null;
  const selected: unknown = multiple ? (value ?? []) : [value];
  if (!Array.isArray(selected)) return null;
  const choices: PaintChoice[] = [];
  for (const item of list) {
    const choice: Json = isObject(item) ? item : { value: item };
    if (!Object.keys(choice).every((key) => key === 'value' || key === 'text')) return null;
    const choiceValue = choice.value;
    if (typeof choiceValue !== 'string' && typeof choiceValue !== 'number') return null;
    const label = choice.text === undefined ? String(choiceValue) : text(choice.text);
    if (label === null) return null;
    const checked = selected.some((answer) => sameValue(answer, choiceValue));
    choices.push({ value: choiceValue, text: label || String(choiceValue), checked });
  }
  return choices;
}

/** survey-core compares answers loosely enough that 2 and "2" are the same choice. */
function sameValue(answer: unknown, choice: string | number): boolean {
  return (
    answer === choice ||
    ((typeof answer === 'number' || typeof answer === 'string') &&
      String(answer) === String(choice))
  );
}
