/**
 * Where the cells of a table row stand under the header, when the row does not say so by its count:
 * text taken from PDF collapses merged cells (a row of 3 cells under a header of 4) and loses or adds
 * a tab (a row one cell to the left, an empty cell trailing). What a cell holds says where it goes: a
 * date alone in a cell is the deadline column's, a list of units the unit column's.
 */

import type { ColumnRole } from './blocks.ts';
import { normaliseCell } from './normalise.ts';
import { isCompleteUnit, parseUnitList, splitUnits } from './units.ts';

/** What a cell holds, as far as placing it goes. */
export type CellKind = 'empty' | 'date' | 'units' | 'text';

const NUMBER = '(?:\\d{1,2})';
/**
 * A calendar date or period written alone (spaces and Chinese numerals already folded): 2017年12月,
 * 2018年4月底前, 6月30日前, 12月份, 2018年底, 2018.6.30, 2018-06, 下半年.
 */
const DATE_ALONE = new RegExp(
  [
    `^(?:\\d{4}年)?${NUMBER}月份?(?:${NUMBER}[日号])?(?:底|末|初|上旬|中旬|下旬)?(?:前|之前|以前)?$`,
    `^(?:\\d{4}年)?(?:年底|年末|底|上半年|下半年|[1-4一二三四]季度|第[1-4一二三四]季度)(?:前|之前|以前)?$`,
    '^\\d{4}[./-]\\d{1,2}(?:[./-]\\d{1,2})?(?:前|之前)?$',
    // A span due at its end (2005.1—4, 2005.8—2006.3, 2019.6.1—6.30): recognise reads it so in a deadline column.
    '^\\d{4}[./]\\d{1,2}(?:[./]\\d{1,2})?[—–~～至-]+(?:\\d{4}[./])?\\d{1,2}(?:[./]\\d{1,2})?$',
    // The same span written in words (2023年4月—8月, 4月至6月, 2023年3月1日-3月31日, 8月13-15日): a stage's months or
    // days, due at their end.
    `^(?:\\d{4}年)?${NUMBER}月(?:${NUMBER}[日号]?)?(?:上旬|中旬|下旬|初)?[—–~～至到-]+(?:\\d{4}年)?(?:${NUMBER}月)?(?:${NUMBER}[日号])?(?:底|末|上旬|中旬|下旬)?(?:前|之前|以前)?$`,
  ].join('|'),
);

export function cellKind(text: string): CellKind {
  const t = normaliseCell(text).text.replace(/\s+/g, '');
  if (!t) return 'empty';
  if (DATE_ALONE.test(t)) return 'date';
  // The names are tried before the list's markers: a cell of text fails at its first name, cheaply.
  if (splitUnits(t).every(isCompleteUnit) || parseUnitList(t)) return 'units';
  return 'text';
}

export const isUnitColumn = (role: ColumnRole) => role === 'units' || role === 'lead' || role === 'co';

/**
 * The widest header whose rows are placed by content. Placing costs the row's cells times the
 * columns they may move over; no task table comes near this, and a wider line of short names is
 * left as it came so a line's cost stays linear in its length.
 */
const MAX_PLACED_COLUMNS = 40;

export interface HeaderLayout {
  names: string[];
  roles: ColumnRole[];
}

/** The name of a column that numbers the rows. */
export const NUMBER_COLUMN = /^(?:序号|序號|编号|編號)$/;
/** A row's number alone in its cell or on its line. */
export const ROW_NUMBER = /^\d{1,3}$/;

/**
 * What placing reads of a header for every cell of every row, learnt once per table (the header is one object for all
 * its rows): which columns number the rows, whether it has a deadline column and a unit column, and whether a row's
 * numbers stand in the span of a first name over the task (see placeWideRow).
 */
interface HeaderFacts {
  numberColumns: boolean[];
  hasDeadline: boolean;
  hasUnitColumn: boolean;
  numbersInFirstSpan: boolean;
}

const headerFacts = new WeakMap<HeaderLayout, HeaderFacts>();

