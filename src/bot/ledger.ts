import { addDays } from '../calendar/dates.ts';
import { occurrencesBetween } from '../plan/occurrences.ts';
import { completionOf, reachedUnits } from '../ledger/completion.ts';
import { obligationKeys, obligationsByIds, openDatedKeys, type ObligationKey } from '../store/bot.ts';
import { obligationsOfDocument, searchObligations } from '../store/obligations.ts';
import type { StoredObligation } from '../store/rows.ts';
import { sourcePlace } from '../obligation.ts';
import type { BotQuery } from './answer.ts';
import type { BotDeps } from './context.ts';
import { escapeHtml, type AnswerItem } from './render.ts';
import { ALL_UNITS } from '../units/wording.ts';

/**
 * What a question yields: a header, its occurrences in order (keys only: a page's worth is read in
 * full when shown, see itemsOf), and what to say when there are none.
 */
export interface QueryResult {
  header: string;
  listed: Listed[];
  empty: string;
}

/** One line of a list: a duty at one occurrence (null for a period counted from an event). */
export interface Listed {
  key: ObligationKey;
  due: string | null;
}

/** How far back overdue recurring occurrences are looked for: nagging stops at the next occurrence anyway. */
const RECURRING_LOOKBACK_DAYS = 400;
/** How far ahead "everything for a unit / document" looks for a recurring duty's next occurrence. */
const RECURRING_LOOKAHEAD_DAYS = 400;

/**
 * Expansions of a schedule over a window, shared across questions: a ledger holds few distinct
 * (rule, start) pairs, people ask about the same windows all day, and expanding one costs about a
 * millisecond. Bounded so a long-running bot does not grow without end.
 */
const expansions = new Map<string, string[]>();
const EXPANSIONS_KEPT = 50_000;

function occurrencesOf(k: ObligationKey, from: string, to: string): string[] {
  const start = k.start ?? k.issued ?? from;
  const cacheKey = `${k.rrule}\u0000${start}\u0000${from}\u0000${to}`;
  let dates = expansions.get(cacheKey);
  if (!dates) {
    if (expansions.size >= EXPANSIONS_KEPT) expansions.clear();
    dates = occurrencesBetween(k.rrule!, start, from, to);
    expansions.set(cacheKey, dates);
  }
  return dates;
}

/** A short 编号 people can type: the id's first 8 hex digits, and the occurrence for a recurring duty. */
export function refOf(id: string, kind: string, occurrence: string | null): string {
  const short = id.slice(0, 8);
  return kind === 'recurring' && occurrence !== null ? `${short}-${occurrence.replaceAll('-', '')}` : short;
}

function keyOf(o: StoredObligation): ObligationKey {
  return { id: o.id, kind: o.kind, due: o.due, rrule: o.rrule, start: o.start, issued: o.doc.issued };
}

/**
 * The items of some lines, read in full with who has reported them done, as `reader` sees them (the
 * units whose role is shown and for which an occurrence is closed; null: every unit).
 */
export function itemsOf(deps: BotDeps, lines: Listed[], reader: string[] | null): AnswerItem[] {
  const records = new Map(obligationsByIds(deps.db, [...new Set(lines.map((l) => l.key.id))]).map((o) => [o.id, o]));
  const { reports, closed } = completionOf(
    deps.db,
    deps.units,
    lines.filter((l) => l.due !== null).map((l) => ({ id: l.key.id, occurrence: l.due! })),
    reader,
  );
  return lines.map(({ key, due }) => {
    const o = records.get(key.id)!;
    const reached = reader === null ? [] : reachedUnits(o, reader, deps.units);
    const reported = due === null ? [] : (reports.get(`${o.id}|${due}`) ?? []);
    return {
      ref: refOf(o.id, o.kind, due),
      due,
      expression: o.expression,
      task: o.task,
      lead: o.lead,
      co: o.co,
      docNumber: o.doc.number,
      place: sourcePlace(o),
      role: reached.length === 0 ? null : reached.some((r) => r.role === 'lead') ? 'lead' : 'co',
      closed: due !== null && closed.has(`${o.id}|${due}`),
      done: reported.map((r) => ({ unit: r.unit, by: r.done_by, at: r.done_at, note: r.note })),
    };
  });
}

/** ISO dates and hex ids order by code unit; localeCompare would cost ten times more on long lists. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDue = (a: Listed, b: Listed) =>
  (a.due === null ? 1 : 0) - (b.due === null ? 1 : 0) || compare(a.due ?? '', b.due ?? '') || compare(a.key.id, b.key.id);

/** Every normalised name that reaches any of these units (aliases, and the groups that contain them). */
export function namesReaching(deps: BotDeps, units: string[] | null): string[] | null {
  return units === null ? null : [...new Set(units.flatMap((u) => deps.units.namesReaching(u)))];
}

/**
 * Each duty listed once, at its current occurrence: a recurring one at its latest occurrence before
 * today while that is open for the reader (it is overdue), else at its next one; the others at their due date.
 */
