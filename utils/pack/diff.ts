import {
  type ChoiceOption,
  choiceKey,
  type FormQuestion,
  formQuestions,
  nameKey,
} from './form-questions';
import { type FormLineage, lineageFormOf, normalisedLineage } from './lineage-entry';
import type { ChoiceValue, LocalizedText, Pack, PackForm } from './schema';

/** What changed from one version of a pack to another, form by form, for the update summary. */
export interface PackDiff {
  id: string;
  fromVersion: string;
  toVersion: string;
  /** Forms of the newer version in its order, then forms only the older one had. */
  forms: FormDiff[];
}

export type FormStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FormDiff {
  id: string;
  status: FormStatus;
  /** The newer title (the older one for a removed form). */
  title: LocalizedText;
  /** Set when the form's title changed. */
  retitled?: { before: LocalizedText; after: LocalizedText };
  questions: QuestionChange[];
  groups: GroupChange[];
  /**
   * Nothing above is listed, yet the form's description, survey or aggregate JSON differs (a
   * condition, a description, an order…), so the form is "changed" with nothing to name. False
   * whenever something is listed, and for added and removed forms.
   */
  otherChanges: boolean;
}

export type QuestionChange =
  | { kind: 'added'; name: string; title: LocalizedText }
  | { kind: 'removed'; name: string; title: LocalizedText }
  | { kind: 'retitled'; name: string; before: LocalizedText; after: LocalizedText }
  /** Declared in the newer version's lineage; `name` is the new name. */
  | { kind: 'renamed'; from: string; name: string; title: LocalizedText }
  | {
      kind: 'choices';
      name: string;
      title: LocalizedText;
      added: ChoiceRef[];
      removed: ChoiceRef[];
      retitled: Array<{ value: ChoiceValue; before: LocalizedText; after: LocalizedText }>;
      /** Old values the lineage maps to a new value (answers with them are carried over). */
      mapped: Array<{ from: ChoiceRef; to: ChoiceRef }>;
    };

export interface ChoiceRef {
  value: ChoiceValue;
  text: LocalizedText;
}

export type GroupChange =
  | { kind: 'added'; id: string; title: LocalizedText; questions: string[] }
  | { kind: 'removed'; id: string; title: LocalizedText; questions: string[] }
  | {
      kind: 'changed';
      id: string;
      title: LocalizedText;
      /** Set when the group's title changed. */
      titleBefore?: LocalizedText;
      /** Question names (newer names) that joined or left this group, e.g. moved to another. */
      questionsAdded: string[];
      questionsRemoved: string[];
    };

/** Compares two versions of a pack; renames declared in `newer.lineage` count as renames. */
export function diffPacks(older: Pack, newer: Pack): PackDiff {
  const olderForms = new Map(older.forms.map((form) => [form.id, form]));
  const newerIds = new Set(newer.forms.map((form) => form.id));
  const forms: FormDiff[] = newer.forms.map((form) => {
    const before = olderForms.get(form.id);
    if (!before) return whole(form, 'added');
    const lineage = normalisedLineage(lineageFormOf(newer, older.version, form.id));
    return diffForm(before, form, lineage);
  });
  for (const form of older.forms) if (!newerIds.has(form.id)) forms.push(whole(form, 'removed'));
  return { id: newer.id, fromVersion: older.version, toVersion: newer.version, forms };
}

function whole(form: PackForm, status: 'added' | 'removed'): FormDiff {
  return { id: form.id, status, title: form.title, questions: [], groups: [], otherChanges: false };
}

function diffForm(older: PackForm, newer: PackForm, lineage: FormLineage): FormDiff {
  const before = formQuestions(older);
  const after = formQuestions(newer);
  /** Old name → new name, for every old question that has a counterpart. */
  const counterpart = new Map<string, string>();
  for (const key of before.keys()) {
    const renamed = lineage.renamed.get(key);
    const target = renamed ?? key;
    if (!lineage.removed.has(key) && after.has(target)) counterpart.set(key, target);
  }
  const matched = new Set(counterpart.values());

  const questions: QuestionChange[] = [];
  for (const [key, question] of after) {
    if (!matched.has(key))
      questions.push({ kind: 'added', name: question.name, title: question.title });
  }
  for (const [key, question] of before) {
    const target = counterpart.get(key);
    if (target === undefined) {
      questions.push({ kind: 'removed', name: question.name, title: question.title });
      continue;
    }
    const next = after.get(target);
    if (next) questions.push(...questionChanges(question, next, key !== target, lineage));
  }

  const groups = groupChanges(older, newer, counterpart);
  const retitled = sameText(older.title, newer.title)
    ? undefined
    : { before: older.title, after: newer.title };
  const listed = questions.length > 0 || groups.length > 0 || retitled !== undefined;
  const otherChanges =
    !listed &&
    (!sameOptionalText(older.description, newer.description) ||
      stableJson(older.survey) !== stableJson(newer.survey) ||
      stableJson(older.aggregate) !== stableJson(newer.aggregate));
  return {
    id: newer.id,
    status: listed || otherChanges ? 'changed' : 'unchanged',
    title: newer.title,
    ...(retitled ? { retitled } : {}),
    questions,
    groups,
    otherChanges,
  };
}

