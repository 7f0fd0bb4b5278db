import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../storage/test-records';
import { formatDate, normalizeLabel, reviewOrdinals, withLabel } from './review-labels';

const at = (id: string, createdAt: number, formId = 'f', packId = 'p') => ({
  id,
  packId,
  formId,
  createdAt,
});

describe('review labels', () => {
  it('numbers reviews per pack id and form id, oldest first, whatever the list order', () => {
    const ordinals = reviewOrdinals([
      at('c', 30),
      at('a', 10),
      at('x', 20, 'other-form'),
      at('b', 20),
      at('y', 5, 'f', 'other-pack'),
    ]);
    expect(Object.fromEntries(ordinals)).toEqual({ a: 1, b: 2, c: 3, x: 1, y: 1 });
  });

  it('orders reviews created in the same millisecond by id, so the numbers stay put', () => {
    expect(Object.fromEntries(reviewOrdinals([at('b', 1), at('a', 1)]))).toEqual({ a: 1, b: 2 });
  });

  it('writes the date with Vietnamese digits or an unambiguous English day', () => {
    const december = new Date(2026, 11, 1, 9, 30).getTime();
    expect(formatDate(december, 'vi')).toBe('01/12/2026');
    expect(formatDate(december, 'en')).toBe('1 Dec 2026');
    expect(formatDate(new Date(2026, 8, 15).getTime(), 'en')).toBe('15 Sep 2026');
  });

  it('stores a name trimmed, spaces collapsed, at most 80 characters; empty means the default', () => {
    expect(normalizeLabel('  Trước   buổi họp  ')).toBe('Trước buổi họp');
    expect(normalizeLabel(' \t ')).toBeUndefined();
    expect(normalizeLabel('a'.repeat(100))).toHaveLength(80);
  });

  it('sets or clears the name without touching answers, revision or times', () => {
    const record = sampleRecord();
    const named = withLabel(record, ' Lần thử ');
    expect(named).toEqual({ ...record, label: 'Lần thử' });
    expect(withLabel(named, '')).toEqual(record);
  });
});
