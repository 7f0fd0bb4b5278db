/**
 * The app and the live review form, loaded once the pre-painted review is on screen. Imported
 * from the pre-paint's chunk only: wxt.config.ts keeps that chunk's imports free of preload
 * links, so loading them leaves the main thread to the member's first click.
 */
export function loadLiveForm(): Promise<typeof import('../app/App')> {
  // Fetched and compiled alongside the app, not after it: the live form needs it first.
  void import('../review/ReviewView');
  return import('../app/App');
}
