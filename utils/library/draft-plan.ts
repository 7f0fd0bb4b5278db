import type { LocalizedText, Pack } from '../pack/schema';
import { isQuestion, surveyNodes } from '../pack/survey-elements';
import type { DraftMoveEntry, DraftMovePlanner } from './types';

const COMMENT_SUFFIX = '-Comment';

/**
 * Stand-in for `planDraftMove` (utils/pack/lineage.ts, helper "format", not yet on main): moves
 * answers by question name only, without lineage: an answer (or its `-Comment` note) is kept
 * when the new version's form has a question of that name, and dropped otherwise. When
 * lineage.ts lands, this file is replaced by `export { planDraftMove as planDraft }`.
 */
export const planDraft: DraftMovePlanner = ({ from, to, formId, data }) => {
  const oldTitles = questionTitles(from, formId);
  const newTitles = questionTitles(to, formId);
  const entries = Object.entries(data).map(([key, value]): DraftMoveEntry => {
    const name = key.endsWith(COMMENT_SUFFIX) ? key.slice(0, -COMMENT_SUFFIX.length) : key;
    const title = newTitles.get(name) ?? oldTitles.get(name) ?? { vi: name };
    if (!newTitles.has(name)) {
      return { kind: 'dropped', from: key, title, before: value, reason: 'no-question' };
    }
    return { kind: 'kept', from: key, to: key, title, before: value, after: value };
  });
  const kept = entries.filter((entry) => entry.kind !== 'dropped');
  return { entries, data: Object.fromEntries(kept.map((entry) => [entry.to, entry.after])) };
};

function questionTitles(pack: Pack, formId: string): Map<string, LocalizedText> {
  const form = pack.forms.find((candidate) => candidate.id === formId);
  const titles = new Map<string, LocalizedText>();
  if (!form) return titles;
  // Questions inside a dynamic panel answer inside their panel's value, not at the top level.
  const questions = surveyNodes(form.survey, '$').filter(
    (node) => isQuestion(node) && !node.inPanelDynamic,
  );
  for (const node of questions) {
    if (node.name !== undefined) titles.set(node.name, titleOf(node.json.title, node.name));
  }
  return titles;
}

function titleOf(title: unknown, name: string): LocalizedText {
  if (typeof title === 'string') return { vi: title };
  if (typeof title === 'object' && title !== null && 'vi' in title) {
    const { vi, en } = title as Record<string, unknown>;
    if (typeof vi === 'string') return typeof en === 'string' ? { vi, en } : { vi };
  }
  return { vi: name };
}
