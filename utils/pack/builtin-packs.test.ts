import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validatePackText } from './validate';

const FORMS = new URL('../../forms/', import.meta.url);
const packs = readdirSync(FORMS).filter((file) => file.endsWith('.json'));

it.each(packs)('built-in pack forms/%s passes the full validation', (file) => {
  const result = validatePackText(readFileSync(new URL(file, FORMS), 'utf8'));
  // On failure the issues themselves are the most useful diff.
  expect(result.ok ? [] : result.issues).toEqual([]);
});
