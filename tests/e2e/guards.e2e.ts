import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspViolations, EXTENSION_DIR, useExtension } from './extension';

describe('guards that keep the other e2e checks honest', () => {
  const extension = useExtension();

  it('the CSP recorder does catch a violation', async () => {
    const page = await extension().open('app.html');
    await page.getByRole('heading', { name: 'Thư viện biểu mẫu' }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect
      .poll(() => cspViolations(page))
      .toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    await page.close();
  });

  it('the popup never loads survey-core', async () => {
    const page = await extension().context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`chrome-extension://${extension().extensionId}/popup.html`);
    await page.getByRole('heading', { name: 'Tự soi', exact: true }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    for (const path of scripts) {
      const code = readFileSync(join(EXTENSION_DIR, path), 'utf8');
      // A marker of survey-core's bundle: its model class name.
      expect(code, path).not.toContain('SurveyModel');
    }
    await page.close();
  });

  it('that marker is present in the chunks that do load survey-core', () => {
    const all = readdirSync(join(EXTENSION_DIR, 'chunks')).map((file) =>
      readFileSync(join(EXTENSION_DIR, 'chunks', file), 'utf8'),
    );
    expect(all.some((code) => code.includes('SurveyModel'))).toBe(true);
  });
});
