import { ConditionRunner, type Question, type SurveyModel } from 'survey-core';
import type { Locale } from '../i18n/types';
import { choiceKey, formQuestions, nameKey } from '../pack/form-questions';
import { localize } from '../pack/localize';
import type { ChoiceValue, PackForm } from '../pack/schema';

/** An answer as a member reads it: a text, and parts for matrix rows, repeated panels, comments. */
export interface SummaryAnswer {
  text: string | undefined;
  parts: SummaryAnswerPart[];
}

export interface SummaryAnswerPart {
  label: string;
  answer: SummaryAnswer;
}

/** A question shown only for certain answers of an item (the remedy box of a manifestation). */
export interface SummaryFollowUp {
  name: string;
  /** survey-core's number ("3."), empty when the form shows none. */
  number: string;
  title: string;
  /** Undefined when the member left it empty. */
  answer: SummaryAnswer | undefined;
}

export interface SummaryItem extends SummaryFollowUp {
  /** Answered with one of the indicator's values ("Có biểu hiện", "… một phần"). */
  flagged: boolean;
  /** The visible questions whose visibility depends on this item, in form order. */
  followUps: SummaryFollowUp[];
}

/** A group of the form's aggregate, or a page for the questions in no group. */
export interface SummarySection {
  id: string;
  /** Undefined for a page without a title: show it by its number. */
  title: string | undefined;
  /** The page's place among the visible pages (1-based); undefined for a group. */
  pageNumber: number | undefined;
  items: SummaryItem[];
}

export interface ResultSummary {
  /** The texts of the indicator's values in choice order; undefined when the form has none. */
  indicatorAnswers: string[] | undefined;
  /** Items answered with an indicator value, by group; empty when the form has no indicator. */
  flagged: SummarySection[];
  /** The other answered items, by group, then the other questions by page. */
  answered: SummarySection[];
  /** Visible items left unanswered, in the same sections. */
  unanswered: SummarySection[];
}

interface Shown {
  question: Question;
  order: number;
  pageIndex: number;
  /** The aggregate group index, when the question is counted in one. */
  group: number | undefined;
}

/**
 * A completed review as a readable result: with an indicator, the flagged items first (each with
 * its remedy text), then the rest; grouped by the form's aggregate groups, in form order within
 * a group; questions in no group follow by page. Only what the member could see counts: hidden
 * pages and questions are left out. Texts come from the model, so they follow its locale.
 */
export function buildResultSummary(
  model: SurveyModel,
  form: Pick<PackForm, 'survey' | 'aggregate'>,
  locale: Locale,
): ResultSummary {
  const { groups, indicator } = form.aggregate;
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const name of group.questions) {
      if (!groupOf.has(nameKey(name))) groupOf.set(nameKey(name), index);
    }
  });

  const pages = model.pages.filter((page) => page.isVisible);
  const shown: Shown[] = pages.flatMap((page, pageIndex) =>
    page.questions
      .filter((question) => question.isVisible && question.isParentVisible)
      .map((question) => ({
        question,
        order: 0,
        pageIndex,
        group: groupOf.get(nameKey(question.name)),
      })),
  );
  shown.forEach((entry, order) => {
    entry.order = order;
  });

  const owners = followUpOwners(shown);
  const indicatorKeys = new Set(indicator?.values.map(choiceKey));
  const itemOf = (entry: Shown): SummaryItem => ({
    ...followUpOf(entry.question),
    flagged: indicator !== undefined && hasValueIn(entry.question.value, indicatorKeys),
    followUps: shown
      .filter((other) => owners.get(other) === entry)
      .map((other) => followUpOf(other.question)),
  });

  const sections: Array<{
    id: string;
    title: string | undefined;
    pageNumber: number | undefined;
    items: SummaryItem[];
  }> = [
    ...groups.map((group, index) => ({
      id: `group:${group.id}`,
      title: localize(group.title, locale),
      pageNumber: undefined,
      items: shown.filter((entry) => entry.group === index).map(itemOf),
    })),
    ...pages.map((page, index) => ({
      id: `page:${page.name}`,
      title: page.locTitle.calculatedText || undefined,
      pageNumber: index + 1,
      items: shown
        .filter(
          (entry) => entry.pageIndex === index && entry.group === undefined && !owners.has(entry),
        )
        .map(itemOf),
    })),
  ];
  const part = (keep: (item: SummaryItem) => boolean): SummarySection[] =>
    sections
      .map((section) => ({ ...section, items: section.items.filter(keep) }))
      .filter((section) => section.items.length > 0);

  return {
    indicatorAnswers: indicator && indicatorTexts(form, indicator.values, groups, locale),
    flagged: part((item) => item.flagged),
    answered: part((item) => !item.flagged && item.answer !== undefined),
    unanswered: part((item) => item.answer === undefined),
  };
}

