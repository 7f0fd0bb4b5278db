import { childPath } from './json-path';
import { isRecord } from './json-walk';

/** A page, panel or question of a SurveyJS JSON, with where it is. */
export interface SurveyNode {
  json: Record<string, unknown>;
  path: string;
  kind: 'page' | 'element';
  /** `type` lower-cased, as SurveyJS matches it; undefined for pages and untyped elements. */
  type: string | undefined;
  /** `name` trimmed, as SurveyJS stores it; undefined when missing, blank or not a string. */
  name: string | undefined;
  /** Inside a paneldynamic template: the question repeats once per panel the member adds. */
  inPanelDynamic: boolean;
  /** The innermost paneldynamic whose template holds this node, if any. */
  dynamicPanel: SurveyNode | undefined;
}

/** SurveyJS reads an element list from `elements` or its legacy alias `questions`. */
export const ELEMENT_LISTS = ['elements', 'questions'] as const;

/** A paneldynamic's template: `templateElements`, or `questions`, survey-core's alias for it. */
export const TEMPLATE_LISTS = ['templateElements', 'questions'] as const;

/** Questions are all elements except panels (pages are not elements). */
export function isQuestion(node: SurveyNode): boolean {
  return node.kind === 'element' && node.type !== 'panel';
}

/**
 * Every page and element of a survey, depth first in document order: pages[].elements,
 * the legacy top-level elements/questions, panel elements and paneldynamic templates, under
 * every name survey-core accepts for them. Entries that are not objects are skipped here;
 * the survey-shape rule reports them.
 */
export function surveyNodes(survey: Record<string, unknown>, surveyPath: string): SurveyNode[] {
  const nodes: SurveyNode[] = [];
  const visitList = (
    owner: Record<string, unknown>,
    ownerPath: string,
    key: string,
    dynamicPanel: SurveyNode | undefined,
  ) => {
    const list = owner[key];
    const listPath = childPath(ownerPath, key);
    // Like survey-core, read a lone object where a list belongs as a list of one.
    const entries: Array<[unknown, string]> = Array.isArray(list)
      ? list.map((json, index) => [json, childPath(listPath, index)])
      : [[list, listPath]];
    for (const [json, path] of entries) {
      if (!isRecord(json)) continue;
      const node = nodeOf(json, path, key === 'pages' ? 'page' : 'element', dynamicPanel);
      nodes.push(node);
      if (node.kind === 'page' || node.type === 'panel') {
        for (const listKey of ELEMENT_LISTS) visitList(json, path, listKey, dynamicPanel);
      } else if (node.type === 'paneldynamic') {
        for (const listKey of TEMPLATE_LISTS) visitList(json, path, listKey, node);
      }
    }
  };
  visitList(survey, surveyPath, 'pages', undefined);
  for (const listKey of ELEMENT_LISTS) visitList(survey, surveyPath, listKey, undefined);
  return nodes;
}

function nodeOf(
  json: Record<string, unknown>,
  path: string,
  kind: SurveyNode['kind'],
  dynamicPanel: SurveyNode | undefined,
): SurveyNode {
  const type =
    kind === 'element' && typeof json.type === 'string' ? json.type.toLowerCase() : undefined;
  return {
    json,
    path,
    kind,
    type,
    name: trimmedName(json.name),
    inPanelDynamic: dynamicPanel !== undefined,
    dynamicPanel,
  };
}

/** survey-core trims names when it loads them, so `"bh01 "` is stored as `bh01`. */
export function trimmedName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.trim() || undefined;
}
