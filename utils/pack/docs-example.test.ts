import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { validatePackText } from './validate';

const DOC = readFileSync(new URL('../../docs/pack-format.md', import.meta.url), 'utf8');

it('the complete example in docs/pack-format.md (its only ```json block) is a valid pack', () => {
  const blocks = [...DOC.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
  expect(blocks).toHaveLength(1);
  expect(validatePackText(blocks[0] ?? '')).toMatchObject({ ok: true });
});

it('docs/pack-format.md lists every issue code', () => {
  const documented = [...DOC.matchAll(/^\| `([a-z0-9-]+\.[a-z0-9-]+)` +\|/gm)].map(
    (match) => match[1],
  );
  expect(documented.sort()).toEqual(Object.keys(MESSAGES).sort());
});
