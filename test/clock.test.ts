import { describe, expect, it } from 'vitest';
import { clockFrom, fixedClock, parseNow, shanghaiDate } from '../src/clock.ts';

describe('parseNow', () => {
  it.each([
    ['2018-06-23', '2018-06-22T16:00:00.000Z'],
    ['2018-06-23T09:00', '2018-06-23T01:00:00.000Z'],
    ['2018-06-23 09:30:15', '2018-06-23T01:30:15.000Z'],
    ['2018-06-23T09:00+08:00', '2018-06-23T01:00:00.000Z'],
    ['2018-06-23T01:00:00Z', '2018-06-23T01:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseNow(text).toISOString()).toBe(iso);
  });

  it('rejects what is not a date', () => {
    expect(() => parseNow('next tuesday')).toThrow(/not a date/);
  });

  it.each(['2018-13-45', '2018-02-29', '2018-06-31T09:00', '2018-06-23T24:00', '2018-02-30T09:00+08:00', '2018-04-31T01:00:00Z'])(
    'refuses the impossible %s by name instead of rolling it over',
    (text) => {
      expect(() => parseNow(text)).toThrow(`not a real date or time: "${text}"`);
    },
  );
});

describe('shanghaiDate', () => {
  it.each([
    ['2018-06-22T15:59:59Z', '2018-06-22'],
    ['2018-06-22T16:00:00Z', '2018-06-23'],
    ['2018-12-31T23:00:00Z', '2019-01-01'],
  ])('%s falls on %s in Shanghai', (iso, date) => {
    expect(shanghaiDate(new Date(iso))).toBe(date);
  });
});

describe('clocks', () => {
  it('a fixed clock stands still', () => {
    const c = fixedClock(new Date('2018-01-01T00:00:00Z'));
    expect(c.now().toISOString()).toBe('2018-01-01T00:00:00.000Z');
    expect(c.now().toISOString()).toBe('2018-01-01T00:00:00.000Z');
  });
  it('a clock from a start runs on with the real one', () => {
    let real = 1_000_000;
    const c = clockFrom(new Date(5_000), { now: () => new Date(real) });
    expect(c.now().getTime()).toBe(5_000);
    real += 60_000;
    expect(c.now().getTime()).toBe(65_000);
  });
});
