import { childPath } from './json-path';
import { isRecord } from './json-walk';

/** A page, panel or question of a SurveyJS JSON, with where it is. */
export interface SurveyNode {
  json: Record<string, unknown>;
  path: string;
  kind: 'page' | 'element';
  /** `type` lower-cased, as SurveyJS matches it; undefined for pages and untyped elements. */
  type: string | undefined;
  name: string | undefined;
  /** Inside a paneldynamic template: the question repeats once per panel the member adds. */
  inPanelDynamic: boolean;
}

/** SurveyJS reads an element list from `elements` or its legacy alias `questions`. */
export const ELEMENT_LISTS = ['elements', 'questions'] as const;

/** Questions are all elements except panels (pages are not elements). */
export function isQuestion(node: SurveyNode): boolean {
  return node.kind === 'element' && node.type !== 'panel';
}

/**
 * Every page and element of a survey, depth first in document order: pages[].elements,
 * the legacy top-level elements/questions, panel elements and paneldynamic templateElements.
 * Entries that are not objects are skipped here; survey-core's jsonErrors report them.
 */
export function surveyNodes(survey: Record<string, unknown>, surveyPath: string): SurveyNode[] {
  const nodes: SurveyNode[] = [];
  const visitList = (
    owner: Record<string, unknown>,
    ownerPath: string,
    key: string,
    inPanelDynamic: boolean,
  ) => {
    const list = owner[key];
    const listPath = childPath(ownerPath, key);
    // Like survey-core, read a lone object where a list belongs as a list of one.
    const entries: Array<[unknown, string]> = Array.isArray(list)
      ? list.map((json, index) => [json, childPath(listPath, index)])
      : [[list, listPath]];
    for (const [json, path] of entries) {
      if (!isRecord(json)) continue;
      const node = nodeOf(json, path, key === 'pages' ? 'page' : 'element', inPanelDynamic);
      nodes.push(node);
      if (node.kind === 'page' || node.type === 'panel') {
        for (const listKey of ELEMENT_LISTS) visitList(json, path, listKey, inPanelDynamic);
      } else if (node.type === 'paneldynamic') {
        visitList(json, path, 'templateElements', true);
      }
    }
  };
  visitList(survey, surveyPath, 'pages', false);
  for (const listKey of ELEMENT_LISTS) visitList(survey, surveyPath, listKey, false);
  return nodes;
}

function nodeOf(
  json: Record<string, unknown>,
  path: string,
  kind: SurveyNode['kind'],
  inPanelDynamic: boolean,
): SurveyNode {
  const type =
    kind === 'element' && typeof json.type === 'string' ? json.type.toLowerCase() : undefined;
  const name = typeof json.name === 'string' ? json.name : undefined;
  return { json, path, kind, type, name, inPanelDynamic };
}
