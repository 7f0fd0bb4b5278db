import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AutosaveState, createAutosaver } from './autosave';

/** A write the test finishes by hand, to observe what happens while it runs. */
function manualWriter() {
  const calls: { snapshot: string; finish: () => void; fail: (error: unknown) => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const write = (snapshot: string) =>
    new Promise<void>((resolve, reject) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const settle = (done: () => void) => () => {
        running--;
        done();
      };
      calls.push({
        snapshot,
        finish: settle(resolve),
        fail: (error) => settle(() => reject(error))(),
      });
    });
  return { write, calls, maxRunning: () => maxRunning };
}

function setup(write: (snapshot: string) => Promise<void>) {
  const states: AutosaveState[] = [];
  const errors: unknown[] = [];
  const saver = createAutosaver<string>({
    write,
    onStateChange: (state, error) => {
      states.push(state);
      if (error !== undefined) errors.push(error);
    },
  });
  return { saver, states, errors };
}

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes 300 ms after the last change', async () => {
    const write = vi.fn(async (_: string) => {});
    const { saver, states } = setup(write);

    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(299);
    expect(write).not.toHaveBeenCalled();
    expect(states).toEqual(['pending']);

    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledExactlyOnceWith('a');
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('coalesces quick changes into one write of the latest snapshot', async () => {
    const write = vi.fn(async (_: string) => {});
    const { saver } = setup(write);

    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('abc');
    await vi.advanceTimersByTimeAsync(299);
    expect(write).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledExactlyOnceWith('abc');
  });

  it('still writes every 2 s while changes never pause for 300 ms', async () => {
    const write = vi.fn(async (_: string) => {});
    const { saver } = setup(write);
    let text = '';
    for (let keystroke = 0; keystroke < 50; keystroke++) {
      text += 'a';
      saver.schedule(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 5 s of steady typing: written at 2 s and 4 s, the rest waits for the pause.
    expect(write.mock.calls.map(([snapshot]) => snapshot.length)).toEqual([20, 40]);
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenLastCalledWith(text);
  });

  it('honours a custom delay', async () => {
    const write = vi.fn(async (_: string) => {});
    const saver = createAutosaver({ write, delayMs: 1_000 });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(999);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledOnce();
  });

  it('never runs two writes at once, and writes a change made during a write right after', async () => {
    const writer = manualWriter();
    const { saver, states } = setup(writer.write);

    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule('b');
    saver.schedule('c');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writer.calls.map((c) => c.snapshot)).toEqual(['a']);

    writer.calls[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(writer.calls.map((c) => c.snapshot)).toEqual(['a', 'c']);

    writer.calls[1]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(writer.maxRunning()).toBe(1);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush writes at once and resolves when the write is done', async () => {
    const writer = manualWriter();
    const { saver, states } = setup(writer.write);
    const flushed = vi.fn();

    saver.schedule('a');
    void saver.flush().then(flushed);
    expect(writer.calls.map((c) => c.snapshot)).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).not.toHaveBeenCalled();

    writer.calls[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toHaveBeenCalled();
    expect(states).toEqual(['pending', 'saving', 'saved']);

    // The cancelled debounce does not write again.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writer.calls).toHaveLength(1);
  });

  it('flush waits for the running write and the change queued behind it', async () => {
    const writer = manualWriter();
    const { saver } = setup(writer.write);
    const flushed = vi.fn();

    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule('b');
    void saver.flush().then(flushed);

    writer.calls[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(writer.calls.map((c) => c.snapshot)).toEqual(['a', 'b']);
    expect(flushed).not.toHaveBeenCalled();

    writer.calls[1]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toHaveBeenCalled();
  });

  it('flush with nothing scheduled resolves without writing', async () => {
    const write = vi.fn(async (_: string) => {});
    const { saver, states } = setup(write);
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
    expect(states).toEqual([]);
  });

  it('reports a failed write, keeps its snapshot and retries it on flush', async () => {
    const failure = new DOMException('full', 'QuotaExceededError');
    const write = vi.fn(async (_: string) => {}).mockRejectedValueOnce(failure);
    const { saver, states, errors } = setup(write);

    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    expect(states).toEqual(['pending', 'saving', 'error']);
    expect(errors).toEqual([failure]);

    // No retry on its own: hammering a full disk helps nobody.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(write).toHaveBeenCalledOnce();

    await saver.flush();
    expect(write.mock.calls).toEqual([['a'], ['a']]);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush rejects while the write keeps failing, and a newer change replaces the snapshot', async () => {
    const failure = new Error('disk');
    const write = vi.fn<(snapshot: string) => Promise<void>>().mockRejectedValue(failure);
    const { saver } = setup(write);

    saver.schedule('a');
    await expect(saver.flush()).rejects.toBe(failure);
    await expect(saver.flush()).rejects.toBe(failure);
    expect(write.mock.calls).toEqual([['a'], ['a']]);

    write.mockResolvedValue(undefined);
    saver.schedule('b');
    await saver.flush();
    expect(write.mock.calls.at(-1)).toEqual(['b']);
  });

  it('keeps a change made during a failing write', async () => {
    const writer = manualWriter();
    const { saver } = setup(writer.write);

    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule('b');
    writer.calls[0]?.fail(new Error('disk'));
    await vi.advanceTimersByTimeAsync(0);

    const flushed = saver.flush();
    expect(writer.calls.map((c) => c.snapshot)).toEqual(['a', 'b']);
    writer.calls[1]?.finish();
    await flushed;
  });

  it('hasUnsaved holds while a change waits, is written, or failed, until it is written', async () => {
    const writer = manualWriter();
    const { saver } = setup(writer.write);
    expect(saver.hasUnsaved()).toBe(false);

    saver.schedule('a');
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.hasUnsaved()).toBe(true);
    writer.calls[0]?.fail(new Error('disk'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.hasUnsaved()).toBe(true);

    const flushed = saver.flush();
    writer.calls[1]?.finish();
    await flushed;
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('waiting() is the latest snapshot not yet begun, while a write of an older one runs', async () => {
    const writer = manualWriter();
    const { saver } = setup(writer.write);
    expect(saver.waiting()).toBeUndefined();
    saver.schedule('a');
    expect(saver.waiting()).toEqual({ snapshot: 'a' });
    const flushed = saver.flush();
    expect(saver.waiting()).toBeUndefined();
    saver.schedule('b');
    saver.schedule('c');
    expect(saver.waiting()).toEqual({ snapshot: 'c' });
    writer.calls[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.waiting()).toBeUndefined();
    writer.calls[1]?.finish();
    await flushed;
  });

  it('stops writing and reporting once disposed', async () => {
    const write = vi.fn(async (_: string) => {});
    const { saver, states } = setup(write);

    saver.schedule('a');
    saver.dispose();
    saver.schedule('b');
    await vi.advanceTimersByTimeAsync(1_000);
    await saver.flush();

    expect(write).not.toHaveBeenCalled();
    expect(states).toEqual(['pending']);
  });
});
