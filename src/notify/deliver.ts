import type { Logger } from 'pino';
import type { ReminderPolicy } from '../plan/policy.ts';
import { shanghaiDate } from '../clock.ts';
import type { Db } from '../store/db.ts';
import { openItemsOf } from '../ledger/completion.ts';
import {
  claimNext,
  hasSentItems,
  logSentItems,
  markCancelled,
  markFailed,
  markHandedToChannel,
  markRetry,
  markSent,
  type OutboxItem,
  type OutboxRow,
} from '../store/outbox.ts';
import type { UnitDirectory } from '../units/directory.ts';
import { channelWord, type Channel, type DeliveryResult, type Digest, type DigestItem } from './channel.ts';

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
  /** Per channel that tried a send in this pass: its last error, or null when its last send went out. */
  lastErrors: Record<string, string | null>;
}

/** Long enough for a slow SMTP exchange; a crashed sender's digests are taken again after it. */
const LEASE_MS = 5 * 60_000;
/**
 * The most one send may take: a channel that neither answers nor fails (a Bot API behind a firewall
 * that drops packets) counts as a failed try past it, and the digest is retried with back-off.
 */
export const SEND_DEADLINE_MS = 90_000;
/**
 * A digest handed to its channel this many times with no outcome recorded (each time, the process
 * died with it on the wire) is given up instead of sent again. No channel can tell whether a send cut
 * short by a crash was delivered, so each such crash may leave a copy behind; this bounds them: a
 * digest arrives at most twice, however many crashes strike while it is sent.
 */
export const MAX_UNCONFIRMED_SENDS = 2;

/** The wait before try n+1 after n failed tries: exponential from the first delay, capped. */
export function backoffMs(triesSoFar: number, delivery: ReminderPolicy['delivery']): number {
  return Math.min(delivery.first_retry_seconds * 2 ** Math.max(0, triesSoFar - 1), delivery.max_retry_seconds) * 1000;
}

/**
 * Sends every pending digest whose time has come through its channel and records the outcome: sent
 * after acceptance, retried with back-off, given up after max_tries with an error line. Each channel
 * works through its own digests, one at a time, beside the others: Telegram being down delays no
 * email. A digest for a channel this process does not run is left for one that does. Once `stop`
 * is aborted (the service shutting down) the digests in flight are finished and no more are taken.
 */
export async function deliverDue(
  db: Db,
  channels: Channel[],
  units: UnitDirectory,
  at: Date,
  delivery: ReminderPolicy['delivery'],
  logger: Logger,
  stop?: AbortSignal,
  sendDeadlineMs = SEND_DEADLINE_MS,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0, lastErrors: {} };
  await Promise.all(
    channels.map(async (channel) => {
      while (!stop?.aborted) {
        const row = claimNext(db, channel.name, at, LEASE_MS);
        if (row === null) break;
        try {
          await deliverOne(db, row, channel, units, at, delivery, logger, report, sendDeadlineMs);
        } catch (err) {
          // A digest that cannot even be built (a row gone bad under it) is retried later like a failed
          // send; the digests after it still go out.
          record(db, row, { status: 'retry', error: `无法生成提醒摘要:${(err as Error).message.slice(0, 300)}` }, at, delivery, logger, report, 0);
        }
      }
    }),
  );
  return report;
}

