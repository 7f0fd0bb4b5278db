import { choiceKey, type FormQuestion, formQuestions, nameKey } from './form-questions';
import { type FormLineage, lineageFormOf, normalisedLineage } from './lineage-entry';
import type { ChoiceValue, LocalizedText, Pack } from './schema';

/** survey-core's default `commentSuffix`: the note of question `q` is stored under `q-Comment`. */
export const COMMENT_SUFFIX = '-Comment';

export type DraftMoveReason = 'removed' | 'no-question' | 'value-not-allowed';

/** What happens to one answer key of the draft when it moves to the other version. */
export interface DraftMoveEntry {
  /** kept: same key and value; mapped: renamed and/or value changed; dropped: not carried over. */
  kind: 'kept' | 'mapped' | 'dropped';
  /** The key in the old draft. */
  from: string;
  /** The key in the new draft (kept and mapped). */
  to?: string;
  /** The question's title, in the new version when it has one there. */
  title: LocalizedText;
  before: unknown;
  after?: unknown;
  /** Why a dropped answer is dropped: declared removed, no question of that name, a value the new question does not offer. */
  reason?: DraftMoveReason;
}

export interface DraftMovePlan {
  entries: DraftMoveEntry[];
  /** The draft's answers for the new version: kept and mapped entries only. */
  data: Record<string, unknown>;
}

export interface DraftMoveInput {
  from: Pack;
  to: Pack;
  formId: string;
  data: Record<string, unknown>;
}

/**
 * How a draft's answers move from one version of a pack to another: by the lineage entry of
 * `to` whose `from` is `from.version` (renamed questions, mapped choice values, removed
 * questions), else by question name. Answers are stored by `valueName` when a question has
 * one; `q-Comment` notes follow their question. Checkbox arrays keep the values the new
 * question still offers; object values (matrix, paneldynamic) move as a whole. Pure: the
 * caller shows the plan and saves `data` only when the member confirms.
 */
export function planDraftMove({ from, to, formId, data }: DraftMoveInput): DraftMovePlan {
  const oldForm = from.forms.find((form) => form.id === formId);
  const newForm = to.forms.find((form) => form.id === formId);
  const oldByKey = byStorageKey(oldForm ? formQuestions(oldForm) : new Map());
  const newQuestions = newForm ? formQuestions(newForm) : new Map<string, FormQuestion>();
  const newByKey = byStorageKey(newQuestions);
  const lineage = normalisedLineage(lineageFormOf(to, from.version, formId));
  const move: Mover = { oldByKey, newQuestions, newByKey, lineage };

  const entries = Object.entries(data).map(([key, value]) => planKey(move, key, value));
  const moved: Record<string, unknown> = {};
  for (const entry of entries) {
    // The first answer moved to a key wins; a second would silently overwrite it.
    if (entry.kind === 'dropped' || entry.to === undefined) continue;
    if (Object.hasOwn(moved, entry.to)) {
      Object.assign(entry, { kind: 'dropped', reason: 'no-question' });
      delete entry.to;
      delete entry.after;
      continue;
    }
    moved[entry.to] = entry.after;
  }
  return { entries, data: moved };
}

interface Mover {
  oldByKey: Map<string, FormQuestion>;
  newQuestions: Map<string, FormQuestion>;
  newByKey: Map<string, FormQuestion>;
  lineage: FormLineage;
}

/** The key survey-core stores a question's answer under. */
function storageKey(question: FormQuestion): string {
  return question.valueName ?? question.name;
}

function byStorageKey(questions: Map<string, FormQuestion>): Map<string, FormQuestion> {
  const keyed = new Map<string, FormQuestion>();
  for (const question of questions.values()) {
    const key = nameKey(storageKey(question));
    if (!keyed.has(key)) keyed.set(key, question);
  }
  return keyed;
}

function planKey(move: Mover, key: string, value: unknown): DraftMoveEntry {
  const own = move.oldByKey.get(nameKey(key));
  if (!own && key.endsWith(COMMENT_SUFFIX)) {
    const question = move.oldByKey.get(nameKey(key.slice(0, -COMMENT_SUFFIX.length)));
    if (question) return planComment(move, key, value, question);
  }
  if (!own) {
    // Not a question of the old version (a stored variable, an old key): keep it only if the
    // new version has a question under that key.
    const question = move.newByKey.get(nameKey(key));
    if (!question) return dropped(key, { vi: key }, value, 'no-question');
    return moved(key, storageKey(question), question.title, value, value);
  }
  const target = targetOf(move, own);
  if ('reason' in target) return dropped(key, own.title, value, target.reason);
  const after = movedValue(
    value,
    target.question,
    move.lineage.choices.get(nameKey(target.question.name)),
  );
  if (after === NOT_ALLOWED) return dropped(key, target.question.title, value, 'value-not-allowed');
  return moved(key, storageKey(target.question), target.question.title, value, after);
}

function targetOf(
  move: Mover,
  question: FormQuestion,
): { question: FormQuestion } | { reason: DraftMoveReason } {
  const name = nameKey(question.name);
  if (move.lineage.removed.has(name)) return { reason: 'removed' };
  const next = move.newQuestions.get(move.lineage.renamed.get(name) ?? name);
  return next ? { question: next } : { reason: 'no-question' };
}

/** A note (`q-Comment`) goes wherever its question goes, unchanged. */
function planComment(
  move: Mover,
  key: string,
  value: unknown,
  question: FormQuestion,
): DraftMoveEntry {
  const target = targetOf(move, question);
  if ('reason' in target) return dropped(key, question.title, value, target.reason);
  const to = `${storageKey(target.question)}${COMMENT_SUFFIX}`;
  return moved(key, to, target.question.title, value, value);
}

const NOT_ALLOWED = Symbol('not allowed');

/**
 * The answer in the new version: choice values mapped by the lineage, then checked against
 * the choices the new question offers when they are written in the form.
 */
function movedValue(
  value: unknown,
  question: FormQuestion,
  valueMap: Map<string, ChoiceValue> | undefined,
): unknown {
  const choices = question.choices;
  const mapOne = (item: unknown): unknown => {
    if (!isScalar(item)) return item;
    const mapped = valueMap?.get(choiceKey(item)) ?? item;
    if (!choices) return mapped;
    // The new question's own value, so "3" mapped to a rating of 3 is stored as a number.
    const offered = choices.find((choice) => choice.key === choiceKey(mapped));
    return offered ? offered.value : NOT_ALLOWED;
  };
  const many = question.type === 'checkbox';
  if (Array.isArray(value) && value.every(isScalar)) {
    // A checkbox answer keeps the values still offered, once each.
    const kept = [...new Set(value.map(mapOne).filter((item) => item !== NOT_ALLOWED))];
    if (kept.length === 0 && value.length > 0) return NOT_ALLOWED;
    if (many || !choices) return kept;
    // Now a single-choice question: one remaining value fits, several do not.
    return kept.length === 1 ? kept[0] : NOT_ALLOWED;
  }
  const one = mapOne(value);
  // Now a checkbox: its answer is a list.
  return many && isScalar(one) ? [one] : one;
}

function isScalar(value: unknown): value is ChoiceValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function moved(
  from: string,
  to: string,
  title: LocalizedText,
  before: unknown,
  after: unknown,
): DraftMoveEntry {
  const kind = from === to && sameJson(before, after) ? 'kept' : 'mapped';
  return { kind, from, to, title, before, after };
}

function dropped(
  from: string,
  title: LocalizedText,
  before: unknown,
  reason: DraftMoveReason,
): DraftMoveEntry {
  return { kind: 'dropped', from, title, before, reason };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
