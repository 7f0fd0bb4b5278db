import type { QuestionPanelDynamicModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
import { elementsWithErrors, onlyMissingAnswers, pageOf } from './errors';

const json = {
  checkErrorsMode: 'onComplete',
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'text', name: 'a', isRequired: true },
        {
          type: 'panel',
          name: 'panel',
          elements: [{ type: 'text', name: 'b', isRequired: true }],
        },
      ],
    },
    {
      name: 'p2',
      elements: [
        {
          type: 'paneldynamic',
          name: 'list',
          panelCount: 1,
          templateElements: [{ type: 'text', name: 'c', isRequired: true }],
        },
        { type: 'text', name: 'email', inputType: 'email' },
      ],
    },
  ],
};

describe('elementsWithErrors', () => {
  it('lists invalid elements in page order, inside panels and dynamic panels too', () => {
    const model = createSurveyModel(json, 'vi');
    expect(elementsWithErrors(model)).toEqual([]);
    model.validate();
    const names = elementsWithErrors(model).map((element) => element.name);
    expect(names).toEqual(['a', 'b', 'c']);
    expect(onlyMissingAnswers(elementsWithErrors(model))).toBe(true);
  });

  it('tells missing answers from invalid ones', () => {
    const model = createSurveyModel(json, 'vi');
    model.data = { a: 'x', b: 'y', list: [{ c: 'z' }], email: 'sai' };
    model.validate();
    expect(elementsWithErrors(model).map((element) => element.name)).toEqual(['email']);
    expect(onlyMissingAnswers(elementsWithErrors(model))).toBe(false);
  });
});

describe('pageOf', () => {
  it('finds the page of nested and dynamic-panel questions', () => {
    const model = createSurveyModel(json, 'vi');
    const b = model.getQuestionByName('b');
    const list = model.getQuestionByName('list') as QuestionPanelDynamicModel;
    const c = list.panels[0]?.getQuestionByName('c');
    expect(pageOf(model, b)?.name).toBe('p1');
    expect(c && pageOf(model, c)?.name).toBe('p2');
  });
});