function factsOf(header: HeaderLayout): HeaderFacts {
  let facts = headerFacts.get(header);
  if (!facts) {
    const numberColumns: boolean[] = [];
    for (const name of header.names) numberColumns.push(NUMBER_COLUMN.test(name.replace(/\s+/g, '')));
    facts = {
      numberColumns,
      hasDeadline: header.roles.includes('deadline'),
      hasUnitColumn: header.roles.some(isUnitColumn),
      numbersInFirstSpan: header.roles[0] === 'task' && !numberColumns.includes(true),
    };
    headerFacts.set(header, facts);
  }
  return facts;
}

/**
 * How well a cell sits under column `j`: a fit (a date under the deadline, units under the unit column, a row's number
 * under 序号, text under the task) or a misfit. `kind` is the cell's placing kind, `numbered` whether it is a row's number.
 */
function fitting(kind: CellKind, numbered: boolean, j: number, header: HeaderLayout, facts: HeaderFacts): { fit: number; misfit: number } {
  const role = header.roles[j];
  if (numbered) return { fit: facts.numberColumns[j] ? 1 : 0, misfit: 0 };
  const fit = (kind === 'date' && role === 'deadline') || (kind === 'units' && isUnitColumn(role)) || (kind === 'text' && role === 'task') ? 1 : 0;
  const misfit =
    (kind === 'date' && facts.hasDeadline && role !== 'deadline') ||
    (kind === 'units' && facts.hasUnitColumn && !isUnitColumn(role)) ||
    (kind === 'text' && isUnitColumn(role))
      ? 1
      : 0;
  return { fit, misfit };
}

/** A rows × columns table of cell(i, j); built by plain loops, which a row of a few cells is placed with many times faster than Array.from. */
function grid<T>(rows: number, columns: number, cell: (i: number, j: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: T[] = [];
    for (let j = 0; j < columns; j++) row.push(cell(i, j));
    out.push(row);
  }
  return out;
}

/** Compares score tuples in order: the first that differs decides. */
function better(a: number[], b: number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] > b[k];
  return false;
}

/**
 * A row's cells in column order, or null for a row that keeps the columns it came with.
 *
 * A row as wide as the header whose last cells are empty may have lost a leading tab and gained a
 * trailing one: it moves right, as a whole, only when that puts a date or units where they belong.
 *
 * A row with fewer cells than the header lost cells to merging. Each cell is placed in order: dates (and cells
 * that lead with their deadline, placingKind) under the deadline, units under the unit column, the row's number
 * under 序号, text under the task and under a named column rather than under the empty name a merged header cell
 * left, and otherwise as far right as it goes (the cells a merge collapses are its leading ones). A unit column left without a cell gets an empty one, which inherits
 * the cell above as a merged cell does. Headers wider than MAX_PLACED_COLUMNS keep their rows as they came.
 */
export function placeRow(cells: string[], header: HeaderLayout): Array<{ text: string; column: number }> | null {
  const width = header.names.length;
  let kept = cells.length;
  while (kept > 0 && !cells[kept - 1].trim()) kept--;
  if (width > MAX_PLACED_COLUMNS || kept === 0) return null;
  // A header's empty names at its end are the copy's, as a row's empty cells there are: "工作任务 | 具体要求 | 责任单位 | 时限要求 | ||".
  let named = width;
  while (named > 1 && !header.names[named - 1].trim()) named--;
  if (kept > named || (kept === named && (cells.length > kept || header.roles[0] === 'task'))) {
    const wide = placeWideRow(cells, kept, header, named);
    if (wide) return wide;
  }
  if (cells.length > width || kept >= width) return null;
  return placeNarrowRow(cells, kept, header);
}

/** A cell the header names no column for: a row's number in the span of a first name that covers two columns. */
export const NO_COLUMN = -1;

/**
 * A row as wide as the header or wider, whose first name may span more than one column: "工作任务" over a group and a
 * row's number ("强化规范性文件公开 | 1 | 对…全面清理 | 办公室 | 年底前 |" under "工作任务 | 具体要求 | 责任科室 | 时限要求"),
 * or over a heading, a subheading and the number ("一、… | (一)… | 1 | … | 市发改委牵头 | 持续推进"). A row's number in
 * that span stands in no column, when the header names none for it (a number alone is no task); the cells left over on
 * the left share the first column, and the header's other names take the cells at the right, when that puts more of
 * them where they belong (a date under the deadline, units under the unit column) than keeping the row as it came does:
 * a row whose extra cell is a note at the right end keeps its cells where they are.
 */
