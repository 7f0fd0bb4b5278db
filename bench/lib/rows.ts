/** What the page-load part measures: every form in every renderer under every condition. */

export const FORMS = ['nq04-paged', 'nq04-one-page', 'generated-300'] as const;
export type FormKey = (typeof FORMS)[number];

export const RENDERERS = ['ours', 'theirs', 'plain', 'static'] as const;
export type Renderer = (typeof RENDERERS)[number];

/**
 * cold: a fresh copy of the template profile with every cache deleted, one browser launch;
 * restart: the row's own profile, caches kept, the browser relaunched;
 * repeat: the row's own browser still running, the page opened again in a new tab.
 */
export const CONDITIONS = ['cold', 'restart', 'repeat'] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface Row {
  form: FormKey;
  renderer: Renderer;
  condition: Condition;
}

export const rowKey = (row: Row): string => `${row.form}/${row.renderer}/${row.condition}`;

export function allRows(): Row[] {
  return FORMS.flatMap((form) =>
    RENDERERS.flatMap((renderer) => CONDITIONS.map((condition) => ({ form, renderer, condition }))),
  );
}

/** Times from navigation start (ms) and counts of one measured page open. */
export interface LoadMetrics {
  firstQuestion: number;
  accepted: number;
  /** Static HTML has no model and stores nothing: null there. */
  committed: number | null;
  longTasks: number;
  longTaskMs: number;
  domSize: number;
}

export const LOAD_METRICS = [
  'firstQuestion',
  'accepted',
  'committed',
  'longTasks',
  'longTaskMs',
  'domSize',
] as const satisfies readonly (keyof LoadMetrics)[];
export type LoadMetric = (typeof LOAD_METRICS)[number];

export interface LoadRun extends Row, LoadMetrics {
  round: number;
  /** Position of this row within its round (rows are shuffled per round). */
  position: number;
  /** The page's first pointerdown: when the first click reached it. */
  clickIssued: number;
  clicksTried: number;
  firstQuestionFrame: number;
  firstContentfulPaint: number | null;
}
