import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseArgs, QUICK } from './args';
import type { Row } from './rows';

const row = (form: string, renderer: string, condition: string) =>
  ({ form, renderer, condition }) as Row;

describe('command-line options', () => {
  it('runs everything with 15 runs after 2 warm-ups by default', () => {
    const options = parseArgs([]);
    expect(options.runs).toBe(DEFAULTS.runs);
    expect(options.warmups).toBe(2);
    expect([...options.sections]).toEqual(['load', 'answers', 'sizes', 'node']);
    expect(options.keep(row('generated-300', 'static', 'repeat'))).toBe(true);
    expect(options.filtered).toBe(false);
  });

  it('has a quick mode and takes --runs over it', () => {
    expect(parseArgs(['--quick']).runs).toBe(QUICK.runs);
    expect(parseArgs(['--', '--quick', '--runs', '5']).runs).toBe(5);
    expect(parseArgs(['--quick']).filtered).toBe(true);
  });

  it('keeps only the named forms, renderers and conditions, and then only page loads', () => {
    const options = parseArgs(['--only', 'nq04-paged,ours,theirs']);
    expect(options.keep(row('nq04-paged', 'ours', 'cold'))).toBe(true);
    expect(options.keep(row('nq04-paged', 'theirs', 'repeat'))).toBe(true);
    expect(options.keep(row('nq04-paged', 'static', 'cold'))).toBe(false);
    expect(options.keep(row('generated-300', 'ours', 'cold'))).toBe(false);
    expect([...options.sections]).toEqual(['load']);
  });

  it('runs only the named parts', () => {
    expect([...parseArgs(['--only', 'sizes,node']).sections]).toEqual(['sizes', 'node']);
  });

  it('refuses unknown options and names', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown option/);
    expect(() => parseArgs(['--only', 'ours,nq27'])).toThrow(/unknown nq27/);
    expect(() => parseArgs(['--runs', '0'])).toThrow(/whole number/);
  });
});
