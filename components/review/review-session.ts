import { Helpers, type Model, type Question } from 'survey-core';
import { type AutosaveState, bindFlushOnHide, createAutosaver } from '@/utils/storage/autosave';
import {
  RESPONSE_SAVED_CHANNEL,
  type ResponseSavedMessage,
} from '@/utils/storage/response-channel';
import {
  createResponse,
  getResponse,
  type NewResponse,
  type ResponseChanges,
  type SaveResult,
  saveOnto,
} from '@/utils/storage/responses';
import type { ResponseRecord } from '@/utils/storage/types';
import { getProgress } from '@/utils/survey/progress';
import { replaceAnswers } from '@/utils/survey/replace-answers';

export interface SessionStatus {
  save: AutosaveState;
  error?: unknown;
  /** The newer copy another tab saved; set while the member decides which one to keep. */
  conflict?: ResponseRecord;
  /** The response was deleted elsewhere while open here. */
  missing?: boolean;
  /** Another tab completed the response while nothing was unsaved here: show it completed. */
  completedElsewhere?: boolean;
}

/**
 * A write that must wait for the member's choice between two copies. Failing the write (rather
 * than skipping it) keeps the snapshot unsaved, so nothing typed meanwhile is reported as saved.
 */
class HeldForConflict extends Error {
  override name = 'HeldForConflict';
}

/** Read by bench/: the moment a save of this page reached IndexedDB. */
export const COMMITTED_MARK = 'tu-soi:committed';

/**
 * Binds one open response to its survey model: autosaves every change, flushes when the page is
 * hidden, and never overwrites a newer save from another tab without the member's say.
 */
/** A review not stored yet: its record is created by the first save that holds an answer. */
export interface NewReview {
  fields: NewResponse;
  onCreated(record: ResponseRecord): void;
}

export class ReviewSession {
  /** Undefined until the record of a new review exists. */
  /** The stored record as this page last read or wrote it; undefined until it exists. */
  private base: ResponseRecord | undefined;
  private readonly newReview: NewReview | undefined;
  private status: SessionStatus = { save: 'idle' };
  private readonly listeners = new Set<(status: SessionStatus) => void>();
  private readonly autosaver = createAutosaver<ResponseChanges>({
    write: (changes) => this.write(changes),
    onStateChange: (save, error) =>
      this.update(error instanceof HeldForConflict ? { save: 'pending' } : { save, error }),
  });
  private readonly channel = new BroadcastChannel(RESPONSE_SAVED_CHANNEL);
  private readonly unbindHide = bindFlushOnHide(this.autosaver);
  /** The record the running save is putting, until that save ends. */
  private putting: ResponseRecord | undefined;
  private readonly unbindLastChance = onPageHide(() => this.writeBehindRunningSave());
  private readonly unbindLeaveGuard = guardLeaving(() => this.hasUnsavedWork());
  private applyingRemote = false;

  /** `record` is the stored response, or a new review to create under `id` once answered. */
  constructor(
    readonly id: string,
    readonly model: Model,
    record: ResponseRecord | NewReview,
  ) {
    const stored = 'revision' in record ? record : undefined;
    this.base = stored;
    this.newReview = stored ? undefined : (record as NewReview);
    model.onValueChanged.add((_, { question, name }) => {
      this.changed();
      // A choice is one deliberate act: store it at once. Typing waits for the debounce.
      if (question && name === question.name && !isTextEntry(question)) this.writeNow();
    });
    model.onCurrentPageChanged.add(() => this.changed());
    model.onComplete.add(() => {
      this.changed();
      this.writeNow();
    });
    this.channel.onmessage = (event: MessageEvent<ResponseSavedMessage>) =>
      void this.onRemoteSave(event.data);
    const progress = getProgress(model);
    // A response starts with total 0 (count unknown) when the library page made it or the
    // pre-painted page wrote answers without survey-core.
    if (stored && stored.progress.total !== progress.total) this.changed();
  }

