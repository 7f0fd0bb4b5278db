import type { ComponentType } from 'preact';
import type { IElement, PanelModel, Question, SurveyElement } from 'survey-core';
import { useT } from '../i18n';
import { BooleanQuestion } from './BooleanQuestion';
import { CheckboxQuestion } from './CheckboxQuestion';
import { CommentQuestion } from './CommentQuestion';
import { DropdownQuestion } from './DropdownQuestion';
import { domId } from './dom';
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

/** The children of a page or panel, each rendered only while visible (visibleIf). */
export function ElementList(props: { elements: IElement[] }) {
  // survey-core types children by interface; at run time every one is a SurveyElement.
  const elements = props.elements as unknown as SurveyElement[];
  return (
    <>
      {elements.map((element) => (
        <ElementView key={element.id} element={element} />
      ))}
    </>
  );
}

function ElementView(props: { element: SurveyElement }) {
  const { element } = props;
  useSurveyProperties(element, ['isVisible']);
  if (!element.isVisible) return null;
  if (element.isPanel) return <PanelView panel={element as PanelModel} />;
  return <QuestionView question={element as Question} />;
}

export function QuestionView(props: { question: Question }) {
  const { question } = props;
  const found = RENDERERS[question.getType()];
  useSurveyProperties(question, found?.watch ?? []);
  if (!found) return <UnsupportedQuestion question={question} />;
  const field = fieldProps(question);
  return (
    <QuestionFrame question={question} kind={found.frame} field={field}>
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
