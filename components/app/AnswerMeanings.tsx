import { useOrientationT } from '../i18n-orientation';

const ANSWERS = [
  ['help.answers.none', 'help.answers.noneBody'],
  ['help.answers.partly', 'help.answers.partlyBody'],
  ['help.answers.yes', 'help.answers.yesBody'],
] as const;

/** The three answers of the 27-item review, each with one plain sentence. */
export function AnswerMeanings() {
  const t = useOrientationT();
  return (
    <dl class="answer-meanings">
      {ANSWERS.map(([term, body]) => (
        <div key={term} class="answer-meanings__entry">
          <dt>{t(term)}</dt>
          <dd>{t(body)}</dd>
        </div>
      ))}
    </dl>
  );
}
