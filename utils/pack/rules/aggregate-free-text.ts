import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { isRecord } from '../json-walk';
import type { PackForm } from '../schema';
import type { SurveyNode } from '../survey-elements';
import { questionsByName } from './aggregate';

/**
 * Options that add a free-text box to a choice question ("Other: …", a comment area, a
 * typed-in choice), under every name survey-core accepts. `showNoneItem` and friends add a
 * fixed choice, not text, so they are fine.
 */
const FREE_TEXT_OPTIONS = [
  'showOtherItem',
  'hasOther',
  'showCommentArea',
  'hasComment',
  'allowCustomChoices',
];

/** A choice item can ask for a comment of its own when it is picked. */
const ITEM_FREE_TEXT_OPTIONS = ['showCommentArea'];

/**
 * Aggregated questions collect no free text: the member's own words must never end up in
 * anonymous counts (with `storeOthersAsComment: false` the "Other" text even becomes the answer).
 */
export function aggregateFreeTextIssues(
  aggregate: PackForm['aggregate'],
  nodes: readonly SurveyNode[],
): PackIssue[] {
  const questions = questionsByName(nodes);
  const counted = new Set(aggregate.groups.flatMap((group) => group.questions));
  return [...counted].flatMap((name) => {
    const question = questions.get(name);
    return question ? freeTextIssues(name, question) : [];
  });
}

function freeTextIssues(name: string, question: SurveyNode): PackIssue[] {
  const issues = enabledOptions(question.json, FREE_TEXT_OPTIONS).map((key) =>
    packIssue(childPath(question.path, key), 'aggregate.free-text', { name, property: key }),
  );
  const { choices } = question.json;
  if (Array.isArray(choices)) {
    choices.forEach((item, index) => {
      if (!isRecord(item)) return;
      for (const key of enabledOptions(item, ITEM_FREE_TEXT_OPTIONS)) {
        const path = childPath(childPath(childPath(question.path, 'choices'), index), key);
        issues.push(packIssue(path, 'aggregate.free-text', { name, property: key }));
      }
    });
  }
  return issues;
}

/** The options switched on: SurveyJS reads any truthy value but the string "false" as on. */
function enabledOptions(json: Record<string, unknown>, options: readonly string[]): string[] {
  return options.filter((key) => Boolean(json[key]) && json[key] !== 'false');
}
