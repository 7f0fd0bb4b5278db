import type { LocalizableString } from 'survey-core';
import { useLocText } from './hooks';

/**
 * A survey-core string rendered as a text node (pack text is never HTML). Only a text with
 * `{placeholders}` changes with answers, so only such a text subscribes to its changes: a long
 * page has thousands of choice labels. A locale switch re-renders the whole survey anyway.
 */
export function LocText(props: { str: LocalizableString }) {
  return fillsPlaceholders(props.str) ? <LiveLocText str={props.str} /> : props.str.calculatedText;
}

function LiveLocText(props: { str: LocalizableString }) {
  return <>{useLocText(props.str)}</>;
}

function fillsPlaceholders(str: LocalizableString): boolean {
  const json: unknown = str.getJson();
  const texts =
    typeof json === 'string'
      ? [json]
      : typeof json === 'object' && json !== null
        ? Object.values(json)
        : [];
  return [...texts, str.calculatedText].some(
    (text) => typeof text === 'string' && text.includes('{'),
  );
}
