import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../../src/calendar/workdays.ts';
import { addDays, datesFrom } from '../../src/calendar/dates.ts';
import { OccurrenceCache, occurrencesBetween } from '../../src/plan/occurrences.ts';
import { defaultPolicy, ReminderPolicy } from '../../src/plan/policy.ts';
import { dueDatesRemindedOn, remindersOn } from '../../src/plan/reminders.ts';

const cal = officialCalendar();
const policy = defaultPolicy;

describe('official calendar', () => {
  it.each([
    ['2018-06-18', false], // 端午节, a Monday
    ['2018-06-22', true], // Friday
    ['2018-06-23', false], // Saturday
    ['2018-02-11', true], // Sunday made a working day before 春节
    ['2018-10-01', false], // 国庆
    ['2018-09-29', true], // Saturday made a working day
    ['2015-09-03', false], // 抗战胜利纪念日 holiday
  ])('%s is a working day: %s', (date, work) => {
    expect(cal.isWorkday(date)).toBe(work);
  });

  it('knows its last year', () => {
    expect(cal.knownThrough).toBeGreaterThanOrEqual(2026);
  });
});

describe('reminder policy', () => {
  it('parses the shipped rules/reminders.yaml to the documented defaults', async () => {
    const { loadPolicy } = await import('../../src/plan/policy.ts');
    expect(loadPolicy('rules')).toEqual(defaultPolicy);
    expect(defaultPolicy.before).toEqual([30, 7, 3, 1, 0]);
    expect(defaultPolicy.send_at).toBe('09:00');
  });

  // due 2018-06-29 (Friday): 30 → 05-30 (Wed), 7 → 06-22 (Fri), 3 → 06-26 (Tue), 1 → 06-28 (Thu), 0 → 06-29
  it.each([
    ['2018-05-30', [30]],
    ['2018-06-22', [7]],
    ['2018-06-26', [3]],
    ['2018-06-28', [1]],
    ['2018-06-29', [0]],
    ['2018-06-27', []],
    ['2018-06-30', []], // a Saturday: nothing goes out on a rest day
    ['2018-07-02', [-1]], // the day after, Saturday 06-30, moves forward to Monday
    ['2018-07-09', [-8]], // 8 days after is Saturday 07-07: moved forward to Monday
  ])('due 2018-06-29: on %s the offsets are %j', (day, offsets) => {
    expect(remindersOn(day, '2018-06-29', policy, cal)).toEqual(offsets);
  });

  it('moves a reminder on a weekend or public holiday to the working day before', () => {
    // due 2018-06-25 (Mon): 1 day before is Sunday 06-24 → Friday 06-22; 3 before is Fri 06-22 too.
    expect(remindersOn('2018-06-22', '2018-06-25', policy, cal)).toEqual([3, 1]);
    // due 2018-06-19 (Tue after 端午 Mon 06-18): 1 before = 06-18 holiday → Fri 06-15
    expect(remindersOn('2018-06-15', '2018-06-19', policy, cal)).toEqual([3, 1]);
    // due on 国庆 2018-10-03: Sunday 09-30 is a make-up working day, so 3 before stays there and 1 before
    // and the day itself move back to it
    expect(remindersOn('2018-09-30', '2018-10-03', policy, cal)).toEqual([3, 1, 0]);
    expect(remindersOn('2018-09-29', '2018-10-03', policy, cal)).toEqual([]);
  });

  it('without the workday rule, reminders stay on their day', () => {
    const plain = { ...policy, workdays_only: false };
    expect(remindersOn('2018-06-24', '2018-06-25', plain, cal)).toEqual([1]);
  });

  it('overdue: the day after, then weekly while open; a stop bound ends it', () => {
    const due = '2018-06-05'; // Tuesday
    const hits = datesFrom('2018-06-01', '2018-07-31').filter((d) => remindersOn(d, due, policy, cal).some((o) => o < 0));
    expect(hits).toEqual(['2018-06-06', '2018-06-13', '2018-06-20', '2018-06-27', '2018-07-04', '2018-07-11', '2018-07-18', '2018-07-25']);
    const bounded = { ...policy, overdue: { first: 1, every: 7, stop_after: 15 } };
    expect(datesFrom('2018-06-01', '2018-07-31').filter((d) => remindersOn(d, due, bounded, cal).some((o) => o < 0))).toEqual([
      '2018-06-06',
      '2018-06-13',
      '2018-06-20',
    ]);
  });

  it('overdue reminders of a recurring occurrence stop when the next occurrence is due', () => {
    expect(remindersOn('2018-06-13', '2018-06-05', policy, cal, '2018-06-30')).toEqual([-8]);
    expect(remindersOn('2018-07-04', '2018-06-05', policy, cal, '2018-06-30')).toEqual([]);
  });

  it('the inverse finds exactly the due dates the forward rule reminds of, over a year of days', () => {
    const custom = ReminderPolicy.parse({ before: [30, 7, 3, 1, 0], overdue: { first: 2, every: 5 } });
    for (const p of [policy, custom]) {
      for (const day of datesFrom('2018-01-01', '2018-12-31')) {
        const { before, overdue } = dueDatesRemindedOn(day, p, cal, '2017-01-01');
        const candidates = new Set(overdue);
        const forward = datesFrom(addDays(day, -100), addDays(day, 50)).filter((due) => remindersOn(day, due, p, cal).length > 0);
        for (const due of forward) {
          const inBefore = before !== null && due >= before.from && due <= before.to;
          expect(inBefore || candidates.has(due), `${day} reminds of ${due}`).toBe(true);
        }
      }
    }
  });
});

