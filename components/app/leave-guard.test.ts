// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLeaveGuard } from './leave-guard';
import { useHashRoute } from './useHashRoute';

/** Moves to `hash` the way a link or the Back button does. */
function go(hash: string) {
  act(() => {
    location.hash = hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('leave guard', () => {
  afterEach(() => {
    location.hash = '';
  });

  it('holds a route change while the guard asks, and lets it through once it allows', () => {
    location.hash = '#/review/abc';
    const { result } = renderHook(() => useHashRoute());
    const asked: string[] = [];
    let allow = false;
    const remove = setLeaveGuard((target) => {
      if (allow) return false;
      asked.push(target);
      return true;
    });

    go('#/');
    expect(asked).toEqual(['#/']);
    expect(location.hash).toBe('#/review/abc');
    expect(result.current).toEqual({ name: 'review', responseId: 'abc' });

    allow = true;
    go('#/settings');
    expect(result.current).toEqual({ name: 'settings' });

    remove();
    allow = false;
    go('#/');
    expect(result.current).toEqual({ name: 'home' });
    expect(asked).toEqual(['#/']);
  });
});
