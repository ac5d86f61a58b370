import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, chineseDay, daysInMonth, isoDate, isValidDay, lastDayOfMonth, yearOf } from '../../src/calendar/dates.ts';
import { addWorkdays, officialCalendar } from '../../src/calendar/workdays.ts';
import { occurrencesBetween } from '../../src/plan/occurrences.ts';

const LAST_CALENDAR_YEAR = officialCalendar().knownThrough;
const isWorkday = (date: string) => officialCalendar().isWorkday(date);

describe('isoDate', () => {
  it.each([
    [2018, 6, 30, '2018-06-30'],
    [2018, 12, 1, '2018-12-01'],
    [999, 1, 2, '0999-01-02'],
  ])('%d-%d-%d → %s', (y, m, d, iso) => expect(isoDate(y, m, d)).toBe(iso));
});

describe('daysInMonth / lastDayOfMonth', () => {
  it('counts every month of the years 1 to 420 and 1890 to 2110, and months out of range, as Date does', () => {
    const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    const years = [...Array.from({ length: 420 }, (_, i) => i + 1), ...Array.from({ length: 221 }, (_, i) => i + 1890)];
    for (const y of years) for (let m = -1; m <= 14; m++) expect(daysInMonth(y, m)).toBe(byDate(y, m));
    for (const [y, m] of [[2018.5, 2], [2016, 2.5], [Number.NaN, 2], [300_000, 2]]) expect(daysInMonth(y, m)).toBe(byDate(y, m));
  });

  it.each([
    [2018, 1, 31, '2018-01-31'],
    [2018, 2, 28, '2018-02-28'],
    [2016, 2, 29, '2016-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [1900, 2, 28, '1900-02-28'],
    [2018, 4, 30, '2018-04-30'],
    [2018, 6, 30, '2018-06-30'],
    [2018, 9, 30, '2018-09-30'],
    [2018, 12, 31, '2018-12-31'],
  ])('%d-%d has %d days, last %s', (y, m, days, last) => {
    expect(daysInMonth(y, m)).toBe(days);
    expect(lastDayOfMonth(y, m)).toBe(last);
  });
});

describe('isValidDay', () => {
  it.each([
    [2018, 2, 28, true],
    [2018, 2, 29, false],
    [2016, 2, 29, true],
    [2018, 4, 31, false],
    [2018, 13, 1, false],
    [2018, 0, 1, false],
    [2018, 1, 0, false],
    [2018, 12, 31, true],
  ])('%d-%d-%d: %s', (y, m, d, valid) => expect(isValidDay(y, m, d)).toBe(valid));
});

describe('addDays', () => {
  it.each([
    ['2018-03-20', 30, '2018-04-19'],
    ['2018-12-25', 10, '2019-01-04'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2017-02-28', 1, '2017-03-01'],
    ['2018-03-01', -1, '2018-02-28'],
    ['2018-03-20', 0, '2018-03-20'],
  ])('%s + %d days = %s', (from, n, to) => expect(addDays(from, n)).toBe(to));
});

describe('addMonths / addYears', () => {
  it.each([
    ['2018-01-31', 1, '2018-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2018-03-20', 3, '2018-06-20'],
    ['2018-11-15', 2, '2019-01-15'],
    ['2018-03-31', -1, '2018-02-28'],
    ['2018-01-15', -1, '2017-12-15'],
  ])('%s + %d months = %s', (from, n, to) => expect(addMonths(from, n)).toBe(to));

  it.each([
    ['2018-03-20', 3, '2021-03-20'],
    ['2016-02-29', 1, '2017-02-28'],
    ['2016-02-29', 4, '2020-02-29'],
  ])('%s + %d years = %s', (from, n, to) => expect(addYears(from, n)).toBe(to));

  it('reads the year of a date', () => expect(yearOf('2019-07-01')).toBe(2019));
});

describe('isWorkday on the PRC calendar', () => {
  it.each([
    ['2018-09-28', true], // a Friday
    ['2018-09-29', true], // a Saturday worked to make up for National Day
    ['2018-09-30', true], // a Sunday worked too that year
    ['2018-10-01', false], // National Day
    ['2018-10-05', false], // a Friday inside the holiday
    ['2018-10-08', true],
    ['2015-09-03', false], // a Thursday: the Victory Day holiday
    ['2015-09-04', false], // a Friday off with it
    ['2015-09-06', true], // a Sunday worked to make up for it
    ['2019-02-02', true], // a Saturday worked before the Spring Festival
    ['2019-02-05', false], // Spring Festival, a Tuesday
    ['2018-06-13', true], // an ordinary Wednesday
    ['2018-06-16', false], // an ordinary Saturday
    ['2018-06-18', false], // the Dragon Boat Festival, a Monday
  ])('%s: %s', (date, working) => expect(isWorkday(date)).toBe(working));
});

describe('addWorkdays', () => {
  it.each([
    ['2018-06-13', 1, '2018-06-14'], // Wednesday → Thursday
    ['2018-06-01', 1, '2018-06-04'], // Friday → over the weekend to Monday
    ['2018-06-13', 5, '2018-06-21'], // Monday 06-18 is the Dragon Boat Festival
    ['2018-09-28', 1, '2018-09-29'], // the make-up Saturday counts
    ['2018-09-29', 1, '2018-09-30'], // and the make-up Sunday
    ['2018-09-30', 1, '2018-10-08'], // then the whole National Day holiday is skipped
    ['2018-09-28', 5, '2018-10-10'],
    ['2015-09-02', 1, '2015-09-06'], // Victory Day off, the make-up Sunday on
    ['2015-09-02', 2, '2015-09-07'],
  ])('%s + %d working days = %s', (from, n, due) => {
    expect(addWorkdays(from, n)).toEqual({ due, beyondCalendar: false });
  });

  it('covers the years the extractor promises', () => {
    expect(LAST_CALENDAR_YEAR).toBeGreaterThanOrEqual(2026);
  });

  it('flags a count that runs past the official calendar', () => {
    const r = addWorkdays(`${LAST_CALENDAR_YEAR}-12-20`, 30);
    expect(yearOf(r.due)).toBe(LAST_CALENDAR_YEAR + 1);
    expect(r.beyondCalendar).toBe(true);
  });

  it('does not flag a count that stays inside it', () => {
    expect(addWorkdays(`${LAST_CALENDAR_YEAR}-03-02`, 10).beyondCalendar).toBe(false);
  });
});

describe('working days whatever the process zone', () => {
  it('counts the same in a zone west of UTC, where chinese-days itself would call a Saturday a working day', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `import('./src/calendar/workdays.ts').then(m => console.log(JSON.stringify([m.addWorkdays('2018-10-12', 1).due, m.officialCalendar().isWorkday('2018-10-13')])))`;
    for (const tz of ['America/New_York', 'Asia/Shanghai']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual(['2018-10-15', false]);
    }
  });
});

/**
 * Days of the Chinese calendar as the official tables publish them (春节 正月初一, 元宵 正月十五, 端午 五月初五, 中秋 八月十五).
 * 2027 and 2030 are the years where the runtime's ICU calendar, computing new moons near midnight, is a day off.
 */
describe('chineseDay: the Gregorian date of a Chinese-calendar day in a year', () => {
  it.each([
    [2019, 1, 1, '2019-02-05'],
    [2024, 1, 1, '2024-02-10'],
    [2027, 1, 1, '2027-02-06'],
    [2027, 1, 15, '2027-02-20'],
    [2030, 1, 1, '2030-02-03'],
    [2030, 1, 15, '2030-02-17'],
    [2025, 5, 5, '2025-05-31'],
    [2025, 8, 15, '2025-10-06'],
    [2023, 8, 15, '2023-09-29'],
  ])('%i: %i/%i is %s', (year, month, day, date) => {
    expect(chineseDay(year, month, day)).toBe(date);
  });

  it('has no answer beyond the tables (1901–2100)', () => {
    expect(chineseDay(2101, 1, 1)).toBeNull();
    expect(chineseDay(1899, 1, 1)).toBeNull();
  });

  it('dates a yearly rule on the Chinese calendar the same way', () => {
    expect(occurrencesBetween('RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', '2026-03-01', '2026-03-01', '2031-12-31')).toEqual([
      '2027-02-06',
      '2028-01-26',
      '2029-02-13',
      '2030-02-03',
      '2031-01-23',
    ]);
  });
});
