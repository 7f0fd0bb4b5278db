import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What the popup and the home page load before their first screen is what their entry modules
// import statically (plus the chunks the home loads at once). Anything heavy must stay behind a
// dynamic import(): the popup has a budget of 30 KB gzip JS, the home 40 KB.

const ROOT = resolve(__dirname, '../..');

/** Modules and packages that must stay out (project paths, import specifiers), with why. */
const HEAVY: [RegExp, string][] = [
  [/^survey-core(\/|$)/, 'the survey library (about 100 KB gzip)'],
  [/^docx(\/|$)/, 'the Word export'],
  [/^@hpke\//, 'the encryption of round files'],
  [/^zod(\/v4)?(\/classic)?$/, 'classic zod (utils/zod.ts gives zod/mini)'],
  [/^utils\/i18n\/(vi|en)\/index\.ts$/, 'every UI string: use useShellT (components/locale.tsx)'],
  [/^utils\/i18n\/(vi|en)\/help\.ts$/, 'the whole help: the orientation uses useOrientationT'],
  [/^utils\/pack\/schema\.ts$/, 'the pack import schema: only `import type` from it'],
  [/^utils\/pack\/validate\.ts$/, 'the pack checker'],
  // A named import of a JSON file's top-level fields keeps just those; the file is another thing.
  [/\.json(\?|$)/, 'a whole JSON file (a pack’s text)'],
];

/** The popup shows fewer strings than the home. */
const HEAVY_FOR_POPUP: [RegExp, string][] = [
  [
    /^utils\/i18n\/(vi|en)\/shell\.ts$/,
    'the home’s strings: use usePopupT (components/locale.tsx)',
  ],
];

/** The first screen of each surface: its entry, the chunks it loads at once, what stays out. */
const SURFACES: Record<string, { entries: string[]; heavy: [RegExp, string][] }> = {
  popup: { entries: ['entrypoints/popup/main.tsx'], heavy: [...HEAVY, ...HEAVY_FOR_POPUP] },
  // The orientation shows on the home at the first start.
  'app home': {
    entries: [
      'entrypoints/app/main.tsx',
      'utils/rounds/service/labels.ts',
      'components/app/Orientation.tsx',
    ],
    heavy: HEAVY,
  },
  'side panel home': {
    entries: ['entrypoints/sidepanel/main.tsx', 'utils/rounds/service/labels.ts'],
    heavy: HEAVY,
  },
  // review.html, painted from the raw records while the app and survey-core load.
  'pre-painted review page': {
    entries: ['entrypoints/review/main.tsx'],
    heavy: [...HEAVY, [/^utils\/zod\.ts$/, 'the validators: the app validates before saving']],
  },
  // review.html's first script, run before the modules load: the database read and no more.
  'review.html early script': {
    entries: ['entrypoints/review-early.ts'],
    heavy: [
      ...HEAVY,
      [/^preact(\/|$)/, 'the UI library'],
      [/^utils\/zod\.ts$/, 'the validators'],
      [/^components\//, 'any component'],
    ],
  },
  // The live form: survey-core, but no pack checker (a draft-move offer loads it when used).
  'review page': {
    entries: ['components/review/ReviewView.tsx'],
    heavy: [[/^utils\/pack\/validate\.ts$/, 'the pack checker']],
  },
};

// `import type` and `export type` are erased, and so is an import of types only.
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;

function valueImports(source: string): string[] {
  return [...source.matchAll(IMPORT)].flatMap(([, typeOnly, clause = '', specifier = '']) => {
    if (typeOnly) return [];
    const names = clause.match(/^\{([\s\S]*)\}$/)?.[1]?.split(',');
    if (names?.every((name) => /^\s*(type\s|$)/.test(name))) return [];
    if (names && specifier.endsWith('.json')) return [];
    return [specifier];
  });
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : join(dirname(from), specifier);
  const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => base + end);
  return candidates.find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

/** Every module (project file, or package name) reachable through static value imports. */
function staticGraph(entries: string[]): Map<string, string> {
  const parents = new Map<string, string>();
  const queue = entries.map((entry) => join(ROOT, entry));
  for (const entry of queue) parents.set(relative(ROOT, entry), '(entry)');
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      const local = specifier.startsWith('.') || specifier.startsWith('@/');
      const target = local ? resolveModule(file, specifier.replace(/\?.*$/, '')) : specifier;
      if (!target) continue;
      const id = local ? relative(ROOT, target) + (specifier.match(/\?.*$/)?.[0] ?? '') : target;
      if (parents.has(id)) continue;
      parents.set(id, relative(ROOT, file));
      if (local) queue.push(target);
    }
  }
  return parents;
}

/** How the entry reaches `id`: entry → … → id. */
function chain(parents: Map<string, string>, id: string): string {
  const path = [id];
  for (let at = parents.get(id); at && at !== '(entry)'; at = parents.get(at)) path.unshift(at);
  return path.join(' → ');
}

describe.each(Object.entries(SURFACES))('the %s', (_surface, { entries, heavy }) => {
  const graph = staticGraph(entries);

  it('imports nothing heavy before its first screen', () => {
    const found = [...graph.keys()].flatMap((id) =>
      heavy
        .filter(([pattern]) => pattern.test(id))
        .map(([, why]) => `${id} (${why}), through ${chain(graph, id)}`),
    );
    expect(found).toEqual([]);
  });
});
