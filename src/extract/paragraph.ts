import type { TextPiece } from './blocks.ts';
import { nesting } from './brackets.ts';
import { type NormalisedText, normalise, writtenForm } from './normalise.ts';
import { type RecogniseContext, type TimeMatch, recognise } from './recognise.ts';
import { ITEM_NUMBER, NO_UNITS, type Units, firstLeads, parseUnitList, splitUnits, subjectAt, unitsAsWritten } from './units.ts';

/** A time expression found in prose, with the units and task the text attaches to it. */
export interface Finding {
  match: TimeMatch;
  norm: NormalisedText;
  piece: TextPiece;
  units: Units;
  /** Where the units came from: an explicit list wins over everything a caller could add. */
  unitSource: 'list' | 'subject' | 'none';
  task: string;
  /** A "从2019年起" before a recurring duty: its first day. */
  recurrenceStart: string | null;
}

const ADVERBIAL = /^(?:由|按照|依照|依据|根据|以|在|围绕|依托|结合|对|为|通过|经|除|针对|立足|聚焦|坚持|利用|借助|当|随着|在此基础上)/;

/** An item's number at the start of a clause. */
const ITEM_MARK = new RegExp(`^[,;:]?${ITEM_NUMBER.source}`);

interface Range {
  start: number;
  end: number;
}

/** Top-level ranges of `text` cut at the given punctuation (not inside brackets or quotes). */
function ranges(text: string, cut: RegExp, from = 0, to = text.length): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const next = nesting(depth, text[i]);
    if (next !== depth) depth = next;
    else if (depth === 0 && cut.test(text[i])) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

