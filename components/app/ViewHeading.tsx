import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

// Set when the member moves to another view; the next view heading to appear takes focus,
// so screen readers announce where they are (on first load focus stays with the browser).
let focusPending = false;

/** Moves focus to the heading of the view shown next. */
export function requestViewFocus(): void {
  focusPending = true;
}

/** A view's `h1`: focusable by script only, and focused when shown after a view change. */
export function ViewHeading(props: { class?: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // After every render, not only the first: a view may change its content in place (a
  // completed review reopened) with the heading staying where it is. Before the paint, so the
  // view never shows at the old scroll offset and then jumps under the member's pointer.
  useLayoutEffect(() => {
    if (!focusPending) return;
    focusPending = false;
    heading.current?.focus();
  });
  return (
    <h1 ref={heading} class={props.class} tabIndex={-1}>
      {props.children}
    </h1>
  );
}
