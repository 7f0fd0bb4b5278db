import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, runMigrations } from './index';

describe('runMigrations', () => {
  const recorder = () => {
    const ran: number[] = [];
    const steps = [1, 2, 3].map((version) => (log: number[]) => {
      log.push(version);
    });
    return { ran, steps };
  };

  it('runs every step in order from an empty database', async () => {
    const { ran, steps } = recorder();
    await runMigrations(steps, ran, 0, 3);
    expect(ran).toEqual([1, 2, 3]);
  });

  it('runs only the steps after the stored version', async () => {
    const { ran, steps } = recorder();
    await runMigrations(steps, ran, 1, 3);
    expect(ran).toEqual([2, 3]);
  });

  it('runs nothing when already current', async () => {
    const { ran, steps } = recorder();
    await runMigrations(steps, ran, 3, 3);
    expect(ran).toEqual([]);
  });

  it('finishes an async step before starting the next', async () => {
    const log: string[] = [];
    const steps = [
      async (context: string[]) => {
        await Promise.resolve();
        context.push('1 done');
      },
      (context: string[]) => {
        context.push('2');
      },
    ];
    await runMigrations(steps, log, 0, 2);
    expect(log).toEqual(['1 done', '2']);
  });

  it('runs synchronous steps synchronously', () => {
    const { ran, steps } = recorder();
    void runMigrations(steps, ran, 0, 3);
    expect(ran).toEqual([1, 2, 3]);
  });

  it('rejects when a step is missing', async () => {
    const { ran, steps } = recorder();
    await expect(runMigrations(steps, ran, 2, 5)).rejects.toThrow(/version 4/);
    expect(ran).toEqual([3]);
  });

  it('stops at a failing step', async () => {
    const ran: number[] = [];
    const steps = [
      () => {
        throw new Error('broken');
      },
      () => {
        ran.push(2);
      },
    ];
    await expect(runMigrations(steps, ran, 0, 2)).rejects.toThrow('broken');
    expect(ran).toEqual([]);
  });
});

describe('MIGRATIONS', () => {
  it('has one step per database version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.every((step) => typeof step === 'function')).toBe(true);
  });
});
