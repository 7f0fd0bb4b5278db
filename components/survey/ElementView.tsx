import type { ComponentType } from 'preact';
import type { IElement, PanelModel, Question, SurveyElement } from 'survey-core';
import { useT } from '../i18n';
import { BooleanQuestion } from './BooleanQuestion';
import { CheckboxQuestion } from './CheckboxQuestion';
import { CommentQuestion } from './CommentQuestion';
import { DropdownQuestion } from './DropdownQuestion';
import { domId } from './dom';
import { HiddenTextPlace } from './HiddenTextNotice';
import { useSurveyProperties } from './hooks';
import { MatrixQuestion } from './MatrixQuestion';
import { PanelDynamicQuestion } from './PanelDynamicQuestion';
import { PanelView } from './PanelView';
import { QuestionComment } from './QuestionComment';
import { type FrameKind, fieldProps, QuestionFrame } from './QuestionFrame';
import type { BodyProps } from './question-body';
import { RadioGroupQuestion } from './RadioGroupQuestion';
import { RatingQuestion } from './RatingQuestion';
import { TextQuestion } from './TextQuestion';

interface QuestionRenderer {
  frame: FrameKind;
  Body: ComponentType<BodyProps<Question>>;
  /** The question's properties to re-render on. Nothing else in the survey re-renders it. */
  watch: string[];
}

function renderer<Q extends Question>(
  frame: FrameKind,
  Body: ComponentType<BodyProps<Q>>,
  watch: string[],
): QuestionRenderer {
  return { frame, Body: Body as ComponentType<BodyProps<Question>>, watch };
}

const FRAME = ['errors', 'isReadOnly', 'isRequired', 'no'];
const ANSWER = [...FRAME, 'value', 'comment', 'showCommentArea'];
const CHOICES = [...ANSWER, 'otherValue', 'visibleChoices'];

const RENDERERS: Record<string, QuestionRenderer> = {
  boolean: renderer('radiogroup', BooleanQuestion, ANSWER),
  radiogroup: renderer('radiogroup', RadioGroupQuestion, CHOICES),
  checkbox: renderer('group', CheckboxQuestion, CHOICES),
  dropdown: renderer('label', DropdownQuestion, CHOICES),
  rating: renderer('radiogroup', RatingQuestion, [...ANSWER, 'visibleRateValues']),
  text: renderer('label', TextQuestion, ANSWER),
  comment: renderer('label', CommentQuestion, ANSWER),
  matrix: renderer('group', MatrixQuestion, [...ANSWER, 'visibleRows', 'visibleColumns']),
  // Not its value: an answer inside one item must re-render only that inner question.
  paneldynamic: renderer('group', PanelDynamicQuestion, [...FRAME, 'panelCount', 'visiblePanels']),
};

/**
 * The children of a page or panel, each rendered only while visible (visibleIf). Elements with
 * `startWithNewLine: false` share a line with the one before, as in SurveyJS; `width`,
 * `minWidth` and `maxWidth` size them there through survey-core's own `rootStyle`, which never
 * lets an element be wider than its line, so a narrow screen stacks them.
 */
export function ElementList(props: { elements: IElement[] }) {
  // survey-core types children by interface; at run time every one is a SurveyElement.
  const rows = linesOf(props.elements as unknown as SurveyElement[]);
  return (
    <>
      {rows.map((row) =>
        row.length === 1 && !hasWidth(row[0]) ? (
          <ElementView key={row[0]?.id} element={row[0] as SurveyElement} />
        ) : (
          <div class="ts-row" key={row[0]?.id}>
            {row.map((element) => (
              <ElementView key={element.id} element={element} inRow />
            ))}
          </div>
        ),
      )}
    </>
  );
}

/** Splits elements into lines: a new line at every element that does not continue the last. */
function linesOf(elements: SurveyElement[]): SurveyElement[][] {
  const rows: SurveyElement[][] = [];
  for (const element of elements) {
    const last = rows[rows.length - 1];
    // Questions and panels both have it; survey-core types it on each.
    if (last && (element as Question).startWithNewLine === false) last.push(element);
    else rows.push([element]);
  }
  return rows;
}

function hasWidth(element: SurveyElement | undefined): boolean {
  return Boolean(element?.width || element?.maxWidth);
}

function ElementView(props: { element: SurveyElement; inRow?: boolean }) {
  const { element } = props;
  useSurveyProperties(element, ['isVisible']);
  // In its place: what was hidden there with text in it, and the way back.
  if (!element.isVisible) return <HiddenTextPlace element={element} />;
  const view = element.isPanel ? (
    <PanelView panel={element as PanelModel} />
  ) : (
    <QuestionView question={element as Question} />
  );
  if (!props.inRow) return view;
  return (
    <div class="ts-row__cell" style={element.rootStyle as Record<string, string>}>
      {view}
    </div>
  );
}

export function QuestionView(props: { question: Question }) {
  const { question } = props;
  const found = RENDERERS[question.getType()];
  useSurveyProperties(question, found?.watch ?? []);
  if (!found) return <UnsupportedQuestion question={question} />;
  const field = fieldProps(question);
  return (
    <QuestionFrame
      question={question}
      kind={found.frame}
      field={field}
      inGroup={question.getType() === 'comment'}
    >
      <found.Body question={question} field={field} />
      <QuestionComment question={question} field={field} />
    </QuestionFrame>
  );
}

/** Says so visibly rather than dropping the question, so a pack author notices. */
function UnsupportedQuestion(props: { question: Question }) {
  const t = useT();
  return (
    <div class="ts-question ts-question--unsupported" id={domId(props.question)}>
      <p>{t('survey.unsupported', { type: props.question.getType() })}</p>
    </div>
  );
}
