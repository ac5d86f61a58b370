import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { sourcePlace, type Obligation } from '../obligation.ts';
import { addDays } from '../calendar/dates.ts';
import { occurrencesBetween, remindedOnTheDayOnly } from '../plan/occurrences.ts';
import { firstDueDate } from './due-dates.ts';

/** An obligation as the feed needs it: the record, its stable id, and the unit's part in it. */
export interface FeedItem {
  obligation: Obligation & { id: string };
  role: 'lead' | 'co';
  /** Occurrences this unit has done (ledger/completion.ts): they stay in the calendar, without alarms. */
  done: string[];
}

/**
 * When the reminder policy reminds, as calendar alarms: days before the due date (negative for
 * overdue reminders after it) at the policy's send time, Asia/Shanghai wall clock.
 */
export interface AlarmPolicy {
  daysBefore: number[];
  sendAt: { hour: number; minute: number };
}

const DAY_SECONDS = 86_400;

/**
 * The iCalendar feed of one unit. Every due date is an all-day (VALUE=DATE) event: a deadline is a
 * Shanghai calendar date, and a date-only value means that date in every subscriber's calendar,
 * whatever their zone or the server's. Alarms are relative to the start of that day (floating), so
 * "7 days before at 09:00" rings at 09:00 where the subscriber is, which for these users is Shanghai.
 *
 * `sla` obligations have no calendar date and are left out.
 */
export function renderUnitCalendar(input: { unit: string; items: FeedItem[]; alarms: AlarmPolicy; generatedAt: Date }): string {
  const calendar = ical({
    name: `时限 · ${input.unit}`,
    description: `${input.unit}的牵头和配合事项及其时限`,
    prodId: { company: 'shixian', product: 'shixian', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars poll; an hour keeps a corrected gazette visible the same day.
    ttl: 3600,
  });
  const sendAtSeconds = input.alarms.sendAt.hour * 3600 + input.alarms.sendAt.minute * 60;
  const triggersOf = (daysBefore: number[]) => daysBefore.map((days) => days * DAY_SECONDS - sendAtSeconds);
  const alarmSeconds = triggersOf(input.alarms.daysBefore);
  for (const { obligation: o, role, done } of input.items) {
    // DTSTART must itself be an occurrence: calendar clients count DTSTART as one whether or not
    // the rule matches it.
    const start = firstDueDate(o);
    if (start === null) continue;
    const summary = `${role === 'lead' ? '【牵头】' : '【配合】'}${o.task}`;
    const closed = o.kind !== 'recurring' && done.includes(start);
    const event = calendar.createEvent({
      id: `${o.id}@shixian`,
      allDay: true,
      start: utcMidnight(start),
      summary: closed ? `${summary}(已完成)` : summary,
      description: describe(o),
      repeating: o.kind === 'recurring' ? withExceptions(repetition(o.rrule!, start), done) : null,
      // DTSTAMP of a published feed is when this copy was made (RFC 5545, 3.8.7.2).
      stamp: input.generatedAt,
    });
    // A done occurrence of a recurring duty leaves the series (EXDATE) and stands as an event of its
    // own, without alarms. (ical-generator writes RECURRENCE-ID as a date-time, which does not match
    // an all-day instance, so an override cannot be used.)
    if (o.kind === 'recurring') {
      for (const d of done) {
        calendar.createEvent({
          id: `${o.id}-${d}@shixian`,
          allDay: true,
          start: utcMidnight(d),
          summary: `${summary}(已完成)`,
          description: describe(o),
          stamp: input.generatedAt,
        });
      }
    }
    if (closed) continue;
    const period = o.kind === 'recurring' ? remindedOnTheDayOnly(o.rrule!) : null;
    for (const trigger of period === null ? alarmSeconds : triggersOf(frequentAlarmDays(input.alarms.daysBefore, period))) {
      // RELATED=START always: ical-generator relates a positive (after-start) trigger to the event's
      // end, which for an all-day event is the next day; and its constructor ignores `relatesTo`.
      event
        .createAlarm({ type: ICalAlarmType.display, trigger, description: o.doc.number ? `${o.task}(${o.doc.number})` : o.task })
        .relatesTo(ICalAlarmRelatesTo.start);
    }
  }
  return calendar.toString();
}

/**
 * The alarms of a duty due every day or week, as the scheduler reminds it: on the day only (the
 * policy's nearest offset), and overdue only before the next occurrence comes. Every offset of the
 * policy would ring several occurrences ahead at once, each day.
 */
export function frequentAlarmDays(daysBefore: number[], periodDays: number): number[] {
  const ahead = daysBefore.filter((d) => d >= 0);
  return [...(ahead.length > 0 ? [Math.min(...ahead)] : []), ...daysBefore.filter((d) => d < 0 && -d < periodDays)];
}

function describe(o: Obligation): string {
  return [
    `文件:${o.doc.title}${o.doc.number ? `(${o.doc.number})` : ''}`,
    `时限:${o.expression}${o.target ? '(目标)' : ''}`,
    `牵头单位:${o.lead.join('、') || '未写明'}`,
    o.co.length ? `配合单位:${o.co.join('、')}` : null,
    `出处:${sourcePlace(o)}`,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

/** Years of a duty on the Chinese calendar the feed lists. */
const LUNAR_YEARS = 20;

/**
 * The series as the feed writes it: the rule itself, or for a rule on the Chinese calendar (RSCALE=CHINESE, RFC 7529:
 * 每年春节前) the first date alone (COUNT=1) and the next LUNAR_YEARS years' dates as the scheduler expands them (RDATE).
 * A client without RFC 7529 reads such a rule's month and day as Gregorian ones: a Spring Festival duty would ring on
 * 1 January.
 */
function repetition(rrule: string, start: string): string {
  const rule = rrule.replace(/^RRULE:/, '');
  if (!/(?:^|;)RSCALE=/.test(rule)) return `RRULE:${rule}`;
  const later = occurrencesBetween(rule, start, addDays(start, 1), addDays(start, LUNAR_YEARS * 366));
  return `RRULE:FREQ=YEARLY;COUNT=1\nRDATE;VALUE=DATE:${later.map((d) => d.replaceAll('-', '')).join(',')}`;
}

/** The series, and an EXDATE line for the done occurrences (ical-generator writes a rule given as text as it is). */
function withExceptions(series: string, done: string[]): string {
  return done.length === 0 ? series : `${series}\nEXDATE;VALUE=DATE:${done.map((d) => d.replaceAll('-', '')).join(',')}`;
}

/** ical-generator writes an all-day Date by its UTC calendar date (when no calendar zone is set). */
function utcMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
