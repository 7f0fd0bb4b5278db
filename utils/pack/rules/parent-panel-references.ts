import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { walkJson } from '../json-walk';
import { ELEMENT_LISTS, isQuestion, type SurveyNode, TEMPLATE_LISTS } from '../survey-elements';

/** `{parentPanel.name…}`: the first name after the prefix is the question it refers to. */
const PARENT_PANEL_REFERENCE = /\{\s*(parentpanel\s*\.\s*([^\s.{}[\]]+))/gi;

/** Child element lists are nodes of their own, scanned with their own context. */
const CHILD_LISTS = new Set<string>([...ELEMENT_LISTS, ...TEMPLATE_LISTS]);

/**
 * `{parentpanel.x}` inside a paneldynamic nested in another one refers to question `x` of the
 * outer paneldynamic's template. The SurveyJS linter does not check these references, so a
 * typo, or one used outside nested paneldynamics, would silently be empty.
 */
export function parentPanelReferenceIssues(nodes: readonly SurveyNode[]): PackIssue[] {
  const issues: PackIssue[] = [];
  for (const node of nodes) {
    forEachString(node, (text, path, key) => {
      for (const [, reference = '', name = ''] of text.matchAll(PARENT_PANEL_REFERENCE)) {
        const outer = contextOf(node, key)?.dynamicPanel;
        if (!outer || !templateNames(nodes, outer).has(name.toLowerCase())) {
          issues.push(packIssue(path, 'survey.parent-panel-reference', { reference }));
        }
      }
    });
  }
  return issues;
}

/**
 * The paneldynamic whose panel an expression is evaluated in: a paneldynamic's own
 * `template…` properties (templateTitle, templateVisibleIf…) run inside each of its panels.
 */
function contextOf(node: SurveyNode, key: string): SurveyNode | undefined {
  if (node.type === 'paneldynamic' && key.startsWith('template')) return node;
  return node.dynamicPanel;
}

/** Lower-cased names of the questions in a paneldynamic's template (nested panels included). */
function templateNames(nodes: readonly SurveyNode[], panel: SurveyNode): Set<string> {
  return new Set(
    nodes
      .filter((node) => node.dynamicPanel === panel && isQuestion(node))
      .flatMap((node) => (node.name === undefined ? [] : [node.name.toLowerCase()])),
  );
}

/** Every string in a node's own JSON (expressions, texts, validators…), not in child elements. */
function forEachString(
  node: SurveyNode,
  visit: (text: string, path: string, key: string) => void,
): void {
  for (const [key, value] of Object.entries(node.json)) {
    if (CHILD_LISTS.has(key)) continue;
    const path = childPath(node.path, key);
    if (typeof value === 'string') visit(value, path, key);
    walkJson(value, path, (child, childNodePath) => {
      for (const [childKey, text] of Object.entries(child)) {
        if (typeof text === 'string') visit(text, childPath(childNodePath, childKey), key);
      }
      return true;
    });
  }
}
