import { createContext } from 'preact';
import {
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useState,
} from 'preact/hooks';
import type { Model, SurveyElement } from 'survey-core';
import { outermostHidden } from '@/utils/survey/hidden-text';
import { type HiddenTextNotice, HiddenTextWatch } from '@/utils/survey/hidden-text-watch';
import { ANSWERS_REPLACED } from '@/utils/survey/replace-answers';
import { useT } from '../i18n';

interface HiddenTextApi {
  watch: HiddenTextWatch;
  /** Moves focus into an element once it is rendered again. */
  focus(element: SurveyElement): void;
}

export const HiddenTextContext = createContext<HiddenTextApi | null>(null);

/** One watch per model, for as long as the survey is shown; bulk replacement starts it over. */
export function useHiddenTextWatch(model: Model): HiddenTextWatch {
  const watch = useMemo(() => new HiddenTextWatch(model), [model]);
  useLayoutEffect(() => {
    const key = 'tu-soi-hidden-text';
    model.registerPropertyChangedHandlers([ANSWERS_REPLACED], () => watch.resync(), key);
    return () => {
      model.unregisterPropertyChangedHandlers([ANSWERS_REPLACED], key);
      watch.dispose();
    };
  }, [model, watch]);
  return watch;
}

/**
 * Rendered where a hidden element would be: the notices of changes that hid text there, so
 * that the member hears and sees it next to the answer they changed.
 */
export function HiddenTextPlace(props: { element: SurveyElement }) {
  const api = useContext(HiddenTextContext);
  const [, force] = useReducer((count: number) => count + 1, 0);
  // Before paint, so that no notice of the change that hid this element slips by.
  useLayoutEffect(() => api?.watch.subscribe(() => force(0)), [api]);
  if (!api) return null;
  const here = api.watch.notices.filter(
    (notice) => notice.hidden[0] && outermostHidden(notice.hidden[0].question) === props.element,
  );
  return (
    <>
      {here.map((notice) => (
        <NoticeView key={notice.id} notice={notice} api={api} />
      ))}
    </>
  );
}

function NoticeView(props: { notice: HiddenTextNotice; api: HiddenTextApi }) {
  const t = useT();
  const { notice, api } = props;
  // Filled in after the region is in the page, so that screen readers announce it.
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  const titles = notice.hidden.map(({ question }) => question.locTitle.calculatedText);
  const message =
    titles.length === 1
      ? t('remedy.hidden.one', { title: titles[0] ?? '' })
      : t('remedy.hidden.many', { count: titles.length, titles: titles.join('; ') });
  const messageId = `ts-hidden-${notice.id}`;
  return (
    <div class="ts-hidden-notice" role="status">
      {shown && (
        <>
          <p id={messageId}>{message}</p>
          <button
            type="button"
            class="button"
            aria-describedby={messageId}
            onClick={() => {
              const [first] = api.watch.undo(notice);
              if (first) api.focus(first);
            }}
          >
            {t('remedy.undo')}
          </button>
        </>
      )}
    </div>
  );
}
