import { RESPONSE_SAVED_CHANNEL, type ResponseSavedMessage } from '../storage/response-channel';
import { request } from './early-read';
import { isObject } from './json';

type StoredRecord = Record<string, unknown>;

export interface EarlyWriter {
  /** Writes `answers` over the draft; resolves whether they were written. */
  write(answers: ReadonlyMap<string, unknown>): Promise<boolean>;
}

/**
 * Writes the answers given on the pre-painted page into the stored draft when the page is hidden
 * or closed before the model took them: the last moment they can be kept. Only `data`,
 * `progress`, `revision` and `updatedAt` change. Without survey-core the count of answered
 * questions is unknown: stored as 0 of 0, as the library does, and the next load counts again.
 * Each save is announced like any other, so another open tab picks it up.
 */
export function earlyWriter(db: IDBDatabase, record: StoredRecord): EarlyWriter {
  let base = record;
  let written = '';
  const writeNow = async (answers: ReadonlyMap<string, unknown>) => {
    const id = base.id;
    const signature = JSON.stringify([...answers]);
    if (answers.size === 0 || signature === written || typeof id !== 'string') return false;
    const next = nextRecord(base, answers);
    if (!next) return false;
    try {
      const saved = await putAtOnce(db, id, base, next, answers);
      if (!saved) return false;
      announce(id, saved.revision as number);
      base = saved;
      written = signature;
      return true;
    } catch {
      return false;
    }
  };
  // One at a time: hiding and then closing the page asks twice for the same answers, and the
  // second must build on the first, not race it. The first starts in the caller's task.
  let pending: Promise<boolean> | undefined;
  return {
    write(answers) {
      const writing = pending ? pending.then(() => writeNow(answers)) : writeNow(answers);
      pending = writing;
      void writing.then(() => {
        if (pending === writing) pending = undefined;
      });
      return writing;
    },
  };
}

/**
 * Puts `next` and asks for the commit in the same task. A closing page may not live to see a
 * request's result, and a transaction left to commit on its own dies with the page (Chromium,
 * a loaded machine: about one tab close in twenty lost the text). The read before the put, in
 * the same transaction, says afterwards whether another tab had saved since `base`: if so, its
 * record is put back with these answers on top (`repair`). Should the page die first, that tab's
 * next save finds a record it did not write and asks which copy to keep: nothing goes unseen.
 */
async function putAtOnce(
  db: IDBDatabase,
  id: string,
  base: StoredRecord,
  next: StoredRecord,
  answers: ReadonlyMap<string, unknown>,
): Promise<StoredRecord | undefined> {
  const { tx, store } = writable(db);
  const reading = request(store.get(id));
  store.put(next);
  tx.commit();
  const committed = done(tx);
  // Awaited below; a failed read (the transaction then aborts) must not leave it unhandled.
  committed.catch(() => undefined);
  const before: unknown = await reading;
  await committed;
  if (JSON.stringify(before) === JSON.stringify(base)) return next;
  return repair(db, id, before, next, answers);
}

/**
 * `ours` went over `before`, a record saved elsewhere since the page read the draft: `before`
 * with the answers on top, or `before` as it was where they cannot go (completed meanwhile), or
 * nothing (deleted meanwhile). Left alone if someone has written since `ours`.
 */
async function repair(
  db: IDBDatabase,
  id: string,
  before: unknown,
  ours: StoredRecord,
  answers: ReadonlyMap<string, unknown>,
): Promise<StoredRecord | undefined> {
  const { tx, store } = writable(db);
  const now: unknown = await request(store.get(id));
  const stillOurs =
    isObject(now) && now.revision === ours.revision && now.updatedAt === ours.updatedAt;
  if (!stillOurs) return undefined;
  if (!isObject(before)) {
    store.delete(id);
    tx.commit();
    await done(tx);
    return undefined;
  }
  // Above both, so that every open tab takes it as the newest save.
  const revision = Math.max(Number(before.revision) || 0, ours.revision as number) + 1;
  const merged = nextRecord(before, answers);
  const record = { ...(merged ?? before), revision };
  store.put(record);
  tx.commit();
  await done(tx);
  if (!merged) announce(id, revision);
  return merged && record;
}

function nextRecord(record: StoredRecord, answers: ReadonlyMap<string, unknown>) {
  // A completed review, or one reopened after completion (its way back needs the model's
  // comparison), is not written here.
  if (record.status !== 'draft' || 'reopened' in record || !isObject(record.data)) return;
  if (typeof record.revision !== 'number') return;
  const data = { ...record.data };
  for (const [name, value] of answers) {
    // As the live form stores them: an emptied box or list is no answer at all.
    if (value === '' || (Array.isArray(value) && value.length === 0)) delete data[name];
    else data[name] = value;
  }
  const progress = { answered: 0, total: 0 };
  return { ...record, data, progress, revision: record.revision + 1, updatedAt: Date.now() };
}

function writable(db: IDBDatabase) {
  const tx = db.transaction('responses', 'readwrite');
  return { tx, store: tx.objectStore('responses') };
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error);
  });
}

function announce(id: string, revision: number): void {
  const channel = new BroadcastChannel(RESPONSE_SAVED_CHANNEL);
  const message: ResponseSavedMessage = { id, revision };
  channel.postMessage(message);
  channel.close();
}
