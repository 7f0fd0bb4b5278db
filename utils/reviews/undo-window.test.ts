import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUndoWindow, UNDO_MS } from './undo-window';

describe('undo window', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('expires once after about eight seconds', () => {
    const expire = vi.fn();
    createUndoWindow(expire);
    expect(UNDO_MS).toBe(8000);
    vi.advanceTimersByTime(7999);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(20_000);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('stops while paused and runs on with the time that was left', () => {
    const expire = vi.fn();
    const window = createUndoWindow(expire, 1000);
    vi.advanceTimersByTime(600);
    window.pause();
    vi.advanceTimersByTime(10_000);
    expect(expire).not.toHaveBeenCalled();
    window.resume();
    vi.advanceTimersByTime(399);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('never expires once cancelled, even if resumed', () => {
    const expire = vi.fn();
    const window = createUndoWindow(expire, 1000);
    window.cancel();
    window.resume();
    vi.advanceTimersByTime(5000);
    expect(expire).not.toHaveBeenCalled();
  });
});
