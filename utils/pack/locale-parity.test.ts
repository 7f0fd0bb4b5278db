import { readdirSync, readFileSync } from 'node:fs';
import { surveyLocalization } from 'survey-core';
import { expect, it } from 'vitest';
import type { PackValidationResult } from './issues';
import { validatePackBytes } from './validate';

/**
 * The CLI checks packs with only the checker loaded; the extension has also run its renderer's
 * locale setup (utils/survey/create-model.ts). Both must give every file the same verdict.
 * Vitest gives each test file its own survey-core, so this one starts as the CLI does.
 */
const ROOT = new URL('../../', import.meta.url);
const FOLDERS = [
  'forms/',
  'tests/fixtures/packs/',
  'tests/fixtures/packs/invalid/',
  'tests/fixtures/real-world/',
];

function packFiles(): Array<[string, Uint8Array]> {
  return FOLDERS.flatMap((folder) => {
    const url = new URL(folder, ROOT);
    let names: string[];
    try {
      names = readdirSync(url).filter((name) => /\.(json|txt)$/.test(name));
    } catch {
      return [];
    }
    return names.map((name): [string, Uint8Array] => [
      folder + name,
      new Uint8Array(readFileSync(new URL(name, url))),
    ]);
  });
}

/** Survey locales, valid and not, written into the valid base pack. */
function localeVariants(): Array<[string, Uint8Array]> {
  const base = readFileSync(new URL('tests/fixtures/packs/valid.json', ROOT), 'utf8');
  return ['vi', 'en', 'default', 'fr', 'vi-VN'].map((locale) => {
    const pack = JSON.parse(base);
    pack.forms[0].survey.locale = locale;
    return [`valid.json with locale ${locale}`, new TextEncoder().encode(JSON.stringify(pack))];
  });
}

const verdicts = (files: Array<[string, Uint8Array]>) =>
  files.map(([name, bytes]): [string, PackValidationResult] => [name, validatePackBytes(bytes)]);

it('gives every pack file the same verdict before and after the app sets up its locales', async () => {
  const files = [...packFiles(), ...localeVariants()];
  expect(files.length).toBeGreaterThan(60);
  const before = verdicts(files);

  const { createSurveyModel } = await import('../survey/create-model');
  createSurveyModel({ elements: [{ type: 'text', name: 'q' }] }, 'vi');
  expect(surveyLocalization.getLocales(true)).toContain('vi');

  expect(verdicts(files)).toEqual(before);
});
