/**
 * Where the cells of a table row stand under the header, when the row does not say so by its count:
 * text taken from PDF collapses merged cells (a row of 3 cells under a header of 4) and loses or adds
 * a tab (a row one cell to the left, an empty cell trailing). What a cell holds says where it goes: a
 * date alone in a cell is the deadline column's, a list of units the unit column's.
 */

import type { ColumnRole } from './blocks.ts';
import { normalise } from './normalise.ts';
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
  ].join('|'),
);

export function cellKind(text: string): CellKind {
  const t = normalise(text).text.replace(/\s+/g, '');
  if (!t) return 'empty';
  if (DATE_ALONE.test(t)) return 'date';
  // The names are tried before the list's markers: a cell of text fails at its first name, cheaply.
  if (splitUnits(t).every(isCompleteUnit) || parseUnitList(t)) return 'units';
  return 'text';
}

const isUnitColumn = (role: ColumnRole) => role === 'units' || role === 'lead' || role === 'co';

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

/** How well cell kind `kind` sits under column `j`: a fit (a date under the deadline, units under the unit column) or a misfit. */
function fitting(kind: CellKind, j: number, header: HeaderLayout): { fit: number; misfit: number } {
  const role = header.roles[j];
  const fit = (kind === 'date' && role === 'deadline') || (kind === 'units' && isUnitColumn(role)) ? 1 : 0;
  const misfit =
    (kind === 'date' && header.roles.includes('deadline') && role !== 'deadline') ||
    (kind === 'units' && header.roles.some(isUnitColumn) && !isUnitColumn(role)) ||
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
 * A row with fewer cells than the header lost cells to merging. Each cell is placed in order: dates
 * under the deadline, units under the unit column, text under a named column rather than under the
 * empty name a merged header cell left, and otherwise as far right as it goes (the cells a merge
 * collapses are its leading ones). A unit column left without a cell gets an empty one, which inherits
 * the cell above as a merged cell does. Headers wider than MAX_PLACED_COLUMNS keep their rows as they came.
 */
export function placeRow(cells: string[], header: HeaderLayout): Array<{ text: string; column: number }> | null {
  const width = header.names.length;
  let kept = cells.length;
  while (kept > 0 && !cells[kept - 1].trim()) kept--;
  if (width > MAX_PLACED_COLUMNS || cells.length > width || (kept === cells.length && cells.length === width) || kept === 0) return null;
  // The lists placeRow reads are pushed, not mapped, for the reason tableRow gives.
  const kinds: CellKind[] = [];
  for (let i = 0; i < kept; i++) kinds.push(cellKind(cells[i]));

  if (cells.length === width) {
    let shift = 0;
    let bestScore: number[] = [];
    for (let s = 0; s <= width - kept; s++) {
      let fits = 0;
      let misfits = 0;
      for (let i = 0; i < kept; i++) {
        const { fit, misfit } = fitting(kinds[i], i + s, header);
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
    const { fit, misfit } = fitting(kinds[i], j, header);
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
