import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { lookAlikeKey } from '../look-alike';
import { isQuestion, type SurveyNode, trimmedName } from '../survey-elements';
import { findDuplicates } from './duplicates';

/** A name an answer could be stored or looked up under, and where it is written. */
interface NameEntry {
  name: string;
  path: string;
  property: 'name' | 'valueName';
}

/**
 * Page, panel and question names are unique within a form: answers are stored by name, and
 * SurveyJS resolves `{name}` in expressions case-insensitively, so case does not make names
 * differ. Names are compared as SurveyJS stores them (trimmed), and after Unicode NFC
 * normalisation with invisible characters removed: names that look the same are the same. A question's `valueName`
 * stores its answer under another name, so it may not reuse any name either: two questions
 * would then share, and overwrite, one answer.
 */
export function uniqueNameIssues(nodes: readonly SurveyNode[]): PackIssue[] {
  // Names first, so that a clash with a valueName is reported at the valueName.
  const entries: NameEntry[] = [
    ...nodes.flatMap((node) => entryOf(node, 'name', node.name)),
    ...nodes.filter(isQuestion).flatMap((node) => {
      const valueName = trimmedName(node.json.valueName);
      // A valueName equal to the question's own name changes nothing.
      const own =
        valueName !== undefined &&
        node.name !== undefined &&
        lookAlikeKey(valueName) === lookAlikeKey(node.name);
      return own ? [] : entryOf(node, 'valueName', valueName);
    }),
  ];
  return findDuplicates(
    entries,
    (entry) => lookAlikeKey(entry.name),
    (entry) => entry.path,
  ).map(({ item, firstPath, first }) =>
    packIssue(
      item.path,
      item.property === 'name' ? 'survey.name-duplicate' : 'survey.value-name-duplicate',
      { name: item.name, firstPath, firstName: first.name },
    ),
  );
}

function entryOf(
  node: SurveyNode,
  property: NameEntry['property'],
  name: string | undefined,
): NameEntry[] {
  return name === undefined ? [] : [{ name, path: childPath(node.path, property), property }];
}
