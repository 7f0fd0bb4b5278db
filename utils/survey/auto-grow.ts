/** A text box's heights in CSS pixels, border box: what its text needs, its rows, its ceiling. */
export interface GrowMeasure {
  content: number;
  min: number;
  /** `Infinity` when there is no ceiling. */
  max: number;
}

/**
 * The height of a box that grows with its text: what the text needs, never less than its rows,
 * never more than the ceiling; it scrolls inside only once the text needs more than that.
 */
export function grownHeight({ content, min, max }: GrowMeasure): {
  height: number;
  scrolls: boolean;
} {
  const ceiling = Math.max(min, max);
  return { height: Math.min(Math.max(content, min), ceiling), scrolls: content > ceiling };
}

/**
 * Comment boxes grow unless the question turns it off (`autoGrow: false`); survey-core cannot
 * tell a survey-wide `autoGrowComment: false` from the default, so that one does not.
 */
export function growsWithText(question: { autoGrow?: boolean }): boolean {
  return question.autoGrow !== false;
}
