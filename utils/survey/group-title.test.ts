import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
import { titledContainer } from './group-title';

describe('titledContainer', () => {
  const model = createSurveyModel(
    {
      pages: [
        {
          name: 'p1',
          title: 'Nhóm I',
          elements: [
            { type: 'comment', name: 'onPage' },
            { type: 'panel', name: 'untitled', elements: [{ type: 'comment', name: 'inPlain' }] },
            {
              type: 'panel',
              name: 'titled',
              title: 'Phần A',
              elements: [{ type: 'comment', name: 'inTitled' }],
            },
          ],
        },
        { name: 'p2', elements: [{ type: 'comment', name: 'noTitle' }] },
      ],
    },
    'vi',
  );
  const group = (name: string) =>
    titledContainer(model.getQuestionByName(name))?.locTitle.calculatedText ?? null;

  it('names the nearest titled panel, else the page, else nothing', () => {
    expect(group('inTitled')).toBe('Phần A');
    expect(group('inPlain')).toBe('Nhóm I');
    expect(group('onPage')).toBe('Nhóm I');
    expect(group('noTitle')).toBeNull();
  });
});
