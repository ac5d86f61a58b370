import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { shanghaiDate, type Clock } from '../clock.ts';
import type { Channel } from '../notify/channel.ts';
import { deliverDue, type DeliveryReport } from '../notify/deliver.ts';
import type { WorkCalendar } from '../calendar/workdays.ts';
import { addDays, datesFrom, daysBetween, shanghaiInstant } from '../calendar/dates.ts';
import type { ReminderPolicy } from '../plan/policy.ts';
import type { Recipient } from '../recipients/file.ts';
import type { Db } from '../store/db.ts';
import { writeOutbox } from '../store/outbox.ts';
import { getState } from '../store/schedule.ts';
import type { UnitDirectory } from '../units/directory.ts';
import { Audience } from './audience.ts';
import { planDays } from './plan-day.ts';

/** Everything a scheduler pass reads. Recipients is a function so a long-running service sees bot subscriptions added since. */
export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  policy: ReminderPolicy;
  calendar: WorkCalendar;
  units: UnitDirectory;
  recipients: () => Recipient[];
  channels: Channel[];
  logger: Logger;
  /** Aborted when the service stops: the pass finishes the digest in flight and sends no more. */
  stop?: AbortSignal;
}

export interface PassReport {
  /** The Shanghai dates whose send time this pass planned (more than one after downtime). */
  planned: string[];
  /** Dates missed for longer than catch_up_days and not planned. */
  skipped: number;
  digests: number;
  reminders: number;
  delivery: DeliveryReport;
  /** Stored records this pass could not plan (skipped, the rest planned), by obligation id. */
  unplannable: UnplannableRecord[];
}

export interface UnplannableRecord {
  obligation: string;
  error: string;
}

/** The scheduler's marker: every date up to this one has had its send time planned. */
const PLANNED_THROUGH = 'planned_through';
/**
 * The marker of passes whose clock stands before planned_through: a replay (`--now` in the past) on
 * a ledger the present has already planned. A replay keeps its own marker, so the past can be
 * replayed and the present is not disturbed; the dedup key keeps either from sending a reminder twice.
 */
const REPLAYED_THROUGH = 'replayed_through';
/**
 * Bumped by every import that adds or changes obligations. When it moved since the current send
 * time was planned, that send time is planned again: an obligation imported at 10:00 still gets
 * the reminder due that day, and the dedup key keeps everything already written from going twice.
 */
const LEDGER_VERSION = 'ledger_version';

/**
 * Who a send time was planned for. Recipients are read again while the service runs (a recipients
 * file edited, a chat subscribed): when they differ from those the current send time was planned
 * for, it is planned again, as after an import, so a person added at 09:30 still gets that day's
 * reminders (and a pass at 09:00 with nobody to remind does not use the day up).
 */
function audienceKey(recipients: Recipient[], channels: Channel[]): string {
  // Order-free sums of per-person hashes, cached per record: a pass with nothing to plan stays cheap at 10,000 people.
  let low = 0;
  let high = 0;
  for (const r of recipients) {
    let h = personHashes.get(r);
    if (h === undefined) {
      const digest = createHash('sha1')
        .update(JSON.stringify([r.id, [...r.units].sort(), channels.map((c) => `${c.name}=${c.addressOf(r) ?? ''}`)]))
        .digest();
      h = [digest.readUInt32BE(0), digest.readUInt32BE(4)];
      personHashes.set(r, h);
    }
    low += h[0];
    high += h[1];
  }
  return `${recipients.length}:${low.toString(36)}:${high.toString(36)}`;
}
const personHashes = new WeakMap<Recipient, [number, number]>();

/**
 * One scheduler pass: plan every send time that has come since the last pass (catching up after
 * downtime: a missed reminder goes out now, once, marked late), then deliver whatever is due in the
 * outbox. Running it twice at the same instant sends nothing the second time.
 */
export async function runPass(deps: SchedulerDeps): Promise<PassReport> {
  const { db, clock, policy, calendar, logger } = deps;
  const now = clock.now();
  const today = shanghaiDate(now);
  const lastSlot = now >= shanghaiInstant(today, policy.send_at) ? today : addDays(today, -1);
  const present = getState(db, PLANNED_THROUGH);
  const marker = present !== null && lastSlot < present ? REPLAYED_THROUGH : PLANNED_THROUGH;
  const marked = marker === PLANNED_THROUGH ? present : getState(db, REPLAYED_THROUGH);
  // A replay that goes further back than the last one starts afresh there.
  const through = marked !== null && marked <= lastSlot ? marked : null;
  // A first pass starts at the latest working day's send time, so installing on a rest day still
  // sends what that week's last working day had (marked late), instead of nothing until Monday.
  let from = through !== null ? addDays(through, 1) : policy.workdays_only ? calendar.workdayOnOrBefore(lastSlot) : lastSlot;
  let skipped = 0;
  const earliestAllowed = addDays(lastSlot, 1 - policy.catch_up_days);
  if (from < earliestAllowed) {
    skipped = daysBetween(from, earliestAllowed);
    logger.warn({ from, to: addDays(earliestAllowed, -1) }, `调度停了 ${skipped} 天,超出 catch_up_days 的补发范围:这几天的提醒不再补发(逾期提醒照常发送)`);
    from = earliestAllowed;
  }
  const version = getState(db, LEDGER_VERSION) ?? '0';
  const recipients = deps.recipients();
  const audience = audienceKey(recipients, deps.channels);
  const replan =
    from > lastSlot &&
    through === lastSlot &&
    (version !== (getState(db, `${marker}_version`) ?? '0') || audience !== getState(db, `${marker}_audience`));
  const days = from <= lastSlot ? datesFrom(from, lastSlot) : replan ? [lastSlot] : [];
  let digests = 0;
  let reminders = 0;
  const unplannable = new Map<string, string>();
  const skip = (ids: string[], error: string) => {
    const fresh = ids.filter((id) => !unplannable.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) unplannable.set(id, error);
    logger.error({ obligations: fresh, error }, '调度:账本里有记录无法排期,已跳过(/healthz 列出),其余照常提醒');
  };
  if (days.length > 0) {
    if (Number(lastSlot.slice(0, 4)) > calendar.knownThrough) {
      logger.warn({ knownThrough: calendar.knownThrough }, `节假日日历只到 ${calendar.knownThrough} 年:此后的日期按周一至周五为工作日计算`);
    }
    const planned = planDays({ db, policy, calendar, audience: new Audience(recipients, deps.units), channels: deps.channels, units: deps.units, skip }, days);
    ({ digests, items: reminders } = writeOutbox(db, lastSlot, planned, now, {
      [marker]: lastSlot,
      [`${marker}_version`]: version,
      [`${marker}_audience`]: audience,
    }));
    if (through !== null && days.length > 1) logger.info({ from: days[0], to: lastSlot, reminders }, '调度已补上停机期间错过的发送时间');
  }
  const delivery = await deliverDue(db, deps.channels, deps.units, now, policy.delivery, logger, deps.stop);
  return { planned: days, skipped, digests, reminders, delivery, unplannable: [...unplannable].map(([obligation, error]) => ({ obligation, error })) };
}
