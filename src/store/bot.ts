import * as z from 'zod';
import type { Db } from './db.ts';
import { EVERY_UNIT } from './done.ts';
import type { ObligationKind } from '../obligation.ts';
import { OBLIGATION_COLUMNS, OBLIGATION_FROM, toObligation, type StoredObligation } from './rows.ts';

/** The bot's own rows: subscriptions of chats to units and paged questions (done reports: store/done.ts). */

export const Subscription = z.object({
  chat_id: z.number().int(),
  unit: z.string().min(1),
  added_by: z.number().int(),
  added_at: z.string(),
});
export type Subscription = z.infer<typeof Subscription>;

/** Ties a chat to a unit; false when it already was. */
export function subscribe(db: Db, chatId: number, unit: string, addedBy: number, at: Date): boolean {
  const info = db
    .prepare('INSERT OR IGNORE INTO bot_subscriptions (chat_id, unit, added_by, added_at) VALUES (?, ?, ?, ?)')
    .run(chatId, unit, addedBy, at.toISOString());
  return info.changes > 0;
}

/** Unties a chat from a unit; false when it was not tied. */
export function unsubscribe(db: Db, chatId: number, unit: string): boolean {
  return db.prepare('DELETE FROM bot_subscriptions WHERE chat_id = ? AND unit = ?').run(chatId, unit).changes > 0;
}

export function subscriptionsOfChat(db: Db, chatId: number): Subscription[] {
  return db
    .prepare('SELECT chat_id, unit, added_by, added_at FROM bot_subscriptions WHERE chat_id = ? ORDER BY unit')
    .all(chatId)
    .map((r) => Subscription.parse(r));
}

export function allSubscriptions(db: Db): Subscription[] {
  return db
    .prepare('SELECT chat_id, unit, added_by, added_at FROM bot_subscriptions ORDER BY chat_id, unit')
    .all()
    .map((r) => Subscription.parse(r));
}

/** Paged questions older than this are pruned: their buttons then say the list has expired. */
const QUERY_KEPT_MS = 14 * 86_400_000;

export function saveQuery(db: Db, chatId: number, query: unknown, at: Date): number {
  db.prepare('DELETE FROM bot_queries WHERE created_at < ?').run(new Date(at.getTime() - QUERY_KEPT_MS).toISOString());
  const info = db
    .prepare('INSERT INTO bot_queries (chat_id, query, created_at) VALUES (?, ?, ?)')
    .run(chatId, JSON.stringify(query), at.toISOString());
  return Number(info.lastInsertRowid);
}

/** The saved question (parsed JSON, for the caller to validate), only for the chat that asked it. */
export function loadQuery(db: Db, id: number, chatId: number): unknown {
  const text = db.prepare('SELECT query FROM bot_queries WHERE id = ? AND chat_id = ?').pluck().get(id, chatId);
  return typeof text === 'string' ? (JSON.parse(text) as unknown) : null;
}

/**
 * Ids of live obligations starting with `prefix` (people type a short 编号). A range on the primary
 * key, so it stays an index seek at a million rows; at most `limit` so an ambiguous prefix is cheap.
 */
export function obligationIdsWithPrefix(db: Db, prefix: string, limit = 2): string[] {
  const lower = prefix.toLowerCase();
  if (!/^[0-9a-f]+$/.test(lower)) return [];
  return db
    .prepare('SELECT id FROM obligations WHERE id >= ? AND id < ? AND withdrawn_at IS NULL ORDER BY id LIMIT ?')
    .pluck()
    .all(lower, `${lower}g`, limit) as string[];
}

/**
 * The bot's reading queries. They return keys (id, kind, dates, schedule), not whole records: a list
 * is ordered and counted from keys, and only the page shown is read in full (obligationsByIds), so
 * an answer costs what it shows even when thousands match. Each is bounded by unit and date in SQL.
 */
export interface ObligationKey {
  id: string;
  kind: ObligationKind;
  due: string | null;
  rrule: string | null;
  start: string | null;
  issued: string | null;
}

/**
 * A dated key still open for some unit, and whether any unit has reported its occurrence done: only
 * a reported one can be closed for a reader (ledger/completion.ts weighs whose report closes what), so
 * the caller reads reports for those alone instead of for every key a long overdue list holds.
 */
export interface OpenKey extends ObligationKey {
  reported: boolean;
}

/**
 * A key as the queries hand it over: [id, kind, due, rrule, start, issued] and, for open keys,
 * reported (0 or 1). A list's keys come as one JSON text (json_group_array) rather than a row each:
 * better-sqlite3 builds a JavaScript object per row, which over the 11,000 keys of a long /overdue
 * list cost more than the query itself. They are typed, not parsed with zod: the columns are the
 * index's own, filled by triggers from records checked on import, and zod's allocations per key
 * tripled the garbage collections of a long list (/overdue's p99 is mostly collections).
 */
type KeyRow = [id: string, kind: ObligationKind, due: string | null, rrule: string | null, start: string | null, issued: string | null, reported?: number];

/**
 * The keys in no particular order (the bot's lists sort their items), each obligation once: the
 * (unit, due) index gives an obligation once per name of the asker's that it names, and those are
 * dropped here rather than by a GROUP BY, which sorted every key in SQLite only to find the few.
 */
function keyRows(db: Db, filter: KeyFilter, openOnly: boolean) {
  const json = db.prepare(keysSql(filter, openOnly)).pluck().get(keysParams(filter));
  const seen = new Set<string>();
  return (JSON.parse(String(json)) as KeyRow[]).filter(([id]) => !seen.has(id) && seen.add(id));
}

