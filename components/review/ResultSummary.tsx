import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SurveyModel } from 'survey-core';
import { localize } from '@/utils/pack/localize';
import type { Pack, PackForm } from '@/utils/pack/schema';
import {
  buildResultSummary,
  type SummaryAnswer,
  type SummaryFollowUp,
  type SummaryItem,
  type SummarySection,
} from '@/utils/reviews/result-summary';
import { formatDateTime } from '@/utils/reviews/summaries';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import { useLocale, useT } from '../i18n';
import { RoundLabel } from '../rounds/member/RoundLabel';
import { useRerenderOn } from '../survey/hooks';
import './result-summary.css';
import './result-print.css';

interface ResultSummaryProps {
  model: SurveyModel;
  pack: Pick<Pack, 'title' | 'version'>;
  form: Pick<PackForm, 'title' | 'survey' | 'aggregate'>;
  completedAt: number;
  round?: MemberRoundLabel | undefined;
}

/**
 * A completed review as a result to read and print: the flagged items with their remedies
 * first, then the rest, by group. The header shows only on paper, where the page's own
 * heading and buttons are hidden.
 */
export function ResultSummary(props: ResultSummaryProps) {
  const t = useT();
  const locale = useLocale();
  // Titles and answers are the model's texts: follow it when the locale changes.
  useRerenderOn(props.model.onLocaleChangedEvent);
  const printedAt = usePrintTime((at) =>
    t('summary.printedAt', { date: formatDateTime(at, locale) }),
  );
  const summary = buildResultSummary(props.model, props.form, locale);
  const answers =
    summary.indicatorAnswers &&
    new Intl.ListFormat(locale, { type: 'disjunction' }).format(
      summary.indicatorAnswers.map((text) => `“${text}”`),
    );

  return (
    <div class="result">
      <header class="result__print-header">
        <p class="result__pack">
          {localize(props.pack.title, locale)} · {t('app.version', { version: props.pack.version })}
        </p>
        <p class="result__form">{localize(props.form.title, locale)}</p>
        <RoundLabel round={props.round} />
        <p class="result__dates">
          {t('summary.completedAt', { date: formatDateTime(props.completedAt, locale) })} ·{' '}
          <span ref={printedAt.ref}>{printedAt.text(Date.now())}</span>
        </p>
      </header>
      {answers !== undefined && (
        <Part id="result-flagged" title={t('summary.flagged.title')} sections={summary.flagged}>
          <p>
            {summary.flagged.length > 0
              ? t('summary.flagged.intro', { answers })
              : t('summary.flagged.none', { answers })}
          </p>
        </Part>
      )}
      <Part
        id="result-answered"
        title={answers !== undefined ? t('summary.others.title') : t('summary.answers.title')}
        sections={summary.answered}
      />
      <Part
        id="result-unanswered"
        title={t('summary.unanswered.title')}
        sections={summary.unanswered}
      />
    </div>
  );
}

/**
 * The print time, written again when the browser prepares to print. Written into the DOM
 * directly: print() called from a button lays the page out before a re-render could run.
 */
function usePrintTime(text: (at: number) => string) {
  const ref = useRef<HTMLSpanElement>(null);
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    const update = () => {
      if (ref.current) ref.current.textContent = latest.current(Date.now());
    };
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return { ref, text };
}

function Part(props: {
  id: string;
  title: string;
  sections: SummarySection[];
  children?: ComponentChildren;
}) {
  const t = useT();
  if (props.sections.length === 0 && !props.children) return null;
  return (
    <section class="result__part" aria-labelledby={props.id}>
      <h2 id={props.id} class="result__part-title">
        {props.title}
      </h2>
      {props.children}
      {/* Groups are not landmarks: each part repeats them, headings are enough to find one. */}
      {props.sections.map((section) => (
        <div class="result__group" key={section.id}>
          <h3 class="result__group-title">
            {section.title ?? t('summary.page', { number: section.pageNumber ?? '' })}
          </h3>
          <ul class="result__items">
            {section.items.map((item) => (
              <ResultItem key={item.name} item={item} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ResultItem(props: { item: SummaryItem }) {
  const t = useT();
  const { item } = props;
  return (
    <li class={`result-item${item.flagged ? ' result-item--flagged' : ''}`}>
      <p class="result-item__title">
        <Numbered entry={item} />
      </p>
      <div class="result-item__answer">
        <span class="result-item__label">{t('summary.answer')}</span>{' '}
        {item.answer ? (
          <AnswerView answer={item.answer} />
        ) : (
          <span class="result-answer">{t('summary.noAnswer')}</span>
        )}
      </div>
      {item.followUps.map((followUp) => (
        <div class="result-item__follow-up" key={followUp.name}>
          <p class="result-item__label">
            <Numbered entry={followUp} />
          </p>
          {followUp.answer ? (
            <div class="result-item__written">
              <AnswerView answer={followUp.answer} />
            </div>
          ) : (
            <p class="result-item__nothing">{t('summary.nothingWritten')}</p>
          )}
        </div>
      ))}
    </li>
  );
}

function Numbered(props: { entry: SummaryFollowUp }) {
  const { number, title } = props.entry;
  return <>{number ? `${number} ${title}` : title}</>;
}

/** An answer's text, then its parts (matrix rows, repeated panels, a comment) as a list. */
function AnswerView(props: { answer: SummaryAnswer }) {
  const { text, parts } = props.answer;
  return (
    <>
      {text !== undefined && <span class="result-answer">{text}</span>}
      {parts.length > 0 && (
        <ul class="result-answer__parts">
          {parts.map((part, index) => (
            // Labels may repeat (two panels named alike); their place in the list does not.
            <li key={index}>
              <span class="result-item__label">{part.label}:</span>{' '}
              <AnswerView answer={part.answer} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
