import type { QuestionCommentModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { grownHeight, growsWithText } from './auto-grow';
import { createSurveyModel } from './create-model';

describe('grownHeight', () => {
  it.each([
    ['keeps the rows while the text fits in them', 40, 400, 90, false],
    ['grows to the text without a scrollbar', 250, 400, 250, false],
    ['grows up to the ceiling exactly', 400, 400, 400, false],
    ['stops at the ceiling and scrolls beyond it', 401, 400, 400, true],
    ['never scrolls without a ceiling', 5000, Infinity, 5000, false],
    ['never goes below the rows, even with a ceiling under them', 200, 60, 90, true],
  ])('%s', (_, content, max, height, scrolls) => {
    expect(grownHeight({ content, min: 90, max })).toEqual({ height, scrolls });
  });
});

describe('growsWithText', () => {
  it('grows comment boxes by default and when asked, not when a question says autoGrow false', () => {
    const model = createSurveyModel(
      {
        elements: [
          { type: 'comment', name: 'plain' },
          { type: 'comment', name: 'yes', autoGrow: true },
          { type: 'comment', name: 'no', autoGrow: false },
        ],
      },
      'vi',
    );
    const grows = (name: string) =>
      growsWithText(model.getQuestionByName(name) as QuestionCommentModel);
    expect([grows('plain'), grows('yes'), grows('no')]).toEqual([true, true, false]);
  });
});
