import { type PackIssue, packIssue } from '../issues';
import { childPath, pathOf } from '../json-path';
import { lookAlikeKey } from '../look-alike';
import { isChoiceType } from '../question-types';
import type { PackForm } from '../schema';
import { isQuestion, type SurveyNode, trimmedName } from '../survey-elements';
import { findDuplicates } from './duplicates';

interface Listed {
  name: string;
  path: string;
}

/**
 * The aggregate section names existing choice questions outside any paneldynamic (so each
 * member gives at most one answer), each in at most one group; group ids are unique.
 */
export function aggregateIssues(
  aggregate: PackForm['aggregate'],
  aggregatePath: string,
  nodes: readonly SurveyNode[],
): PackIssue[] {
  const groupsPath = childPath(aggregatePath, 'groups');
  const questions = questionsByName(nodes);
  const listed: Listed[] = aggregate.groups.flatMap((group, groupIndex) =>
    group.questions.map((name, index) => ({
      name,
      path: pathOf([groupIndex, 'questions', index], groupsPath),
    })),
  );

  const groupIds = findDuplicates(
    aggregate.groups.map((group, index) => ({
      id: group.id,
      path: pathOf([index, 'id'], groupsPath),
    })),
    (group) => group.id,
    (group) => group.path,
  ).map(({ item, firstPath }) =>
    packIssue(item.path, 'aggregate.group-id-duplicate', { id: item.id, firstPath }),
  );
  const repeated = findDuplicates(
    listed,
    (entry) => entry.name,
    (entry) => entry.path,
  ).map(({ item, firstPath }) =>
    packIssue(item.path, 'aggregate.question-repeated', { name: item.name, firstPath }),
  );
  return [
    ...groupIds,
    ...listed.flatMap((entry) => questionIssues(entry, questions.get(entry.name), questions)),
    ...repeated,
  ];
}

/** Questions by name (as SurveyJS stores it: trimmed), the first one when a name repeats. */
export function questionsByName(nodes: readonly SurveyNode[]): Map<string, SurveyNode> {
  const questions = new Map<string, SurveyNode>();
  for (const node of nodes) {
    if (isQuestion(node) && node.name !== undefined && !questions.has(node.name)) {
      questions.set(node.name, node);
    }
  }
  return questions;
}

function questionIssues(
  { name, path }: Listed,
  question: SurveyNode | undefined,
  questions: ReadonlyMap<string, SurveyNode>,
): PackIssue[] {
  if (!question) {
    // Answers are stored under the exact name: a look-alike spelling would count nothing.
    const key = lookAlikeKey(name);
    const similar = [...questions.keys()].find((other) => lookAlikeKey(other) === key);
    return [packIssue(path, 'aggregate.question-missing', { name, similar })];
  }
  const type = question.type ?? String(question.json.type);
  if (!isChoiceType(type))
    return [packIssue(path, 'aggregate.question-not-choice', { name, type })];
  if (question.inPanelDynamic)
    return [packIssue(path, 'aggregate.question-in-paneldynamic', { name })];
  return valueNameIssues(name, question);
}

/**
 * survey-core stores the answer of a question with a `valueName` under that name, not under
 * the question's: counts that read answers by question name would find nothing. A counted
 * question keeps its answer under its own name (a valueName equal to it changes nothing).
 */
function valueNameIssues(name: string, question: SurveyNode): PackIssue[] {
  const valueName = trimmedName(question.json.valueName);
  if (valueName === undefined || valueName === name) return [];
  return [
    packIssue(childPath(question.path, 'valueName'), 'aggregate.value-name', { name, valueName }),
  ];
}