  subscribe(listener: (status: SessionStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  flush(): Promise<void> {
    return this.autosaver.flush();
  }

  /** Answers that no autosave will write: a conflict awaits a choice, or saving fails. */
  hasUnsavedWork(): boolean {
    return Boolean(this.status.conflict) || this.status.save === 'error';
  }

  /**
   * Conflict resolution: the member keeps what this tab shows, edits made meanwhile included.
   * It is written over the copy the notice showed; if yet another save came in since, the
   * member is asked again about that one.
   */
  async keepMine(): Promise<void> {
    const theirs = this.status.conflict;
    if (!theirs) return;
    this.base = theirs;
    this.update({ conflict: undefined });
    this.autosaver.schedule(this.snapshot());
    try {
      await this.autosaver.flush();
    } catch (error) {
      if (!(error instanceof HeldForConflict)) throw error;
    }
  }

  dispose(): void {
    void this.autosaver
      .flush()
      .catch(() => undefined)
      .finally(() => {
        this.autosaver.dispose();
        this.channel.close();
      });
    this.unbindHide();
    this.unbindLastChance();
    this.unbindLeaveGuard();
  }

  /**
   * The page is closing while a save runs, with newer changes waiting for it to end: an end a
   * closing page never sees. So they are put now, onto the record that save writes; the
   * database runs the two in order, and this one only if the first left exactly that record.
   * Should the page live on, the autosave writes them again, onto the same answers.
   */
  private writeBehindRunningSave(): void {
    const waiting = this.autosaver.waiting();
    if (!this.putting || !waiting) return;
    saveOnto(this.putting, waiting.snapshot, { exact: true }).catch(() => undefined);
  }

  /** Failures are already reported through the autosave state. */
  private writeNow(): void {
    this.autosaver.flush().catch(() => undefined);
  }

  private changed(): void {
    if (!this.applyingRemote) this.autosaver.schedule(this.snapshot());
  }

  private snapshot(): ResponseChanges {
    return {
      data: this.model.data,
      currentPage: this.model.currentPageNo,
      status: this.model.state === 'completed' ? 'completed' : 'draft',
      progress: getProgress(this.model),
    };
  }

  private async write(changes: ResponseChanges): Promise<void> {
    // While a conflict is open nothing is written; the member's choice decides.
    if (this.status.conflict) throw new HeldForConflict();
    if (this.base === undefined) return this.create(changes);
    let result = await this.saveOnto(this.base, changes);
    if (!result.ok && result.reason === 'conflict' && sameAnswers(changes, result.current)) {
      // The other tab saved the very answers we hold (e.g. both only recorded progress): no
      // edit can be lost, so write on top of its revision.
      result = await this.saveOnto(result.current, changes);
    }
    if (result.ok) {
      this.base = result.record;
      markCommitted();
      this.announce();
    } else if (result.reason === 'conflict') {
      this.update({ conflict: result.current });
      throw new HeldForConflict();
    } else {
      this.update({ missing: true });
    }
  }

  /** `saveOnto`, with the record it puts known while it runs. */
  private async saveOnto(base: ResponseRecord, changes: ResponseChanges): Promise<SaveResult> {
    try {
      return await saveOnto(base, changes, {
        onPut: (record) => {
          this.putting = record;
        },
      });
    } finally {
      this.putting = undefined;
    }
  }

  /**
   * The first save of a new review. Nothing answered (a page turned, an answer typed then
   * erased): nothing to keep, so no record, and no empty draft is left behind.
   */
  private async create(changes: ResponseChanges): Promise<void> {
    const newReview = this.newReview;
    if (!newReview || (changes.status === 'draft' && Object.keys(changes.data).length === 0)) {
      return;
    }
    const record = await createResponse(newReview.fields, { id: this.id, ...changes });
    this.base = record;
    markCommitted();
    this.announce();
    newReview.onCreated(record);
  }

  private async onRemoteSave(message: ResponseSavedMessage): Promise<void> {
    const revision = this.base?.revision;
    // A review not stored yet has no other copy to pick up.
    if (revision === undefined || message.id !== this.id || message.revision <= revision) return;
    let record: ResponseRecord | undefined;
    try {
      record = await getResponse(this.id);
    } catch {
      return; // A failing database shows on this tab's next save.
    }
    if (!record) return this.update({ missing: true });
    // The notice should offer the newest copy, not the one that raised it.
    if (this.status.conflict) return this.update({ conflict: record });
    // Unsaved edits here, including ones made while reading: the next write reports the
    // conflict instead of the model being overwritten under the member's hands.
    // (Re-read: this tab may have saved while reading.)
    if (this.autosaver.hasUnsaved() || record.revision <= (this.base?.revision ?? revision)) return;
    if (record.status === 'completed') return this.update({ completedElsewhere: true });
    this.applyingRemote = true;
    try {
      replaceAnswers(this.model, record.data);
      this.base = record;
    } finally {
      this.applyingRemote = false;
    }
  }

  private announce(): void {
    if (this.base === undefined) return;
    const message: ResponseSavedMessage = { id: this.id, revision: this.base.revision };
    this.channel.postMessage(message);
  }

  private update(patch: Partial<SessionStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener(this.status);
  }
}

/**
 * A User Timing mark once an answer is committed to IndexedDB: `npm run bench` reads it to time
 * answer → stored. It carries no content, only the moment.
 */
function markCommitted(): void {
  performance.mark(COMMITTED_MARK);
}

function onPageHide(listener: () => void): () => void {
  window.addEventListener('pagehide', listener);
  return () => window.removeEventListener('pagehide', listener);
}

/** Asks the browser to confirm closing or reloading the page while `unsaved()` holds. */
function guardLeaving(unsaved: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (unsaved()) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

function sameAnswers(changes: ResponseChanges, record: ResponseRecord): boolean {
  return changes.status === record.status && Helpers.isTwoValueEquals(changes.data, record.data);
}

function isTextEntry(question: Question): boolean {
  const type = question.getType();
  return type === 'text' || type === 'comment';
}