describe('RRULE occurrences (Asia/Shanghai)', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', '2017-06-01', '2017-01-01', '2019-12-31', ['2018-03-01', '2019-03-01']],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1', '2018-01-15', '2018-01-01', '2019-12-31', ['2018-12-31', '2019-12-31']],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', '2018-01-01', '2018-01-01', '2018-12-31', ['2018-03-31', '2018-06-30', '2018-09-30', '2018-12-31']],
    ['FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1', '2016-05-01', '2016-01-01', '2017-12-31', ['2016-06-30', '2016-12-31', '2017-06-30', '2017-12-31']],
    ['FREQ=MONTHLY;BYMONTHDAY=15,-1', '2018-02-01', '2018-02-01', '2018-03-31', ['2018-02-15', '2018-02-28', '2018-03-15', '2018-03-31']],
    ['FREQ=WEEKLY;BYDAY=FR', '2018-06-01', '2018-06-10', '2018-06-30', ['2018-06-15', '2018-06-22', '2018-06-29']],
    ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1', '2019-01-01', '2018-01-01', '2019-12-31', ['2019-03-31']],
  ])('%s from %s in %s…%s', (rrule, start, from, to, expected) => {
    expect(occurrencesBetween(rrule, start, from, to)).toEqual(expected);
  });

  it('gives the same dates whatever the process zone', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `import('./src/plan/occurrences.ts').then(m => console.log(JSON.stringify(m.occurrencesBetween('FREQ=MONTHLY;BYMONTHDAY=-1', '2018-01-01', '2018-01-01', '2018-04-30'))))`;
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual(['2018-01-31', '2018-02-28', '2018-03-31', '2018-04-30']);
    }
  });

  it('a shared expansion gives each duty exactly its own occurrences', () => {
    const cache = new OccurrenceCache('2017-05-01', '2019-08-31');
    const rules = [
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1',
      'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      'FREQ=WEEKLY;BYDAY=FR',
      'FREQ=WEEKLY', // weekday from the start: not shared
      'FREQ=YEARLY', // month and day from the start: not shared
      'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1', // counts months from the start: not shared
    ];
    for (const rrule of rules) {
      for (const start of ['2016-03-15', '2017-06-07', '2018-02-28', '2019-09-01']) {
        const key = cache.keyOf(rrule, start);
        const shared = cache.dates(key, rrule, start).filter((d) => d >= start);
        expect(shared, `${rrule} from ${start}`).toEqual(occurrencesBetween(rrule, start, '2017-05-01', '2019-08-31'));
      }
    }
    expect(cache.keyOf('FREQ=MONTHLY;BYMONTHDAY=-1', '2016-03-15')).toBe(cache.keyOf('FREQ=MONTHLY;BYMONTHDAY=-1', '2018-02-28'));
    expect(cache.keyOf('FREQ=WEEKLY', '2016-03-15')).not.toBe(cache.keyOf('FREQ=WEEKLY', '2018-02-28'));
  });

  it('addDays crosses months and years', () => {
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });
});
