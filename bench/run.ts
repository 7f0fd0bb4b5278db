/**
 * npm run bench — Tự soi's review page against survey-js-ui, plain JS and static HTML on the
 * same form JSON, in Debian's Chromium with the built extension; then answer → committed,
 * the bytes each surface loads and pack:check in Node. Writes bench/results/latest.{json,md}.
 * Options: see lib/args.ts and docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnswerLatency, measureAnswerLatency } from './browser/answer-latency';
import { RowRunner } from './browser/conditions';
import { LostAnswerError } from './browser/load-run';
import { makeStaticPages, makeTemplate, type Template } from './browser/setup';
import { measureSurfaces, type SurfaceName } from './browser/surfaces';
import { BENCH_DIR, ensureSurveyJs, prepareWorkDir, reviewPage, WORK_DIR } from './browser/workdir';
import {
  assertValidPack,
  type BenchForm,
  benchForms,
  largePack,
  packBytes,
} from './forms/bench-forms';
import { type Options, parseArgs } from './lib/args';
import { type BudgetInputs, judge } from './lib/budgets';
import { kilobytes, type SurfaceSize } from './lib/gzip';
import { allRows, type LoadRun, rowKey } from './lib/rows';
import { interleave } from './lib/schedule';
import { BUILTIN_PACK_PATH, type PackCheckTiming, timePackCheck } from './node/pack-check-timing';
import { replaceResults } from './report/docs-section';
import { machineInfo } from './report/machine';
import { renderMarkdown } from './report/markdown';
import { medianOf, summariseRuns } from './report/summary';

const RESULTS_DIR = join(BENCH_DIR, 'results');
const PERFORMANCE_DOC = join(BENCH_DIR, '../docs/performance.md');

interface Failure {
  row: string;
  round: number;
  error: string;
}

/** Timers have 0.1 ms steps; the float noise below that (12.100000001490116) is dropped. */
const roundNumbers = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;

const fmt = (value: number | null) => (value === null ? '—' : value.toFixed(0));

async function loadBench(
  options: Options,
  forms: readonly BenchForm[],
  template: Template,
): Promise<{ runs: LoadRun[]; failures: Failure[] }> {
  const rows = allRows().filter(options.keep);
  const rounds = interleave(rows, options.warmups, options.runs, options.seed);
  const runner = new RowRunner(new Map(forms.map((form) => [form.key, form])), template);
  const runs: LoadRun[] = [];
  const failures: Failure[] = [];
  try {
    for (const round of rounds) {
      const label = round.warmup
        ? `warm-up ${round.index + 1} of ${options.warmups}`
        : `run ${round.index - options.warmups + 1} of ${options.runs}`;
      console.log(`\n${label} (${rows.length} rows, shuffled)`);
      for (const [position, row] of round.rows.entries()) {
        try {
          const result = await runner.run(row);
          console.log(
            `  ${rowKey(row).padEnd(32)} question ${fmt(result.firstQuestion).padStart(5)}  accepted ${fmt(result.accepted).padStart(5)}  committed ${fmt(result.committed).padStart(5)}`,
          );
          if (!round.warmup) runs.push({ ...row, ...result, round: round.index, position });
        } catch (error) {
          const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
          const kind = error instanceof LostAnswerError ? 'LOST ANSWER' : 'FAILED';
          console.error(`  ${rowKey(row).padEnd(32)} ${kind}: ${text}`);
          failures.push({ row: rowKey(row), round: round.index, error: `${kind}: ${text}` });
        }
      }
    }
  } finally {
    await runner.closeAll();
  }
  return { runs, failures };
}

function nodePacks(): { file: string; bytes: number }[] {
  const large = packBytes(largePack());
  assertValidPack('generated-2000', large);
  const file = join(WORK_DIR, 'packs', 'bench-generated-2000-1.0.0.json');
  writeFileSync(file, large);
  const builtin = readFileSync(BUILTIN_PACK_PATH);
  return [
    { file: BUILTIN_PACK_PATH, bytes: builtin.byteLength },
    { file, bytes: large.byteLength },
  ];
}

