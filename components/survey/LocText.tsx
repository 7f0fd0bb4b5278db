import type { LocalizableString } from 'survey-core';
import { useLocText } from './hooks';

/** A survey-core string rendered as a text node (pack text is never HTML). */
export function LocText(props: { str: LocalizableString }) {
  return <>{useLocText(props.str)}</>;
}
