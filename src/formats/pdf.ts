import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { InputError } from '../errors.ts';
import type { ConvertedText } from './converted.ts';

/**
 * A text PDF as gazette text: pdf.js gives every run of text with its position; the runs are put
 * back into lines, page heads, feet and numbers dropped, a page set in two columns read column by
 * column, wrapped lines joined into the paragraph they belong to, and tables rebuilt from their
 * columns' x positions into tab-separated rows, the form the table reader knows.
 */
export async function pdfText(bytes: Uint8Array, file: string): Promise<ConvertedText> {
  const pdf = await openPdf(bytes, file);
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await pageLines(pdf, n));
    if (pages.every((p) => p.length === 0)) {
      throw new InputError('PDF 没有文字层，是扫描的图像：请先做文字识别(OCR)再导入', file);
    }
    dropRunningHeads(pages);
    const lines: string[] = [];
    const lineBegins: number[] = [];
    let carry: TableEnd | null = null;
    pages.forEach((page, i) => {
      for (const flow of splitColumns(page)) {
        const text = flowText(flow, carry);
        if (text.rowGoesOn && carry) lines[lines.length - 1] = appendCells(lines.at(-1)!, text.rowGoesOn);
        for (const line of text.lines) {
          lines.push(line);
          lineBegins.push(i + 1);
        }
        carry = text.tableEnd;
      }
    });
    return { format: 'pdf', lines, pages: lineBegins, facts: {} };
  } finally {
    await pdf.destroy();
  }
}

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

