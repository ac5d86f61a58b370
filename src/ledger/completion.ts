import type { Db } from '../store/db.ts';
import { doneReports, doneReportsOfObligations, EVERY_UNIT, type DoneReport } from '../store/done.ts';
import { outboxItems, type OutboxItem, type OutboxRow } from '../store/outbox.ts';
import { unitsOfObligations } from '../store/schedule.ts';
import type { UnitDirectory } from '../units/directory.ts';

/**
 * Completion is per unit. A unit's done closes the occurrence for that unit; the done of a lead
 * unit named on the obligation also closes it for the co-operating units; a group named as lead
 * (省级单位, 各设区市政府) is no one unit, so each of its members reports its own and closes it for
 * itself only. A report for EVERY_UNIT closes it for all.
 */

/** An obligation's units as written, by role. */
export interface NamedUnits {
  lead: string[];
  co: string[];
}

/** An obligation's unit rows (as obligation_units holds them) by role. */
export function namedUnits(rows: Array<{ unit: string; role: 'lead' | 'co' }>): NamedUnits {
  return { lead: rows.filter((u) => u.role === 'lead').map((u) => u.unit), co: rows.filter((u) => u.role === 'co').map((u) => u.unit) };
}

/** Which of a reader's units (canonical names) the obligation reaches, and whether as lead. */
export function reachedUnits(o: NamedUnits, readerUnits: string[], directory: UnitDirectory): Array<{ unit: string; role: 'lead' | 'co' }> {
  const out: Array<{ unit: string; role: 'lead' | 'co' }> = [];
  for (const unit of new Set(readerUnits.map((u) => directory.canonical(u)))) {
    if (o.lead.some((l) => directory.reach(l, unit) !== null)) out.push({ unit, role: 'lead' });
    else if (o.co.some((c) => directory.reach(c, unit) !== null)) out.push({ unit, role: 'co' });
  }
  return out;
}

/** Whether a lead unit named on the obligation itself (not a group) has reported done. */
function leadReported(o: NamedUnits, reported: Set<string>, directory: UnitDirectory): boolean {
  return o.lead.some((l) => !directory.isGroup(l) && reported.has(directory.canonical(l)));
}

/**
 * Whether an occurrence is closed for a reader answering for `readerUnits`: for each of those units
 * the obligation reaches, closed when every one of them is. `null` (an admin looking at every unit):
 * closed once the lead has reported.
 */
export function closedFor(reports: DoneReport[] | undefined, o: NamedUnits, readerUnits: string[] | null, directory: UnitDirectory): boolean {
  if (reports === undefined || reports.length === 0) return false;
  const reported = new Set(reports.map((r) => r.unit));
  if (reported.has(EVERY_UNIT)) return true;
  const leadDone = leadReported(o, reported, directory);
  const reached = readerUnits === null ? [] : reachedUnits(o, readerUnits, directory);
  if (reached.length === 0) return leadDone;
  return reached.every(({ unit, role }) => reported.has(unit) || (role === 'co' && leadDone));
}

/**
 * The done reports of these occurrences, and which of them are closed for the reader ("id|occurrence"
 * keys). The obligations' units are read only for occurrences someone has reported.
 */
export function completionOf(
  db: Db,
  directory: UnitDirectory,
  occurrences: Array<{ id: string; occurrence: string }>,
  readerUnits: string[] | null,
): { reports: Map<string, DoneReport[]>; closed: Set<string> } {
  const reports = doneReports(db, occurrences);
  const closed = new Set<string>();
  if (reports.size === 0) return { reports, closed };
  const units = unitsOfObligations(db, [...new Set([...reports.values()].map((list) => list[0].obligation_id))]);
  for (const [key, list] of reports) {
    if (closedFor(list, namedUnits(units.get(list[0].obligation_id) ?? []), readerUnits, directory)) closed.add(key);
  }
  return { reports, closed };
}

/** For each of these obligations, the occurrences closed for one unit (its calendar feed leaves their alarms out). */
export function closedOccurrencesFor(db: Db, directory: UnitDirectory, obligations: Array<NamedUnits & { id: string }>, unit: string): Map<string, string[]> {
  const byOccurrence = new Map<string, DoneReport[]>();
  for (const r of doneReportsOfObligations(db, obligations.map((o) => o.id))) {
    const key = `${r.obligation_id}|${r.occurrence}`;
    byOccurrence.set(key, [...(byOccurrence.get(key) ?? []), r]);
  }
  const named = new Map(obligations.map((o) => [o.id, o]));
  const out = new Map<string, string[]>();
  for (const list of byOccurrence.values()) {
    const { obligation_id: id, occurrence } = list[0];
    if (closedFor(list, named.get(id)!, [unit], directory)) out.set(id, [...(out.get(id) ?? []), occurrence]);
  }
  return out;
}

/**
 * What a digest still reminds of as it goes out: its items less the occurrences closed since it was
 * planned for the units it was planned for (a /done while the pass works through other digests, or
 * while this one waits for a retry). Weighed by the rule planning used, not by the unit name the
 * obligation reached the person by (a group, an alias, a lead closing it for its co-operating
 * units). Items and reports are read in one transaction: of one moment.
 */
export function openItemsOf(db: Db, directory: UnitDirectory, digest: Pick<OutboxRow, 'id' | 'reader_units'>): OutboxItem[] {
  return db.transaction(() => {
    const items = outboxItems(db, digest.id, digest.reader_units !== null);
    if (digest.reader_units === null) return items;
    const { closed } = completionOf(db, directory, items.map((i) => ({ id: i.obligation.id, occurrence: i.occurrence })), digest.reader_units);
    return items.filter((i) => !closed.has(`${i.obligation.id}|${i.occurrence}`));
  })();
}
