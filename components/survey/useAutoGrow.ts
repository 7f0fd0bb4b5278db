import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { grownHeight } from '@/utils/survey/auto-grow';

/**
 * Sizes a textarea to its text after every change of `text`, up to its CSS `max-height`; past
 * that it scrolls. Measured in the browser: `height: auto` first, so that the box can shrink.
 */
export function useAutoGrow(
  ref: RefObject<HTMLTextAreaElement | null>,
  text: string,
  enabled: boolean,
): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !enabled) return;
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
  }, [ref, text, enabled]);
}
