import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-name';

describe('fileSlug', () => {
  it.each([
    ['Tự soi lần 3 — Quý IV/2026', 'tu-soi-lan-3-quy-iv-2026'],
    ['Đợt Đặc biệt', 'dot-dac-biet'],
    ['———', 'dot'],
    ['a'.repeat(80), 'a'.repeat(60)],
  ])('%j → %j', (label, slug) => {
    expect(fileSlug(label)).toBe(slug);
  });
});