function placeWideRow(cells: string[], kept: number, header: HeaderLayout, width: number): Array<{ text: string; column: number }> | null {
  const facts = factsOf(header);
  const numbersInFirstSpan = facts.numbersInFirstSpan;
  const rest: number[] = [];
  for (let i = 0; i < kept; i++) if (!numbersInFirstSpan || i > kept - width || !ROW_NUMBER.test(cells[i].trim())) rest.push(i);
  if (rest.length === kept && kept <= width) return null;
  const texts: string[] = [];
  for (const i of rest) texts.push(cells[i]);
  // The cells keep their order, a row's number among them, so each keeps its line; the empty cells a placing adds follow.
  const inOrder = (placed: Array<{ text: string; column: number }>) => {
    const out: Array<{ text: string; column: number }> = [];
    for (let i = 0, j = 0; i < kept; i++) out.push(rest[j] === i ? placed[j++] : { text: cells[i], column: NO_COLUMN });
    for (let j = rest.length; j < placed.length; j++) out.push(placed[j]);
    return out;
  };
  if (rest.length < width) {
    // What is left lost cells to merging, as a narrow row does: trailing empty cells stand in the last columns.
    for (let k = kept; k < cells.length; k++) texts.push(cells[k]);
    return inOrder(placeNarrowRow(texts, rest.length, header));
  }
  const surplus = rest.length - width;
  // Each cell's kind is read once for the two shifts compared: reading it is most of what placing costs.
  const kinds: CellKind[] = [];
  if (surplus > 0) for (const text of texts) kinds.push(placingKind(text));
  const fits = (shift: number) => {
    let score = 0;
    for (let k = 0; k < texts.length; k++) {
      const column = Math.max(0, k - shift);
      if (column >= width) continue;
      const { fit, misfit } = fitting(kinds[k], false, column, header, facts);
      score += fit - misfit;
    }
    return score;
  };
  const shift = surplus > 0 && fits(surplus) > fits(0) ? surplus : 0;
  if (shift === 0 && rest.length === kept) return null;
  const placed: Array<{ text: string; column: number }> = [];
  texts.forEach((text, k) => placed.push({ text, column: Math.max(0, k - shift) }));
  return inOrder(placed);
}

/** A row narrower than the header, or one as wide whose last cells are empty (see placeRow). */
function placeNarrowRow(cells: string[], kept: number, header: HeaderLayout): Array<{ text: string; column: number }> {
  const width = header.names.length;
  const facts = factsOf(header);
  // The lists placeRow reads are pushed, not mapped, for the reason tableRow gives.
  const kinds: CellKind[] = [];
  const numbered: boolean[] = [];
  for (let i = 0; i < kept; i++) {
    kinds.push(placingKind(cells[i]));
    numbered.push(ROW_NUMBER.test(cells[i].trim()));
  }

  if (cells.length === width) {
    let shift = 0;
    let bestScore: number[] = [];
    for (let s = 0; s <= width - kept; s++) {
      let fits = 0;
      let misfits = 0;
      for (let i = 0; i < kept; i++) {
        const { fit, misfit } = fitting(kinds[i], numbered[i], i + s, header, facts);
        fits += fit;
        misfits += misfit;
      }
      const score = [fits, -misfits];
      if (s === 0 || better(score, bestScore)) [shift, bestScore] = [s, score];
    }
    const shifted: Array<{ text: string; column: number }> = [];
    for (let i = 0; i < width - shift; i++) shifted.push({ text: cells[i], column: i + shift });
    return shifted;
  }

  // The worth of cell i under column j: [fit − misfit, −under an empty name, rightness].
  const worth = (i: number, j: number): number[] => {
    const { fit, misfit } = fitting(kinds[i], numbered[i], j, header, facts);
    return [fit - misfit, kinds[i] !== 'empty' && !header.names[j].trim() ? -1 : 0, j];
  };
  // best[i][j]: the best placing of the first i cells under the first j columns (order kept, one cell a column).
  const best = grid(kept + 1, width + 1, (i) => (i === 0 ? [0, 0, 0] : [-Infinity, 0, 0]));
  const took = grid(kept + 1, width + 1, () => false);
  for (let i = 1; i <= kept; i++) {
    for (let j = i; j <= width; j++) {
      const here = worth(i - 1, j - 1);
      const before = best[i - 1][j - 1];
      const take = [before[0] + here[0], before[1] + here[1], before[2] + here[2]];
      const skip = best[i][j - 1];
      if (j - 1 >= i && !better(take, skip)) best[i][j] = skip;
      else [best[i][j], took[i][j]] = [take, true];
    }
  }
  const columns: number[] = [];
  for (let i = kept, j = width; i > 0; j--) if (took[i][j]) columns[--i] = j - 1;
  const placed: Array<{ text: string; column: number }> = [];
  for (let i = 0; i < kept; i++) placed.push({ text: cells[i], column: columns[i] });
  // The trailing empty cells stand in the last columns (merged cells there inherit the cell above).
  const trailing = Math.min(cells.length - kept, width - 1 - columns[kept - 1]);
  for (let k = 0; k < trailing; k++) placed.push({ text: '', column: width - trailing + k });
  // A unit column the row gave no cell lost it to a merge: empty, it inherits the cell above.
  header.roles.forEach((role, column) => {
    if (isUnitColumn(role) && !placed.some((p) => p.column === column)) placed.push({ text: '', column });
  });
  return placed;
}

