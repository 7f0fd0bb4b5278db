import { describe, expect, it } from 'vitest';
import { nextReminderAt } from './schedule';

const at = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

describe('nextReminderAt', () => {
  it('is later this month when the day and time are still ahead', () => {
    expect(nextReminderAt(at(2027, 0, 3, 9, 0), { day: 5, time: '19:30' })).toBe(
      at(2027, 0, 5, 19, 30),
    );
  });

  it('moves to next month once the time has passed, also across a year', () => {
    expect(nextReminderAt(at(2027, 0, 5, 19, 30), { day: 5, time: '19:30' })).toBe(
      at(2027, 1, 5, 19, 30),
    );
    expect(nextReminderAt(at(2026, 11, 20, 8, 0), { day: 5, time: '07:00' })).toBe(
      at(2027, 0, 5, 7, 0),
    );
  });

  it('uses the last day of a shorter month', () => {
    expect(nextReminderAt(at(2027, 1, 1, 0, 0), { day: 31, time: '08:00' })).toBe(
      at(2027, 1, 28, 8, 0),
    );
    expect(nextReminderAt(at(2028, 1, 28, 9, 0), { day: 30, time: '08:00' })).toBe(
      at(2028, 1, 29, 8, 0),
    );
  });
});
