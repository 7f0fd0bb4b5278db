/**
 * The hand-over from the pre-painted page to the survey model. While survey-core loads, the
 * member may already answer on the pre-painted page: each answer is kept here, in order, and
 * given to the model the moment it exists (`adopt`); from then on answers go straight to it.
 * No DOM and no survey-core: the model is anything with `setValue`.
 *
 * Invariants: an answer is recorded once and applied once, in the order given; nothing is
 * applied to a model of another review (the key must match); after `release` nothing is kept.
 */
export interface AnswerSink {
  setValue(name: string, value: unknown): void;
}

interface Handoff {
  key: string;
  answers: Map<string, unknown>;
  sink: AnswerSink | undefined;
}

let current: Handoff | undefined;

/** Which review a page shows: a stored response, or a new review of one form. */
export function handoffKey(
  target: { responseId: string } | { packId: string; packVersion: string; formId: string },
): string {
  return 'responseId' in target
    ? `review:${target.responseId}`
    : `start:${target.packId}@${target.packVersion}/${target.formId}`;
}

/** Starts keeping answers for the review `key` (the pre-painted page is about to show). */
export function openHandoff(key: string): void {
  current = { key, answers: new Map(), sink: undefined };
}

/** An answer given on the pre-painted page: to the model if it is there, else kept for it. */
export function recordAnswer(name: string, value: unknown): void {
  if (!current) return;
  if (current.sink) {
    current.sink.setValue(name, value);
    return;
  }
  // Re-inserted so that the order is that of the latest change of each question.
  current.answers.delete(name);
  current.answers.set(name, value);
}

/**
 * The model of review `key` is ready: the answers kept so far are set on it, in order, and
 * later ones go to it directly. Returns how many were applied (0 for another review's model).
 */
export function adoptAnswers(key: string, sink: AnswerSink): number {
  if (!current || current.key !== key) return 0;
  const kept = [...current.answers];
  current.answers.clear();
  current.sink = sink;
  for (const [name, value] of kept) sink.setValue(name, value);
  return kept.length;
}

/** The answers kept for review `key` that no model has taken yet (empty once adopted). */
export function keptAnswers(key: string): ReadonlyMap<string, unknown> {
  return current?.key === key && !current.sink ? new Map(current.answers) : new Map();
}

/** The pre-painted page is gone: nothing more is recorded. */
export function releaseHandoff(): void {
  current = undefined;
}
