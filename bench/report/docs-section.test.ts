import { describe, expect, it } from 'vitest';
import { RESULTS_END, RESULTS_START, replaceResults } from './docs-section';

describe('the results section of docs/performance.md', () => {
  const doc = `# Performance\n\nIntro.\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\n## Remaining gaps\n`;

  it('replaces only what is between the markers, one heading level down', () => {
    const out = replaceResults(doc, '# Benchmark results\n\nmachine\n\n## Budgets\n\n| a |\n');
    expect(out).toBe(
      `# Performance\n\nIntro.\n\n${RESULTS_START}\nmachine\n\n### Budgets\n\n| a |\n${RESULTS_END}\n\n## Remaining gaps\n`,
    );
    expect(replaceResults(out, '# Benchmark results\n\nnew\n')).toContain(
      `${RESULTS_START}\nnew\n${RESULTS_END}`,
    );
  });

  it('refuses a document without the markers', () => {
    expect(() => replaceResults('# Performance\n', 'x')).toThrow(/needs/);
  });
});
