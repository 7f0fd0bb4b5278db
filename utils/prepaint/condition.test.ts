import { ConditionRunner } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, parseCondition } from './condition';

// Each condition is checked against survey-core's own runner over every answer below.
const CONDITIONS = [
  "{tt1} notempty and {tt1} != 'khong'",
  "{dieu-1} = 'xem-lai'",
  '{a} empty',
  '{a} notempty',
  "{a} = 'X'",
  '{a} = 2',
  "{a} != 'x'",
  "{a} anyof ['x', 'y']",
  "{b} anyof ['x', 2]",
  "{a} = 'x' or {b} anyof ['y']",
  "{a} = 'x' and {b} notempty or {a} = 'y'",
  "{a} = 'x' OR {a} = 'y'",
];
const ANSWERS: Record<string, unknown>[] = [
  {},
  { tt1: 'khong' },
  { tt1: 'co' },
  { tt1: 'mot-phan' },
  { 'dieu-1': 'xem-lai' },
  { 'dieu-1': 'on' },
  { a: 'x' },
  { a: 'X' },
  { a: 'y' },
  { a: '' },
  { a: 2 },
  { a: '2' },
  { b: ['x'] },
  { b: ['y', 'z'] },
  { b: [2] },
  { b: [] },
  { a: 'x', b: ['q'] },
  { a: 'x', b: [] },
];

describe('parseCondition / evaluateCondition', () => {
  for (const text of CONDITIONS) {
    it(`agrees with survey-core on ${text}`, () => {
      const condition = parseCondition(text);
      expect(condition).not.toBeNull();
      const runner = new ConditionRunner(text);
      for (const answers of ANSWERS) {
        const ours = evaluateCondition(condition ?? [], (name) => answers[name]);
        expect({ answers, ours }).toEqual({ answers, ours: runner.runValues(answers) });
      }
    });
  }

  it('leaves everything else to the model', () => {
    for (const text of [
      "({a} = 'x')",
      "iif({a} = 'x', true, false)",
      '{a} > 2',
      "{a} contains 'x'",
      "{a} = 'x and y'",
      "{a.length} = 'x'",
      '{a} = {b}',
      '',
    ]) {
      expect({ text, parsed: parseCondition(text) }).toEqual({ text, parsed: null });
    }
  });

  it('does not guess how survey-core compares an array with =', () => {
    const condition = parseCondition("{b} = 'x'");
    expect(condition && evaluateCondition(condition, () => ['x'])).toBeNull();
  });
});
