/**
 * bench/.work: the generated pack files, and a copy of the built extension with the benchmark's
 * own pages under /bench/ (SurveyJS's renderer, the plain-JS one, static HTML), so that every
 * renderer is loaded the same way: a chrome-extension:// page of one extension, from disk.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BenchForm, packBytes } from '../forms/bench-forms';
import { BENCH_PACK_VERSION } from '../forms/generate';
import type { FormKey } from '../lib/rows';

export const BENCH_DIR = resolve(import.meta.dirname, '..');
export const WORK_DIR = join(BENCH_DIR, '.work');
export const EXTENSION_COPY = join(WORK_DIR, 'ext');
export const PROFILES_DIR = join(WORK_DIR, 'profiles');
const BUILT_EXTENSION = resolve(BENCH_DIR, '../.output/chrome-mv3');
const PAGES = join(BENCH_DIR, 'pages');
const SURVEYJS = join(BENCH_DIR, 'renderers/surveyjs');
export const SURVEYJS_VERSION = '2.5.38';

/** The files of the SurveyJS page: their own browser bundles and default theme, unbundled. */
const SURVEYJS_FILES = [
  'survey-core/survey.core.min.js',
  'survey-core/survey-core.fontless.min.css',
  'survey-core/i18n/vietnamese.min.js',
  'survey-js-ui/survey-js-ui.min.js',
];

/** `npm ci` in bench/renderers/surveyjs when its node_modules is missing (a fresh clone). */
export function ensureSurveyJs(): void {
  if (!existsSync(join(SURVEYJS, 'node_modules/survey-js-ui/package.json'))) {
    console.log('Installing survey-js-ui for the benchmark (npm ci in bench/renderers/surveyjs)…');
    const result = spawnSync('npm', ['ci', '--prefix', SURVEYJS, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('npm ci in bench/renderers/surveyjs failed.');
  }
  for (const name of ['survey-core', 'survey-js-ui']) {
    const manifest = join(SURVEYJS, 'node_modules', name, 'package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    if (version !== SURVEYJS_VERSION) {
      throw new Error(`${name} ${version} is installed; the benchmark pins ${SURVEYJS_VERSION}.`);
    }
  }
}

export const packFileName = (form: BenchForm) => `${form.packId}-${BENCH_PACK_VERSION}.json`;
export const packPath = (form: BenchForm) => join(WORK_DIR, 'packs', packFileName(form));

/** Extension paths of each renderer's page for a form (ours is a review link, see setup). */
export const benchPage = (renderer: 'theirs' | 'plain' | 'static', form: FormKey) =>
  `bench/${renderer}-${form}.html`;
export const BLANK_PAGE = 'bench/blank.html';
/** Our review page as the popup opens it (components/popup/open-surfaces.ts). */
export const reviewPage = (responseId: string) => `review.html#/review/${responseId}`;

/** Writes the pack files and the extension copy with the benchmark pages for every form. */
export function prepareWorkDir(forms: readonly BenchForm[]): void {
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error('No built extension in .output/chrome-mv3: run `npx wxt build` first.');
  }
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(join(WORK_DIR, 'packs'), { recursive: true });
  for (const form of forms) writeFileSync(packPath(form), packBytes(form.pack));

  cpSync(BUILT_EXTENSION, EXTENSION_COPY, { recursive: true });
  const pages = join(EXTENSION_COPY, 'bench');
  mkdirSync(join(pages, 'forms'), { recursive: true });
  mkdirSync(join(pages, 'surveyjs'));
  for (const file of ['collector.js', 'store.js', 'plain.js', 'plain.css', 'theirs.js']) {
    cpSync(join(PAGES, file), join(pages, file));
  }
  cpSync(join(PAGES, 'blank.html'), join(EXTENSION_COPY, BLANK_PAGE));
  for (const file of SURVEYJS_FILES) {
    cpSync(
      join(SURVEYJS, 'node_modules', file),
      join(pages, 'surveyjs', file.split('/').pop() ?? ''),
    );
  }
  for (const form of forms) {
    // The survey JSON as a script, as a page without a bundler would carry its form.
    const script = `globalThis.benchForm = ${JSON.stringify(form.survey)};\n`;
    writeFileSync(join(pages, 'forms', `${form.key}.js`), script);
    for (const renderer of ['theirs', 'plain'] as const) {
      const template = readFileSync(join(PAGES, `${renderer}.html`), 'utf8');
      writeFileSync(
        join(EXTENSION_COPY, benchPage(renderer, form.key)),
        template.replaceAll('__FORM__', form.key),
      );
    }
  }
}

export function writeStaticPage(form: FormKey, html: string): void {
  writeFileSync(join(EXTENSION_COPY, benchPage('static', form)), html);
}
