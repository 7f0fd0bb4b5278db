import type { ComponentChild, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from './Loading';

/**
 * A view whose module loads the first time it is shown, with `fallback` until then: what
 * preact/compat's lazy and Suspense do here, without compat's 2 KB gzip on the home page.
 * A failed load is thrown while rendering, as lazy does.
 */
export function lazyView<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback: ComponentChild = <Loading />,
): ComponentType<P> {
  let view: ComponentType<P> | undefined;
  let failure: { error: unknown } | undefined;
  let loading: Promise<void> | undefined;
  return function LazyView(props: P) {
    const [, rendered] = useState(0);
    if (failure) throw failure.error;
    loading ??= load().then(
      (loaded) => {
        view = loaded.default;
      },
      (error: unknown) => {
        failure = { error };
      },
    );
    const View = view;
    useEffect(() => {
      let shown = true;
      // First shown with the fallback: render again once loaded, even if that happened between
      // the render and now (a module already fetched, e.g. preloaded, loads in a microtask).
      if (!View) loading?.then(() => shown && rendered((n) => n + 1));
      return () => {
        shown = false;
      };
    }, []);
    return View ? <View {...props} /> : fallback;
  };
}
