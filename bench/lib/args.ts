/**
 * npm run bench -- [--quick] [--runs N] [--only TOKEN,…] [--seed N]
 * --only keeps the named forms, renderers, conditions and parts (load, answers, sizes, node);
 * a group not named keeps all of its members. Naming only forms, renderers or conditions runs
 * just the page-load part.
 */
import {
  CONDITIONS,
  type Condition,
  FORMS,
  type FormKey,
  RENDERERS,
  type Renderer,
  type Row,
} from './rows';

export const SECTIONS = ['load', 'answers', 'sizes', 'node'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Options {
  runs: number;
  warmups: number;
  /** Real clicks timed for answer → committed. */
  clicks: number;
  /** Repetitions of each pack check in Node. */
  nodeRuns: number;
  seed: number;
  quick: boolean;
  /** Whether a filter was given: only a full, unfiltered run updates docs/performance.md. */
  filtered: boolean;
  sections: ReadonlySet<Section>;
  keep(row: Row): boolean;
}

export const DEFAULTS = { runs: 15, warmups: 2, clicks: 200, nodeRuns: 5, seed: 10 };
export const QUICK = { runs: 3, warmups: 1, clicks: 40, nodeRuns: 2 };

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${flag} needs a whole number of 1 or more, got ${value}.`);
  }
  return number;
}

function pickFrom<T extends string>(tokens: string[], all: readonly T[]): Set<T> {
  const named = all.filter((item) => tokens.includes(item));
  return new Set(named.length > 0 ? named : all);
}

export function parseArgs(argv: readonly string[]): Options {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const quick = args.includes('--quick');
  let runs: number | undefined;
  let seed = DEFAULTS.seed;
  const tokens: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--quick') continue;
    if (arg === '--runs') runs = positiveInteger('--runs', args[++i]);
    else if (arg === '--seed') seed = positiveInteger('--seed', args[++i]);
    else if (arg === '--only') tokens.push(...(args[++i] ?? '').split(',').filter(Boolean));
    else
      throw new Error(`Unknown option ${arg}. Options: --quick, --runs N, --only A,B, --seed N.`);
  }
  const known = new Set<string>([...FORMS, ...RENDERERS, ...CONDITIONS, ...SECTIONS]);
  const unknown = tokens.filter((token) => !known.has(token));
  if (unknown.length > 0) {
    throw new Error(`--only: unknown ${unknown.join(', ')}. Known: ${[...known].join(', ')}.`);
  }
  const forms = pickFrom<FormKey>(tokens, FORMS);
  const renderers = pickFrom<Renderer>(tokens, RENDERERS);
  const conditions = pickFrom<Condition>(tokens, CONDITIONS);
  const namedSection = SECTIONS.filter((section) => tokens.includes(section));
  const sections = new Set<Section>(
    namedSection.length > 0 ? namedSection : tokens.length > 0 ? ['load'] : SECTIONS,
  );
  const base = quick ? QUICK : DEFAULTS;
  return {
    runs: runs ?? base.runs,
    warmups: base.warmups,
    clicks: base.clicks,
    nodeRuns: base.nodeRuns,
    seed,
    quick,
    filtered: tokens.length > 0 || quick || runs !== undefined,
    sections,
    keep: (row) =>
      forms.has(row.form) && renderers.has(row.renderer) && conditions.has(row.condition),
  };
}