export interface KeyFilter {
  /** The normalised unit names that reach the asker; null: every unit (admins). */
  names: string[] | null;
  /** dated: once, relative, ongoing (they have a due date); or recurring, or sla. */
  kind: 'dated' | 'recurring' | 'sla';
  from?: string;
  to?: string;
}

export function obligationKeys(db: Db, filter: KeyFilter): ObligationKey[] {
  return keyRows(db, filter, false).map(([id, kind, due, rrule, start, issued]) => ({ id, kind, due, rrule, start, issued }));
}

/** Dated keys as obligationKeys gives them, less the occurrences marked done for every unit (EVERY_UNIT). */
export function openDatedKeys(db: Db, filter: Omit<KeyFilter, 'kind'>): OpenKey[] {
  return keyRows(db, { ...filter, kind: 'dated' }, true).map(([id, kind, due, rrule, start, issued, reported]) => ({ id, kind, due, rrule, start, issued, reported: reported === 1 }));
}

function keysParams(filter: KeyFilter) {
  return { from: filter.from, to: filter.to, kind: filter.kind, names: JSON.stringify(filter.names ?? []) };
}

/** One JSON array of the keys (see KeyRow). */
function keysSql(filter: KeyFilter, openOnly: boolean): string {
  return `SELECT json_group_array(json_array(id, kind, due, rrule, start, issued${openOnly ? ', reported' : ''})) FROM (${keysRowsSql(filter, openOnly)})`;
}

function keysRowsSql(filter: KeyFilter, openOnly: boolean): string {
  const range = (due: string) => [filter.from !== undefined ? `AND ${due} >= @from` : '', filter.to !== undefined ? `AND ${due} <= @to` : ''].join(' ');
  const open = (id: string, due: string) =>
    openOnly ? `AND NOT EXISTS (SELECT 1 FROM done_occurrences x WHERE x.obligation_id = ${id} AND x.occurrence = ${due} AND x.unit = '${EVERY_UNIT}')` : '';
  const reported = (id: string, due: string) =>
    openOnly ? `, EXISTS (SELECT 1 FROM done_occurrences x WHERE x.obligation_id = ${id} AND x.occurrence = ${due}) AS reported` : '';
  if (filter.names === null) {
    const kind = filter.kind === 'dated' ? 'o.due IS NOT NULL' : 'o.kind = @kind';
    return `SELECT k.* ${reported('k.id', 'k.due')} FROM (SELECT o.id, o.kind, o.due, o.rrule, o.start, d.issued FROM obligations o JOIN documents d ON d.id = o.document_id
           WHERE o.withdrawn_at IS NULL AND ${kind} ${range('o.due')}) k WHERE 1 ${open('k.id', 'k.due')} ORDER BY k.due, k.id`;
  }
  if (filter.kind === 'dated') {
    // Answered from the (unit, due) index alone: a dated key needs no schedule.
    return `SELECT k.obligation_id AS id, k.kind, k.due, NULL AS rrule, NULL AS start, NULL AS issued ${reported('k.obligation_id', 'k.due')} FROM bot_unit_due k
           WHERE k.unit IN (SELECT value FROM json_each(@names)) AND k.due <> '' ${range('k.due')} ${open('k.obligation_id', 'k.due')}`;
  }
  // Also from the index: it carries a recurring duty's rule and start (its document's date when it names none).
  return `SELECT obligation_id AS id, kind, NULL AS due, rrule, start, NULL AS issued FROM bot_unit_due
         WHERE unit IN (SELECT value FROM json_each(@names)) AND due = '' AND kind = @kind`;
}

/** Whole records for a page of keys, in no particular order. */
export function obligationsByIds(db: Db, ids: string[]): StoredObligation[] {
  return db
    .prepare(`SELECT ${OBLIGATION_COLUMNS} FROM ${OBLIGATION_FROM} WHERE o.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids))
    .map(toObligation);
}

/** Whether any obligation names one of these units: tells a unit typed in a question from other words. */
export function unitIsNamed(db: Db, names: string[]): boolean {
  return db.prepare('SELECT 1 FROM obligation_units WHERE unit IN (SELECT value FROM json_each(?)) LIMIT 1').get(JSON.stringify(names)) !== undefined;
}

/**
 * An admin's /done that named no unit, while the bot asks which: the callback data of a unit button
 * (64 bytes) holds only this id and the button's index, so what was asked is kept here.
 */
export const DoneQuestion = z.object({
  obligationId: z.string(),
  occurrence: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string().nullable(),
  /** The units offered, canonical names in button order. */
  units: z.array(z.string()),
});
export type DoneQuestion = z.infer<typeof DoneQuestion>;

export function saveDoneQuestion(db: Db, question: DoneQuestion & { chatId: number }, at: Date): number {
  db.prepare('DELETE FROM bot_done_questions WHERE asked_at < ?').run(new Date(at.getTime() - QUERY_KEPT_MS).toISOString());
  const info = db
    .prepare('INSERT INTO bot_done_questions (chat_id, obligation_id, occurrence, note, units, asked_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(question.chatId, question.obligationId, question.occurrence, question.note, JSON.stringify(question.units), at.toISOString());
  return Number(info.lastInsertRowid);
}

/** The question, only for the chat it was asked in; null when there is none (pruned, or another chat's). */
export function loadDoneQuestion(db: Db, id: number, chatId: number): DoneQuestion | null {
  const row = db
    .prepare('SELECT obligation_id AS obligationId, occurrence, note, units FROM bot_done_questions WHERE id = ? AND chat_id = ?')
    .get(id, chatId) as { units: string } | undefined;
  return row === undefined ? null : DoneQuestion.parse({ ...row, units: JSON.parse(row.units) as unknown });
}
