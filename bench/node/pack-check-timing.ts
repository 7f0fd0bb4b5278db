/**
 * `npm run pack:check`'s pipeline timed in Node, without spawning it: the file check
 * (size, bytes, validation) and the parent-mapping check, then the report text, per file.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkPackFile } from '../../utils/cli/check-file';
import { withParentChecks } from '../../utils/cli/parent-check';
import { formatReport } from '../../utils/pack/report';
import { NQ04_FILE } from '../forms/generate';
import { median } from '../lib/stats';

export interface PackCheckTiming {
  file: string;
  bytes: number;
  ok: boolean;
  runsMs: number[];
  medianMs: number;
}

async function checkOnce(file: string): Promise<{ ok: boolean; ms: number }> {
  const start = performance.now();
  const checked = [{ file, result: await checkPackFile(file) }];
  const [entry] = await withParentChecks(checked);
  if (!entry) throw new Error(`No result for ${file}.`);
  formatReport(file, entry.result);
  return { ok: entry.result.ok, ms: performance.now() - start };
}

export async function timePackCheck(
  files: readonly { file: string; bytes: number }[],
  runs: number,
): Promise<PackCheckTiming[]> {
  const timings: PackCheckTiming[] = [];
  for (const { file, bytes } of files) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await checkOnce(file));
    if (results.some((result) => !result.ok)) throw new Error(`pack:check refuses ${file}.`);
    const runsMs = results.map((result) => result.ms);
    timings.push({ file, bytes, ok: true, runsMs, medianMs: median(runsMs) });
  }
  return timings;
}

export const BUILTIN_PACK_PATH = fileURLToPath(NQ04_FILE);
