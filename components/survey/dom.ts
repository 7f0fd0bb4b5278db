/**
 * DOM ids for survey-core elements. Prefixed so that survey-core, which looks up its own element
 * ids in the document to scroll and focus, never finds and moves ours.
 */
export function domId(element: { id: string }, part?: string): string {
  return part ? `ts-${element.id}-${part}` : `ts-${element.id}`;
}

const FOCUSABLE = ['input', 'select', 'textarea', 'button']
  .map((tag) => `${tag}:not([disabled])`)
  .join(', ');

/** Focuses the checked radio, else the first enabled control, inside the element with `id`. */
export function focusFirstControl(id: string): boolean {
  const root = document.getElementById(id);
  const target =
    root?.querySelector<HTMLElement>('input:checked:not([disabled])') ??
    root?.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
  return target !== undefined && target !== null;
}

/**
 * Focuses a block and shows it from its top. Plain `focus()` scrolls as little as possible, so
 * a block taller than the window (a long error summary) would show only its end.
 */
export function focusFromTop(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'start' });
}

/** Joins the ids that exist into an aria-describedby value. */
export function idList(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
