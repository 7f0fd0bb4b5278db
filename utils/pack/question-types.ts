/** Element types the extension renders; everything else in a pack is rejected. */
export const RENDERED_TYPES = [
  'boolean',
  'radiogroup',
  'checkbox',
  'dropdown',
  'rating',
  'text',
  'comment',
  'matrix',
  'panel',
  'paneldynamic',
] as const;

/** Question types whose answers are a fixed set of choices, so they can be counted anonymously. */
export const CHOICE_TYPES = ['boolean', 'radiogroup', 'checkbox', 'dropdown', 'rating'] as const;

export function isRenderedType(type: string): boolean {
  return (RENDERED_TYPES as readonly string[]).includes(type);
}

export function isChoiceType(type: string): boolean {
  return (CHOICE_TYPES as readonly string[]).includes(type);
}
