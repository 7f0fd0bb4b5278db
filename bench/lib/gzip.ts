/**
 * Bytes a surface really loads: the JS and CSS files of the extension that its page requested,
 * each gzipped at level 9 from the extension folder, and whether survey-core or zod's classic
 * build is among them (found by a string only that library's code contains).
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** survey-core's class of a rendered string; none of Tự soi's own code contains it. */
export const SURVEY_CORE_MARKER = /sv-string-viewer/;
/**
 * zod classic's `$constructor("ZodType", …)`. zod/mini names its type "ZodMiniType" and the
 * shared core "$ZodType", so only the classic build has the bare name as a string.
 */
export const ZOD_CLASSIC_MARKER = /[`'"]ZodType[`'"]/;

export interface LoadedFile {
  path: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
  surveyCore: boolean;
  zodClassic: boolean;
}

export interface SurfaceSize {
  files: LoadedFile[];
  jsGzip: number;
  cssGzip: number;
  surveyCore: boolean;
  zodClassic: boolean;
}

export function kindOf(path: string): 'js' | 'css' | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.js' || extension === '.mjs') return 'js';
  if (extension === '.css') return 'css';
  return undefined;
}

/** The file's path inside the extension for a loaded URL of it (query and hash dropped). */
export function extensionPath(url: string, origin: string): string | undefined {
  if (!url.startsWith(origin)) return undefined;
  const { pathname } = new URL(url);
  return decodeURIComponent(pathname).replace(/^\/+/, '');
}

export function measureFile(path: string, content: Buffer): LoadedFile | undefined {
  const kind = kindOf(path);
  if (!kind) return undefined;
  const text = content.toString('utf8');
  return {
    path,
    kind,
    bytes: content.byteLength,
    gzipBytes: gzipSync(content, { level: 9 }).byteLength,
    surveyCore: kind === 'js' && SURVEY_CORE_MARKER.test(text),
    zodClassic: kind === 'js' && ZOD_CLASSIC_MARKER.test(text),
  };
}

/** Each distinct JS/CSS file once, however often it was requested. */
export function surfaceSize(files: readonly LoadedFile[]): SurfaceSize {
  const unique = [...new Map(files.map((file) => [file.path, file])).values()].sort((a, b) =>
    a.path.localeCompare(b.path),
  );
  const total = (kind: 'js' | 'css') =>
    unique.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    files: unique,
    jsGzip: total('js'),
    cssGzip: total('css'),
    surveyCore: unique.some((file) => file.surveyCore),
    zodClassic: unique.some((file) => file.zodClassic),
  };
}

/** Reads and measures the loaded files of one surface from the extension folder. */
export function measureSurface(extensionDir: string, paths: readonly string[]): SurfaceSize {
  const files = paths.flatMap((path) => {
    const measured = measureFile(path, readFileSync(join(extensionDir, path)));
    return measured ? [measured] : [];
  });
  return surfaceSize(files);
}

/** KB as Vite's build report counts them: 1 KB = 1,000 bytes (the stricter reading of a budget). */
export const kilobytes = (bytes: number): number => bytes / 1000;
