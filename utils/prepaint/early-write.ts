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
 * `progress`, `revision` and `updatedAt` change. A closing page may run no further callback, so
 * the new record (built on `record`, the draft as the page read it) is put in the same task;
 * the same transaction first reads the current record, and if another tab has saved since, the
 * put is undone and the answers are written over that save instead. Without survey-core the
 * count of answered questions is unknown: stored as 0 of 0, as the library does, and the next
 * load counts again. Each save is announced like any other, so another open tab picks it up.
 */
export function earlyWriter(db: IDBDatabase, record: StoredRecord): EarlyWriter {
  let base = record;
  let written = '';
  return {
    async write(answers) {
      const id = base.id;
      const signature = JSON.stringify([...answers]);
      if (answers.size === 0 || signature === written || typeof id !== 'string') return false;
      const next = nextRecord(base, answers);
      if (!next) return false;
      try {
        const tx = db.transaction('responses', 'readwrite');
        const store = tx.objectStore('responses');
        const current = store.get(id);
        store.put(next);
        const stale = new Promise<boolean>((resolve) => {
          current.onerror = () => resolve(false);
          current.onsuccess = () => {
            const moved = !isObject(current.result) || current.result.revision !== base.revision;
            if (moved) tx.abort();
            resolve(moved);
          };
        });
        const saved = (await stale)
          ? await writeOverCurrent(db, id, answers)
          : await commit(tx, next);
        if (!saved) return false;
        base = saved;
        written = signature;
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The slow way, when the draft changed since the page read it: read, merge, write. */
async function writeOverCurrent(
  db: IDBDatabase,
  id: string,
  answers: ReadonlyMap<string, unknown>,
): Promise<StoredRecord | undefined> {
  const tx = db.transaction('responses', 'readwrite');
  const store = tx.objectStore('responses');
  const current: unknown = await request(store.get(id));
  const next = isObject(current) ? nextRecord(current, answers) : undefined;
  if (!next) return undefined;
  store.put(next);
  return commit(tx, next);
}

/** Once `tx` has written `record`: announced, and returned. */
async function commit(tx: IDBTransaction, record: StoredRecord): Promise<StoredRecord> {
  await done(tx);
  announce(record.id as string, record.revision as number);
  return record;
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