/** A duty with no date of its own, as a cell opens with it: 长期, 持续, 常态, 全年, 每季度… */
const DUTY_WITHOUT_DATE = '^(?:长期|持续|常态|全年|每[年季月周天日])';

/**
 * A line that reads as a deadline cell of a cell-per-line row, beyond a date alone: a date with what falls due
 * by it ("5月底前动工", "9月投入使用", "2019年3月完成验收"), or a duty with no date of its own ("长期坚持",
 * "持续推进", "常态工作", "每季度"). Only what stands first counts: a task that names a month later on is text.
 */
const DATE_LED = [
  `^(?:\\d{4}年)?${NUMBER}月份?(?:${NUMBER}[日号])?(?:底|末|初|上旬|中旬|下旬)?(?:前|之前|以前)?[\\u4e00-\\u9fa5]{0,6}$`,
  '^(?:\\d{4}年)?(?:年底|年末|上半年|下半年|[1-4一二三四]季度|第[1-4一二三四]季度)(?:前|之前|以前)?[\\u4e00-\\u9fa5]{0,6}$',
];
const DEADLINE_LINE = new RegExp([...DATE_LED, `${DUTY_WITHOUT_DATE}[\\u4e00-\\u9fa5]{0,6}$`].join('|'));

/**
 * A cell of a pipe or tab row that stands under the deadline as a date alone does: one whose first clause is a date with
 * what falls due by it ("2021年2月公布预算信息,2021年8月公布上年度决算信息"), or a duty with no date of its own in a few
 * words ("长期推进", "持续推进", "常态工作", "每季度"). A longer cell opening with such a word is a task ("持续优化营商环境").
 */
/**
 * A time limit counted from an event, as a 公开时限 column holds it: "信息形成或者变更之日起20个工作日内", "部门预算经本级财政部门
 * 批复后20日内公开", "自制作或获取该信息之日起20个工作日内公开".
 */
const LIMIT_FROM_EVENT = '^[\\u4e00-\\u9fa5()]{0,30}?(?:之日起|之日后|后)\\d{1,3}个?(?:工作日|日|天)(?:内|以内)[\\u4e00-\\u9fa5]{0,4}$';
const DEADLINE_CELL = new RegExp([...DATE_LED, `${DUTY_WITHOUT_DATE}[\\u4e00-\\u9fa5]{0,3}$`, LIMIT_FROM_EVENT].join('|'));

/** What a cell of a pipe or tab row holds, for placing it: cellKind, a cell that leads with its deadline read as a date. */
function placingKind(text: string): CellKind {
  const kind = cellKind(text);
  if (kind !== 'text') return kind;
  const firstClause = normaliseCell(text).text.replace(/\s+/g, '').split(/[,;。]/)[0];
  return DEADLINE_CELL.test(firstClause) ? 'date' : kind;
}

/** What a line of a cell-per-line row holds: cellKind, a line that leads with its deadline read as a date. */
export function lineKind(text: string): CellKind {
  const kind = cellKind(text);
  return kind === 'text' && DEADLINE_LINE.test(normaliseCell(text).text.replace(/\s+/g, '')) ? 'date' : kind;
}

/** A line of a few characters and no mark: a person's name under 责任领导, a count, 是 or 否. */
const BRIEF_LINE = /^[\u4e00-\u9fa5]{2,4}$/;

