import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
import {
  hiddenTextDroppedOnComplete,
  newlyHiddenWithText,
  outermostHidden,
  snapshotText,
} from './hidden-text';

const remedy = (name: string) => ({
  type: 'comment',
  name: `${name}c`,
  visibleIf: `{${name}} notempty and {${name}} != 'khong'`,
});
const item = (name: string) => ({ type: 'radiogroup', name, choices: ['khong', 'co'] });

function model(extra: Record<string, unknown> = {}, elements: unknown[] = []) {
  return createSurveyModel(
    {
      ...extra,
      pages: [
        { name: 'p1', elements: [item('a'), remedy('a'), item('b'), remedy('b'), ...elements] },
      ],
    },
    'vi',
  );
}

/** A panel shown only while "b" is "co", with a text question inside. */
const NOTE_PANEL = {
  type: 'panel',
  name: 'more',
  visibleIf: "{b} = 'co'",
  elements: [{ type: 'text', name: 'note' }],
};

const names = (questions: { name: string }[]) => questions.map((question) => question.name);

describe('newlyHiddenWithText', () => {
  it('finds a comment that held text and was hidden by the change, and only that one', () => {
    const survey = model();
    survey.setValue('a', 'co');
    survey.setValue('b', 'co');
    survey.setValue('ac', 'Sửa ngay');
    const before = snapshotText(survey);
    survey.setValue('a', 'khong');
    survey.setValue('b', 'khong');
    // "b" hid an empty box: nothing to lose there.
    expect(names(newlyHiddenWithText(before, snapshotText(survey)))).toEqual(['ac']);
  });

  it('ignores blanks, boxes that stay visible, and boxes hidden before', () => {
    const survey = model();
    survey.setValue('a', 'co');
    survey.setValue('ac', '   ');
    const blank = snapshotText(survey);
    survey.setValue('a', 'khong');
    expect(newlyHiddenWithText(blank, snapshotText(survey))).toEqual([]);
    survey.setValue('a', 'co');
    survey.setValue('ac', 'Văn bản');
    const shown = snapshotText(survey);
    survey.setValue('b', 'co');
    expect(newlyHiddenWithText(shown, snapshotText(survey))).toEqual([]);
    survey.setValue('a', 'khong');
    const hidden = snapshotText(survey);
    survey.setValue('b', 'khong');
    expect(newlyHiddenWithText(hidden, snapshotText(survey))).toEqual([]);
  });

  it('keeps the text seen before when survey-core clears it on hiding (clearIfInvisible onHidden)', () => {
    const survey = model({ clearInvisibleValues: 'onHidden' });
    survey.setValue('a', 'co');
    survey.setValue('ac', 'Sửa');
    const before = snapshotText(survey);
    survey.setValue('a', 'khong');
    expect(survey.getValue('ac')).toBeUndefined();
    const hidden = newlyHiddenWithText(before, snapshotText(survey));
    expect(names(hidden)).toEqual(['ac']);
    expect(before.get(hidden[0] as never)?.text).toBe('Sửa');
  });

  it('sees text questions inside a panel hidden as a whole', () => {
    const survey = model({}, [NOTE_PANEL]);
    survey.setValue('b', 'co');
    survey.setValue('note', 'Ghi chú');
    const before = snapshotText(survey);
    survey.setValue('b', 'khong');
    const [note] = newlyHiddenWithText(before, snapshotText(survey));
    expect(note?.name).toBe('note');
    // Its place on screen is the hidden panel's: the panel renders none of its children.
    expect(outermostHidden(note as never)).toBe(survey.getPanelByName('more'));
    expect(outermostHidden(survey.getQuestionByName('ac'))).toBe(survey.getQuestionByName('ac'));
  });
});

describe('hiddenTextDroppedOnComplete', () => {
  it('lists hidden questions that still hold text, which completion would clear', () => {
    const survey = model();
    survey.setValue('a', 'co');
    survey.setValue('ac', 'Sửa');
    expect(hiddenTextDroppedOnComplete(survey)).toEqual([]);
    survey.setValue('a', 'khong');
    expect(names(hiddenTextDroppedOnComplete(survey))).toEqual(['ac']);
    // survey-core does drop it on completion, as the warning says.
    survey.setValue('b', 'khong');
    survey.doComplete();
    expect(survey.getValue('ac')).toBeUndefined();
  });

  it('leaves out questions hidden for good, whose text the member never wrote', () => {
    const survey = model({}, [
      { type: 'text', name: 'code', visible: false, defaultValue: 'NQ04' },
      NOTE_PANEL,
    ]);
    survey.setValue('b', 'co');
    survey.setValue('note', 'Ghi chú');
    survey.setValue('b', 'khong');
    expect(survey.getValue('code')).toBe('NQ04');
    expect(names(hiddenTextDroppedOnComplete(survey))).toEqual(['note']);
  });

  it('lists nothing when hidden values are kept (clearInvisibleValues / clearIfInvisible "none")', () => {
    const survey = model({ clearInvisibleValues: 'none' });
    survey.setValue('a', 'co');
    survey.setValue('ac', 'Sửa');
    survey.setValue('a', 'khong');
    expect(hiddenTextDroppedOnComplete(survey)).toEqual([]);
    const own = model();
    own.getQuestionByName('ac').clearIfInvisible = 'none';
    own.setValue('a', 'co');
    own.setValue('ac', 'Sửa');
    own.setValue('a', 'khong');
    expect(hiddenTextDroppedOnComplete(own)).toEqual([]);
  });

  it('counts hidden text on every page, not only the current one', () => {
    const survey = createSurveyModel(
      {
        pages: [
          { name: 'p1', elements: [item('a'), remedy('a')] },
          { name: 'p2', elements: [item('b')] },
        ],
      },
      'vi',
    );
    survey.setValue('a', 'co');
    survey.setValue('ac', 'Sửa');
    survey.setValue('a', 'khong');
    survey.currentPageNo = 1;
    expect(names(hiddenTextDroppedOnComplete(survey))).toEqual(['ac']);
  });
});
