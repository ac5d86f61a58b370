import type { TableCell } from './blocks.ts';
import { columnLeadMark } from './blocks.ts';
import { normaliseCell, originalSpan, spaceBefore, writtenForm } from './normalise.ts';
import type { Finding, ParagraphContext } from './paragraph.ts';
import type { TimeMatch } from './recognise.ts';
import { isExempt, readParagraph, recogniseIn, reportDrop, unitLists } from './paragraph.ts';
import { ITEM_OPENING, NO_UNITS, type Units, firstLeads, parseUnitList, spacesPartingIn, splitUnits, unitsAsWritten } from './units.ts';

/** A lead marked in brackets after its name, as the input writes it: 县住建局(牵头), 县住建局（牵头单位）. */
const LEAD_MARK = /[(（]牵头(?:单位|部门)?[)）]$/;

/**
 * A unit cell without the mark its column's note sets against the lead (columnLeadMark), and the names so marked, as
 * written without white space. The mark is no part of a name: a name carrying it would not be read as a unit.
 */
function leadsMarked(text: string, mark: string | null): { text: string; leads: string[] } {
  // Normalising folds the full-width asterisk (＊) to the one the note's mark is read as; the input may write either.
  const marks = mark ? new RegExp(mark === '*' ? '[*＊]' : mark, 'g') : null;
  if (!marks || text.search(marks) < 0) return { text, leads: [] };
  const leads: string[] = [];
  for (const name of text.split(/[、,，;；\n]/)) if (name.search(marks) >= 0) leads.push(name.replace(marks, '').replace(/\s+/g, '').replace(/等$/, ''));
  return { text: text.replace(marks, ''), leads };
}

/** The units a row's unit columns give: 责任单位 read as a list, or 牵头单位 / 配合单位 columns. */
function rowUnits(cells: TableCell[]): { units: Units; marked: boolean } {
  const column = (role: 'lead' | 'co' | 'units') =>
    cells
      .filter((c) => c.role === role)
      .flatMap((c) => {
        const n = normaliseCell(c.piece.text);
        return splitUnits(spacesPartingIn(n, c.piece.text, true)).map((name) => writtenForm(n, c.piece.text, name));
      });
  const leadCells = column('lead');
  if (leadCells.length) {
    // "县应急局(牵头)、县消防大队" in a 牵头单位 cell: the unit marked leads, the others help it.
    const marked = leadCells.filter((u) => LEAD_MARK.test(u));
    const lead = marked.length ? marked.map((u) => u.replace(LEAD_MARK, '')) : leadCells;
    const helpers = marked.length ? leadCells.filter((u) => !LEAD_MARK.test(u)) : [];
    // Beside a 牵头单位 column, a 责任单位 column names the others responsible, as 责任单位 does after 牵头单位 in a bracket.
    const co: string[] = [...helpers];
    for (const u of [...column('co'), ...column('units')]) if (!lead.includes(u) && !co.includes(u)) co.push(u);
    return { units: { lead, co }, marked: true };
  }
  const listed = cells.find((c) => c.role === 'units' && c.piece.text.trim());
  if (!listed) return { units: NO_UNITS, marked: false };
  const { text: unmarked, leads } = leadsMarked(listed.piece.text, columnLeadMark(listed.header));
  const n = normaliseCell(unmarked);
  // "安监站 安监所", "县教体局 各相关乡镇政府": a web table sets a cell's names apart by spaces, a Word table by lines.
  const names = spacesPartingIn(n, unmarked, true);
  let parsed = unitsAsWritten(parseUnitList(names) ?? firstLeads(splitUnits(names)), (name) => writtenForm(n, unmarked, name));
  if (leads.length) {
    // "区建管委*、区农业农村委" under "责任部门(加*号为牵头部门,其余为参与部门)": the marked unit leads wherever it stands.
    const all = [...parsed.lead, ...parsed.co];
    const lead = all.filter((u) => leads.includes(u.replace(/\s+/g, '')));
    if (lead.length) parsed = { lead, co: all.filter((u) => !lead.includes(u)) };
  }
  // "责任单位 | 配合单位": the units of a 配合单位 column help those the 责任单位 column names.
  const helpers = column('co').filter((u) => !parsed.lead.includes(u) && !parsed.co.includes(u));
  return { units: helpers.length ? { lead: parsed.lead, co: [...parsed.co, ...helpers] } : parsed, marked: leads.length > 0 || /牵头/.test(n.text) };
}