function asListed(deps: BotDeps, keys: ObligationKey[], today: string, reader: string[] | null): Listed[] {
  const around = new Map<string, { last?: string; next?: string }>();
  // The windows once per question, not per duty: a unit's list holds a thousand recurring duties.
  const lookbackFrom = addDays(today, -RECURRING_LOOKBACK_DAYS);
  const yesterday = addDays(today, -1);
  const lookaheadTo = addDays(today, RECURRING_LOOKAHEAD_DAYS);
  for (const k of keys) {
    if (k.kind !== 'recurring') continue;
    around.set(k.id, {
      last: occurrencesOf(k, lookbackFrom, yesterday).at(-1),
      next: occurrencesOf(k, today, lookaheadTo)[0],
    });
  }
  const probe = [...around].flatMap(([id, { last }]) => (last === undefined ? [] : [{ id, occurrence: last }]));
  const { closed } = completionOf(deps.db, deps.units, probe, reader);
  return keys.map((key) => {
    if (key.kind !== 'recurring') return { key, due: key.due };
    const { last, next } = around.get(key.id)!;
    const due = last !== undefined && !closed.has(`${key.id}|${last}`) ? last : next;
    return { key, due: due ?? null };
  });
}

function unitsLabel(units: string[] | null): string {
  return units === null ? ALL_UNITS : units.map(escapeHtml).join('、');
}

/** Whose lists a question reads: the asked unit, the asked units, or (a document, a search) the asker's own. */
export function readerOf(query: BotQuery, viewerUnits: string[] | null): string[] | null {
  if (query.kind === 'unit') return [query.unit];
  if (query.kind === 'range' || query.kind === 'overdue') return query.units;
  return viewerUnits;
}

export function runQuery(deps: BotDeps, query: BotQuery, today: string, viewerUnits: string[] | null): QueryResult {
  const { db } = deps;
  const reader = readerOf(query, viewerUnits);
  switch (query.kind) {
    case 'range': {
      const names = namesReaching(deps, query.units);
      const dated = obligationKeys(db, { names, kind: 'dated', from: query.from, to: query.to }).map((key) => ({ key, due: key.due }));
      const recurring = obligationKeys(db, { names, kind: 'recurring' }).flatMap((key) =>
        occurrencesOf(key, query.from, query.to).map((due) => ({ key, due })),
      );
      const span = query.from === query.to ? query.from : `${query.from} 至 ${query.to}`;
      return {
        header: `<b>${escapeHtml(query.title)}</b>(${span},${unitsLabel(query.units)})\n\n`,
        listed: [...dated, ...recurring].sort(byDue),
        empty: '这段时间没有到期事项。',
      };
    }
    case 'overdue': {
      const names = namesReaching(deps, query.units);
      const past = openDatedKeys(db, { names, to: addDays(today, -1) });
      // Only an occurrence some unit reported can be closed for the reader: the rest are weighed by no one.
      const reported = past.filter((k) => k.reported).map((k) => ({ id: k.id, occurrence: k.due! }));
      const { closed } = completionOf(db, deps.units, reported, reader);
      const dated = past.filter((k) => !closed.has(`${k.id}|${k.due}`)).map((key) => ({ key, due: key.due }));
      const recurring = asListed(deps, obligationKeys(db, { names, kind: 'recurring' }), today, reader).filter((l) => l.due !== null && l.due < today);
      return {
        header: `<b>已逾期未完成</b>(${unitsLabel(query.units)})\n\n`,
        listed: [...dated, ...recurring].sort(byDue),
        empty: '没有逾期未完成的事项。👍',
      };
    }
    case 'unit': {
      const names = namesReaching(deps, [query.unit]);
      const keys = [...obligationKeys(db, { names, kind: 'dated' }), ...obligationKeys(db, { names, kind: 'recurring' })];
      const sla = obligationKeys(db, { names, kind: 'sla' }).map((key) => ({ key, due: null }));
      return {
        header: `<b>${escapeHtml(query.unit)} 的全部事项</b>\n\n`,
        listed: [...asListed(deps, keys, today, reader), ...sla].sort(byDue),
        empty: '账本中没有该单位的事项。请检查名称,或试试简称、全称。',
      };
    }
    case 'doc': {
      const list = obligationsOfDocument(db, query.number);
      return {
        header: `<b>${escapeHtml(list[0]?.doc.number || query.number)}</b>${list[0]?.doc.title ? ` ${escapeHtml(list[0].doc.title)}` : ''}\n\n`,
        listed: asListed(deps, list.map(keyOf), today, reader).sort(byDue),
        empty: '账本中没有这个文号的文件。',
      };
    }
    case 'search': {
      const list = searchObligations(db, query.words, SEARCH_LIMIT);
      return {
        header: `<b>检索“${escapeHtml(query.words)}”</b>${list.length === SEARCH_LIMIT ? `(只列前 ${SEARCH_LIMIT} 条)` : ''}\n\n`,
        listed: asListed(deps, list.map(keyOf), today, reader).sort(byDue),
        empty: '没有找到匹配的事项。',
      };
    }
  }
}

const SEARCH_LIMIT = 100;

/** A recurring duty's last occurrence before today (within the lookback), or null. */
export function previousOccurrence(o: StoredObligation, today: string): string | null {
  return occurrencesOf(keyOf(o), addDays(today, -RECURRING_LOOKBACK_DAYS), addDays(today, -1)).at(-1) ?? null;
}

/** The occurrence of a recurring duty that /done without a date marks: the one it is listed at today. */
export function currentOccurrence(deps: BotDeps, o: StoredObligation, today: string, reader: string[] | null): string | null {
  return asListed(deps, [keyOf(o)], today, reader)[0].due;
}