/**
 * The worth of a line of kind `kind` in a column of role `role`, in half points: a date under the deadline, units
 * under a unit column, text under the task, a brief line under another column; the misfits cost as much as the fits bring.
 */
function lineWorth(kind: CellKind, role: ColumnRole, brief: boolean): number {
  if (kind === 'date') return role === 'deadline' ? 4 : -4;
  if (kind === 'units') return isUnitColumn(role) ? 4 : role === 'task' ? -2 : role === 'deadline' ? -4 : 0;
  if (role === 'task') return brief ? 1 : 2;
  return role === 'other' ? (brief ? 2 : 1) : -4;
}
/**
 * What a line costs joined to the cell of the line before: a line of text, or a unit joined to a lead column, costs a
 * little, as a cell of its own in the next column is as likely (a 牵头单位 cell names one unit most often).
 */
function joinWorth(kind: CellKind, role: ColumnRole): number {
  return kind === 'text' || (kind === 'units' && role === 'lead') ? -1 : 0;
}
/** A row that starts over under its own cells ("开工建设养护楼 | 5月底前 | 开工建设老年大学 | 12月底前") costs more than a join. */
const WRAP = -3;
/** A row of more lines than this is not placed line by line. */
export const MAX_PLACED_LINES = 60;
/** How many rows one numbered row may hold at most. */
const MAX_SUB_ROWS = 4;

/**
 * The cells of a numbered row of a cell-per-line table, whose cells took as many lines as they held: a unit
 * column listing one unit a line, a task of two paragraphs, a row that holds a second task with its own
 * deadline under the same number and units (a merged cell). `lines` are the row's lines after its number, in
 * order; `roles` the columns after the number column. Each line goes to a column at or right of the line
 * before it, or starts the row over; a column takes the lines in a run. Returns the rows, each a list of the
 * line indexes of every column (empty for a cell the row left empty).
 */
export function placeLines(lines: string[], roles: ColumnRole[]): number[][][] {
  const kinds: CellKind[] = [];
  const briefs: boolean[] = [];
  for (const line of lines) {
    kinds.push(lineKind(line));
    briefs.push(BRIEF_LINE.test(line.trim()));
  }
  const m = roles.length;
  const positions = Math.min(MAX_SUB_ROWS, Math.max(1, kinds.length)) * m;
  // best[i][p]: the best worth of lines 0..i with line i in position p (row p / m, column p % m); from[i][p] the position of line i − 1.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < kinds.length; i++) {
    const row: number[] = [];
    const back: number[] = [];
    // The best earlier position of line i − 1 (before p), its wraps to p's row counted, kept as p moves on: a row
    // further on is one more wrap from every position before it. Ties go to the first position: the line before stands
    // further left, so this one starts a cell rather than joins one.
    let top = -Infinity;
    let at = -1;
    for (let p = 0; p < positions; p++) {
      const worth = lineWorth(kinds[i], roles[p % m], briefs[i]);
      if (i === 0) {
        row.push(p < m ? worth : -Infinity);
        back.push(-1);
        continue;
      }
      if (p > 0 && p % m === 0) top += WRAP;
      const joined = best[i - 1][p] + joinWorth(kinds[i], roles[p % m]);
      row.push((joined > top ? joined : top) + worth);
      back.push(joined > top ? p : at);
      if (best[i - 1][p] > top) [top, at] = [best[i - 1][p], p];
    }
    best.push(row);
    from.push(back);
  }
  const placed: number[] = [];
  if (kinds.length) {
    // Ties go to the column further on: a cell of its own is likelier than a cell joined.
    let p = 0;
    for (let q = 1; q < positions; q++) if (best[kinds.length - 1][q] >= best[kinds.length - 1][p]) p = q;
    for (let i = kinds.length - 1; i >= 0; i--) {
      placed[i] = p;
      p = from[i][p];
    }
  }
  const rows: number[][][] = [];
  placed.forEach((p, i) => {
    const r = Math.floor(p / m);
    while (rows.length <= r) rows.push(roles.map(() => []));
    rows[r][p % m].push(i);
  });
  // A row the placing skipped (a wrap of two) holds nothing, and is dropped.
  return rows.filter((r) => r.some((cell) => cell.length));
}
