import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { parentMappingIssues } from './rules/parent-mapping';
import { validatePackText } from './validate';

const DOC = readFileSync(new URL('../../docs/pack-format.md', import.meta.url), 'utf8');
const BLOCKS = [...DOC.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

it('the examples in docs/pack-format.md (its ```json blocks) are valid packs', () => {
  // The complete example, then a finer pack mapped onto it, in a version with a lineage.
  expect(BLOCKS).toHaveLength(2);
  const [complete, finer] = BLOCKS.map(validatePackText);
  expect(complete).toMatchObject({ ok: true });
  expect(finer).toMatchObject({
    ok: true,
    pack: { lineage: [{ from: '1.0.0' }], parent: { id: 'vi-du-tu-soi', version: '1.0.0' } },
  });
  if (!complete?.ok || !finer?.ok) return;
  expect(complete.pack).toMatchObject({ id: 'vi-du-tu-soi', version: '1.0.0' });
  expect(parentMappingIssues(finer.pack, complete.pack)).toEqual([]);
});

it('docs/pack-format.md lists every issue code', () => {
  const documented = [...DOC.matchAll(/^\| `([a-z0-9-]+\.[a-z0-9-]+)` +\|/gm)].map(
    (match) => match[1],
  );
  expect(documented.sort()).toEqual(Object.keys(MESSAGES).sort());
});
