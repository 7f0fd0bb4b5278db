import { Component } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { conditionNames, evaluateCondition } from '@/utils/prepaint/condition';
import type { PaintChoiceQuestion, PaintQuestion, PaintTextQuestion } from '@/utils/prepaint/plan';
import type { Prepaint } from '@/utils/prepaint/prepare';
import { useAutoGrow } from '../survey/useAutoGrow';
import { type PrepaintKey, prepaintText } from './text';

type Translate = (key: PrepaintKey, params?: Record<string, string | number>) => string;

/** Marks the pre-painted inputs, so that focus can move to the same input of the live form. */
export const QUESTION_ATTRIBUTE = 'data-prepaint-question';
export const INDEX_ATTRIBUTE = 'data-prepaint-index';

/**
 * The review page as the live form will show it, drawn from the pack JSON and the stored
 * answers with the live form's own markup and classes, while survey-core loads. Inputs are
 * native and uncontrolled; each change goes to `onAnswer` for the hand-over. Nothing here
 * saves: the model does, once it has the answers.
 */
export function PrePaintView(props: {
  prepaint: Prepaint;
  surface: 'page' | 'sidepanel';
  onAnswer(name: string, value: unknown): void;
}) {
  const { prepaint } = props;
  // Stable, like `answer`: a question already shown is not drawn again as more appear.
  const t = useMemo(() => prepaintText(prepaint.locale), [prepaint.locale]);
  const { page } = prepaint;
  // Answers as the member changes them here, for the boxes shown after an answer.
  const [answers, setAnswers] = useState(page.answers);
  // Only an answer a condition reads re-renders the page: typing elsewhere must stay cheap.
  const [watched] = useState(
    () => new Set(page.questions.flatMap((question) => conditionNames(question.condition ?? []))),
  );
  const { onAnswer } = props;
  const answer = useCallback(
    (name: string, value: unknown) => {
      if (watched.has(name)) setAnswers((shown) => ({ ...shown, [name]: value }));
      onAnswer(name, value);
    },
    [watched, onAnswer],
  );
  const shown = page.questions.filter(
    (question) =>
      !question.condition || evaluateCondition(question.condition, (name) => answers[name]),
  );
  const revealed = useRevealedCount(shown.length);
  return (
    <div class={`shell shell--${props.surface}`}>
      <header class="topbar topbar--sticky">
        <a class="link" href="#/">
          ← {t('app.review.backToList')}
        </a>
      </header>
      <main class="review">
        <div class="review__heading">
          <p class="meta">
            {prepaint.packTitle} · {t('app.version', { version: prepaint.packVersion })}
          </p>
          <h1 tabIndex={-1}>{prepaint.formTitle}</h1>
          <div class="review-name">
            {prepaint.label && (
              <p class="review-label">
                <span class="review-label__text">{prepaint.label}</span>
              </p>
            )}
          </div>
          {prepaint.formDescription && <p>{prepaint.formDescription}</p>}
        </div>
        <div class="ts-survey">
          {(page.surveyTitle || page.surveyDescription) && (
            <header class="ts-survey__header">
              {page.surveyTitle && <p class="ts-survey__title">{page.surveyTitle}</p>}
              {page.surveyDescription && <p class="ts-description">{page.surveyDescription}</p>}
            </header>
          )}
          <Progress progress={prepaint.progress} t={t} />
          <section class="ts-page" aria-labelledby="tsp-page-title">
            {page.pageCount > 1 && (
              <p class="ts-page__indicator">
                {t('survey.pageOf', { page: page.pageNo + 1, count: page.pageCount })}
              </p>
            )}
            <h2 class="ts-page__title" id="tsp-page-title" tabIndex={-1}>
              {page.title || t('survey.pageHeading', { page: page.pageNo + 1 })}
            </h2>
            {page.description && <p class="ts-description">{page.description}</p>}
            {shown.slice(0, revealed).map((question) => (
              <PaintedQuestion
                key={question.name}
                id={`tsp-${page.questions.indexOf(question)}`}
                question={question}
                group={page.title}
                requiredMark={page.requiredMark}
                t={t}
                onAnswer={answer}
              />
            ))}
          </section>
        </div>
      </main>
    </div>
  );
}

/** More than a screen holds, and few enough to lay out at once on a slow machine. */
const QUESTIONS_PER_TASK = 15;

/**
 * How many questions to show: on a long page, a screen's worth in the first paint and the rest
 * as many again per task after it, so that the member sees the top of a 300-question page
 * without waiting for the layout of all of it, and a click meanwhile waits for one batch only.
 */
