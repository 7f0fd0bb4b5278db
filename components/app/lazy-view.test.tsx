// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { type ComponentChildren, render as renderInto } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyView } from './lazy-view';

afterEach(cleanup);

function Greeting(props: { name: string }) {
  return <p>Xin chào {props.name}</p>;
}

describe('lazyView', () => {
  it('shows the fallback, then the view with its props, loading the module once', async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const View = lazyView(load, <p>Chờ</p>);
    render(
      <>
        <View name="An" />
        <View name="Bình" />
      </>,
    );
    expect(screen.getAllByText('Chờ')).toHaveLength(2);
    expect(await screen.findByText('Xin chào An')).toBeDefined();
    expect(screen.getByText('Xin chào Bình')).toBeDefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows a view already loaded at once', async () => {
    const View = lazyView(async () => ({ default: Greeting }), <p>Chờ</p>);
    render(<View name="An" />);
    await screen.findByText('Xin chào An');
    cleanup();
    render(<View name="Chi" />);
    expect(screen.queryByText('Chờ')).toBeNull();
    expect(screen.getByText('Xin chào Chi')).toBeDefined();
  });

  it('shows the view when its module loads between the first render and the effects', async () => {
    // Without testing-library's act(), effects run after a frame, as in the browser; a module
    // already fetched (preloaded) resolves before that.
    const View = lazyView(async () => ({ default: Greeting }), <p>Chờ</p>);
    const root = document.createElement('div');
    document.body.append(root);
    renderInto(<View name="An" />, root);
    expect(root.textContent).toBe('Chờ');
    await vi.waitFor(() => expect(root.textContent).toBe('Xin chào An'));
    renderInto(null, root);
    root.remove();
  });

  it('throws a failed load while rendering, as preact/compat’s lazy does', async () => {
    const View = lazyView<{ name: string }>(async () => {
      throw new Error('chunk missing');
    });
    function Boundary(props: { children: ComponentChildren }) {
      const [error] = useErrorBoundary();
      return error ? <p>Lỗi: {(error as Error).message}</p> : props.children;
    }
    render(
      <Boundary>
        <View name="An" />
      </Boundary>,
    );
    expect(await screen.findByText('Lỗi: chunk missing')).toBeDefined();
  });
});
