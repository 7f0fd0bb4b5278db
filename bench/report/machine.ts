/** What the numbers were measured on: they are only comparable within one run. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM } from '../browser/chromium';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  chromium: string;
  node: string;
  date: string;
  commit: string;
  /** 1-minute load average when the run started: other work on a shared machine. */
  loadAverageAtStart: number;
}

function output(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .pop() as string;
  } catch {
    return 'unknown';
  }
}

export function machineInfo(): Machine {
  // Untracked files (the results being written, say) do not change what was measured.
  const dirty = output('git', ['status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: output(CHROMIUM, ['--version']),
    node: process.version,
    date: new Date().toISOString(),
    commit: `${output('git', ['rev-parse', 'HEAD'])}${dirty ? ' (with uncommitted changes)' : ''}`,
    loadAverageAtStart: loadavg()[0] ?? 0,
  };
}
