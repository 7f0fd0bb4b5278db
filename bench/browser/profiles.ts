/**
 * Browser profiles of a run: one template (extension data set up once), cold copies of it with
 * every cache removed, and each row's own profile that keeps its caches from run to run.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILES_DIR } from './workdir';

export const TEMPLATE_PROFILE = join(PROFILES_DIR, 'template');

/**
 * Chromium's caches: HTTP cache, V8's code cache, GPU and shader caches, component downloads.
 * "Service Worker" is kept: it holds the extension worker's registration, which the profile's
 * extension data relies on, and it is the same for every renderer.
 */
export const CACHE_DIRS: ReadonlySet<string> = new Set([
  'Cache',
  'Code Cache',
  'GPUCache',
  'GPUPersistentCache',
  'GrShaderCache',
  'GraphiteDawnCache',
  'DawnGraphiteCache',
  'DawnWebGPUCache',
  'ShaderCache',
  'component_crx_cache',
]);

/** Removes every cache folder below `dir`, and Chromium's XDG cache of the profile. */
export function deleteCaches(profileDir: string): void {
  rmSync(join(profileDir, 'xdg-cache'), { recursive: true, force: true });
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (CACHE_DIRS.has(entry.name)) rmSync(path, { recursive: true, force: true });
      else walk(path);
    }
  };
  walk(profileDir);
}

/** A copy of the template with its caches removed, at `name` under the profiles folder. */
/**
 * A closed Chromium's last processes may still be writing into its profile for a moment:
 * removal retries then (Node retries ENOTEMPTY, EBUSY and EPERM with a growing delay).
 */
const REMOVE = { recursive: true, force: true, maxRetries: 10, retryDelay: 100 } as const;

export function cleanCopy(name: string): string {
  const dir = join(PROFILES_DIR, name);
  rmSync(dir, REMOVE);
  cpSync(TEMPLATE_PROFILE, dir, { recursive: true, verbatimSymlinks: true });
  deleteCaches(dir);
  return dir;
}

export function removeProfile(dir: string): void {
  rmSync(dir, REMOVE);
}
