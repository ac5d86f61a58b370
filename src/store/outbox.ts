import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { systemClock } from '../clock.ts';
import { IsoDate } from '../obligation.ts';
import type { Db } from './db.ts';
import { statement } from './statements.ts';
import { OBLIGATION_COLUMNS, toObligation, type StoredObligation } from './rows.ts';

/**
 * The outbox: digests are written here (with their items, whose primary key is the dedup key)
 * before any channel sees them, marked sent only after the channel accepts, retried on failure.
 */

/** One reminder the planner wants sent: the dedup key plus what the message says about it. */
export interface PlannedReminder {
  obligationId: string;
  occurrence: string;
  recipient: string;
  offset: number;
  channel: string;
  address: string;
  plannedFor: string;
  role: 'lead' | 'co';
  unit: string;
  /** The recipient's units as planned: delivery weighs dones reported since against these. */
  readerUnits: string[];
}

/**
 * Writes the reminders into the slot's digests (one per channel and recipient) and records how far
 * planning has got, in one transaction: a crash before it commits leaves nothing half-written, a
 * crash after leaves everything to be delivered. Reminders already written (same key) are skipped.
 */
export function writeOutbox(
  db: Db,
  slot: string,
  reminders: PlannedReminder[],
  at: Date,
  state: Record<string, string> = {},
): { digests: number; items: number } {
  const pendingRow = statement(db, "SELECT id FROM outbox WHERE channel = ? AND recipient = ? AND slot = ? AND status = 'pending' ORDER BY id LIMIT 1");
  const newRow = statement(
    db,
    "INSERT INTO outbox (channel, recipient, address, slot, message_id, status, next_try_at, created_at, reader_units) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)",
  );
  // A slot planned again after the person's units changed: the digest is for the units they have now.
  const readerNow = statement(db, 'UPDATE outbox SET reader_units = ? WHERE id = ?');
  const item = statement(
    db,
    `INSERT OR IGNORE INTO outbox_items (obligation_id, occurrence, recipient, offset_days, channel, outbox_id, planned_for, role, unit)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const drop = statement(db, 'DELETE FROM outbox WHERE id = ? AND NOT EXISTS (SELECT 1 FROM outbox_items WHERE outbox_id = ?)');
  const saveState = statement(db, 'INSERT INTO scheduler_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const byDigest = new Map<string, PlannedReminder[]>();
  for (const r of reminders) {
    const key = `${r.channel}\u0000${r.recipient}`;
    const list = byDigest.get(key);
    if (list) list.push(r);
    else byDigest.set(key, [r]);
  }
  const now = at.toISOString();
  let digests = 0;
  let items = 0;
  db.transaction(() => {
    for (const list of byDigest.values()) {
      const { channel, recipient, address, readerUnits } = list[0];
      const reader = JSON.stringify(readerUnits);
      const existing = pendingRow.pluck().get(channel, recipient, slot) as number | undefined;
      if (existing !== undefined) readerNow.run(reader, existing);
      const id = existing ?? Number(newRow.run(channel, recipient, address, slot, randomUUID(), now, now, reader).lastInsertRowid);
      let added = 0;
      for (const r of list) {
        added += item.run(r.obligationId, r.occurrence, r.recipient, r.offset, r.channel, id, r.plannedFor, r.role, r.unit).changes;
      }
      if (existing === undefined) {
        if (added === 0) drop.run(id, id);
        else digests++;
      }
      items += added;
    }
    for (const [key, value] of Object.entries(state)) saveState.run(key, value);
  })();
  return { digests, items };
}

export const OutboxRow = z.object({
  id: z.number().int(),
  channel: z.string(),
  recipient: z.string(),
  address: z.string(),
  slot: IsoDate,
  message_id: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
  tries: z.number().int(),
  next_try_at: z.string(),
  lease_until: z.string().nullable(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
  /** Times the digest was handed to a channel with no outcome recorded since: a process died sending it. */
  unconfirmed_sends: z.number().int(),
  /** The recipient's units as planned; null for a digest written before the ledger kept them (migration 5). */
  reader_units: z
    .string()
    .nullable()
    .transform((s) => (s === null ? null : z.array(z.string()).parse(JSON.parse(s)))),
});
export type OutboxRow = z.infer<typeof OutboxRow>;

/**
 * Takes the channel's next pending digest whose time has come, leasing it for `leaseMs` so a second process
 * (a `tick` beside `serve`) does not send it at the same time. One at a time, so only the digest
 * in flight is held; a lease left by a crashed process runs out and the digest is taken again.
 *
 * Whether a digest is due is judged at `at` (the pass's clock, replayed or not); leases are taken and
 * judged on the system clock, because they are about processes running now: a `tick --now <past>`
 * beside `serve` would otherwise take a lease that has already run out for serve.
 */
export function claimNext(db: Db, channel: string, at: Date, leaseMs: number): OutboxRow | null {
  const now = systemClock.now();
  return db.transaction(() => {
    const row = statement(
        db,
        `SELECT * FROM outbox WHERE status = 'pending' AND channel = ? AND next_try_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
         ORDER BY next_try_at, id LIMIT 1`,
      )
      .get(channel, at.toISOString(), now.toISOString());
    if (row === undefined) return null;
    const claimed = OutboxRow.parse(row);
    const until = new Date(now.getTime() + leaseMs).toISOString();
    statement(db, 'UPDATE outbox SET lease_until = ? WHERE id = ?').run(until, claimed.id);
    return { ...claimed, lease_until: until };
  }).immediate();
}

/**
 * Recorded before the digest is handed to its channel, and durable when the send starts: a process
 * that dies before recording the outcome leaves the count standing (see MAX_UNCONFIRMED_SENDS).
 */
export function markHandedToChannel(db: Db, id: number): void {
  statement(db, 'UPDATE outbox SET unconfirmed_sends = unconfirmed_sends + 1 WHERE id = ?').run(id);
}

export function markSent(db: Db, id: number, at: Date): void {
  statement(db, "UPDATE outbox SET status = 'sent', sent_at = ?, tries = tries + 1, lease_until = NULL, last_error = NULL, unconfirmed_sends = 0 WHERE id = ?").run(
    at.toISOString(),
    id,
  );
}

export function markRetry(db: Db, id: number, nextTryAt: Date, error: string): void {
  statement(db, 'UPDATE outbox SET tries = tries + 1, next_try_at = ?, lease_until = NULL, last_error = ?, unconfirmed_sends = 0 WHERE id = ?').run(
    nextTryAt.toISOString(),
    error,
    id,
  );
}

export function markFailed(db: Db, id: number, error: string): void {
  statement(db, "UPDATE outbox SET status = 'failed', tries = tries + 1, lease_until = NULL, last_error = ?, unconfirmed_sends = 0 WHERE id = ?").run(error, id);
}

/** A digest whose items were all done or withdrawn before it went out. */
export function markCancelled(db: Db, id: number): void {
  statement(db, "UPDATE outbox SET status = 'cancelled', lease_until = NULL, unconfirmed_sends = 0 WHERE id = ?").run(id);
}

/**
 * Gives a digest back without counting a try (its channel is not running in this process, or the
 * service stopped while it was on the wire). The count of unconfirmed sends stays: whether a send
 * cut short was delivered is not known.
 */
export function releaseLease(db: Db, id: number): void {
  statement(db, 'UPDATE outbox SET lease_until = NULL WHERE id = ?').run(id);
}

/** Logs occurrences of a digest as gone out (a message carrying them was accepted), in one transaction. */
export function logSentItems(db: Db, id: number, items: Array<{ obligationId: string; occurrence: string }>, at: Date): void {
  const log = statement(db, 'INSERT OR IGNORE INTO outbox_sent_items (outbox_id, obligation_id, occurrence, sent_at) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const item of items) log.run(id, item.obligationId, item.occurrence, at.toISOString());
  })();
}

/** Whether some of a digest's items were logged as gone out (a message of it was accepted). */
export function hasSentItems(db: Db, id: number): boolean {
  return statement(db, 'SELECT 1 FROM outbox_sent_items WHERE outbox_id = ? LIMIT 1').get(id) !== undefined;
}

export interface OutboxItem {
  obligation: StoredObligation;
  occurrence: string;
  offsets: number[];
  plannedFor: string;
  role: 'lead' | 'co';
  unit: string;
}

const ItemRow = z.object({
  occurrence: IsoDate,
  offsets: z.string().transform((s) => s.split(',').map(Number)),
  planned_for: IsoDate,
  role: z.enum(['lead', 'co']),
  unit: z.string(),
});

/**
 * What a digest reminds of, one entry per occurrence (two offsets landing on one day are one
 * entry), soonest first, less obligations withdrawn since, occurrences marked done for every
 * unit, and those logged as gone out in an earlier message of this digest (outbox_sent_items). A unit's own done is weighed by ledger/completion.ts's openItemsOf against the units the
 * digest was planned for; for a digest written before those were kept (`plannedUnitsKnown` false),
 * a done by the unit as named on the obligation is all that can be told, and is left out here.
 */
export function outboxItems(db: Db, outboxId: number, plannedUnitsKnown = true): OutboxItem[] {
  const doneFor = plannedUnitsKnown ? "x.unit = '*'" : "x.unit IN ('*', i.unit)";
  const rows = statement(
      db,
      `SELECT ${OBLIGATION_COLUMNS}, i.occurrence, group_concat(i.offset_days) AS offsets, min(i.planned_for) AS planned_for,
         max(i.role) AS role, min(i.unit) AS unit
       FROM outbox_items i JOIN obligations o ON o.id = i.obligation_id JOIN documents d ON d.id = o.document_id
       WHERE i.outbox_id = ? AND o.withdrawn_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM done_occurrences x WHERE x.obligation_id = i.obligation_id AND x.occurrence = i.occurrence AND ${doneFor})
         AND NOT EXISTS (SELECT 1 FROM outbox_sent_items s WHERE s.outbox_id = i.outbox_id AND s.obligation_id = i.obligation_id AND s.occurrence = i.occurrence)
       GROUP BY i.obligation_id, i.occurrence
       ORDER BY i.occurrence, d.number, o.line, o.id`,
    )
    .all(outboxId);
  return rows.map((row) => {
    const item = ItemRow.parse(row);
    return { obligation: toObligation(row), occurrence: item.occurrence, offsets: item.offsets, plannedFor: item.planned_for, role: item.role, unit: item.unit };
  });
}

/** The outbox, newest first: what was sent, is waiting, or was given up. */
export function outboxLog(db: Db, limit = 50): OutboxRow[] {
  return statement(db, 'SELECT * FROM outbox ORDER BY id DESC LIMIT ?').all(limit).map((r) => OutboxRow.parse(r));
}

/** Digests given up and not requeued, counted by the error they were given up with. */
export function givenUpByReason(db: Db): Record<string, number> {
  const rows = statement(db, "SELECT coalesce(last_error, 'unknown') AS reason, count(*) AS n FROM outbox WHERE status = 'failed' GROUP BY reason ORDER BY n DESC")
    .all()
    .map((r) => z.object({ reason: z.string(), n: z.number().int() }).parse(r));
  return Object.fromEntries(rows.map((r) => [r.reason, r.n]));
}

/**
 * Makes digests waiting for a retry due at `at`; with `failed`, given-up digests too, their tries
 * counted afresh (the operator fixed what made them fail: a password, a server). Returns how many
 * of each were requeued.
 */
export function requeueDigests(db: Db, at: Date, opts: { failed: boolean }): { waiting: number; failed: number } {
  const now = at.toISOString();
  return db.transaction(() => {
    const waiting = statement(db, "UPDATE outbox SET next_try_at = ? WHERE status = 'pending' AND next_try_at > ? AND lease_until IS NULL").run(now, now).changes;
    const failed = opts.failed
      ? statement(db, "UPDATE outbox SET status = 'pending', tries = 0, next_try_at = ?, lease_until = NULL WHERE status = 'failed'").run(now).changes
      : 0;
    return { waiting, failed };
  }).immediate();
}
