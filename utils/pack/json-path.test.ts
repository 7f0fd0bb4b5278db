import { describe, expect, it } from 'vitest';
import { childPath, pathOf } from './json-path';

describe('JSONPath', () => {
  it('joins identifiers with dots and indexes with brackets', () => {
    expect(pathOf(['forms', 0, 'survey', 'pages', 1, 'elements', 3, 'title'])).toBe(
      '$.forms[0].survey.pages[1].elements[3].title',
    );
  });

  it('quotes keys that are not identifiers', () => {
    expect(childPath('$', "it's a-key")).toBe("$['it\\'s a-key']");
    expect(childPath('$', '$schema')).toBe('$.$schema');
  });

  it('returns the base for an empty path', () => {
    expect(pathOf([])).toBe('$');
  });
});
