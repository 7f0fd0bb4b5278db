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
    ['dấu&nbsp;cách', '&nbsp;'],
    ['&Agrave;', '&Agrave;'],
    ['&AMP;', '&AMP;'],
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
    'R&D; A&B; Công ty X&Y;',
    'a &amp b',
    '&Amp;',
  ])('accepts plain text %j', (text) => {
    // "x<5" is fine: a tag starts with a letter, "/", "!" or "?". An entity is a known name
    // (case-sensitive) followed by ";", so "R&D;", "&amp" alone or "&Amp;" are plain text.
    expect(findMarkup(text)).toBeUndefined();
    expect(PLAIN_TEXT.test(text)).toBe(true);
  });
});
