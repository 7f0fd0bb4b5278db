import { aggregatedNames, choiceKey, formQuestions } from '../form-questions';
import { type PackIssue, packIssue } from '../issues';
import { childPath, pathOf } from '../json-path';
import { isChoiceType } from '../question-types';
import type { PackForm } from '../schema';

/**
 * A contribution carries each counted answer as the index of a value known in advance (so
 * every file of a round has the same size and nothing typed leaves the device): the choices
 * of a counted question must be written in the form. The indicator's values must be among
 * them, or it would count nothing.
 */
export function aggregateChoiceIssues(
  form: Pick<PackForm, 'survey' | 'aggregate'>,
  formPath: string,
): PackIssue[] {
  const questions = formQuestions(form, childPath(formPath, 'survey'));
  const counted = aggregatedNames(form).flatMap((name) => {
    const question = questions.get(name);
    return question?.type !== undefined && isChoiceType(question.type) ? [question] : [];
  });
  const issues: PackIssue[] = counted
    .filter((question) => question.choices === undefined)
    .map((question) =>
      packIssue(question.node.path, 'aggregate.choices-unknown', { name: question.name }),
    );

  const indicator = form.aggregate.indicator;
  if (!indicator) return issues;
  const known = new Set(
    counted.flatMap((question) => (question.choices ?? []).map((choice) => choice.key)),
  );
  const valuesPath = childPath(childPath(childPath(formPath, 'aggregate'), 'indicator'), 'values');
  indicator.values.forEach((value, index) => {
    if (!known.has(choiceKey(value))) {
      issues.push(
        packIssue(pathOf([index], valuesPath), 'aggregate.indicator-value-unknown', {
          value: String(value),
        }),
      );
    }
  });
  return issues;
}
