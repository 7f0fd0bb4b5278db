import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validatePackText } from './validate';

const DOC = readFileSync(new URL('../../docs/surveyjs-creator.md', import.meta.url), 'utf8');

it('the example pack in docs/surveyjs-creator.md is valid', () => {
  const blocks = [...DOC.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
  expect(blocks).toHaveLength(1);
  expect(validatePackText(blocks[0] ?? '')).toMatchObject({ ok: true });
});
