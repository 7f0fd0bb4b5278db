import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { LOCALES } from '../i18n/types';
import { LibraryError, type LibraryErrorDetails, libraryErrorMessageKey } from './errors';

const EXAMPLES: LibraryErrorDetails[] = [
  { code: 'not-installable', status: 'conflict' },
  { code: 'conflict', key: 'a@1.0.0', installedSha256: 'abc123', sha256: 'def456' },
  { code: 'not-found', key: 'a@1.0.0' },
  { code: 'builtin', key: 'nq04-27@1.1.0' },
  { code: 'not-a-draft', responseId: 'r1' },
  { code: 'no-target', responseId: 'r1', targetVersion: '2.0.0' },
  { code: 'draft-changed', responseId: 'r1' },
];

describe('LibraryError', () => {
  it('carries its code and details', () => {
    const error = new LibraryError({ code: 'not-found', key: 'a@1.0.0' });
    expect([error.name, error.code, error.details]).toEqual([
      'LibraryError',
      'not-found',
      { code: 'not-found', key: 'a@1.0.0' },
    ]);
  });

  it.each(LOCALES)('has a %s message for every code, filled from its details', (locale) => {
    for (const details of EXAMPLES) {
      const { code, ...params } = details;
      const text = translate(locale, libraryErrorMessageKey(code), params);
      expect([code, text]).not.toEqual([code, expect.stringMatching(/[{}]/)]);
    }
  });
});
