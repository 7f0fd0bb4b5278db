import { Helpers, type Model, type Question } from 'survey-core';
import { newlyHiddenWithText, snapshotText, type TextSnapshot } from './hidden-text';

/** One answer change that hid questions holding text, and how to take it back. */
export interface HiddenTextNotice {
  id: number;
  /** The value name whose change hid them, and its value before. */
  name: string;
  oldValue: unknown;
  /** The hidden questions with the text they held. */
  hidden: { question: Question; text: string }[];
}

/**
 * Watches answer changes of one model for questions that hide while holding text, keeps a
 * notice for each such change until the questions show again, and can undo it. Answers
 * replaced in bulk (another tab) are taken as they are, without a notice.
 */
export class HiddenTextWatch {
  private snapshot: TextSnapshot;
  /**
   * Values about to change, with their old value. survey-core may change (clear) other values
   * inside one change, and fires no `onValueChanged` for a change it refuses (an equal or
   * invalid value): such an entry still has its old value and is dropped.
   */
  private changing = new Map<string, unknown>();
  private list: HiddenTextNotice[] = [];
  private listeners = new Set<() => void>();
  private nextId = 1;

  constructor(private readonly model: Model) {
    this.snapshot = snapshotText(model);
    model.onValueChanging.add(this.onChanging);
    model.onValueChanged.add(this.onChanged);
  }

  dispose(): void {
    this.model.onValueChanging.remove(this.onChanging);
    this.model.onValueChanged.remove(this.onChanged);
    this.listeners.clear();
  }

  get notices(): readonly HiddenTextNotice[] {
    return this.list;
  }

  /** Calls `listener` whenever the notices change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts over from the answers as they are now (bulk replacement, page turn). */
  resync(): void {
    this.snapshot = snapshotText(this.model);
    this.changing.clear();
    this.setList([]);
  }

  /**
   * Puts the earlier answer back, and the text too where survey-core already cleared it
   * (`clearIfInvisible: "onHidden"`). Returns the questions shown again.
   */
  undo(notice: HiddenTextNotice): Question[] {
    this.model.setValue(notice.name, notice.oldValue);
    for (const { question, text } of notice.hidden) {
      if (question.isEmpty()) question.value = text;
    }
    this.setList(this.list.filter((other) => other !== notice));
    return notice.hidden.map(({ question }) => question).filter((q) => q.isVisibleInSurvey);
  }

  private onChanging = (_: Model, options: { name: string; oldValue: unknown }) => {
    this.changing.set(options.name, options.oldValue);
  };

  private onChanged = (_: Model, options: { name: string }) => {
    const { name } = options;
    const oldValue = this.changing.get(name);
    this.changing.delete(name);
    for (const [other, old] of this.changing) {
      if (Helpers.isTwoValueEquals(this.model.getValue(other), old)) this.changing.delete(other);
    }
    // A value cleared inside another change: the outer change, still under way, is the one
    // the member made, and it reports them all once it is over.
    if (this.changing.size > 0) return;
    const before = this.snapshot;
    const after = snapshotText(this.model);
    this.snapshot = after;
    // A notice ends once its questions are all on screen again (the earlier answer re-chosen).
    let list = this.list.filter((notice) =>
      notice.hidden.some(({ question }) => !question.isVisibleInSurvey),
    );
    const hidden = newlyHiddenWithText(before, after);
    if (hidden.length > 0) {
      list = [
        ...list,
        {
          id: this.nextId++,
          name,
          oldValue,
          hidden: hidden.map((question) => ({
            question,
            text: before.get(question)?.text ?? '',
          })),
        },
      ];
    }
    if (list.length !== this.list.length || hidden.length > 0) this.setList(list);
  };

  private setList(list: HiddenTextNotice[]): void {
    this.list = list;
    for (const listener of this.listeners) listener();
  }
}
