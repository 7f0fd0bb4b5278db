import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap-words';

describe('wrapWords', () => {
  it('breaks at spaces within the width and keeps a longer word whole', () => {
    expect(wrapWords('Phai nhạt lý tưởng cách mạng', 12)).toEqual([
      'Phai nhạt lý',
      'tưởng cách',
      'mạng',
    ]);
    expect(wrapWords('  một   siêu-dài-không-ngắt  ', 5)).toEqual(['một', 'siêu-dài-không-ngắt']);
    expect(wrapWords('', 5)).toEqual([]);
  });
});
