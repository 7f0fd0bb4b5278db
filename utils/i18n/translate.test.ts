import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './translate';
import { vi } from './vi';

describe('translate', () => {
  it('gives Vietnamese by default wording and English when asked', () => {
    expect(translate('vi', 'common.cancel')).toBe('Hủy');
    expect(translate('en', 'common.cancel')).toBe('Cancel');
  });

  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'app.reviews.progress', { answered: 12, total: 27 })).toBe(
      'Đã trả lời 12/27',
    );
    expect(translate('en', 'app.reviews.progress', { answered: 3 })).toBe('3 of {total} answered');
  });

  it('has an English string for every Vietnamese one, and none left empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const catalog of [vi, en]) {
      for (const [key, text] of Object.entries(catalog)) expect(text, key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });
});
