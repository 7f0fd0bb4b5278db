import { describe, expect, it } from 'vitest';
import {
  absentVerdict,
  atMostVerdict,
  BUDGETS,
  type BudgetInputs,
  judge,
  ratioOf,
} from './budgets';

const medians: Record<string, number> = {
  'nq04-paged/cold/ours/firstQuestion': 90,
  'nq04-paged/cold/theirs/firstQuestion': 300,
  'nq04-paged/cold/static/firstQuestion': 40,
  'nq04-paged/cold/ours/accepted': 200,
  'nq04-paged/cold/theirs/accepted': 400,
};

const inputs: BudgetInputs = {
  median: (form, condition, renderer, metric) =>
    medians[`${form}/${condition}/${renderer}/${metric}`],
  limits: { answerCommitP95: 16, keystrokeMaxMs: 16.5, popupJsKb: 29 },
  absent: { popupSurveyCore: false, homeZodClassic: true },
};

describe('budget verdicts', () => {
  it('divides ours by the other renderer, and has no ratio without both', () => {
    expect(ratioOf(90, 300)).toBeCloseTo(0.3);
    expect(ratioOf(undefined, 300)).toBeUndefined();
    expect(ratioOf(90, undefined)).toBeUndefined();
    expect(ratioOf(90, 0)).toBeUndefined();
  });

  it('meets a limit at or under it, and says so when nothing was measured', () => {
    expect(atMostVerdict(0.3, 0.3)).toBe('met');
    expect(atMostVerdict(0.31, 0.3)).toBe('NOT met');
    expect(atMostVerdict(undefined, 0.3)).toBe('not measured');
    expect(absentVerdict(false)).toBe('met');
    expect(absentVerdict(true)).toBe('NOT met');
    expect(absentVerdict(undefined)).toBe('not measured');
  });

  it('judges every budget of the issue from one run', () => {
    const judged = judge(inputs);
    expect(judged).toHaveLength(BUDGETS.length);
    const verdict = (label: string) => judged.find((item) => item.label.startsWith(label))?.verdict;
    expect(verdict('nq04-paged cold: first question ours/theirs')).toBe('met');
    // 90 / 40 = 2.25×, within 3× static.
    expect(verdict('nq04-paged cold: first question ours/static')).toBe('met');
    // 200 / 400 = 0.5×, over 0.4×.
    expect(verdict('nq04-paged cold: first accepted input ours/theirs')).toBe('NOT met');
    expect(verdict('generated-300 cold: first question')).toBe('not measured');
    expect(verdict('answer → committed p95')).toBe('met');
    expect(verdict('longest main-thread work of one keystroke')).toBe('NOT met');
    expect(verdict('JS the popup loads')).toBe('met');
    expect(verdict('JS the app home loads')).toBe('not measured');
    expect(verdict('survey-core off the popup')).toBe('met');
    expect(verdict("zod's classic build off the app home")).toBe('NOT met');
  });
});
