// @vitest-environment happy-dom
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindFlushOnHide } from './autosave';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('bindFlushOnHide', () => {
  afterEach(() => {
    setVisibility('visible');
  });

  it('flushes when the page is hidden or unloaded, until unbound', () => {
    const saver = { flush: vi.fn(async () => {}) };
    const unbind = bindFlushOnHide(saver);

    setVisibility('visible');
    expect(saver.flush).not.toHaveBeenCalled();

    setVisibility('hidden');
    expect(saver.flush).toHaveBeenCalledTimes(1);

    window.dispatchEvent(new Event('pagehide'));
    expect(saver.flush).toHaveBeenCalledTimes(2);

    unbind();
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(saver.flush).toHaveBeenCalledTimes(2);
  });

  it('listens on the document and window it is given', async () => {
    const saver = { flush: vi.fn(async () => {}) };
    const other = new HappyWindow();
    const unbind = bindFlushOnHide(
      saver,
      other.document as unknown as Document,
      other as unknown as Window,
    );

    window.dispatchEvent(new Event('pagehide'));
    expect(saver.flush).not.toHaveBeenCalled();
    other.dispatchEvent(new other.Event('pagehide'));
    expect(saver.flush).toHaveBeenCalledOnce();

    unbind();
    await other.happyDOM.close();
  });

  it('swallows a failed flush (already reported through onStateChange)', async () => {
    // Not a vi.fn: spies attach their own handler to returned promises, hiding the bug.
    let flushes = 0;
    const saver = {
      flush: () => {
        flushes++;
        return Promise.reject(new Error('disk'));
      },
    };
    const uncaught = vi.fn();
    // happy-dom reports a listener's rejected promise as a window error; Node, the rest.
    window.addEventListener('error', uncaught);
    process.on('unhandledRejection', uncaught);
    const unbind = bindFlushOnHide(saver);

    window.dispatchEvent(new Event('pagehide'));
    setVisibility('hidden');
    await new Promise((resolve) => setTimeout(resolve, 10));

    window.removeEventListener('error', uncaught);
    process.off('unhandledRejection', uncaught);
    unbind();
    expect(flushes).toBe(2);
    expect(uncaught).not.toHaveBeenCalled();
  });
});
