import { describe, expect, it } from 'vitest';
import { withVietnameseFallback } from './localized-json';

describe('withVietnameseFallback', () => {
  it("puts English, or else Vietnamese, under survey-core's default key", () => {
    expect(withVietnameseFallback({ title: { vi: 'Tiêu đề', en: 'Title' } })).toEqual({
      title: { default: 'Title', vi: 'Tiêu đề' },
    });
    expect(withVietnameseFallback([{ vi: 'Chỉ tiếng Việt' }])).toEqual([
      { default: 'Chỉ tiếng Việt', vi: 'Chỉ tiếng Việt' },
    ]);
  });

  it('leaves everything that is not a {vi, en} text alone', () => {
    const json = {
      choices: [{ value: 'vi', text: 'Tiếng Việt' }, 'en'],
      defaultValue: { vi: 1 },
      other: { vi: 'x', fr: 'y' },
      visibleIf: "{q} = 'co'",
      rateMax: 5,
      empty: null,
    };
    expect(withVietnameseFallback(json)).toEqual(json);
  });
});
