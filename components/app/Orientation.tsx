import { useEffect, useRef } from 'preact/hooks';
import { useOrientationT } from '../i18n-orientation';
import { AnswerMeanings } from './AnswerMeanings';
import { PrivacyNote } from './PrivacyNote';
import { routeHref } from './useHashRoute';

/**
 * The first-run explanation on the home page. Both buttons dismiss it for good; the home page
 * then moves focus to its own heading.
 */
export function Orientation(props: { onDismiss(): void }) {
  const t = useOrientationT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Shown on the first open: screen readers start from it rather than from the page top.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="orientation" aria-labelledby="orientation-title">
      <h2 id="orientation-title" ref={heading} tabIndex={-1}>
        {t('help.orientation.title')}
      </h2>
      <p>{t('help.purpose.body')}</p>
      <PrivacyNote />
      <ul class="orientation__points">
        <li>{t('help.time')}</li>
        <li>{t('help.autosave')}</li>
        <li>{t('help.pin')}</li>
      </ul>
      <h3>{t('help.answers.title')}</h3>
      <AnswerMeanings />
      <p class="hint">{t('help.orientation.later')}</p>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={props.onDismiss}>
          {t('help.orientation.start')}
        </button>
        <button type="button" class="button" onClick={props.onDismiss}>
          {t('help.orientation.skip')}
        </button>
        <a class="button" href={routeHref({ name: 'help' })}>
          {t('help.orientation.more')}
        </a>
      </div>
    </section>
  );
}
