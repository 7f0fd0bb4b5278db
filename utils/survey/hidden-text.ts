import type { Model, PanelModel, Question, SurveyElement } from 'survey-core';

/** What a question that holds text showed just now: whether it was on screen, and its text. */
export interface TextState {
  visible: boolean;
  text: string;
}

export type TextSnapshot = Map<Question, TextState>;

const TEXT_TYPES = new Set(['comment', 'text']);

/** A question's text if it is a comment or text question holding more than blanks, else ''. */
export function heldText(question: Question): string {
  if (!TEXT_TYPES.has(question.getType())) return '';
  const value: unknown = question.value;
  return typeof value === 'string' && value.trim() !== '' ? value : '';
}

/** Every comment and text question, also those inside dynamic panels. */
function textQuestions(model: Model): Question[] {
  return model
    .getAllQuestions(false, false, true)
    .filter((question) => TEXT_TYPES.has(question.getType()));
}

/** The text questions of `model` as they are now. */
export function snapshotText(model: Model): TextSnapshot {
  const snapshot: TextSnapshot = new Map();
  for (const question of textQuestions(model)) {
    snapshot.set(question, { visible: question.isVisibleInSurvey, text: heldText(question) });
  }
  return snapshot;
}

/**
 * The questions that were on screen holding text in `before` and are hidden in `after`, in
 * survey order. Their text may already be gone (`clearIfInvisible: "onHidden"`): `before` keeps it.
 */
export function newlyHiddenWithText(before: TextSnapshot, after: TextSnapshot): Question[] {
  const hidden: Question[] = [];
  for (const [question, now] of after) {
    const was = before.get(question);
    if (was?.visible && was.text !== '' && !now.visible) hidden.push(question);
  }
  return hidden;
}

/**
 * Hidden questions whose text survey-core will drop on completion (`clearInvisibleValues` /
 * `clearIfInvisible` other than "none"), in survey order.
 */
export function hiddenTextDroppedOnComplete(model: Model): Question[] {
  return textQuestions(model).filter((question) => {
    const own = question.clearIfInvisible;
    const mode = own === 'default' ? model.clearInvisibleValues : own;
    // survey-core keeps the answers of a start page (firstPageIsStartPage).
    const onStartPage = question.page?.isStartPage === true;
    return (
      mode !== 'none' &&
      !question.isVisibleInSurvey &&
      !onStartPage &&
      shownByAnswers(question) &&
      heldText(question) !== ''
    );
  });
}

/**
 * Whether the member may have seen and filled it: it or a panel or page around it shows only
 * under a condition. A question hidden for good (`visible: false`) holds no text of theirs.
 */
function shownByAnswers(question: Question): boolean {
  let element: { visibleIf?: string; parent?: unknown } | undefined = question;
  while (element) {
    if (element.visibleIf) return true;
    element = element.parent as typeof element | undefined;
  }
  return false;
}

/**
 * Where a hidden question's place is on screen: the question itself, or the outermost hidden
 * panel around it on its page (a hidden panel renders none of its children).
 */
export function outermostHidden(question: Question): SurveyElement {
  let element: SurveyElement = question;
  let parent = question.parent as PanelModel | undefined;
  while (parent && !parent.isPage && !parent.isVisible) {
    element = parent;
    parent = parent.parent as PanelModel | undefined;
  }
  return element;
}
