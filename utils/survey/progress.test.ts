import type { QuestionPanelDynamicModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
import { getProgress } from './progress';

const elements = [
  { type: 'radiogroup', name: 'q1', isRequired: true, choices: ['khong', 'co'] },
  { type: 'comment', name: 'q1c', visibleIf: "{q1} notempty and {q1} != 'khong'" },
  { type: 'text', name: 'hidden', visible: false },
  { type: 'radiogroup', name: 'q2', isRequired: true, choices: ['khong', 'co'] },
];

describe('getProgress', () => {
  it('counts required questions only for progressBarType "requiredQuestions"', () => {
    const model = createSurveyModel(
      { progressBarType: 'requiredQuestions', pages: [{ elements }] },
      'vi',
    );
    expect(getProgress(model)).toEqual({ answered: 0, total: 2 });
    model.getQuestionByName('q1').value = 'co';
    // Revealing the optional comment changes nothing here.
    expect(model.getQuestionByName('q1c').isVisible).toBe(true);
    expect(getProgress(model)).toEqual({ answered: 1, total: 2 });
    model.getQuestionByName('q1c').value = 'Sửa';
    expect(getProgress(model)).toEqual({ answered: 1, total: 2 });
  });

  it('otherwise counts visible input questions across pages, never hidden ones', () => {
    const model = createSurveyModel(
      { pages: [{ elements: elements.slice(0, 3) }, { elements: elements.slice(3) }] },
      'vi',
    );
    expect(getProgress(model)).toEqual({ answered: 0, total: 2 });
    model.getQuestionByName('q1').value = 'co';
    expect(getProgress(model)).toEqual({ answered: 1, total: 3 });
    model.getQuestionByName('q1').value = 'khong';
    expect(getProgress(model)).toEqual({ answered: 1, total: 2 });
  });

  it('counts the questions of repeated panels from the start, not once they are first shown', () => {
    const model = createSurveyModel(
      {
        // survey-core builds the panels of a page not yet shown only when they are first read.
        pages: [
          { elements: [{ type: 'text', name: 'a' }] },
          {
            elements: [
              {
                type: 'paneldynamic',
                name: 'kd',
                panelCount: 1,
                templateElements: [{ type: 'text', name: 'mo-ta', isRequired: true }],
              },
            ],
          },
        ],
      },
      'vi',
    );
    expect(getProgress(model)).toEqual({ answered: 0, total: 2 });
    expect((model.getQuestionByName('kd') as QuestionPanelDynamicModel).panels).toHaveLength(1);
    expect(getProgress(model)).toEqual({ answered: 0, total: 2 });
  });
});
