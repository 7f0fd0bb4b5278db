import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { MAX_DYNAMIC_PANEL_DEPTH, MAX_START_PANEL_QUESTIONS, MAX_START_PANELS } from '../limits';
import { isQuestion, type SurveyNode } from '../survey-elements';

/**
 * Bounds on what survey-core builds when a form opens, checked before survey-core sees the
 * form: it copies each dynamic panel's template, nested ones included, so the time it takes
 * grows with nesting and with the panels a form starts with (see limits.ts).
 */
export function dynamicPanelIssues(nodes: readonly SurveyNode[], surveyPath: string): PackIssue[] {
  const tooDeep = nodes
    .filter(
      (node) => node.type === 'paneldynamic' && dynamicDepth(node) === MAX_DYNAMIC_PANEL_DEPTH + 1,
    )
    .map((node) =>
      packIssue(childPath(node.path, 'type'), 'survey.paneldynamic-too-deep', {
        limit: MAX_DYNAMIC_PANEL_DEPTH,
      }),
    );
  // Deeper nesting makes the counts below meaningless (and possibly astronomical).
  if (tooDeep.length > 0) return tooDeep;
  let panels = 0;
  let questions = 0;
  for (const node of nodes) {
    if (node.type === 'paneldynamic') panels += copies(node.dynamicPanel) * startPanels(node);
    if (isQuestion(node) && node.dynamicPanel) questions += copies(node.dynamicPanel);
  }
  const issues: PackIssue[] = [];
  if (panels > MAX_START_PANELS) {
    issues.push(
      packIssue(surveyPath, 'survey.too-many-start-panels', {
        count: panels,
        limit: MAX_START_PANELS,
      }),
    );
  }
  if (questions > MAX_START_PANEL_QUESTIONS) {
    issues.push(
      packIssue(surveyPath, 'survey.too-many-start-panel-questions', {
        count: questions,
        limit: MAX_START_PANEL_QUESTIONS,
      }),
    );
  }
  return issues;
}

/** How many paneldynamics hold this one, itself included. */
function dynamicDepth(node: SurveyNode): number {
  let depth = 0;
  for (let panel: SurveyNode | undefined = node; panel; panel = panel.dynamicPanel) depth++;
  return depth;
}

/** How many copies of an element inside `panel`'s template exist when the form opens. */
function copies(panel: SurveyNode | undefined): number {
  let count = 1;
  for (let outer = panel; outer; outer = outer.dynamicPanel) count *= startPanels(outer);
  return count;
}

/** Panels a paneldynamic starts with: the most its panelCount, minPanelCount or defaultValue ask for. */
function startPanels(node: SurveyNode): number {
  const { panelCount, minPanelCount, defaultValue } = node.json;
  const counts = [panelCount, minPanelCount].map(Number).filter(Number.isFinite);
  if (Array.isArray(defaultValue)) counts.push(defaultValue.length);
  return Math.max(0, ...counts.map(Math.floor));
}