async function openPdf(bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  // Imported, not required: pdf.js is an ES module only, and the build is a CommonJS bundle.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await getDocument({
      // pdf.js takes ownership of the buffer it is given.
      data: new Uint8Array(bytes),
      // CJK PDFs often name a system font (SimSun) with a predefined CMap instead of embedding it.
      cMapUrl: `${pdfjsRoot}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new InputError('PDF 已加密(需要密码)，无法读取：请提供未加密的文件', file);
    throw new InputError(`PDF 文件已损坏，无法读取(${(err as Error).message})`, file);
  }
}

/** A run of text on one baseline, without the gaps pdf.js fills with spaces. */
interface Run {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
}

/** Runs close together on one line: a cell, or the whole line of a paragraph. */
interface Segment {
  text: string;
  x: number;
  end: number;
  /** The runs, each with whether a space stood before it. */
  runs: Array<{ run: Run; spaced: boolean }>;
}

interface Line {
  y: number;
  size: number;
  x: number;
  end: number;
  segments: Segment[];
}

/** A gap this many font sizes wide between runs on one line separates table cells (or columns). */
const CELL_GAP = 0.8;

async function pageLines(pdf: PDFDocumentProxy, n: number): Promise<Line[]> {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const { str, transform, width } = item as TextItem;
    const size = Math.hypot(transform[2], transform[3]) || 1;
    runs.push({ text: str, x: transform[4], end: transform[4] + width, y: transform[5], size });
  }
  page.cleanup();
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const grouped: Run[][] = [];
  for (const r of runs) {
    const line = grouped.at(-1);
    if (line && Math.abs(line[0].y - r.y) < r.size * 0.5) line.push(r);
    else grouped.push([r]);
  }
  return grouped.map(toLine).filter((l): l is Line => l !== null);
}

function toLine(runs: Run[]): Line | null {
  runs.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let pendingSpace = false;
  for (const r of runs) {
    if (!r.text.trim()) {
      pendingSpace = true;
      continue;
    }
    const last = segments.at(-1);
    if (last && r.x - last.end < r.size * CELL_GAP) {
      // Justified text spreads "2015" over runs pdf.js may part with a space; no number has one.
      const spaced = pendingSpace && !(/\d$/.test(last.text) && /^\d/.test(r.text));
      last.text += (spaced ? ' ' : '') + r.text;
      last.end = Math.max(last.end, r.end);
      last.runs.push({ run: r, spaced });
    } else segments.push({ text: r.text, x: r.x, end: r.end, runs: [{ run: r, spaced: false }] });
    pendingSpace = false;
  }
  if (segments.length === 0) return null;
  const sizes = runs.filter((r) => r.text.trim()).map((r) => r.size);
  return { y: runs[0].y, size: Math.max(...sizes), x: segments[0].x, end: segments.at(-1)!.end, segments };
}

const textOf = (l: Line) => l.segments.map((s) => s.text).join(' ');
const PAGE_NUMBER = /^[\s\-—–－·]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–－·]*$/;

/**
 * Drops the lines printed on every page: a running head or foot (the same words on most pages,
 * numbers aside) and page numbers. Only the top and bottom line of a page are candidates, so a
 * body line that happens to repeat stays. A one-page file shows no repetition: there the top line
 * is a running head when it stands apart above the text in a smaller type.
 */
function dropRunningHeads(pages: Line[][]): void {
  const key = (l: Line) => textOf(l).replace(/\d+/g, '#').replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const l of new Set([page[0], page[1], page.at(-1), page.at(-2)].filter(Boolean) as Line[])) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  }
  const repeated = (l: Line) => pages.length > 1 && (counts.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2);
  const running = (l: Line) => PAGE_NUMBER.test(textOf(l)) || repeated(l);
  const [only] = pages;
  if (pages.length === 1 && only.length > 2 && only[0].size < only[1].size - 0.5 && only[0].y - only[1].y > only[1].size * 2.5) only.shift();
  for (const page of pages) {
    while (page.length && running(page[0])) page.shift();
    while (page.length && running(page.at(-1)!)) page.pop();
  }
}

/**
 * Splits a page set in two columns into its columns. A gutter is an x near the middle that no
 * line crosses while both sides hold long lines; lines that cross it (a title over both columns)
 * cut the page into bands, each read left column then right.
 */
function splitColumns(lines: Line[]): Line[][] {
  if (lines.length < 6) return [lines];
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.end));
  const width = right - left;
  const crosses = (l: Line, x: number) => l.segments.some((s) => s.x < x && s.end > x);
  // The middle of the widest clear gap near the page's middle, if long lines stand on both sides.
  const crossingAt: Array<{ x: number; n: number }> = [];
  for (let x = left + width * 0.35; x <= left + width * 0.65; x += 1) crossingAt.push({ x, n: lines.filter((l) => crosses(l, x)).length });
  const fewest = Math.min(...crossingAt.map((c) => c.n));
  if (fewest > lines.length * 0.1) return [lines];
  let best = { from: 0, to: -1 };
  let from = -1;
  crossingAt.forEach((c, k) => {
    if (c.n !== fewest) from = -1;
    else {
      if (from < 0) from = k;
      if (k - from > best.to - best.from) best = { from, to: k };
    }
  });
  const x = crossingAt[Math.floor((best.from + best.to) / 2)].x;
  const long = lines.filter((l) => {
    const leftPart = l.segments.filter((s) => s.end <= x);
    const rightPart = l.segments.filter((s) => s.x >= x);
    return leftPart.length > 0 && rightPart.length > 0 && leftPart.at(-1)!.end - leftPart[0].x > width * 0.3 && rightPart.at(-1)!.end - rightPart[0].x > width * 0.3;
  });
  const gutter = long.length >= lines.length * 0.3 ? x : null;
  if (gutter === null) return [lines];
  const g = gutter;
  const flows: Line[][] = [];
  let band: Line[] = [];
  const closeBand = () => {
    const leftCol: Line[] = [];
    const rightCol: Line[] = [];
    for (const l of band) {
      const l1 = l.segments.filter((s) => s.end <= g);
      const r1 = l.segments.filter((s) => s.x >= g);
      if (l1.length) leftCol.push(lineOf(l, l1));
      if (r1.length) rightCol.push(lineOf(l, r1));
    }
    if (leftCol.length) flows.push(leftCol);
    if (rightCol.length) flows.push(rightCol);
    band = [];
  };
  for (const l of lines) {
    if (crosses(l, g)) {
      closeBand();
      flows.push([l]);
    } else band.push(l);
  }
  closeBand();
  return flows;
}

const lineOf = (l: Line, segments: Segment[]): Line => ({ ...l, segments, x: segments[0].x, end: segments.at(-1)!.end });

/** A table that ran to the foot of a column: its row may go on at the top of the next one. */
interface TableEnd {
  columns: number[];
  size: number;
}

/**
 * One column's lines as text, tables as tab-separated rows, wrapped paragraphs joined. Lines at the
 * top that sit in the columns of a table ending the previous column or page, before any line with
 * two cells, are the rest of its last row (`rowGoesOn`, cells by column).
 */
function flowText(lines: Line[], carry: TableEnd | null): { lines: string[]; rowGoesOn: string[] | null; tableEnd: TableEnd | null } {
  const out: string[] = [];
  const left = Math.min(...lines.map((l) => l.x));
  // Not the farthest end: punctuation may hang past the margin.
  const ends = lines.map((l) => l.end).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.75)];
  let rowGoesOn: string[] | null = null;
  let i = 0;
  if (carry) {
    const near = (x: number) => carry.columns.some((c) => Math.abs(c - x) <= carry.size * 0.6);
    while (i < lines.length && lines[i].segments.length === 1 && Math.abs(lines[i].size - carry.size) <= 0.5 && near(lines[i].x)) {
      rowGoesOn ??= carry.columns.map(() => '');
      const column = columnIndex(carry.columns, lines[i].x, carry.size);
      rowGoesOn[column] = joinWrapped(rowGoesOn[column], textOf(lines[i]));
      i++;
    }
  }
  let paragraph: Line | null = null;
  let text = '';
  let tableEnd: TableEnd | null = null;
  const flush = () => {
    if (paragraph) out.push(text);
    paragraph = null;
  };
  while (i < lines.length) {
    const table = tableAt(lines, i);
    if (table) {
      flush();
      out.push(...table.rows);
      i = table.next;
      tableEnd = { columns: table.columns, size: lines[i - 1].size };
      continue;
    }
    tableEnd = null;
    const line = lines[i];
    if (paragraph && wrapsInto(paragraph, line, left, right)) text = joinWrapped(text, textOf(line));
    else {
      flush();
      text = textOf(line);
    }
    paragraph = line;
    i++;
  }
  flush();
  return { lines: out, rowGoesOn, tableEnd };
}

function appendCells(row: string, more: string[]): string {
  const cells = row.split('\t');
  more.forEach((text, k) => {
    if (text && k < cells.length) cells[k] = joinWrapped(cells[k], text);
  });
  return cells.join('\t');
}

/** The column a text starting at x stands in: the last column start at or left of it. */
function columnIndex(columns: number[], x: number, size: number): number {
  let c = 0;
  columns.forEach((start, k) => {
    if (start <= x + size * 0.6) c = k;
  });
  return c;
}

const SENTENCE_END = /[。;；:：!！?？]$/;
const ENUMERATOR = /^(?:第[一二三四五六七八九十百]+[条章节部分]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[①-⑳])/;

/**
 * A line goes on the paragraph above when that one ran to the right margin, or nearly (a line may
 * end short where a character must not start the next one) and this one is not indented; a line
 * that starts a new item never does.
 */
function wrapsInto(above: Line, line: Line, left: number, right: number): boolean {
  if (Math.abs(above.size - line.size) > 0.5) return false;
  if (above.y - line.y > line.size * 2.2) return false;
  if (ENUMERATOR.test(line.segments[0].text.trim())) return false;
  const indented = line.x > left + line.size * 1.5;
  const ended = SENTENCE_END.test(textOf(above).trimEnd());
  if (above.end >= right - above.size * 1.5) return !(indented && ended);
  return !indented && !ended && above.end >= right - above.size * 4;
}

function joinWrapped(text: string, next: string): string {
  return /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(next) ? `${text} ${next}` : text + next;
}

/**
 * A table starting at line `i`: two or more lines cut into cells at the same x positions, with
 * the wrapped lines of their cells. Cells are found per column (a column's lines closer than a
 * row's padding belong to one cell), rows by the tops their cells share.
 */
function tableAt(lines: Line[], i: number): { rows: string[]; next: number; columns: number[] } | null {
  if (lines[i].segments.length < 2) return null;
  const size = lines[i].size;
  const near = (a: number, b: number) => Math.abs(a - b) <= size * 0.6;
  const starts: number[] = [];
  const addStarts = (l: Line) => {
    for (const s of l.segments) if (!starts.some((x) => near(x, s.x))) starts.push(s.x);
  };
  addStarts(lines[i]);
  let end = i + 1;
  let lastTabular = i;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (Math.abs(l.size - size) > 0.5 || lines[j - 1].y - l.y > size * 3) break;
    const aligned = l.segments.every((s) => starts.some((x) => near(x, s.x)));
    if (l.segments.length >= 2 && (aligned || l.segments.filter((s) => starts.some((x) => near(x, s.x))).length >= 2)) {
      addStarts(l);
      lastTabular = j;
    } else if (!aligned) break;
    end = j + 1;
  }
  if (lastTabular === i) return null;
  const region = lines.slice(i, end);
  const columns = starts.sort((a, b) => a - b);
  const columnOf = (x: number) => columnIndex(columns, x, size);

  // Cells: per column, its lines top to bottom. Where row padding makes the gaps between rows
  // wider than those between a cell's wrapped lines, a wide gap starts a new cell; where all gaps
  // look alike, a line starts a new row unless it only goes on in some of the columns above it.
  const gaps = region.slice(1).map((l, k) => region[k].y - l.y).filter((g) => g > size * 0.6);
  const narrowest = Math.min(...gaps);
  const widest = Math.max(...gaps);
  const padded = widest > narrowest * 1.15;
  interface Cell {
    top: number;
    text: string;
    column: number;
    lastY: number;
  }
  const cells: Cell[] = [];
  const open = new Map<number, Cell>();
  let previousColumns = new Set<number>();
  for (const l of region) {
    // By run, not by segment: a cell whose text fills its width runs into the next one.
    const pieces: Array<{ column: number; text: string }> = [];
    for (const seg of l.segments) {
      for (const { run, spaced } of seg.runs) {
        const column = columnOf(run.x);
        const last = pieces.at(-1);
        if (last && last.column === column) last.text += (spaced ? ' ' : '') + run.text;
        else pieces.push({ column, text: run.text });
      }
    }
    const columnsHere = new Set(pieces.map((p) => p.column));
    const continuesAbove = columnsHere.size < previousColumns.size && [...columnsHere].every((c) => previousColumns.has(c));
    for (const { column: c, text } of pieces) {
      const cell = open.get(c);
      const goesOn = cell && (padded ? cell.lastY - l.y < (narrowest + widest) / 2 : continuesAbove);
      if (cell && goesOn) {
        cell.text = joinWrapped(cell.text, text);
        cell.lastY = l.y;
      } else {
        const fresh = { top: l.y, text, column: c, lastY: l.y };
        cells.push(fresh);
        open.set(c, fresh);
      }
    }
    previousColumns = columnsHere;
  }
  const tops: number[] = [];
  for (const cell of [...cells].sort((a, b) => b.top - a.top)) if (!tops.some((t) => Math.abs(t - cell.top) <= size * 0.5)) tops.push(cell.top);
  const grid = tops.map(() => columns.map(() => ''));
  for (const cell of cells) {
    const r = tops.findIndex((t) => Math.abs(t - cell.top) <= size * 0.5);
    grid[r][cell.column] = grid[r][cell.column] ? `${grid[r][cell.column]} ${cell.text}` : cell.text;
  }
  return { rows: grid.map((cells) => cells.map((c) => c.replace(/\t/g, ' ').trim()).join('\t')), next: end, columns };
}
