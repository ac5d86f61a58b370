import { describe, expect, it } from 'vitest';
import { frequentAlarmDays } from '../../src/http/calendar.ts';

describe('frequentAlarmDays: the alarms of a duty due every day or week', () => {
  it.each([
    [[30, 7, 3, 1, 0, -1], 1, [0]],
    [[30, 7, 3, 1, 0, -1], 7, [0, -1]],
    [[7, 3, -3], 7, [3, -3]],
    [[7, 3, -7], 7, [3]],
    [[1, -1], 1, [1]],
    [[-2], 7, [-2]],
    [[], 7, []],
  ])('policy %j, every %i days → %j', (daysBefore, period, expected) => {
    expect(frequentAlarmDays(daysBefore, period)).toEqual(expected);
  });
});