/** The channel's answer, or a retry once the deadline has passed without one. */
async function withinDeadline(send: Promise<DeliveryResult>, deadlineMs: number): Promise<DeliveryResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<DeliveryResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'retry', error: `${Math.round(deadlineMs / 1000)} 秒内没有回应` }), deadlineMs);
  });
  try {
    return await Promise.race([send.catch((err: unknown) => ({ status: 'retry' as const, error: (err as Error).message })), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function deliverOne(
  db: Db,
  row: OutboxRow,
  channel: Channel,
  units: UnitDirectory,
  at: Date,
  delivery: ReminderPolicy['delivery'],
  logger: Logger,
  report: DeliveryReport,
  sendDeadlineMs: number,
): Promise<void> {
  if (row.unconfirmed_sends >= MAX_UNCONFIRMED_SENDS) {
    const error = `发送途中进程 ${row.unconfirmed_sends} 次中断,无法确认是否已送达,为免再次重复不再自动重发(确认对方未收到后再重发)`;
    record(db, row, { status: 'failed', error }, at, delivery, logger, report, 0);
    return;
  }
  const sendDate = shanghaiDate(at);
  const items = onePerDuty(openItemsOf(db, units, row), sendDate);
  if (items.length === 0) {
    // Every message of a digest sent in parts went out before the process died: it is sent, not cancelled.
    if (hasSentItems(db, row.id)) {
      record(db, row, { status: 'accepted' }, at, delivery, logger, report, 0);
      return;
    }
    markCancelled(db, row.id);
    report.cancelled++;
    return;
  }
  const digest: Digest = {
    outboxId: row.id,
    messageId: row.message_id,
    channel: row.channel,
    recipient: row.recipient,
    address: row.address,
    slot: row.slot,
    at,
    sendDate,
    items,
    partAccepted: (sent) =>
      logSentItems(
        db,
        row.id,
        sent.flatMap((i) => [i.occurrence, ...i.otherOccurrences].map((occurrence) => ({ obligationId: i.obligation.id, occurrence }))),
        at,
      ),
  };
  markHandedToChannel(db, row.id);
  const result = await withinDeadline(channel.deliver(digest), sendDeadlineMs);
  record(db, row, result, at, delivery, logger, report, items.length);
}

/**
 * Each duty once: a daily duty over a weekend, or a catch-up after downtime, brings several of its
 * occurrences into one digest. The one named is the next (the soonest on or after the send date),
 * else the latest; the others are mentioned by date. Items come soonest first and stay so.
 */
export function onePerDuty(items: OutboxItem[], sendDate: string): DigestItem[] {
  const byDuty = new Map<string, OutboxItem[]>();
  for (const item of items) {
    const list = byDuty.get(item.obligation.id);
    if (list) list.push(item);
    else byDuty.set(item.obligation.id, [item]);
  }
  const named = new Set<OutboxItem>();
  const others = new Map<OutboxItem, string[]>();
  for (const list of byDuty.values()) {
    const chosen = list.find((i) => i.occurrence >= sendDate) ?? list[list.length - 1];
    named.add(chosen);
    others.set(chosen, list.filter((i) => i !== chosen).map((i) => i.occurrence));
  }
  return items.filter((i) => named.has(i)).map((i) => ({ ...i, otherOccurrences: others.get(i)! }));
}

function record(
  db: Db,
  row: OutboxRow,
  result: DeliveryResult,
  at: Date,
  delivery: ReminderPolicy['delivery'],
  logger: Logger,
  report: DeliveryReport,
  itemCount: number,
): void {
  const about = { digest: row.id, channel: row.channel, recipient: row.recipient, slot: row.slot, try: row.tries + 1 };
  report.lastErrors[row.channel] = result.status === 'accepted' ? null : result.error;
  if (result.status === 'accepted') {
    markSent(db, row.id, at);
    report.sent++;
    logger.info({ ...about, items: itemCount }, '提醒摘要已发出');
    return;
  }
  const tries = row.tries + 1;
  if (result.status === 'failed' || tries >= delivery.max_tries) {
    markFailed(db, row.id, result.error);
    report.failed++;
    logger.error(
      { ...about, error: result.error },
      `已放弃发给 ${row.recipient} 的提醒摘要(渠道:${channelWord(row.channel)},发送日 ${row.slot}),共试 ${tries} 次:${result.error};排除故障后可用 shixian outbox retry --failed 重发`,
    );
    return;
  }
  const wait = result.retryAfterMs ?? backoffMs(tries, delivery);
  const next = new Date(at.getTime() + wait);
  markRetry(db, row.id, next, result.error);
  report.retried++;
  logger.warn({ ...about, error: result.error, nextTryAt: next.toISOString() }, '提醒摘要未能送达,到 nextTryAt 时重试');
}
