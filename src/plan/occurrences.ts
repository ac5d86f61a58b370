import { RRuleTemporal } from 'rrule-temporal';
import { addDays } from './dates.ts';

/**
 * The occurrence dates of a recurring duty between two Shanghai dates (both included). The rule is
 * anchored at `start` (the spec's start, else the document date) at midnight Asia/Shanghai, so the
 * results are Shanghai calendar dates whatever the process zone.
 */
export function occurrencesBetween(rrule: string, start: string, from: string, to: string): string[] {
  if (to < start) return [];
  const rule = new RRuleTemporal({ rruleString: `DTSTART;TZID=Asia/Shanghai:${start.replaceAll('-', '')}T000000\nRRULE:${asIntended(rrule)}` });
  const after = new Date(`${from < start ? start : from}T00:00:00+08:00`);
  const before = new Date(`${addDays(to, 1)}T00:00:00+08:00`);
  return rule
    .between(after, before, true)
    .map((z) => z.toPlainDate().toString())
    .filter((d) => d <= to);
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

/** Expansions of the same (rule, start) are shared: a ledger holds few distinct schedules. */
export class OccurrenceCache {
  private readonly cache = new Map<string, string[]>();
  constructor(
    readonly from: string,
    readonly to: string,
  ) {}

  get(rrule: string, start: string): string[] {
    const key = `${rrule}\u0000${start}`;
    let dates = this.cache.get(key);
    if (!dates) {
      dates = occurrencesBetween(rrule, start, this.from, this.to);
      this.cache.set(key, dates);
    }
    return dates;
  }
}