function useRevealedCount(total: number): number {
  const [count, setCount] = useState(QUESTIONS_PER_TASK);
  useEffect(() => {
    if (count >= total) return;
    // A timer, not a frame: a tab in the background gets no frames.
    const timer = setTimeout(() => setCount(count + QUESTIONS_PER_TASK));
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}

/**
 * The progress line as last saved. Unknown (a new review: the count needs the model), it keeps
 * its place unseen, so that the form does not move down when the live count appears.
 */
function Progress(props: { progress: Prepaint['progress']; t: Translate }) {
  const { progress = { answered: 0, total: 0 }, t } = props;
  const known = props.progress !== undefined;
  return (
    <div
      class="ts-progress"
      style={known ? undefined : { visibility: 'hidden' }}
      aria-hidden={known ? undefined : true}
    >
      <p class="ts-progress__text" id="tsp-progress">
        {t('survey.progress', progress)}
      </p>
      <progress
        class="ts-progress__bar"
        max={Math.max(progress.total, 1)}
        value={progress.answered}
        aria-labelledby="tsp-progress"
      />
    </div>
  );
}

interface QuestionProps<Q extends PaintQuestion> {
  id: string;
  question: Q;
  /** The page title, read out after a comment's title as the live form does. */
  group: string;
  requiredMark: string;
  t: Translate;
  onAnswer(name: string, value: unknown): void;
}

/** Drawn again only when a prop changes (preact/compat's `memo` would weigh more than this). */
class PaintedQuestion extends Component<QuestionProps<PaintQuestion>> {
  override shouldComponentUpdate(next: QuestionProps<PaintQuestion>): boolean {
    const keys = Object.keys(next) as (keyof QuestionProps<PaintQuestion>)[];
    return keys.some((key) => next[key] !== this.props[key]);
  }

  override render({ question, ...rest }: QuestionProps<PaintQuestion>) {
    return isText(question) ? (
      <TextQuestion {...rest} question={question} />
    ) : (
      <ChoiceQuestion {...rest} question={question as PaintChoiceQuestion} />
    );
  }
}

function isText(question: PaintQuestion): question is PaintTextQuestion {
  return question.kind === 'comment' || question.kind === 'text';
}

function Title(props: { question: PaintQuestion; requiredMark: string; t: Translate }) {
  return (
    <>
      {props.question.title}
      {props.question.required && (
        <span class="ts-required">
          <span aria-hidden="true"> {props.requiredMark || '*'}</span>
          <span class="ts-visually-hidden"> ({props.t('survey.required')})</span>
        </span>
      )}
    </>
  );
}

function ChoiceQuestion(props: QuestionProps<PaintChoiceQuestion>) {
  const { question, id } = props;
  // A checkbox answer is the whole set of ticked values, as survey-core keeps it.
  const ticked = useRef(
    new Set(question.choices.filter((choice) => choice.checked).map((choice) => choice.value)),
  );
  const type = question.kind;
  const change = (value: string | number, checked: boolean) => {
    if (type === 'radio') {
      if (checked) props.onAnswer(question.name, value);
      return;
    }
    if (checked) ticked.current.add(value);
    else ticked.current.delete(value);
    // In the order of the choices, as survey-core's clickItemHandler builds it.
    const values = question.choices
      .map((choice) => choice.value)
      .filter((candidate) => ticked.current.has(candidate));
    props.onAnswer(question.name, values);
  };
  const columns = Math.min(question.columns, 4);
  return (
    <fieldset
      class="ts-question"
      id={id}
      role={type === 'radio' ? 'radiogroup' : undefined}
      aria-describedby={question.description ? `${id}-desc` : undefined}
    >
      <legend class="ts-question__title">
        <Title question={question} requiredMark={props.requiredMark} t={props.t} />
      </legend>
      {question.description && (
        <p class="ts-description" id={`${id}-desc`}>
          {question.description}
        </p>
      )}
      <div class={`ts-choices ts-choices--cols-${columns}`}>
        {question.choices.map((choice, index) => (
          <div class="ts-choice" key={String(choice.value)}>
            <label class="ts-choice__control" for={`${id}-${index}`}>
              <input
                id={`${id}-${index}`}
                type={type}
                name={id}
                defaultChecked={choice.checked}
                {...{ [QUESTION_ATTRIBUTE]: question.name, [INDEX_ATTRIBUTE]: index }}
                onChange={(event) => change(choice.value, event.currentTarget.checked)}
              />
              <span class="ts-choice__label">{choice.text}</span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function TextQuestion(props: QuestionProps<PaintTextQuestion>) {
  const { question, id, t } = props;
  const [text, setText] = useState(question.value);
  const ref = useRef<HTMLTextAreaElement>(null);
  const comment = question.kind === 'comment';
  useAutoGrow(ref, text, comment && question.grows);
  const counter = question.maxLength !== undefined && comment;
  const describedBy =
    [question.description && `${id}-desc`, counter && `${id}-counter`].filter(Boolean).join(' ') ||
    undefined;
  const field = {
    id: `${id}-input`,
    defaultValue: question.value,
    placeholder: question.placeholder || undefined,
    maxLength: question.maxLength,
    'aria-describedby': describedBy,
    [QUESTION_ATTRIBUTE]: question.name,
    [INDEX_ATTRIBUTE]: 0,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setText(event.currentTarget.value);
      props.onAnswer(question.name, event.currentTarget.value);
    },
  };
  return (
    <div class="ts-question" id={id}>
      <label class="ts-question__title" for={field.id}>
        <Title question={question} requiredMark={props.requiredMark} t={t} />
        {comment && props.group && (
          <span class="ts-visually-hidden">{t('remedy.inGroup', { group: props.group })}</span>
        )}
      </label>
      {question.description && (
        <p class="ts-description" id={`${id}-desc`}>
          {question.description}
        </p>
      )}
      {comment ? (
        <textarea
          ref={ref}
          class={`ts-input ts-textarea${question.grows ? ' ts-textarea--grow' : ''}`}
          rows={question.rows}
          {...field}
        />
      ) : (
        <input class="ts-input" autocomplete="off" {...field} />
      )}
      {counter && question.maxLength !== undefined && (
        <p class="ts-hint" id={`${id}-counter`}>
          {t('survey.charactersLeft', { count: Math.max(question.maxLength - text.length, 0) })}
        </p>
      )}
    </div>
  );
}
