import { choiceKey, type FormQuestion, formQuestions, nameKey } from '../form-questions';
import { type PackIssue, packIssue } from '../issues';
import { childPath, pathOf } from '../json-path';
import type { Pack, PackLineageForm } from '../schema';
import { compareVersions } from '../semver';
import { findDuplicates } from './duplicates';

/**
 * A lineage says how answers move from an earlier version to this one, so everything it
 * names on this side must exist here: `from` is an earlier version (once), forms are forms of
 * this pack, `renamed` targets and `choices` keys are questions of this version, mapped values
 * are choices of that question (when written in the form), and a `removed` question is gone.
 */
export function lineageIssues(pack: Pack): PackIssue[] {
  const lineage = pack.lineage ?? [];
  const forms = new Map(pack.forms.map((form) => [form.id, formQuestions(form)]));
  const entries = lineage.map((entry, index) => ({ entry, path: pathOf(['lineage', index]) }));
  const duplicates = findDuplicates(
    entries,
    // Without build metadata, two versions of equal precedence are the same string.
    ({ entry }) => entry.from,
    ({ path }) => childPath(path, 'from'),
  ).map(({ item, firstPath }) =>
    packIssue(childPath(item.path, 'from'), 'lineage.from-duplicate', {
      from: item.entry.from,
      firstPath,
    }),
  );
  const perEntry = entries.flatMap(({ entry, path }) => {
    const from =
      compareVersions(entry.from, pack.version) < 0
        ? []
        : [
            packIssue(childPath(path, 'from'), 'lineage.from-not-earlier', {
              from: entry.from,
              version: pack.version,
            }),
          ];
    const formsPath = childPath(path, 'forms');
    const repeated = findDuplicates(
      entry.forms.map((form, index) => ({ id: form.id, path: pathOf([index, 'id'], formsPath) })),
      (form) => form.id,
      (form) => form.path,
    ).map(({ item, firstPath }) =>
      packIssue(item.path, 'lineage.form-duplicate', { id: item.id, firstPath }),
    );
    const perForm = entry.forms.flatMap((form, index) => {
      const formPath = childPath(formsPath, index);
      const questions = forms.get(form.id);
      if (!questions)
        return [packIssue(childPath(formPath, 'id'), 'lineage.form-unknown', { id: form.id })];
      return lineageFormIssues(form, formPath, questions);
    });
    return [...from, ...repeated, ...perForm];
  });
  return [...perEntry, ...duplicates];
}

function lineageFormIssues(
  form: PackLineageForm,
  formPath: string,
  questions: Map<string, FormQuestion>,
): PackIssue[] {
  const issues: PackIssue[] = [];
  const renamedPath = childPath(formPath, 'renamed');
  for (const [from, to] of Object.entries(form.renamed ?? {})) {
    if (!questions.has(nameKey(to))) {
      issues.push(
        packIssue(childPath(renamedPath, from), 'lineage.question-unknown', { name: to }),
      );
    }
  }
  const choicesPath = childPath(formPath, 'choices');
  for (const [name, values] of Object.entries(form.choices ?? {})) {
    const question = questions.get(nameKey(name));
    const questionPath = childPath(choicesPath, name);
    if (!question) {
      issues.push(packIssue(questionPath, 'lineage.question-unknown', { name }));
      continue;
    }
    const offered = question.choices && new Set(question.choices.map((choice) => choice.key));
    if (!offered) continue;
    for (const [from, to] of Object.entries(values)) {
      if (offered.has(choiceKey(to))) continue;
      issues.push(
        packIssue(childPath(questionPath, from), 'lineage.choice-unknown', {
          name: question.name,
          value: String(to),
        }),
      );
    }
  }
  (form.removed ?? []).forEach((name, index) => {
    if (!questions.has(nameKey(name))) return;
    issues.push(
      packIssue(pathOf(['removed', index], formPath), 'lineage.removed-still-present', { name }),
    );
  });
  return issues;
}
