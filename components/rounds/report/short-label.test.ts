import { describe, expect, it } from 'vitest';
import { shortLabel } from './short-label';

describe('shortLabel', () => {
  it('keeps a short title and cuts a long one at a space, with an ellipsis', () => {
    expect(shortLabel('  Phai   nhạt ', 20)).toBe('Phai nhạt');
    expect(shortLabel('1. Phai nhạt lý tưởng cách mạng; dao động', 24)).toBe(
      '1. Phai nhạt lý tưởng…',
    );
    expect(shortLabel('1. Phai nhạt lý tưởng; cách mạng', 24)).toBe('1. Phai nhạt lý tưởng…');
  });

  it('cuts inside a word only when no space leaves half the room', () => {
    expect(shortLabel('siêu-dài-không-ngắt-được', 10)).toBe('siêu-dài…');
    expect(shortLabel('siêu-dài-không-ngắt-được', 10).length).toBeLessThanOrEqual(10);
  });
});
