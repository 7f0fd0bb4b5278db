import { afterEach, describe, expect, it, vi } from 'vitest';
import * as earlyRead from './early-read';
import { beginEarlyRead } from './early-start';

describe('beginEarlyRead', () => {
  afterEach(() => {
    globalThis.__tuSoiEarlyRead = undefined;
    vi.restoreAllMocks();
  });
  const stubRead = () => vi.spyOn(earlyRead, 'startEarlyRead').mockImplementation(async () => null);

  it('reads once per page: the second caller (the app after review.html’s script) gets the same read', () => {
    const read = stubRead();
    const first = beginEarlyRead('#/review/r-1');
    const second = beginEarlyRead('#/review/r-1');
    expect(second).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith({ responseId: 'r-1' });
  });

  it('reads a new review’s pack and form', () => {
    const read = stubRead();
    expect(beginEarlyRead('#/start/nq04-27@1.2.0/bieu-hien-27')?.target).toEqual({
      packId: 'nq04-27',
      packVersion: '1.2.0',
      formId: 'bieu-hien-27',
    });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('begins anew for another address, and reads nothing for a page that is no review', () => {
    const read = stubRead();
    beginEarlyRead('#/review/r-1');
    expect(beginEarlyRead('#/review/r-2')?.target).toEqual({ responseId: 'r-2' });
    expect(beginEarlyRead('#/')).toBeUndefined();
    expect(beginEarlyRead('#/library')).toBeUndefined();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
