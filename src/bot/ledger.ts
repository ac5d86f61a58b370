import { addDays } from '../plan/dates.ts';
import { occurrencesBetween } from '../plan/occurrences.ts';
import { datedObligations, doneMarks, undatedObligations, type DoneMark } from '../store/bot.ts';
import { obligationsOfDocument, searchObligations } from '../store/obligations.ts';
import type { StoredObligation } from '../store/rows.ts';
import type { BotQuery } from './answer.ts';
import type { BotDeps } from './context.ts';
import { escapeHtml, type AnswerItem } from './render.ts';

/** What a question yields: a header line, the items soonest first, and what to say when there are none. */
export interface QueryResult {
  header: string;
  items: AnswerItem[];
  empty: string;
}

/** How far back overdue recurring occurrences are looked for: nagging stops at the next occurrence anyway. */
const RECURRING_LOOKBACK_DAYS = 400;
/** How far ahead "everything for a unit / document" looks for a recurring duty's next occurrence. */
const RECURRING_LOOKAHEAD_DAYS = 400;

/** A short 编号 people can type: the id's first 8 hex digits, and the occurrence for a recurring duty. */
export function refOf(o: StoredObligation, occurrence: string | null): string {
  const short = o.id.slice(0, 8);
  return o.kind === 'recurring' && occurrence !== null ? `${short}-${occurrence.replaceAll('-', '')}` : short;
}

interface Occurrence {
  o: StoredObligation;
  due: string | null;
}

function recurringBetween(list: StoredObligation[], from: string, to: string): Occurrence[] {
  return list.flatMap((o) => occurrencesBetween(o.rrule!, o.start ?? o.doc.issued ?? from, from, to).map((due) => ({ o, due })));
}

function toItems(deps: BotDeps, occurrences: Occurrence[]): AnswerItem[] {
  const marks = doneMarks(
    deps.db,
    occurrences.filter((x) => x.due !== null).map((x) => ({ id: x.o.id, occurrence: x.due! })),
  );
  return occurrences.map(({ o, due }) => {
    const mark: DoneMark | undefined = due === null ? undefined : marks.get(`${o.id}|${due}`);
    return {
      ref: refOf(o, due),
      due,
      expression: o.expression,
      task: o.task,
      lead: o.lead,
      co: o.co,
      docNumber: o.doc.number,
      done: mark ? { by: mark.done_by, at: mark.done_at, note: mark.note } : null,
    };
  });
}

const byDue = (a: Occurrence, b: Occurrence) =>
  (a.due === null ? 1 : 0) - (b.due === null ? 1 : 0) || (a.due ?? '').localeCompare(b.due ?? '') || a.o.id.localeCompare(b.o.id);

/** Every normalised name that reaches any of these units (aliases, and the groups that contain them). */
export function namesReaching(deps: BotDeps, units: string[] | null): string[] | null {
  return units === null ? null : [...new Set(units.flatMap((u) => deps.units.namesReaching(u)))];
}

/**
 * Each duty listed once, at its current occurrence: a recurring one at its latest occurrence before
 * today while that is open (it is overdue), else at its next one; the others at their due date.
 */
function asListed(deps: BotDeps, list: StoredObligation[], today: string): Occurrence[] {
  const around = new Map<string, { last?: string; next?: string }>();
  for (const o of list) {
    if (o.kind !== 'recurring') continue;
    const start = o.start ?? o.doc.issued ?? today;
    around.set(o.id, {
      last: occurrencesBetween(o.rrule!, start, addDays(today, -RECURRING_LOOKBACK_DAYS), addDays(today, -1)).at(-1),
      next: occurrencesBetween(o.rrule!, start, today, addDays(today, RECURRING_LOOKAHEAD_DAYS))[0],
    });
  }
  const probe = [...around].flatMap(([id, { last }]) => (last === undefined ? [] : [{ id, occurrence: last }]));
  const marks = doneMarks(deps.db, probe);
  return list.map((o) => {
    if (o.kind !== 'recurring') return { o, due: o.due };
    const { last, next } = around.get(o.id)!;
    const due = last !== undefined && !marks.has(`${o.id}|${last}`) ? last : next;
    return { o, due: due ?? null };
  });
}

function unitsLabel(units: string[] | null): string {
  return units === null ? '全部单位' : units.map(escapeHtml).join('、');
}

export function runQuery(deps: BotDeps, query: BotQuery, today: string): QueryResult {
  switch (query.kind) {
    case 'range': {
      const names = namesReaching(deps, query.units);
      const dated = datedObligations(deps.db, { names, from: query.from, to: query.to }).map((o) => ({ o, due: o.due }));
      const recurring = recurringBetween(undatedObligations(deps.db, 'recurring', names), query.from, query.to);
      const span = query.from === query.to ? query.from : `${query.from} 至 ${query.to}`;
      return {
        header: `<b>${escapeHtml(query.title)}</b>(${span},${unitsLabel(query.units)})\n\n`,
        items: toItems(deps, [...dated, ...recurring].sort(byDue)),
        empty: '这段时间没有到期事项。',
      };
    }
    case 'overdue': {
      const names = namesReaching(deps, query.units);
      const dated = datedObligations(deps.db, { names, to: addDays(today, -1), openOnly: true }).map((o) => ({ o, due: o.due }));
      const recurring = asListed(deps, undatedObligations(deps.db, 'recurring', names), today).filter((x) => x.due !== null && x.due < today);
      return {
        header: `<b>已逾期未完成</b>(${unitsLabel(query.units)})\n\n`,
        items: toItems(deps, [...dated, ...recurring].sort(byDue)),
        empty: '没有逾期未完成的事项。👍',
      };
    }
    case 'unit': {
      const names = namesReaching(deps, [query.unit]);
      const dated = datedObligations(deps.db, { names });
      const recurring = undatedObligations(deps.db, 'recurring', names);
      const sla = undatedObligations(deps.db, 'sla', names);
      return {
        header: `<b>${escapeHtml(query.unit)} 的全部事项</b>\n\n`,
        items: toItems(deps, [...asListed(deps, [...dated, ...recurring], today), ...sla.map((o) => ({ o, due: null }))].sort(byDue)),
        empty: '账本中没有该单位的事项。请检查名称,或试试简称、全称。',
      };
    }
    case 'doc': {
      const list = obligationsOfDocument(deps.db, query.number);
      return {
        header: `<b>${escapeHtml(list[0]?.doc.number || query.number)}</b>${list[0] ? ` ${escapeHtml(list[0].doc.title)}` : ''}\n\n`,
        items: toItems(deps, asListed(deps, list, today).sort(byDue)),
        empty: '账本中没有这个文号的文件。',
      };
    }
    case 'search': {
      const list = searchObligations(deps.db, query.words, SEARCH_LIMIT);
      return {
        header: `<b>检索“${escapeHtml(query.words)}”</b>${list.length === SEARCH_LIMIT ? `(只列前 ${SEARCH_LIMIT} 条)` : ''}\n\n`,
        items: toItems(deps, asListed(deps, list, today).sort(byDue)),
        empty: '没有找到匹配的事项。',
      };
    }
  }
}

const SEARCH_LIMIT = 100;

/** The occurrence of a recurring duty that /done without a date marks: the one it is listed at today. */
export function currentOccurrence(deps: BotDeps, o: StoredObligation, today: string): string | null {
  return asListed(deps, [o], today)[0].due;
}