function questionChanges(
  before: FormQuestion,
  after: FormQuestion,
  renamed: boolean,
  lineage: FormLineage,
): QuestionChange[] {
  const changes: QuestionChange[] = [];
  if (renamed)
    changes.push({ kind: 'renamed', from: before.name, name: after.name, title: after.title });
  if (!sameText(before.title, after.title)) {
    changes.push({ kind: 'retitled', name: after.name, before: before.title, after: after.title });
  }
  const choices = choiceChange(before, after, lineage.choices.get(nameKey(after.name)));
  if (choices) changes.push(choices);
  return changes;
}

function choiceChange(
  before: FormQuestion,
  after: FormQuestion,
  valueMap: Map<string, ChoiceValue> | undefined,
): QuestionChange | undefined {
  if (!before.choices || !after.choices) return undefined;
  const newByKey = new Map(after.choices.map((choice) => [choice.key, choice]));
  const oldKeys = new Set(before.choices.map((choice) => choice.key));
  const mapped: Array<{ from: ChoiceRef; to: ChoiceRef }> = [];
  const removed: ChoiceRef[] = [];
  const retitled: Array<{ value: ChoiceValue; before: LocalizedText; after: LocalizedText }> = [];
  const mapTargets = new Set<string>();
  for (const choice of before.choices) {
    const target = valueMap?.get(choice.key);
    if (target !== undefined && choiceKey(target) !== choice.key) {
      const to = newByKey.get(choiceKey(target));
      mapTargets.add(choiceKey(target));
      mapped.push({
        from: ref(choice),
        to: to ? ref(to) : { value: target, text: { vi: `${target}` } },
      });
      continue;
    }
    const same = newByKey.get(choice.key);
    if (!same) removed.push(ref(choice));
    else if (!sameText(choice.text, same.text)) {
      retitled.push({ value: same.value, before: choice.text, after: same.text });
    }
  }
  const added = after.choices
    .filter((choice) => !oldKeys.has(choice.key) && !mapTargets.has(choice.key))
    .map(ref);
  if (added.length + removed.length + retitled.length + mapped.length === 0) return undefined;
  return {
    kind: 'choices',
    name: after.name,
    title: after.title,
    added,
    removed,
    retitled,
    mapped,
  };
}

function groupChanges(
  older: PackForm,
  newer: PackForm,
  counterpart: Map<string, string>,
): GroupChange[] {
  const oldGroups = new Map(older.aggregate.groups.map((group) => [group.id, group]));
  const newIds = new Set(newer.aggregate.groups.map((group) => group.id));
  // Old members under their new names, so a rename alone does not look like a move.
  const carried = (names: readonly string[]) =>
    names.map((name) => counterpart.get(nameKey(name)) ?? nameKey(name));
  const changes: GroupChange[] = [];
  for (const group of newer.aggregate.groups) {
    const members = group.questions.map(nameKey);
    const previous = oldGroups.get(group.id);
    if (!previous) {
      changes.push({ kind: 'added', id: group.id, title: group.title, questions: members });
      continue;
    }
    const was = carried(previous.questions);
    const questionsAdded = members.filter((name) => !was.includes(name));
    const questionsRemoved = was.filter((name) => !members.includes(name));
    const retitled = !sameText(previous.title, group.title);
    if (!retitled && questionsAdded.length === 0 && questionsRemoved.length === 0) continue;
    changes.push({
      kind: 'changed',
      id: group.id,
      title: group.title,
      ...(retitled ? { titleBefore: previous.title } : {}),
      questionsAdded,
      questionsRemoved,
    });
  }
  for (const group of older.aggregate.groups) {
    if (newIds.has(group.id)) continue;
    changes.push({
      kind: 'removed',
      id: group.id,
      title: group.title,
      questions: group.questions.map(nameKey),
    });
  }
  return changes;
}

function ref(choice: ChoiceOption): ChoiceRef {
  return { value: choice.value, text: choice.text };
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return a.vi === b.vi && a.en === b.en;
}

function sameOptionalText(a: LocalizedText | undefined, b: LocalizedText | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameText(a, b);
}

/** JSON with sorted keys, so key order alone is not a change. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
