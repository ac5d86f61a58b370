import { RRuleTemporal } from 'rrule-temporal';
import { addDays, addYears, chineseDay } from '../calendar/dates.ts';
import { CHINESE_YEARLY } from './rule-text.ts';

/**
 * The occurrence dates of a recurring duty between two Shanghai dates (both included). The rule is
 * anchored at `start` (the spec's start, else the document date) at midnight Asia/Shanghai, so the
 * results are Shanghai calendar dates whatever the process zone.
 */
export function occurrencesBetween(rrule: string, start: string, from: string, to: string): string[] {
  if (to < start) return [];
  const chinese = CHINESE_YEARLY.exec(rrule);
  if (chinese) return chineseYearly(Number(chinese[1]), Number(chinese[2]), from < start ? start : from, to);
  const rule = new RRuleTemporal({ rruleString: `DTSTART;TZID=Asia/Shanghai:${start.replaceAll('-', '')}T000000\nRRULE:${asIntended(rrule)}` });
  const after = new Date(`${from < start ? start : from}T00:00:00+08:00`);
  const before = new Date(`${addDays(to, 1)}T00:00:00+08:00`);
  return rule
    .between(after, before, true)
    .map((z) => z.toPlainDate().toString())
    .filter((d) => d <= to);
}

/**
 * Its dates from the official tables (calendar/dates.ts, chineseDay), as the extractor dates a festival read once: the
 * rule library's Chinese calendar is the runtime's ICU one, a day off the published calendar in some years (春节 2027).
 */
function chineseYearly(month: number, day: number, from: string, to: string): string[] {
  const dates: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const date = chineseDay(year, month, day);
    if (date !== null && date >= from && date <= to) dates.push(date);
  }
  return dates;
}

/**
 * The spec writes 每季度 as FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12 and 每半年 likewise. Under RFC
 * 5545 the INTERVAL counts months from DTSTART, so a document dated in January would get no quarter
 * ends at all. When BYMONTH names the months, they are what is meant: the INTERVAL is dropped.
 */
function asIntended(rrule: string): string {
  const parts = rrule.split(';');
  const monthlyByMonth = parts.includes('FREQ=MONTHLY') && parts.some((p) => p.startsWith('BYMONTH='));
  return monthlyByMonth ? parts.filter((p) => !p.startsWith('INTERVAL=')).join(';') : rrule;
}

/**
 * For a duty that falls due so often (daily, weekly) that reminding it days ahead would put several
 * of its occurrences into one digest, each heralding the next, the days between two of them (1 or 7):
 * such a duty is reminded on the day. null for any other rule.
 */
export function remindedOnTheDayOnly(rrule: string): 1 | 7 | null {
  const frequency = /(?:^|;)FREQ=(DAILY|WEEKLY)(?:;|$)/.exec(rrule)?.[1];
  return frequency === 'DAILY' ? 1 : frequency === 'WEEKLY' ? 7 : null;
}

/**
 * Whether a rule's dates do not depend on where it starts, beyond starting there: every date part
 * its frequency needs is given (YEARLY: month and day, MONTHLY: day, WEEKLY: weekday), no INTERVAL
 * counting from the start, no COUNT. Such a rule is expanded once and shared by every duty using it.
 */
function anchorFree(rrule: string): boolean {
  const parts = new Map(asIntended(rrule).split(';').map((p) => p.split('=') as [string, string]));
  if (parts.has('COUNT') || (parts.has('INTERVAL') && parts.get('INTERVAL') !== '1')) return false;
  const has = (k: string) => parts.has(k);
  switch (parts.get('FREQ')) {
    case 'YEARLY':
      return has('BYMONTH') && (has('BYMONTHDAY') || has('BYDAY'));
    case 'MONTHLY':
      return has('BYMONTHDAY') || has('BYDAY');
    case 'WEEKLY':
      return has('BYDAY');
    case 'DAILY':
      return true;
    default:
      return false;
  }
}

/**
 * Occurrences within one window, shared: a ledger holds few distinct schedules, and a million
 * duties on the spec's dozen rules cost a dozen expansions, not a million.
 */
export class OccurrenceCache {
  private readonly cache = new Map<string, string[] | Error>();
  constructor(
    readonly from: string,
    readonly to: string,
  ) {}

  /** The key under which a duty's expansion is shared: the rule alone when its dates do not depend on the start. */
  keyOf(rrule: string, start: string): string {
    return anchorFree(rrule) ? rrule : `${rrule}\u0000${start}`;
  }

  /** Every occurrence in the window of the expansion under `key`; a duty's own start still bounds it (filter ≥ start). */
  dates(key: string, rrule: string, start: string): string[] {
    let dates = this.cache.get(key);
    if (!dates) {
      try {
        // A shared rule is anchored at the window's start, where any anchor before it gives the same dates.
        dates = occurrencesBetween(rrule, key === rrule ? this.from : start, this.from, this.to);
      } catch (err) {
        // Kept, so a rule that explodes costs its expansion once per pass, not once per day planned.
        dates = err as Error;
      }
      this.cache.set(key, dates);
    }
    if (dates instanceof Error) throw dates;
    return dates;
  }
}

/** A duty is due on dates: rules that repeat within a day are not deadlines and explode the planner. */
const DATE_FREQUENCIES = new Set(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY']);
/** Any four consecutive years hold a 29 February, so a rule on it occurs at least once. */
const CHECK_YEARS = 4;

/**
 * What makes a duty's rule unusable for reminders, or null: a frequency below a day, a time of day,
 * a rule that cannot be parsed, one that never occurs in the four years from its start, or one that
 * comes more than once a day. Checked at import, so the scheduler never meets such a rule.
 */
export function scheduleProblem(rrule: string, start: string): string | null {
  const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string | undefined]));
  if (!DATE_FREQUENCIES.has(parts.get('FREQ') ?? '')) return '只接受按年、月、周或日重复的规则(FREQ=YEARLY、MONTHLY、WEEKLY 或 DAILY)';
  if (['BYHOUR', 'BYMINUTE', 'BYSECOND'].some((k) => parts.has(k))) return '期限按日期计,规则里不能有时刻(BYHOUR、BYMINUTE、BYSECOND)';
  let dates: string[];
  try {
    dates = occurrencesBetween(rrule, start, start, addYears(start, CHECK_YEARS));
  } catch (err) {
    return `不是有效的 RRULE(${(err as Error).message})`;
  }
  if (dates.length === 0) return `自 ${start} 起 ${CHECK_YEARS} 年内一次也不出现`;
  if (new Set(dates).size < dates.length) return '同一天出现不止一次';
  return null;
}
