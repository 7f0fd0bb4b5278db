/** The tables of bench/results/latest.md, from the results of one run. */
import { relative } from 'node:path';
import type { AnswerLatency, ClickLatency } from '../browser/answer-latency';
import type { SurfaceName } from '../browser/surfaces';
import { type JudgedBudget, METRIC_LABEL, ratioOf } from '../lib/budgets';
import { kilobytes, type SurfaceSize } from '../lib/gzip';
import { CONDITIONS, FORMS, type LoadMetric, RENDERERS } from '../lib/rows';
import type { Summary } from '../lib/stats';
import type { PackCheckTiming } from '../node/pack-check-timing';
import type { Machine } from './machine';
import { medianOf, type RowSummary } from './summary';

export interface ReportInput {
  machine: Machine;
  runs: number;
  warmups: number;
  durationMinutes: number;
  summaries: RowSummary[];
  failures: { row: string; round: number; error: string }[];
  budgets: JudgedBudget[];
  answers?: AnswerLatency;
  sizes?: Record<SurfaceName, SurfaceSize>;
  node?: PackCheckTiming[];
}

const ms = (value: number) => value.toFixed(0);
const range = (summary: Summary | null, format = ms) =>
  summary ? `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})` : '—';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const times = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(2)}×`);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const RATIO_METRICS: LoadMetric[] = ['firstQuestion', 'accepted', 'committed'];

function loadSection(input: ReportInput): string {
  const parts: string[] = [
    '## Page load',
    '',
    `Milliseconds from navigation start: median (min–max) of ${plural(input.runs, 'run')} per row after ${plural(input.warmups, 'warm-up round')}, rows interleaved. Long tasks up to the first commit (static: to the accepted input).`,
  ];
  const median = medianOf(input.summaries);
  for (const form of FORMS) {
    for (const condition of CONDITIONS) {
      const rows = RENDERERS.flatMap((renderer) => {
        const row = input.summaries.find(
          (item) =>
            item.form === form && item.condition === condition && item.renderer === renderer,
        );
        if (!row) return [];
        const { metrics } = row;
        return [
          [
            renderer,
            range(metrics.firstQuestion),
            range(metrics.accepted),
            range(metrics.committed),
            `${range(metrics.longTasks)} / ${range(metrics.longTaskMs)}`,
            range(metrics.domSize),
          ],
        ];
      });
      if (rows.length === 0) continue;
      const head = ['renderer', 'first question', 'first input accepted', 'first input committed'];
      parts.push('', `### ${form}, ${condition}`, '');
      parts.push(table([...head, 'long tasks (n / ms)', 'DOM elements'], rows));
      const ratio = (against: string, metric: LoadMetric) =>
        ratioOf(median(form, condition, 'ours', metric), median(form, condition, against, metric));
      parts.push(
        '',
        table(
          ['ratio of medians', ...RATIO_METRICS.map((metric) => METRIC_LABEL[metric])],
          ['theirs', 'static'].map((against) => [
            `ours/${against}`,
            ...RATIO_METRICS.map((metric) => times(ratio(against, metric))),
          ]),
        ),
      );
    }
  }
  if (input.failures.length > 0) {
    parts.push('', '### FAILED runs', '');
    for (const failure of input.failures) {
      parts.push(`- **${failure.row}**, round ${failure.round}: ${failure.error}`);
    }
  }
  return parts.join('\n');
}

function measuredText(item: JudgedBudget): string {
  const { measured, budget } = item;
  if (measured === undefined) return '—';
  if (typeof measured === 'boolean') {
    return budget.kind === 'absent' ? budget.words[measured ? 0 : 1] : String(measured);
  }
  if (budget.kind === 'limit') {
    return `${measured.toFixed(budget.unit === 'ms' ? 1 : 2)} ${budget.unit}`;
  }
  return times(measured);
}

function budgetSection(budgets: JudgedBudget[]): string {
  const rows = budgets.map((item) => [
    item.label,
    measuredText(item),
    item.verdict === 'met' ? 'met' : `**${item.verdict}**`,
  ]);
  return ['## Budgets (issue 10)', '', table(['budget', 'measured', 'verdict'], rows)].join('\n');
}

function answersSection(answers: AnswerLatency): string {
  const { clicks, typing, plainClicks } = answers;
  const row = (what: string, latency: ClickLatency) => [
    what,
    String(latency.n),
    ms(latency.p50),
    ms(latency.p95),
    ms(latency.max),
  ];
  return [
    '## Answer → committed (27 items)',
    '',
    table(
      ['what', 'n', 'p50', 'p95', 'max'],
      [
        row('ours: radio click → tu-soi:committed (ms)', clicks),
        row('plain JS, first page: radio click → bench:committed (ms)', plainClicks),
      ],
    ),
    '',
    'The plain-JS page does nothing on a click but one IndexedDB put: its numbers are the floor this browser and machine set for a click to reach IndexedDB.',
    '',
    `Typing ${typing.characters} characters in a remedy box (${typing.keystrokes} keystrokes, Event Timing entries ≥ 16 ms: ${typing.reportedEvents}): main-thread processing per keystroke max ${typing.maxMs.toFixed(1)} ms, p95 ${typing.p95Ms.toFixed(1)} ms (0 = no event of the keystroke reached 16 ms); last keystroke → committed ${ms(typing.commitAfterStopMs)} ms.`,
  ].join('\n');
}

function sizesSection(sizes: Record<SurfaceName, SurfaceSize>): string {
  const kb = (bytes: number) => kilobytes(bytes).toFixed(1);
  const yes = (value: boolean) => (value ? 'yes' : 'no');
  const rows = Object.entries(sizes).map(([name, size]) => [
    name,
    kb(size.jsGzip),
    kb(size.cssGzip),
    String(size.files.length),
    yes(size.surveyCore),
    yes(size.zodClassic),
  ]);
  return [
    '## What each surface loads (gzip -9, KB = 1,000 bytes)',
    '',
    table(['surface', 'JS', 'CSS', 'files', 'survey-core', "zod's classic build"], rows),
  ].join('\n');
}

function nodeSection(timings: PackCheckTiming[]): string {
  const rows = timings.map((timing) => [
    relative(process.cwd(), timing.file),
    kilobytes(timing.bytes).toFixed(0),
    ms(timing.medianMs),
    timing.runsMs.map(ms).join(', '),
  ]);
  return [
    "## pack:check's pipeline in Node",
    '',
    table(['file', 'KB', 'median ms', 'runs (ms, in order)'], rows),
  ].join('\n');
}

export function renderMarkdown(input: ReportInput): string {
  const { machine } = input;
  const parts = [
    '# Benchmark results',
    '',
    `${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ${machine.chromium} · Node ${machine.node} · commit ${machine.commit} · load average at start ${machine.loadAverageAtStart.toFixed(2)} · the run took ${input.durationMinutes.toFixed(1)} min.`,
    '',
    budgetSection(input.budgets),
  ];
  // A run with --only answers, sizes or node has no page loads to show.
  if (input.summaries.length > 0 || input.failures.length > 0) parts.push('', loadSection(input));
  if (input.answers) parts.push('', answersSection(input.answers));
  if (input.sizes) parts.push('', sizesSection(input.sizes));
  if (input.node) parts.push('', nodeSection(input.node));
  return `${parts.join('\n')}\n`;
}
