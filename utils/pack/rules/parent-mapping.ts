import { aggregatedNames, type FormQuestion, formQuestions, nameKey } from '../form-questions';
import { type PackIssue, packIssue } from '../issues';
import { childPath, pathOf } from '../json-path';
import type { Pack } from '../schema';
import { findDuplicates } from './duplicates';

/**
 * The parent mapping inside this file: each mapped form is a form of this pack, mapped once;
 * each `items` key is an aggregated question of it, and every aggregated question is mapped
 * (a finer pack totalled at the parent level must not leave answers out).
 */
export function parentFileIssues(pack: Pack): PackIssue[] {
  const parent = pack.parent;
  if (!parent) return [];
  const forms = new Map(pack.forms.map((form) => [form.id, form]));
  const formsPath = pathOf(['parent', 'forms']);
  const repeated = findDuplicates(
    parent.forms.map((form, index) => ({ id: form.id, path: pathOf([index, 'id'], formsPath) })),
    (form) => form.id,
    (form) => form.path,
  ).map(({ item, firstPath }) =>
    packIssue(item.path, 'parent.form-duplicate', { id: item.id, firstPath }),
  );
  const repeatedPaths = new Set(repeated.map((issue) => issue.path));
  const perForm = parent.forms.flatMap((mapping, index) => {
    const mappingPath = childPath(formsPath, index);
    // A repeated mapping is reported once, as repeated, not again item by item.
    if (repeatedPaths.has(childPath(mappingPath, 'id'))) return [];
    const form = forms.get(mapping.id);
    if (!form)
      return [packIssue(childPath(mappingPath, 'id'), 'parent.form-unknown', { id: mapping.id })];
    const itemsPath = childPath(mappingPath, 'items');
    const aggregated = aggregatedNames(form);
    const names = new Map(formQuestionNames(form));
    const mapped = new Set(Object.keys(mapping.items).map(nameKey));
    const notAggregated = Object.keys(mapping.items)
      .filter((name) => !aggregated.includes(nameKey(name)))
      .map((name) => packIssue(childPath(itemsPath, name), 'parent.item-not-aggregated', { name }));
    const unmapped = aggregated
      .filter((name) => !mapped.has(name))
      .map((name) =>
        packIssue(itemsPath, 'parent.item-unmapped', { name: names.get(name) ?? name }),
      );
    return [...notAggregated, ...unmapped];
  });
  return [...perForm, ...repeated];
}

/** NFC key → the name as written, for messages. */
function formQuestionNames(form: Pack['forms'][number]): Array<[string, string]> {
  return [...formQuestions(form)].map(([key, question]) => [key, question.name]);
}

/**
 * The mapping against the parent pack itself (the CLI and the library run it when they have
 * the parent): each parent form and question exists, is aggregated, and offers every choice
 * value of the child question, so each child answer can be totalled under the parent's item.
 */
export function parentMappingIssues(child: Pack, parent: Pack): PackIssue[] {
  if (!child.parent) return [];
  const label = `${parent.id}@${parent.version}`;
  const parentForms = new Map(parent.forms.map((form) => [form.id, form]));
  const childForms = new Map(child.forms.map((form) => [form.id, form]));
  return child.parent.forms.flatMap((mapping, index) => {
    const mappingPath = pathOf(['parent', 'forms', index]);
    const parentForm = parentForms.get(mapping.parentForm);
    if (!parentForm) {
      return [
        packIssue(childPath(mappingPath, 'parentForm'), 'parent.parent-form-unknown', {
          id: mapping.parentForm,
          parent: label,
        }),
      ];
    }
    const parentQuestions = formQuestions(parentForm);
    const parentAggregated = new Set(aggregatedNames(parentForm));
    const childForm = childForms.get(mapping.id);
    const childQuestions = childForm ? formQuestions(childForm) : new Map<string, FormQuestion>();
    const itemsPath = childPath(mappingPath, 'items');
    return Object.entries(mapping.items).flatMap(([name, target]) => {
      const path = childPath(itemsPath, name);
      const context = { name: target, form: parentForm.id, parent: label };
      const parentQuestion = parentQuestions.get(nameKey(target));
      if (!parentQuestion) return [packIssue(path, 'parent.parent-question-unknown', context)];
      if (!parentAggregated.has(nameKey(target))) {
        return [packIssue(path, 'parent.parent-question-not-aggregated', context)];
      }
      const missing = valuesNotIn(childQuestions.get(nameKey(name)), parentQuestion);
      if (missing.length === 0) return [];
      return [
        packIssue(path, 'parent.choice-incompatible', {
          name,
          parentName: parentQuestion.name,
          values: missing,
        }),
      ];
    });
  });
}

/** The child's choice values the parent question does not offer (when both are written out). */
function valuesNotIn(child: FormQuestion | undefined, parent: FormQuestion): string[] {
  if (!child?.choices || !parent.choices) return [];
  const offered = new Set(parent.choices.map((choice) => choice.key));
  return child.choices.filter((choice) => !offered.has(choice.key)).map((choice) => choice.key);
}