function budgetInputs(
  median: BudgetInputs['median'],
  failures: Failure[],
  runs: LoadRun[],
  answers?: AnswerLatency,
  sizes?: Record<SurfaceName, SurfaceSize>,
): BudgetInputs {
  const coldOurs = 'nq04-paged/ours/cold';
  const measured = runs.some((run) => rowKey(run) === coldOurs);
  return {
    median,
    limits: {
      answerCommitP95: answers?.clicks.p95,
      keystrokeMaxMs: answers?.typing.maxMs,
      popupJsKb: sizes && kilobytes(sizes.popup.jsGzip),
      homeJsKb: sizes && kilobytes(sizes.home.jsGzip),
    },
    absent: {
      lostFirstInput: measured
        ? failures.some((failure) => failure.row === coldOurs && failure.error.startsWith('LOST'))
        : undefined,
      popupSurveyCore: sizes?.popup.surveyCore,
      popupZodClassic: sizes?.popup.zodClassic,
      homeSurveyCore: sizes?.home.surveyCore,
      homeZodClassic: sizes?.home.zodClassic,
    },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const machine = machineInfo();
  ensureSurveyJs();
  const forms = benchForms();
  for (const form of forms) assertValidPack(form.key, packBytes(form.pack));
  prepareWorkDir(forms);

  let node: PackCheckTiming[] | undefined;
  if (options.sections.has('node')) {
    console.log("Timing pack:check's pipeline in Node…");
    node = await timePackCheck(nodePacks(), options.nodeRuns);
  }
  const needsBrowser = ['load', 'answers', 'sizes'].some((section) =>
    options.sections.has(section as 'load'),
  );
  let runs: LoadRun[] = [];
  let failures: Failure[] = [];
  let answers: AnswerLatency | undefined;
  let sizes: Record<SurfaceName, SurfaceSize> | undefined;
  if (needsBrowser) {
    console.log('Set-up: static pages, template profile (packs imported through the library)…');
    await makeStaticPages(forms);
    const template = await makeTemplate(forms);
    if (options.sections.has('load'))
      ({ runs, failures } = await loadBench(options, forms, template));
    const paged = forms.find((form) => form.key === 'nq04-paged') as BenchForm;
    if (options.sections.has('answers')) {
      console.log(`\nAnswer → committed: ${options.clicks} clicks, then typing…`);
      answers = await measureAnswerLatency(paged, template.responses['nq04-paged'], options.clicks);
    }
    if (options.sections.has('sizes')) {
      console.log('\nWhat each surface loads…');
      sizes = await measureSurfaces(reviewPage(template.responses['nq04-paged']));
    }
  }

  const summaries = summariseRuns(runs);
  const budgets = judge(budgetInputs(medianOf(summaries), failures, runs, answers, sizes));
  const durationMinutes = (Date.now() - started) / 60_000;
  const markdown = renderMarkdown({
    machine,
    runs: options.runs,
    warmups: options.warmups,
    durationMinutes,
    summaries,
    failures,
    budgets,
    answers,
    sizes,
    node,
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = {
    machine,
    options: { ...options, sections: [...options.sections], keep: undefined },
    durationMinutes,
    forms: forms.map(({ key, packId, first, setup }) => ({ key, packId, first, setup })),
    budgets,
    load: { summaries, failures, runs },
    answers,
    sizes,
    node,
  };
  const jsonPath = join(RESULTS_DIR, 'latest.json');
  writeFileSync(jsonPath, `${JSON.stringify(json, roundNumbers, 2)}\n`);
  // In the project's own format, so that the committed file passes `npm run lint`.
  spawnSync('npx', ['biome', 'format', '--write', jsonPath], { stdio: 'ignore' });
  writeFileSync(join(RESULTS_DIR, 'latest.md'), markdown);
  if (!options.filtered) {
    writeFileSync(PERFORMANCE_DOC, replaceResults(readFileSync(PERFORMANCE_DOC, 'utf8'), markdown));
  }
  console.log(`\n${markdown}`);
  console.log(`Wrote bench/results/latest.json and latest.md (${durationMinutes.toFixed(1)} min).`);
  if (failures.length > 0) {
    console.error(`${failures.length} runs FAILED: see the list above.`);
    process.exitCode = 1;
  }
}

await main();
