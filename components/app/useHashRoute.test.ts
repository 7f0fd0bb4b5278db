import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './useHashRoute';

describe('hash routes', () => {
  it('parses the review, settings, help, library and home routes', () => {
    expect(parseRoute('#/review/3f2a-9b')).toEqual({ name: 'review', responseId: '3f2a-9b' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/help')).toEqual({ name: 'help' });
    expect(parseRoute('#/library')).toEqual({ name: 'library' });
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/review/')).toEqual({ name: 'home' });
    expect(parseRoute('#/review/a/b')).toEqual({ name: 'home' });
  });

  it('parses the start route of a new review: pack id@version and form id', () => {
    expect(parseRoute('#/start/tu-soi-27@1.0.0/self-review')).toEqual({
      name: 'start',
      packId: 'tu-soi-27',
      packVersion: '1.0.0',
      formId: 'self-review',
    });
    expect(parseRoute('#/start/tu-soi-27/self-review')).toEqual({ name: 'home' });
    expect(parseRoute('#/start/tu-soi-27@1.0.0')).toEqual({ name: 'home' });
  });

  it('parses the rounds routes of the secretary and the member', () => {
    expect(parseRoute('#/rounds')).toEqual({ name: 'rounds' });
    expect(parseRoute('#/rounds/new')).toEqual({ name: 'round-new' });
    expect(parseRoute('#/rounds/restore')).toEqual({ name: 'round-restore' });
    expect(parseRoute('#/round/9b1d-44')).toEqual({ name: 'round', roundId: '9b1d-44' });
    expect(parseRoute('#/round/9b1d-44/report')).toEqual({
      name: 'round-report',
      roundId: '9b1d-44',
    });
    expect(parseRoute('#/join')).toEqual({ name: 'join' });
    expect(parseRoute('#/contribute/r-7')).toEqual({ name: 'contribute', responseId: 'r-7' });
    expect(parseRoute('#/round/')).toEqual({ name: 'home' });
    expect(parseRoute('#/round/a/b')).toEqual({ name: 'home' });
    expect(parseRoute('#/rounds/other')).toEqual({ name: 'home' });
  });

  it('parses the commitments list and a month of one registration', () => {
    expect(parseRoute('#/commitments')).toEqual({ name: 'commitments' });
    expect(parseRoute('#/commitments/now')).toEqual({ name: 'commitments-now' });
    expect(parseRoute('#/commitments/r-1/2027-01')).toEqual({
      name: 'commitment-month',
      registrationId: 'r-1',
      month: '2027-01',
    });
    expect(parseRoute('#/commitments/r-1/2027-13')).toEqual({ name: 'home' });
    expect(parseRoute('#/commitments/r-1')).toEqual({ name: 'home' });
  });

  it('round-trips every route through its href', () => {
    for (const route of [
      { name: 'home' } as const,
      { name: 'settings' } as const,
      { name: 'help' } as const,
      { name: 'library' } as const,
      { name: 'review', responseId: 'abc-123' } as const,
      { name: 'start', packId: 'tu-soi-27', packVersion: '1.2.0-rc.1', formId: 'f-1' } as const,
      { name: 'rounds' } as const,
      { name: 'round-new' } as const,
      { name: 'round-restore' } as const,
      { name: 'round', roundId: 'r-1' } as const,
      { name: 'round-report', roundId: 'r-1' } as const,
      { name: 'join' } as const,
      { name: 'contribute', responseId: 'c-2' } as const,
      { name: 'commitments' } as const,
      { name: 'history' } as const,
      { name: 'commitments-now' } as const,
      { name: 'document', responseId: 'd-3' } as const,
      { name: 'commitment-month', registrationId: 'r-1', month: '2026-12' } as const,
    ]) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
