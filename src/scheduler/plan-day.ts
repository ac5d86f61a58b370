import type { WorkCalendar } from '../calendar/workdays.ts';
import { addDays } from '../calendar/dates.ts';
import { OccurrenceCache, remindedOnTheDayOnly } from '../plan/occurrences.ts';
import type { ReminderPolicy } from '../plan/policy.ts';
import { dueDatesRemindedOn, remindersOn } from '../plan/reminders.ts';
import type { Channel } from '../notify/channel.ts';
import type { Db } from '../store/db.ts';
import type { PlannedReminder } from '../store/outbox.ts';
import { doneReports } from '../store/done.ts';
import { dueIdsBetween, dueIdsOn, earliestDueDate, recurringSchedules, unitsOfObligations, type BadRow, type ScheduleRow } from '../store/schedule.ts';
import { closedFor, namedUnits } from '../ledger/completion.ts';
import type { UnitDirectory } from '../units/directory.ts';
import type { Audience } from './audience.ts';

export interface DayPlanner {
  db: Db;
  policy: ReminderPolicy;
  calendar: WorkCalendar;
  audience: Audience;
  channels: Channel[];
  /** Told of each record that cannot be planned; it is skipped and the rest planned. */
  skip: BadRow;
  units: UnitDirectory;
}

/** How far back a recurring duty's occurrences are looked at: overdue nagging stops at the next occurrence anyway. */
const RECURRING_LOOKBACK_DAYS = 400;

/**
 * Plans several days at once (a pass that catches up): recurring schedules are read and expanded
 * once for the whole span.
 */
export function planDays(p: DayPlanner, days: string[]): PlannedReminder[] {
  if (days.length === 0) return [];
  const earliest = earliestDueDate(p.db, p.skip);
  const maxBefore = Math.max(0, ...p.policy.before);
  const cache = new OccurrenceCache(addDays(days[0], -RECURRING_LOOKBACK_DAYS), addDays(days[days.length - 1], maxBefore + 31));
  const schedules = recurringSchedules(p.db, p.skip);
  return days.flatMap((day) => planDay(p, day, earliest, schedules, cache));
}

/** Every reminder that goes out on `day`: for each open occurrence, each offset landing on it, each recipient and channel. */
function planDay(p: DayPlanner, day: string, earliest: string | null, schedules: ScheduleRow[], cache: OccurrenceCache): PlannedReminder[] {
  const hits: Array<{ id: string; occurrence: string; offsets: number[] }> = [];
  if (earliest !== null) {
    // Occurrences done for every unit are left out by the queries; a unit's own done, below.
    const windows = dueDatesRemindedOn(day, p.policy, p.calendar, earliest);
    const dated = [...(windows.before ? dueIdsBetween(p.db, windows.before.from, windows.before.to, p.skip) : []), ...dueIdsOn(p.db, windows.overdue, p.skip)];
    const seen = new Set<string>();
    for (const { id, due } of dated) {
      if (seen.has(id)) continue;
      seen.add(id);
      const offsets = remindersOn(day, due, p.policy, p.calendar);
      if (offsets.length > 0) hits.push({ id, occurrence: due, offsets });
    }
  }
  const onTheDay = { ...p.policy, before: p.policy.before.length > 0 ? [Math.min(...p.policy.before)] : [] };
  // Reminders are worked out once per shared expansion, then each schedule takes those on or after its start.
  const byKey = new Map<string, Array<{ occurrence: string; offsets: number[] }>>();
  const recurring: typeof hits = [];
  for (const s of schedules) {
    const start = s.start ?? cache.from;
    const key = cache.keyOf(s.rrule, start);
    let keyHits = byKey.get(key);
    if (!keyHits) {
      const timing = remindedOnTheDayOnly(s.rrule) !== null ? onTheDay : p.policy;
      let dates: string[];
      try {
        dates = cache.dates(key, s.rrule, start);
      } catch (err) {
        p.skip(s.ids, `rrule ${JSON.stringify(s.rrule)}: ${(err as Error).message.slice(0, 200)}`);
        continue;
      }
      keyHits = dates
        .map((occurrence, i) => ({ occurrence, offsets: remindersOn(day, occurrence, timing, p.calendar, dates[i + 1] ?? null) }))
        .filter((h) => h.offsets.length > 0);
      byKey.set(key, keyHits);
    }
    for (const h of keyHits) if (h.occurrence >= start) for (const id of s.ids) recurring.push({ id, ...h });
  }
  hits.push(...recurring);
  const unitsOf = unitsOfObligations(p.db, [...new Set(hits.map((h) => h.id))]);
  const reports = doneReports(p.db, hits.map((h) => ({ id: h.id, occurrence: h.occurrence })));
  const out: PlannedReminder[] = [];
  for (const h of hits) {
    const units = unitsOf.get(h.id) ?? [];
    const done = reports.get(`${h.id}|${h.occurrence}`);
    const named = done && namedUnits(units);
    for (const { recipient, role, unit } of p.audience.of(units)) {
      if (named && closedFor(done, named, recipient.units, p.units)) continue;
      for (const channel of p.channels) {
        const address = channel.addressOf(recipient);
        if (address === null) continue;
        for (const offset of h.offsets) {
          out.push({ obligationId: h.id, occurrence: h.occurrence, recipient: recipient.id, offset, channel: channel.name, address, plannedFor: day, role, unit, readerUnits: recipient.units });
        }
      }
    }
  }
  return out;
}
