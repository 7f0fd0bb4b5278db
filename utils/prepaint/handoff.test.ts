import { afterEach, describe, expect, it } from 'vitest';
import {
  adoptAnswers,
  handoffKey,
  keptAnswers,
  openHandoff,
  recordAnswer,
  releaseHandoff,
} from './handoff';

function sink() {
  const calls: [string, unknown][] = [];
  return { calls, setValue: (name: string, value: unknown) => calls.push([name, value]) };
}

afterEach(releaseHandoff);

describe('prepaint hand-over', () => {
  const key = handoffKey({ responseId: 'r1' });

  it('gives the model each kept answer once, latest value, in the order last changed', () => {
    openHandoff(key);
    recordAnswer('a', 'x');
    recordAnswer('b', ['1']);
    recordAnswer('a', 'y');
    const model = sink();
    expect(adoptAnswers(key, model)).toBe(2);
    expect(model.calls).toEqual([
      ['b', ['1']],
      ['a', 'y'],
    ]);
    // Adopting again applies nothing twice.
    expect(adoptAnswers(key, model)).toBe(0);
    expect(model.calls).toHaveLength(2);
  });

  it('sends answers given after adoption straight to the model', () => {
    openHandoff(key);
    const model = sink();
    adoptAnswers(key, model);
    recordAnswer('c', 'late');
    expect(model.calls).toEqual([['c', 'late']]);
  });

  it("never hands one review's answers to another review's model", () => {
    openHandoff(key);
    recordAnswer('a', 'x');
    const other = sink();
    expect(
      adoptAnswers(handoffKey({ packId: 'p', packVersion: '1.0.0', formId: 'f' }), other),
    ).toBe(0);
    expect(other.calls).toEqual([]);
    expect(keptAnswers(key)).toEqual(new Map([['a', 'x']]));
  });

  it('keeps nothing once released', () => {
    openHandoff(key);
    releaseHandoff();
    recordAnswer('a', 'x');
    const model = sink();
    expect(adoptAnswers(key, model)).toBe(0);
    expect(keptAnswers(key).size).toBe(0);
  });
});
