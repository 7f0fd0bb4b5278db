import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './useHashRoute';

describe('hash routes', () => {
  it('parses the review, settings, library and home routes', () => {
    expect(parseRoute('#/review/3f2a-9b')).toEqual({ name: 'review', responseId: '3f2a-9b' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/library')).toEqual({ name: 'library' });
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/review/')).toEqual({ name: 'home' });
    expect(parseRoute('#/review/a/b')).toEqual({ name: 'home' });
  });

  it('round-trips every route through its href', () => {
    for (const route of [
      { name: 'home' } as const,
      { name: 'settings' } as const,
      { name: 'library' } as const,
      { name: 'review', responseId: 'abc-123' } as const,
    ]) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
