/** Load runs grouped by form × condition × renderer, each metric summarised. */
import { LOAD_METRICS, type LoadMetric, type LoadRun, type Row, rowKey } from '../lib/rows';
import { type Summary, summarise } from '../lib/stats';

export interface RowSummary extends Row {
  runs: number;
  metrics: Record<LoadMetric, Summary | null>;
}

export function summariseRuns(runs: readonly LoadRun[]): RowSummary[] {
  const groups = new Map<string, LoadRun[]>();
  for (const run of runs) {
    const key = rowKey(run);
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const [{ form, renderer, condition }] = group as [LoadRun];
    const metrics = {} as Record<LoadMetric, Summary | null>;
    for (const metric of LOAD_METRICS) {
      const values = group.flatMap((run) => (run[metric] === null ? [] : [run[metric]]));
      metrics[metric] = values.length > 0 ? summarise(values) : null;
    }
    return { form, renderer, condition, runs: group.length, metrics };
  });
}

/** Median lookup for the budgets. */
export function medianOf(summaries: readonly RowSummary[]) {
  return (form: string, condition: string, renderer: string, metric: LoadMetric) =>
    summaries.find(
      (row) => row.form === form && row.condition === condition && row.renderer === renderer,
    )?.metrics[metric]?.median;
}
