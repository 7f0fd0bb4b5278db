/**
 * The budgets of issue 10, judged on one run's numbers. Time budgets are ratios of medians
 * measured in the same run (the machine is shared and noisy); sizes and latencies are limits.
 */
import type { Condition, FormKey, LoadMetric, Renderer } from './rows';

export type Verdict = 'met' | 'NOT met' | 'not measured';

export interface RatioBudget {
  kind: 'ratio';
  form: FormKey;
  condition: Condition;
  metric: LoadMetric;
  /** ours / against ≤ limit. */
  against: Renderer;
  limit: number;
}

export interface LimitBudget {
  kind: 'limit';
  /** Key of the measured value in the run's results (see `limitValues`). */
  value: LimitKey;
  label: string;
  limit: number;
  unit: 'ms' | 'KB gzip';
}

export interface AbsentBudget {
  kind: 'absent';
  /** Must be false: e.g. survey-core among the files the popup loads. */
  value: AbsentKey;
  label: string;
  /** How the table says what was found: [when present, when absent]. */
  words: [string, string];
}

export type LimitKey = 'answerCommitP95' | 'keystrokeMaxMs' | 'popupJsKb' | 'homeJsKb';
export type AbsentKey =
  | 'lostFirstInput'
  | 'popupSurveyCore'
  | 'popupZodClassic'
  | 'homeSurveyCore'
  | 'homeZodClassic';

export type Budget = RatioBudget | LimitBudget | AbsentBudget;

const ratio = (
  form: FormKey,
  metric: LoadMetric,
  against: Renderer,
  limit: number,
): RatioBudget => ({ kind: 'ratio', form, condition: 'cold', metric, against, limit });

const LOADED: [string, string] = ['loaded', 'not loaded'];

export const BUDGETS: readonly Budget[] = [
  ratio('nq04-paged', 'firstQuestion', 'theirs', 0.3),
  ratio('nq04-paged', 'firstQuestion', 'static', 3),
  ratio('nq04-paged', 'accepted', 'theirs', 0.4),
  {
    kind: 'absent',
    value: 'lostFirstInput',
    label: 'nq04-paged cold: the first input reaches the model and IndexedDB without loss',
    words: ['an answer was lost', 'stored in every run'],
  },
  ratio('generated-300', 'firstQuestion', 'theirs', 0.3),
  ratio('generated-300', 'accepted', 'theirs', 0.4),
  {
    kind: 'limit',
    value: 'answerCommitP95',
    label: 'answer → committed p95 (clicks, 27 items)',
    limit: 16,
    unit: 'ms',
  },
  {
    kind: 'limit',
    value: 'keystrokeMaxMs',
    label: 'longest main-thread work of one keystroke (remedy box)',
    limit: 16,
    unit: 'ms',
  },
  { kind: 'limit', value: 'popupJsKb', label: 'JS the popup loads', limit: 30, unit: 'KB gzip' },
  { kind: 'limit', value: 'homeJsKb', label: 'JS the app home loads', limit: 40, unit: 'KB gzip' },
  { kind: 'absent', value: 'popupSurveyCore', label: 'survey-core off the popup', words: LOADED },
  {
    kind: 'absent',
    value: 'popupZodClassic',
    label: "zod's classic build off the popup",
    words: LOADED,
  },
  { kind: 'absent', value: 'homeSurveyCore', label: 'survey-core off the app home', words: LOADED },
  {
    kind: 'absent',
    value: 'homeZodClassic',
    label: "zod's classic build off the app home",
    words: LOADED,
  },
];

/** ours / theirs, or undefined when either side was not measured (or is not a time). */
export function ratioOf(ours: number | undefined, other: number | undefined): number | undefined {
  if (ours === undefined || other === undefined || other <= 0) return undefined;
  return ours / other;
}

export function atMostVerdict(value: number | undefined, limit: number): Verdict {
  if (value === undefined) return 'not measured';
  return value <= limit ? 'met' : 'NOT met';
}

export function absentVerdict(present: boolean | undefined): Verdict {
  if (present === undefined) return 'not measured';
  return present ? 'NOT met' : 'met';
}

export interface JudgedBudget {
  budget: Budget;
  label: string;
  /** The measured ratio, value or presence. */
  measured: number | boolean | undefined;
  verdict: Verdict;
}

export interface BudgetInputs {
  /** Median of a load metric for a form × condition × renderer, if measured. */
  median(
    form: FormKey,
    condition: Condition,
    renderer: Renderer,
    metric: LoadMetric,
  ): number | undefined;
  limits: Partial<Record<LimitKey, number>>;
  absent: Partial<Record<AbsentKey, boolean>>;
}

export const METRIC_LABEL: Record<LoadMetric, string> = {
  firstQuestion: 'first question',
  accepted: 'first accepted input',
  committed: 'first input committed',
  longTasks: 'long tasks',
  longTaskMs: 'long-task ms',
  domSize: 'DOM size',
};

export function judge(inputs: BudgetInputs, budgets: readonly Budget[] = BUDGETS): JudgedBudget[] {
  return budgets.map((budget) => judgeOne(inputs, budget));
}

function judgeOne(inputs: BudgetInputs, budget: Budget): JudgedBudget {
  if (budget.kind === 'ratio') {
    const { form, condition, metric, against, limit } = budget;
    const measured = ratioOf(
      inputs.median(form, condition, 'ours', metric),
      inputs.median(form, condition, against, metric),
    );
    return {
      budget,
      label: `${form} ${condition}: ${METRIC_LABEL[metric]} ours/${against} ≤ ${limit}×`,
      measured,
      verdict: atMostVerdict(measured, limit),
    };
  }
  if (budget.kind === 'limit') {
    const measured = inputs.limits[budget.value];
    return {
      budget,
      label: `${budget.label} ≤ ${budget.limit} ${budget.unit}`,
      measured,
      verdict: atMostVerdict(measured, budget.limit),
    };
  }
  const measured = inputs.absent[budget.value];
  return { budget, label: budget.label, measured, verdict: absentVerdict(measured) };
}
