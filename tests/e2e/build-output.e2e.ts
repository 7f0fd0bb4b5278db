import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './extension';

const chunks = readdirSync(join(EXTENSION_DIR, 'chunks'));
const read = (path: string) => readFileSync(join(EXTENSION_DIR, path), 'utf8');
const prepaintChunk = chunks.filter((name) => /^boot-[\w-]+\.js$/.test(name));

/** The files a chunk's dynamic imports preload (Vite's `__vite__mapDeps` list). */
function preloadedBy(source: string): string[] {
  const list = source.match(/m\.f=(\[[^\]]*\])/)?.[1];
  return list ? (JSON.parse(list) as string[]) : [];
}

describe('the built review page', () => {
  it('review.html brings the pre-paint with its first scripts', () => {
    expect(prepaintChunk).toHaveLength(1);
    const page = read('review.html');
    expect(page).toContain(`href="/chunks/${prepaintChunk[0]}"`);
    // Before the modules: the database opens while they load.
    expect(page).toMatch(/<script async src="\/review-early\.js"\s*><\/script>/);
    expect(read('review-early.js').length).toBeLessThan(4000);
  });

  it('the pre-paint loads the app without preload links for scripts (wxt.config.ts)', () => {
    const source = read(`chunks/${prepaintChunk[0]}`);
    expect(source).toMatch(/import\(`\.\/App-[\w-]+\.js`\)/);
    expect(source).toMatch(/import\(`\.\/ReviewView-[\w-]+\.js`\)/);
    const preloaded = preloadedBy(source);
    expect(preloaded.length).toBeGreaterThan(0);
    expect(preloaded.filter((file) => !file.endsWith('.css'))).toEqual([]);
  });

  it('the other pages keep their preloads (the start chunk preloads the app)', () => {
    const start = chunks.find((name) => /^start-[\w-]+\.js$/.test(name));
    expect(start).toBeDefined();
    expect(preloadedBy(read(`chunks/${start}`)).some((file) => file.endsWith('.js'))).toBe(true);
  });
});
