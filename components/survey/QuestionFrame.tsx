import type { ComponentChildren } from 'preact';
import type { LocalizableString, Question, SurveyError } from 'survey-core';
import { titledContainer } from '@/utils/survey/group-title';
import { useT } from '../i18n';
import { domId, idList } from './dom';
import { useLocText } from './hooks';

/** How a question is labelled: a fieldset (optionally a radiogroup) or a `<label for>`. */
export type FrameKind = 'group' | 'radiogroup' | 'label';

/** What an input needs to be tied to its question's label, description and errors. */
export interface FieldProps {
  inputId: string;
  /** For inputs of a `label` frame; a fieldset carries it itself. */
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
}

/** survey-core's `descriptionLocation`: under the title, under the input, or hidden. */
function descriptionShown(question: Question): boolean {
  return question.hasDescriptionUnderTitle || question.hasDescriptionUnderInput;
}

export function fieldProps(question: Question): FieldProps {
  const hasDescription =
    descriptionShown(question) && question.locDescription.calculatedText !== '';
  return {
    inputId: domId(question, 'input'),
    describedBy: idList(
      hasDescription && domId(question, 'desc'),
      question.errors.length > 0 && domId(question, 'err'),
    ),
    // A pack's warning or note (validators' notificationType) is shown, but the answer is valid.
    invalid: question.errors.some(isError),
    disabled: question.isReadOnly,
  };
}

export function QuestionFrame(props: {
  question: Question;
  kind: FrameKind;
  field: FieldProps;
  /** Its name also says which group it is in: free text read out of context names its place. */
  inGroup?: boolean;
  children: ComponentChildren;
}) {
  const { question, kind, field } = props;
  const title = <ElementTitle element={question} no={question.no} required={question.isRequired} />;
  const titleClass = question.hasTitle ? 'ts-question__title' : 'ts-visually-hidden';
  const description = <Description element={question} />;
  const errors = <ErrorList id={domId(question, 'err')} errors={question.errors} />;
  // survey-core's errorLocation / questionErrorLocation (default "top"), and descriptionLocation.
  const errorsOnTop = question.getErrorLocation() === 'top';
  const content = (
    <>
      {question.hasDescriptionUnderTitle && description}
      {errorsOnTop && errors}
      {props.children}
      {question.hasDescriptionUnderInput && description}
      {!errorsOnTop && errors}
    </>
  );
  if (kind === 'label') {
    return (
      <div class="ts-question" id={domId(question)} style={indentStyle(question.indent)}>
        <label class={titleClass} for={field.inputId}>
          {title}
          {props.inGroup && <GroupName question={question} />}
        </label>
        {content}
      </div>
    );
  }
  return (
    <fieldset
      class="ts-question"
      style={indentStyle(question.indent)}
      id={domId(question)}
      role={kind === 'radiogroup' ? 'radiogroup' : undefined}
      aria-describedby={field.describedBy}
      aria-invalid={kind === 'radiogroup' && field.invalid ? true : undefined}
    >
      <legend class={titleClass}>{title}</legend>
      {content}
    </fieldset>
  );
}

/** For screen readers: " — " and the title of the panel or page the question is in, if any. */
function GroupName(props: { question: Question }) {
  const group = titledContainer(props.question);
  return group ? <GroupTitle title={group.locTitle} /> : null;
}

function GroupTitle(props: { title: LocalizableString }) {
  const t = useT();
  const text = useLocText(props.title);
  if (!text) return null;
  return <span class="ts-visually-hidden">{t('remedy.inGroup', { group: text })}</span>;
}

/** `indent`: the element is shifted right by that many steps, never by more than half the line. */
export function indentStyle(indent: number | undefined): { marginInlineStart: string } | undefined {
  if (!indent || indent < 1) return undefined;
  return { marginInlineStart: `min(${indent * 1.25}rem, 50%)` };
}

/** Number, title and required marker of a question or panel. */
export function ElementTitle(props: {
  /** `requiredMark` is survey-core's resolved marker: the survey's `requiredMark` ("*" by default). */
  element: { locTitle: LocalizableString; requiredMark?: string };
  no: string;
  required: boolean;
}) {
  const t = useT();
  const text = useLocText(props.element.locTitle);
  return (
    <>
      {props.no && <span class="ts-number">{props.no} </span>}
      {text}
      {props.required && (
        <span class="ts-required">
          <span aria-hidden="true"> {props.element.requiredMark || '*'}</span>
          <span class="ts-visually-hidden"> ({t('survey.required')})</span>
        </span>
      )}
    </>
  );
}

export function Description(props: { element: { id: string; locDescription: LocalizableString } }) {
  const text = useLocText(props.element.locDescription);
  if (!text) return null;
  return (
    <p class="ts-description" id={domId(props.element, 'desc')}>
      {text}
    </p>
  );
}

/** Not a live region: the error summary announces; these are read with the field. */
export function ErrorList(props: { id: string; errors: SurveyError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <ul
      class={props.errors.some(isError) ? 'ts-errors' : 'ts-errors ts-errors--notice'}
      id={props.id}
    >
      {props.errors.map((error, index) => (
        <li key={index} class={isError(error) ? undefined : 'ts-errors__notice'}>
          {error.getText()}
        </li>
      ))}
    </ul>
  );
}

/** survey-core's notification types: only "error" blocks; "warning" and "info" advise. */
function isError(error: SurveyError): boolean {
  return error.notificationType !== 'warning' && error.notificationType !== 'info';
}
