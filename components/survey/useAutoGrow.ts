import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { grownHeight } from '@/utils/survey/auto-grow';

/** Chromium sizes `field-sizing: content` boxes itself, also when the width or font changes. */
const NATIVE = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

/**
 * Where the browser cannot (Firefox): sizes a textarea to its text after every change of
 * `text` and of the window's size, up to its CSS `max-height`; past that it scrolls. Measured
 * with `height: auto` first, so that the box can shrink.
 */
export function useAutoGrow(
  ref: RefObject<HTMLTextAreaElement | null>,
  text: string,
  enabled: boolean,
): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !enabled || NATIVE) return;
    fitToText(box);
    const refit = () => fitToText(box);
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [ref, text, enabled]);
}

function fitToText(box: HTMLTextAreaElement): void {
  const style = getComputedStyle(box);
  const borders =
    Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.borderBottomWidth);
  const ceiling = Number.parseFloat(style.maxHeight);
  box.style.height = 'auto';
  const { height, scrolls } = grownHeight({
    content: box.scrollHeight + (Number.isNaN(borders) ? 0 : borders),
    min: box.offsetHeight,
    max: Number.isNaN(ceiling) ? Number.POSITIVE_INFINITY : ceiling,
  });
  box.style.height = `${height}px`;
  box.style.overflowY = scrolls ? 'auto' : 'hidden';
}