/** Is offset `at` inside brackets of the given kind? Returns the opening offset or -1. */
function enclosingOpen(text: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Explicit unit lists in parentheses, "(责任单位:A、B)" or "(A牵头,B配合)", with where they stand. */
export function unitLists(text: string): Array<{ at: number; end: number; units: Units }> {
  const out: Array<{ at: number; end: number; units: Units }> = [];
  for (const m of text.matchAll(/\(((?:[^()]|\([^()]*\))*)\)/g)) {
    const units = parseUnitList(withoutDeadline(m[1]));
    if (units) out.push({ at: m.index, end: m.index + m[0].length, units });
  }
  // An unbracketed "责任单位:A、B" closing the item.
  for (const m of text.matchAll(/(?:责任单位|牵头单位|责任部门|牵头部门)[:]((?:[^。()]|\([^()]*\))+?)(?=。|$)/g)) {
    if (enclosingOpen(text, m.index, '(', ')') >= 0) continue;
    const units = parseUnitList(withoutDeadline(m[0]));
    if (units) out.push({ at: m.index, end: m.index + m[0].length, units });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** "(责任单位:市发改委;完成时限:2018年底前)": the units without the time that shares their brackets. */
function withoutDeadline(content: string): string {
  return content
    .split(/[;,]/)
    .filter((part) => !/(?:时限|时间|期限)[:]|\d{4}年|\d{1,2}月/.test(part))
    .join(',');
}

/** Filters for expressions that look like deadlines but are not obligations. */
function isObligationContext(text: string, m: TimeMatch): boolean {
  if (enclosingOpen(text, m.start, '《', '》') >= 0) return false;
  const paren = enclosingOpen(text, m.start, '(', ')');
  if (paren >= 0) {
    // A stage "(2015年1月—2015年3月)" or an item's "(责任单位:A;完成时限:2018年底前)" is a deadline;
    // a plan's span "(2018—2020年)" or a date cited in passing is not.
    const before = text.slice(Math.max(0, paren - 4), paren);
    const content = /^\(((?:[^()]|\([^()]*\))*)\)/.exec(text.slice(paren))?.[1] ?? '';
    const stage = /阶段|步骤|期$/.test(before) || m.recogniser === 'month-range';
    const itemDeadline = /时限|完成时间|时间要求/.test(content) || parseUnitList(withoutDeadline(content)) !== null;
    if (!stage && !itemDeadline) return false;
  }
  const after = text.slice(m.end, m.end + 20);
  if (/^(?:以来|已|已经|起执行|起施行|起实施|起开始)/.test(after)) return false;
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  // A reference point ("以2019年3月末(统计结报日)为清查时点") or a baseline ("比2015年下降").
  if (/(?:以|比|较|同比)$/.test(before) && /^(?:\([^()]*\))?(?:为|相比|下降|增长|减少|提高)/.test(after)) return false;
  if (m.value.kind === 'recurring' && isRateOrAmount(text, m)) return false;
  return true;
}

/** "每月不低于50元", "每年增长10%": a rate or an entitlement, not a duty that falls due. */
function isRateOrAmount(text: string, m: TimeMatch): boolean {
  const clause = /^[^,;。]*/.exec(text.slice(m.end))?.[0] ?? '';
  return /\d(?:\.\d+)?(?:元|万元|亿元|%)|补贴|补助|标准|工资|收入|享受|增长|递增|下降|提高到/.test(clause);
}

function recurrenceStart(sentenceBefore: string): string | null {
  const m = /(?:从|自)?(\d{4})年(?:起|开始)/.exec(sentenceBefore);
  return m ? `${m[1]}-01-01` : null;
}

/** "按照省编办统一部署": with no subject, the unit directing the work leads. */
function directorOf(scope: string): string[] | null {
  const m = /按照([^,;。]{2,20}?)(?:的)?(?:统一)?(?:部署|安排)/.exec(scope);
  return m ? subjectAt(m[1]) : null;
}

/** "该项工作由市发改委负责": with no subject, the unit charged by 由…负责/牵头 leads. */
function agentOf(sentence: string): string[] | null {
  const m = /由([^,;。]{2,30}?)(?:牵头)?负责|由([^,;。]{2,30}?)牵头/.exec(sentence);
  return m ? subjectAt(m[1] ?? m[2]) : null;
}

/** Units named around the predicate that co-operate: 会同X, 组织X完成, 由X统一组织, 由X负责, X配合. */
function cooperating(scope: string): string[] {
  const out: string[] = [];
  for (const m of scope.matchAll(/会同([^,;。]{2,60})/g)) {
    const names = subjectAt(m[1]);
    if (names) out.push(...names);
  }
  // "组织建筑产权单位论证评估": the units organised to act, named right after 组织.
  for (const m of scope.matchAll(/组织((?:各|有关|相关)?[^,;。]{1,10}?(?:单位|部门|企业|机构|政府))/g)) {
    const names = subjectAt(m[1]);
    if (names) out.push(...names);
  }
  for (const m of scope.matchAll(/(?:^|[,;])([^,;。]{2,40}?)(?:积极|共同|做好)?(?:配合|参与|协助)(?=[,;。]|$)/g)) {
    const names = subjectAt(m[1]);
    if (names) out.push(...names);
  }
  for (const m of scope.matchAll(/由([^,;。]{2,30}?)(?:统一)?(?:组织|负责|审定|审核)/g)) {
    const names = subjectAt(m[1]);
    if (names) out.push(...names);
  }
  return out;
}

export interface ParagraphContext extends RecogniseContext {
  /** Units the whole document assigns, for items that name none. */
  documentUnits: Units | null;
}

/**
 * Reads one paragraph: finds its time expressions, drops those that are no obligation, and attaches
 * units by precedence — an explicit list after the item, the clause's subject, a subject carried
 * from earlier in the sentence, the paragraph's opening subject, the document's assignment.
 */
export function readParagraph(piece: TextPiece, ctx: ParagraphContext, norm: NormalisedText = normalise(piece.text)): Finding[] {
  const text = norm.text;
  const matches = recognise(text, ctx).filter((m) => isObligationContext(text, m));
  if (matches.length === 0) return [];
  const lists = unitLists(text);
  const sentences = ranges(text, /[。!?]/);
  const paragraphSubject = openingSubject(text, sentences);

  return matches.map((match, k) => {
    const sentence = sentences.find((s) => match.start >= s.start && match.start < s.end) ?? { start: 0, end: text.length };
    const nextMatch = matches[k + 1];
    const list = lists.find((l) => l.at >= match.end || (l.at < match.start && l.end >= match.end));
    let units: Units = NO_UNITS;
    let unitSource: Finding['unitSource'] = 'none';
    const scopeEnd = Math.min(sentence.end, nextMatch && nextMatch.start < sentence.end ? nextMatch.start : sentence.end);
    const scope = text.slice(match.end, scopeEnd);
    if (list) {
      units = list.units;
      unitSource = 'list';
    } else {
      const named =
        clauseSubject(text, sentence, match, scopeEnd) ??
        carriedSubject(text, sentence, match, matches) ??
        paragraphSubject ??
        directorOf(scope) ??
        agentOf(text.slice(sentence.start, scopeEnd));
      if (named) {
        units = firstLeads(named);
        unitSource = 'subject';
      } else if (ctx.documentUnits) {
        units = ctx.documentUnits;
        unitSource = 'subject';
      }
      if (unitSource === 'subject') {
        const extra = cooperating(text.slice(sentence.start, scopeEnd)).filter((u) => !units.lead.includes(u) && !units.co.includes(u));
        if (extra.length) units = { lead: units.lead, co: [...units.co, ...extra] };
      }
    }
    return {
      match,
      norm,
      piece,
      units: unitSource === 'subject' && units === ctx.documentUnits ? units : unitsAsWritten(units, (name) => writtenForm(norm, piece.text, name)),
      unitSource,
      task: itemTask(text, sentence, match, scope),
      recurrenceStart: match.value.kind === 'recurring' ? recurrenceStart(text.slice(sentence.start, match.start)) : null,
    };
  });
}

/** The subject of the clause holding the expression, or of the clause right after it. */
function clauseSubject(text: string, sentence: Range, match: TimeMatch, scopeEnd: number): string[] | null {
  const clauses = ranges(text, /[,;:]/, sentence.start, sentence.end);
  const i = clauses.findIndex((c) => match.start >= c.start && match.start < c.end);
  if (i < 0) return null;
  const head = text.slice(clauses[i].start, match.start).replace(ITEM_MARK, '');
  if (head.replace(/^[,;:]/, '').length > 0) {
    const names = subjectAt(head.replace(/^[,;:]?由/, '').replace(/(?:要|应|须|将|必须|应当)?(?:于|在|到)?$/, '') + '要');
    if (names) return names;
    if (!ADVERBIAL.test(head)) return null;
  }
  const tail = text.slice(match.end, clauses[i].end).replace(/^[,;:]/, '');
  if (tail.length > 1) return subjectAt(tail);
  for (let j = i + 1; j < clauses.length && clauses[j].start < scopeEnd; j++) {
    const clause = text.slice(clauses[j].start, clauses[j].end);
    if (ADVERBIAL.test(clause)) continue;
    return subjectAt(clause);
  }
  return null;
}

/** A subject named at the start of an earlier clause of the same sentence carries forward. */
function carriedSubject(text: string, sentence: Range, match: TimeMatch, matches: TimeMatch[]): string[] | null {
  const clauses = ranges(text, /[,;:]/, sentence.start, match.start);
  // A dated item opening a ";"-separated member of a list is a new item: nothing carries into it.
  const opensListMember = clauses.length > 0 && text[clauses[clauses.length - 1].end - 1] === ';' && /^[,;:]?$/.test(text.slice(clauses[clauses.length - 1].end, match.start));
  if (opensListMember) return null;
  for (let j = clauses.length - 1; j >= 0; j--) {
    const c = clauses[j];
    const inside = matches.find((m) => m.start >= c.start && m.start < c.end);
    const names = inside
      ? subjectAt(text.slice(c.start, inside.start).replace(/^[,;:]?由/, '').replace(/(?:要|应|须|将|必须|应当)?(?:于|在|到)?$/, '') + '要') ??
        subjectAt(text.slice(inside.end, c.end).replace(/^[,;:]/, ''))
      : subjectAt(text.slice(c.start, c.end));
    if (names) return names;
  }
  return null;
}

/** "各地要…" opening a paragraph speaks for all its sentences that name nobody. */
function openingSubject(text: string, sentences: Range[]): string[] | null {
  for (const s of sentences.slice(0, 2)) {
    const sentence = text.slice(s.start, s.end).replace(ITEM_MARK, '');
    const names = subjectAt(sentence);
    if (names && /^[^,;。]*?(?:要|应|须|必须|应当)/.test(sentence.slice(names.join('').length))) return names;
    if (names) return null;
    if (!/[。]$/.test(text.slice(s.start, s.end)) || sentence.length > 40) return null;
  }
  return null;
}

/** The task: what follows the expression, or for a date in the item's closing brackets, the item. */
function itemTask(text: string, sentence: Range, match: TimeMatch, scope: string): string {
  const paren = enclosingOpen(text, match.start, '(', ')');
  if (paren >= sentence.start) return taskText(text.slice(sentence.start, paren));
  return taskText(scope) || taskText(text.slice(sentence.start, match.start));
}

function taskText(scope: string): string {
  return scope
    .replace(ITEM_MARK, '')
    .replace(/\((?:[^()]|\([^()]*\))*\)/g, (p) => (/责任|牵头|时限/.test(p) || parseUnitList(withoutDeadline(p.slice(1, -1))) ? '' : p))
    .replace(/^[,;:、)]+/, '')
    .replace(/[,;:。]+$/, '')
    .slice(0, 120);
}
