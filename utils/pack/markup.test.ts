import { describe, expect, it } from 'vitest';
import { findMarkup, PLAIN_TEXT } from './markup';

describe('markup detection', () => {
  it.each([
    ['Gói <b>mẫu</b>', '<b'],
    ['xong</p>', '</'],
    ['<!-- ghi chú -->', '<!'],
    ['<?xml', '<?'],
    ['A &amp; B', '&amp;'],
    ['dấu &#39;nháy&#39;', '&#39;'],
    ['&#x27;', '&#x27;'],
  ])('finds markup in %j', (text, snippet) => {
    expect(findMarkup(text)).toBe(snippet);
    expect(PLAIN_TEXT.test(text)).toBe(false);
  });

  it.each([
    'Điểm < 5 và > 2',
    'A & B',
    'Hỏi & đáp; trả lời',
    '“tự diễn biến”, “tự chuyển hóa”',
    'Tham chiếu {bh01}',
    'x<5',
  ])('accepts plain text %j', (text) => {
    // "x<5" is fine: a tag starts with a letter, "/", "!" or "?".
    expect(findMarkup(text)).toBeUndefined();
    expect(PLAIN_TEXT.test(text)).toBe(true);
  });
});
