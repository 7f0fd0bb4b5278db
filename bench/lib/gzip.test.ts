import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  extensionPath,
  kilobytes,
  measureFile,
  SURVEY_CORE_MARKER,
  surfaceSize,
  ZOD_CLASSIC_MARKER,
} from './gzip';

const text = (content: string) => Buffer.from(content, 'utf8');
const modules = new URL('../../node_modules/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, modules), 'utf8');

describe('gzip accounting', () => {
  it('counts JS and CSS files at gzip level 9, and nothing else', () => {
    const content = text('export const a = 1;'.repeat(50));
    const file = measureFile('chunks/a.js', content);
    expect(file?.kind).toBe('js');
    expect(file?.bytes).toBe(content.byteLength);
    expect(file?.gzipBytes).toBe(gzipSync(content, { level: 9 }).byteLength);
    expect(measureFile('assets/a.css', text('a{}'))?.kind).toBe('css');
    expect(measureFile('icon/16.png', text('png'))).toBeUndefined();
    expect(measureFile('app.html', text('<p>'))).toBeUndefined();
  });

  it('adds each file once per surface, by kind, and flags the libraries found', () => {
    const js = measureFile('chunks/a.js', text('x`ZodType`x')) as NonNullable<
      ReturnType<typeof measureFile>
    >;
    const css = measureFile('assets/a.css', text('.sv-string-viewer{}')) as typeof js;
    const size = surfaceSize([js, css, js]);
    expect(size.files).toHaveLength(2);
    expect(size.jsGzip).toBe(js.gzipBytes);
    expect(size.cssGzip).toBe(css.gzipBytes);
    expect(size.zodClassic).toBe(true);
    // A class name in CSS is not survey-core's code.
    expect(size.surveyCore).toBe(false);
  });

  it('finds survey-core in its bundle, and tells zod classic from zod/mini', () => {
    expect(SURVEY_CORE_MARKER.test(read('survey-core/fesm/survey-core.mjs'))).toBe(true);
    expect(ZOD_CLASSIC_MARKER.test(read('zod/v4/classic/schemas.js'))).toBe(true);
    expect(ZOD_CLASSIC_MARKER.test(read('zod/v4/mini/schemas.js'))).toBe(false);
    expect(ZOD_CLASSIC_MARKER.test(read('zod/v4/core/schemas.js'))).toBe(false);
  });

  it('maps a loaded URL to the file of the extension', () => {
    const origin = 'chrome-extension://abc/';
    expect(extensionPath('chrome-extension://abc/chunks/a.js?x=1#y', origin)).toBe('chunks/a.js');
    expect(extensionPath('chrome-extension://other/chunks/a.js', origin)).toBeUndefined();
    expect(kilobytes(30_000)).toBe(30);
  });
});
