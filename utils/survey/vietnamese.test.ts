import { englishStrings } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { vietnameseSurveyStrings } from './vietnamese';

const placeholders = (text: string) =>
  [...text.matchAll(/\{[^}]*\}/g)].map(([match]) => match).sort();

describe('reviewed Vietnamese survey-core strings', () => {
  it('keeps every placeholder of the English original', () => {
    for (const [key, text] of Object.entries(vietnameseSurveyStrings)) {
      const english = englishStrings[key as keyof typeof englishStrings];
      expect(placeholders(text), key).toEqual(placeholders(english));
    }
  });

  it('has no leftover English or three-dot ellipses', () => {
    for (const [key, text] of Object.entries(vietnameseSurveyStrings)) {
      expect(text, key).not.toMatch(/\.\.\.|Please|Select/);
    }
  });
});
