/**
 * `pending`: a change waits for the debounce; `saving`: a write is running; `saved`: everything
 * scheduled is written; `error`: the last write failed and its snapshot is kept for a retry.
 * `idle` (nothing scheduled yet) is the state before the first report; it is never reported.
 */
export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaverOptions<T> {
  write: (snapshot: T) => Promise<void>;
  /** Quiet time after the last change before writing. */
  delayMs?: number;
  /** Longest a change waits while changes keep coming (steady typing never pauses). */
  maxWaitMs?: number;
  onStateChange?: (state: AutosaveState, error?: unknown) => void;
}

export interface Autosaver<T> {
  /** Replaces the snapshot to write and restarts the debounce. */
  schedule(snapshot: T): void;
  /** Writes now; resolves once everything scheduled is written, rejects if a write fails. */
  flush(): Promise<void>;
  /** The snapshot waiting to be written (after the running write), boxed; undefined if none. */
  waiting(): { snapshot: T } | undefined;
  /** Whether a change is waiting, being written, or kept after a failed write. */
  hasUnsaved(): boolean;
  /** Stops timers and reports and drops what is pending: flush first to keep it. */
  dispose(): void;
}

/**
 * Debounced, coalescing writer: only the latest snapshot is written, one write at a time, and
 * a change made during a write is written as soon as that write ends. No DOM here; the page
 * wiring is `bindFlushOnHide`.
 */
export function createAutosaver<T>({
  write,
  delayMs = 300,
  maxWaitMs = 2000,
  onStateChange,
}: AutosaverOptions<T>): Autosaver<T> {
  // Boxed so that `undefined` can be a snapshot.
  let pending: { snapshot: T } | undefined;
  let writing: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const report = (state: AutosaveState, error?: unknown) => {
    if (!disposed) onStateChange?.(state, error);
  };

  const cancelTimer = () => {
    clearTimeout(timer);
    clearTimeout(deadline);
    timer = undefined;
    deadline = undefined;
  };

  const fire = () => {
    cancelTimer();
    void start();
  };

  // Writes until nothing is pending; stops at the first failure, keeping its snapshot.
  const writeAll = async () => {
    while (pending && !disposed) {
      const { snapshot } = pending;
      pending = undefined;
      cancelTimer();
      failure = undefined;
      report('saving');
      try {
        await write(snapshot);
      } catch (error) {
        pending ??= { snapshot };
        failure = { error };
        report('error', error);
        return;
      }
    }
    report('saved');
  };

  // Starts writing if needed; resolves when the current run of writes ends. Never rejects.
  const start = (): Promise<void> => {
    if (!writing && pending) {
      const run = writeAll().finally(() => {
        writing = undefined;
      });
      writing = run;
    }
    return writing ?? Promise.resolve();
  };

  return {
    schedule(snapshot) {
      if (disposed) return;
      pending = { snapshot };
      report('pending');
      clearTimeout(timer);
      timer = setTimeout(fire, delayMs);
      deadline ??= setTimeout(fire, maxWaitMs);
    },

    async flush() {
      cancelTimer();
      while ((writing || pending) && !disposed) {
        await start();
        if (failure) throw failure.error;
      }
    },

    waiting() {
      return pending && { ...pending };
    },

    hasUnsaved() {
      return pending !== undefined || writing !== undefined;
    },

    dispose() {
      disposed = true;
      pending = undefined;
      cancelTimer();
    },
  };
}

/**
 * Flushes when the page is hidden or unloaded: the last moment a pending change can reliably
 * be written (closing a tab or the popup fires no later event we can wait on).
 * Returns a function that removes the listeners.
 */
export function bindFlushOnHide(
  autosaver: Pick<Autosaver<unknown>, 'flush'>,
  doc: Document = document,
  win: Window = window,
): () => void {
  // A failure is already reported through the autosaver's onStateChange.
  const flush = () => autosaver.flush().catch(() => undefined);
  const onVisibilityChange = () => {
    if (doc.visibilityState === 'hidden') void flush();
  };
  doc.addEventListener('visibilitychange', onVisibilityChange);
  win.addEventListener('pagehide', flush);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibilityChange);
    win.removeEventListener('pagehide', flush);
  };
}