/** "省级单位 2018 年 9 月底前" → the unit of the row that the group names (省级有关单位). */
function unitForGroup(group: string, all: string[]): string | null {
  const g = group.replace(/^各/, '');
  let best: string | null = null;
  let bestScore = 1;
  for (const unit of all) {
    const u = unit.replace(/^各/, '');
    let score = 0;
    while (score < Math.min(g.length, u.length) && g[score] === u[score]) score++;
    if (u.startsWith(g)) score += 10;
    if (score > bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}

/** What a table's rows are read with: a paragraph's context, and the contexts of its cells drawn from it. */
export interface RowContext extends ParagraphContext {
  /** The context of a deadline column's cell; without `reportingDrops`, what the recognisers drop there is not reported. */
  inDeadlineCell(reportingDrops: boolean): ParagraphContext;
  /** The context of a cell whose row gives its own units: the document's assignment is not the row's. */
  withoutDocumentUnits(): ParagraphContext;
}

/**
 * A task cell's work, without the row's number it may open with ("1、起草给国务院的报告", "（二）完善制度"): the number
 * orders the rows, it is no part of what is to be done.
 */
function taskOfCell(text: string): string {
  const task = text.replace(/\s+/g, '');
  const norm = normaliseCell(task);
  const number = ITEM_OPENING.exec(norm.text);
  const rest = number ? task.slice(originalSpan(norm, 0, number[0].length)[1]) : task;
  return rest.length >= 2 ? rest : task;
}

/**
 * The units a task cell's own list names, the last one it holds, as written, and where the list starts in the cell when
 * it closes it (the task is what stands before); null when the cell names none.
 */
function taskCellUnits(text: string): { units: Units; closingAt: number | null } | null {
  if (!text.trim()) return null;
  const n = normaliseCell(text);
  const lists = unitLists(n.text, undefined, spaceBefore(n, text));
  const last = lists[lists.length - 1];
  if (!last || last.units.lead.length === 0) return null;
  const closes = !/[^\s。.;]/.test(n.text.slice(last.end));
  return { units: unitsAsWritten(last.units, (name) => writtenForm(n, text, name)), closingAt: closes ? originalSpan(n, last.at, last.end)[0] : null };
}

/**
 * Does the time date a document the cell cites, as in prose (dropReason's citation)? It stands inside the document's
 * name ("《2023年度…方案》") or opens the bracket right after it ("《…指导意见》(2016年12月8日发布,建保〔2016〕281号)"): a
 * legal basis that a row of a 政务公开标准目录 copied out of line puts under 公开时限. A time closed by 前 there
 * ("制定《…方案》(7月底前)") is the making's deadline.
 */
function datesCitedDocument(text: string, m: TimeMatch): boolean {
  if (text.lastIndexOf('《', m.start) > text.lastIndexOf('》', m.start)) return true;
  return text.slice(Math.max(0, m.start - 2), m.start) === '》(' && !/(?:前|以前|之前)$/.test(text.slice(m.start, m.end));
}

/**
 * Reads one table row. In a table with a deadline column every expression in that cell is a record
 * (two milestones, two records) with the row's units; a deadline split by unit group
 * ("省级单位 …;各市、县(市、区) …") gives each group its own record. Rows of tables without a
 * deadline column are read as prose, their unit column standing in for an explicit list.
 */
export function readRow(cells: TableCell[], ctx: RowContext): Finding[] {
  // The row's findings, none or some, are all this one array's, as a paragraph's are (readParagraph):
  // arrays of other kinds beside it threw readDocument's optimised code away (node --trace-deopt: wrong map).
  const findings: Finding[] = [];
  const deadline = cells.find((c) => c.role === 'deadline' && c.piece.text.trim());
  if (!cells.some((c) => c.role === 'deadline')) {
    const cellContext = ctx.withoutDocumentUnits();
    for (const c of cells) if ((c.role === 'task' || c.role === 'other') && !c.inherited) for (const f of readParagraph(c.piece, cellContext, normaliseCell(c.piece.text))) findings.push(f);
    // Most rows hold no time expression: their unit cells are read only for a row that does.
    if (findings.length === 0) return findings;
    const { units } = rowUnits(cells);
    if (units.lead.length) for (let i = 0; i < findings.length; i++) findings[i] = { ...findings[i], units, unitSource: 'column' };
    return findings;
  }
  if (!deadline) return findings;
  const taskCell = cells.find((c) => c.role === 'task')?.piece.text ?? '';
  let task = taskOfCell(taskCell);
  // A merged deadline cell was read at its own row; the rows under it repeat it.
  if (!task || deadline.inherited) {
    if (ctx.dropped) {
      // Reported at this row, where a reader sees the repeated cell.
      const row = cells.find((c) => !c.inherited)?.piece.line ?? deadline.piece.line;
      const piece = { text: deadline.piece.text, line: row, breaks: [] };
      const norm = normaliseCell(piece.text);
      const reason = deadline.inherited ? 'merged-cell' : 'no-task';
      for (const m of recogniseIn(piece, norm, ctx.inDeadlineCell(false))) reportDrop(ctx, piece, norm, m, reason);
    }
    return findings;
  }
  const norm = normaliseCell(deadline.piece.text);
  // Pushed, not filtered: filter's array is of another kind when it keeps none, and readRow's optimised code was thrown away at it (node --trace-deopt: wrong map).
  const matches: TimeMatch[] = [];
  for (const m of recogniseIn(deadline.piece, norm, ctx.inDeadlineCell(true))) {
    // "月后18日前(1月免报)": the month the cell spares is no deadline of its own.
    if (isExempt(norm.text, m)) reportDrop(ctx, deadline.piece, norm, m, 'exempt');
    else if (datesCitedDocument(norm.text, m)) reportDrop(ctx, deadline.piece, norm, m, 'citation');
    else matches.push(m);
  }
  if (matches.length === 0) return findings;
  const { units, marked } = rowUnits(cells);
  const unitColumns = cells.some((c) => c.role === 'units' || c.role === 'lead' || c.role === 'co');
  // With no unit column, the task cell may close on its own list, as an item in prose does: "压减审批时限(县行政审批局牵头,
  // 县司法局配合)", "建成政务平台(责任单位:县数据局)". The list is no part of the task.
  const listed = unitColumns ? null : taskCellUnits(taskCell);
  if (listed?.closingAt) task = taskOfCell(taskCell.slice(0, listed.closingAt).replace(/[。.;；\s]+$/, '')) || task;
  // A schedule of dates with no unit column and no list of its own is for the units the notice is addressed to.
  const addressed = !unitColumns && !listed && ctx.addressees ? ctx.addressees : null;
  const all = [...units.lead, ...units.co];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    let own = units;
    const group = /([^;,\d]*?)$/.exec(norm.text.slice(0, match.start).split(/[;]/).pop() ?? '')?.[1] ?? '';
    const named = group && matches.length > 1 ? unitForGroup(group, all) : null;
    if (named) own = marked ? { lead: units.lead, co: units.lead.includes(named) ? [] : [named] } : { lead: [named], co: [] };
    // "2018 年 6 月底前完成省级部门系统整合,…": a milestone that says what it completes is its task. It runs to the next
    // date of the cell, and says it in words: the next date of a list (、二季度季后6日), a note in brackets ((1月免报)) or
    // an hour (12:00) says nothing done.
    const next = i + 1 < matches.length ? matches[i + 1].start : norm.text.length;
    const said = /^[^,;。]*/.exec(norm.text.slice(match.end, next).replace(/^:/, ''))?.[0] ?? '';
    const milestone = /^[\u4e00-\u9fa5]/.test(said) ? said : '';
    findings.push({
      match,
      norm,
      piece: deadline.piece,
      units: addressed ?? listed?.units ?? own,
      unitSource: addressed ? 'addressees' : listed ? 'list' : 'column',
      task: milestone.length >= 2 ? `${task}:${milestone}` : task,
      recurrenceStart: null,
    });
  }
  return findings;
}
