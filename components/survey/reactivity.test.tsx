// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSurveyModel } from '@/utils/survey/create-model';
import { QuestionView } from './ElementView';
import { SurveyView } from './SurveyView';

const rendered: string[] = [];
const previous = options.diffed;

beforeEach(() => {
  options.diffed = (vnode: VNode<{ question?: { name: string } }>) => {
    if (vnode.type === QuestionView && vnode.props.question) {
      rendered.push(vnode.props.question.name);
    }
    previous?.(vnode);
  };
});

afterEach(() => {
  options.diffed = previous;
  rendered.length = 0;
  cleanup();
});

const page = Array.from({ length: 9 }, (_, index) => [
  { type: 'radiogroup', name: `q${index}`, title: `Câu ${index}`, choices: ['khong', 'co'] },
  {
    type: 'comment',
    name: `q${index}-c`,
    title: `Ghi chú ${index}`,
    visibleIf: `{q${index}} = 'co'`,
  },
]).flat();

it('re-renders only the question that changed and the one it reveals', () => {
  const model = createSurveyModel({ pages: [{ elements: page }] }, 'vi');
  render(<SurveyView model={model} />);
  expect(rendered).toHaveLength(9);
  rendered.length = 0;

  fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Câu 4' })).getByLabelText('co'));
  expect(new Set(rendered)).toEqual(new Set(['q4', 'q4-c']));
  rendered.length = 0;

  fireEvent.input(screen.getByLabelText('Ghi chú 4'), { target: { value: 'Sửa' } });
  expect(rendered).toEqual(['q4-c']);
});

it('re-renders only the inner question typed into inside a dynamic panel', () => {
  const model = createSurveyModel(
    {
      pages: [
        {
          elements: [
            {
              type: 'paneldynamic',
              name: 'list',
              title: 'Danh sách',
              panelCount: 3,
              templateElements: [
                { type: 'text', name: 'a', title: 'A' },
                { type: 'text', name: 'b', title: 'B' },
              ],
            },
          ],
        },
      ],
    },
    'vi',
  );
  render(<SurveyView model={model} />);
  rendered.length = 0;
  fireEvent.input(screen.getAllByLabelText('B')[1] as HTMLElement, { target: { value: 'x' } });
  expect(model.getValue('list')).toEqual([{}, { b: 'x' }, {}]);
  expect(rendered).toEqual(['b']);
});
