/**
 * From how many elements a page counts as long: its questions off screen are then left out of
 * layout and paint until scrolled to (`.ts-page--long`). Both the live form and the pre-painted
 * page use it, so they lay out alike.
 */
export const LONG_PAGE = 40;

export function pageClass(elementCount: number): string {
  return elementCount >= LONG_PAGE ? 'ts-page ts-page--long' : 'ts-page';
}