/**
 * Each shown question outside the groups whose visibleIf (or an enclosing panel's) names a shown
 * grouped item belongs to that item: to the nearest one before it, else the first one named.
 */
function followUpOwners(shown: Shown[]): Map<Shown, Shown> {
  const owners = new Map<Shown, Shown>();
  const items = shown.filter((entry) => entry.group !== undefined);
  for (const entry of shown) {
    if (entry.group !== undefined) continue;
    const names = conditionVariables(entry.question);
    const named = items.filter((item) => names.some((name) => refersTo(name, item.question)));
    const owner = named.filter((item) => item.order < entry.order).at(-1) ?? named[0];
    if (owner) owners.set(entry, owner);
  }
  return owners;
}

/** The variables of the question's visibleIf and those of the panels it sits in. */
function conditionVariables(question: Question): string[] {
  const expressions: string[] = [];
  for (let element: Question | undefined = question; element; ) {
    if (element.visibleIf) expressions.push(element.visibleIf);
    const parent: unknown = element.parent;
    element = isPanel(parent) ? (parent as unknown as Question) : undefined;
  }
  return expressions.flatMap((expression) => new ConditionRunner(expression).getVariables());
}

function isPanel(element: unknown): boolean {
  return (
    typeof element === 'object' &&
    element !== null &&
    'isPage' in element &&
    (element as { isPage: boolean }).isPage === false
  );
}

/** `{tt1}`, `{matrix.row}` or `{list[0].x}` all refer to the question storing under its name. */
function refersTo(variable: string, question: Question): boolean {
  const key = question.getValueName();
  return variable === key || variable.startsWith(`${key}.`) || variable.startsWith(`${key}[`);
}

function hasValueIn(value: unknown, keys: ReadonlySet<string>): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((one) => isChoiceValue(one) && keys.has(choiceKey(one)));
}

function isChoiceValue(value: unknown): value is ChoiceValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function followUpOf(question: Question): SummaryFollowUp {
  return {
    name: question.name,
    number: question.no,
    title: question.locTitle.calculatedText,
    answer: answerOf(question),
  };
}

function answerOf(question: Question): SummaryAnswer | undefined {
  const answer = question.isEmpty()
    ? undefined
    : plainAnswer(question.getPlainData({ includeEmpty: false }));
  const comment = question.hasComment ? question.comment.trim() : '';
  if (!comment) return answer;
  const part = { label: question.locCommentText.calculatedText, answer: textAnswer(comment) };
  return { text: answer?.text, parts: [...(answer?.parts ?? []), part] };
}

type PlainData = ReturnType<Question['getPlainData']>;

/** survey-core's plain data: display texts, nested for matrix rows and repeated panels. */
function plainAnswer(data: PlainData): SummaryAnswer | undefined {
  const shown: unknown = data.displayValue;
  if (isChoiceValue(shown)) return shown === '' ? undefined : textAnswer(String(shown));
  if (Array.isArray(shown) && shown.every(isChoiceValue)) {
    return shown.length === 0 ? undefined : textAnswer(shown.join(', '));
  }
  const parts = (data.data ?? []).flatMap((child): SummaryAnswerPart[] => {
    const answer = plainAnswer(child);
    if (!answer) return [];
    // A repeated panel's entries are named by their index.
    const label = typeof child.name === 'number' ? `${child.title} ${child.name + 1}` : child.title;
    return [{ label, answer }];
  });
  if (parts.length > 0) return { text: undefined, parts };
  return shown === undefined || shown === null ? undefined : textAnswer(JSON.stringify(shown));
}

function textAnswer(text: string): SummaryAnswer {
  return { text, parts: [] };
}

/** The indicator values as the first grouped question with choices words them, in its order. */
function indicatorTexts(
  form: Pick<PackForm, 'survey'>,
  values: ChoiceValue[],
  groups: PackForm['aggregate']['groups'],
  locale: Locale,
): string[] {
  const questions = formQuestions(form);
  const choices = groups
    .flatMap((group) => group.questions)
    .map((name) => questions.get(nameKey(name))?.choices)
    .find((found) => found !== undefined);
  const keys = values.map(choiceKey);
  const named = (choices ?? []).filter((choice) => keys.includes(choice.key));
  const unnamed = values.filter(
    (value) => !named.some((choice) => choice.key === choiceKey(value)),
  );
  return [...named.map((choice) => localize(choice.text, locale)), ...unnamed.map(String)];
}
