import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { Base, EventBase, LocalizableString, SurveyModel } from 'survey-core';
import { ANSWERS_REPLACED } from '@/utils/survey/replace-answers';

let subscriptionCount = 0;

function useForceUpdate(): () => void {
  const [, force] = useReducer((count: number) => count + 1, 0);
  return force as () => void;
}

/**
 * Re-renders the calling component when one of the named survey-core properties of `base`
 * changes, and only then: typing in one question must not re-render the others.
 * Each call registers under its own key, so two components may watch the same object.
 */
export function useSurveyProperties(base: Base | undefined, names: readonly string[]): void {
  const force = useForceUpdate();
  const joined = names.join(',');
  // Layout effect: subscribe before the browser paints, so that no change slips in between.
  useLayoutEffect(() => {
    if (!base || joined === '') return;
    const key = `tu-soi-${++subscriptionCount}`;
    const list = joined.split(',');
    base.registerPropertyChangedHandlers(list, force, key);
    return () => base.unregisterPropertyChangedHandlers(list, key);
  }, [base, joined, force]);
}

/** Calls the latest `handler` whenever survey-core fires `event`. */
export function useSurveyEvent<Sender, Options>(
  event: EventBase<Sender, Options>,
  handler: (sender: Sender, options: Options) => void,
): void {
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => {
    const listener = (sender: Sender, options: Options) => latest.current(sender, options);
    event.add(listener);
    return () => event.remove(listener);
  }, [event]);
}

/** Re-renders when `event` fires. */
export function useRerenderOn<Sender, Options>(event: EventBase<Sender, Options>): void {
  const force = useForceUpdate();
  useSurveyEvent(event, force);
}

const ANSWERS_REPLACED_LIST = [ANSWERS_REPLACED];

/** Re-renders on every answer, one at a time or replaced in bulk (another tab's save). */
export function useRerenderOnAnswers(model: SurveyModel): void {
  useRerenderOn(model.onValueChanged);
  useSurveyProperties(model, ANSWERS_REPLACED_LIST);
}

/**
 * The current text of a survey-core string: pack text, already resolved for the locale and with
 * `{placeholders}` filled in. Always plain text — never markdown or HTML.
 * survey-core signals a possible change of every string on every answer (for placeholders), so
 * this re-renders only when the text really differs.
 */
export function useLocText(str: LocalizableString): string {
  const force = useForceUpdate();
  const text = str.calculatedText;
  const shown = useRef(text);
  shown.current = text;
  useSurveyEvent(str.onStringChanged, () => {
    if (str.calculatedText !== shown.current) force();
  });
  return text;
}

/**
 * Runs `effect` after every render in which `request` holds a value, then clears it. Before the
 * browser paints: the new page never shows at the old scroll offset and then jumps, so a click
 * aimed at what is on screen lands where it was aimed.
 */
export function useFocusRequest<T>(request: { current: T | null }, effect: (value: T) => void) {
  useLayoutEffect(() => {
    const value = request.current;
    if (value === null) return;
    request.current = null;
    effect(value);
  });
}
