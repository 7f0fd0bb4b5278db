import { englishStrings } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
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

describe('Vietnamese validator messages in a model', () => {
  it('reads naturally for a number out of range', () => {
    const model = createSurveyModel(
      {
        elements: [
          {
            type: 'text',
            name: 'nam',
            inputType: 'number',
            validators: [{ type: 'numeric', minValue: 1930, maxValue: 2026 }],
          },
        ],
      },
      'vi',
    );
    model.setValue('nam', 1900);
    model.validate();
    expect(model.getQuestionByName('nam').errors.map((error) => error.text)).toEqual([
      'Giá trị phải từ 1930 đến 2026.',
    ]);
  });
});
