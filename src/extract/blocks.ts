import { MAX_PLACED_LINES, NUMBER_COLUMN, ROW_NUMBER, cellKind, isUnitColumn, lineKind, placeLines, placeRow } from './row-layout.ts';

/**
 * Turns a document's lines into blocks the recognisers read: paragraphs (lines joined where a PDF
 * or page break cut a sentence) and table rows (tab-separated or Markdown pipe tables).
 */

import { holdsNothing, normalise, normaliseCell, toSimplified, withoutMarkup, withoutPinyinReadings } from './normalise.ts';
import { BODY, CO_LABEL, CO_WORD, FIRST_LEADS_NOTE, LEAD_LABEL, MARKED_LEAD_NOTE, UNITS_LABEL, UNIT_LIST_LABEL, UNIT_LIST_LABEL_OPENINGS } from './role-labels.ts';

export interface TextPiece {
  text: string;
  /** 1-based input line of the piece's first character; `lineAt` finds the line of any offset. */
  line: number;
  /** Offsets in `text` where a new input line starts, with its line number. */
  breaks: Array<{ offset: number; line: number }>;
}

export function lineAt(piece: TextPiece, offset: number): number {
  // The last break at or before `offset`, by binary search: a paragraph may span many lines.
  let lo = 0;
  let hi = piece.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (piece.breaks[mid].offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? piece.line : piece.breaks[lo - 1].line;
}

export type ColumnRole = 'task' | 'units' | 'lead' | 'co' | 'deadline' | 'other';

export interface TableCell {
  role: ColumnRole;
  header: string;
  piece: TextPiece;
  /** True when the cell was empty and took the text of the cell above (a merged cell). */
  inherited: boolean;
}

export type Block =
  | { kind: 'paragraph'; piece: TextPiece; heading: boolean }
  | { kind: 'row'; cells: TableCell[]; line: number };

// "2.2021年6月底前完成…": an item's number may run into the year its item opens with, where a number and a fraction
// never stand before 年 with four digits after the point.
const ENUMERATOR = /^\s*(?:#+\s*)?(?:第[一二三四五六七八九十百]+[条章节部分]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|\d{1,2}[.．](?=(?:19|20)\d{2}年)|[①-⑳])/;
/** The characters that end a sentence, that leave it open, and closing brackets (each one UTF-16 unit). */
const SENTENCE_END = '。;；!！?？:：';
const OPEN_END = ',，、(（“《';
const CLOSE_PAREN_END = ')）';
const MARKDOWN_HEADING = /^\s*#+\s/;
/** A line that is only a printed page number: "— 5 —", "- 12 -", "–3–", "第 2 页 共 6 页", "第3页". */
const PAGE_NUMBER = /^\s*(?:[—–\-－]+\s*\d{1,4}\s*[—–\-－]+|第\s*[0-9０-９]{1,4}\s*[页頁](?:\s*共\s*[0-9０-９]{1,4}\s*[页頁])?)\s*$/;
const HASH = '#'.charCodeAt(0);
/**
 * What a line's opening character (openingCode) lets it be, as bits: a page number (PAGE_NUMBER), a line holding
 * nothing but markup or invisible characters (holdsNothing), a line of a box-drawn table (BOX_LINE). Every line is
 * asked, before any of those patterns: one look in a table, where a search of a list of characters was a call each.
 */
const OPENING_KINDS = new Uint8Array(0x10000);
const OPENS_PAGE_NUMBER = 1;
const OPENS_NOTHING_SEEN = 2;
const OPENS_BOX_LINE = 4;
for (const [characters, kind] of [
  ['—–-－第', OPENS_PAGE_NUMBER],
  ['<&\u200b\u200c\u200d\u2060\u00ad', OPENS_NOTHING_SEEN],
  ['│┃║┌┏╔├┣╠└┗╚', OPENS_BOX_LINE],
] as const) {
  for (let i = 0; i < characters.length; i++) OPENING_KINDS[characters.charCodeAt(i)] |= kind;
}
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The cell separators of a pipe row, its outer pipes left out ("a | b | c |" has two). */
function pipeSeparators(line: string): number {
  // Every line is asked: most hold no pipe, and need no trimmed copy to say so.
  if (!line.includes('|')) return 0;
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  let count = 0;
  for (let i = inner.indexOf('|'); i >= 0; i = inner.indexOf('|', i + 1)) count++;
  return count;
}

/**
 * A table line: tab-separated, framed by pipes, or a pipe row whose leading "|" was lost in copying
 * ("任务 | 3月份 | 安监站 |"), which shows as a run of lines cut by the same number of pipes.
 */
function isTableLine(lines: string[], n: number): boolean {
  const line = lines[n - 1] ?? '';
  if (line.includes('\t') || /^\s*\|.*\|\s*$/.test(line)) return true;
  const count = pipeSeparators(line);
  if (count === 0) return false;
  if ([lines[n - 2], lines[n]].some((near) => near !== undefined && pipeSeparators(near) === count)) return true;
  // "2 | 扎实做好… | 疾控处 | 长期推进 |" under "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |": a row that lost
  // cells to merging has fewer pipes than its neighbours, and a page may set a lone pipe between rows. Rows closed by
  // their pipe, next to one another but for lone pipes, are a table whatever their counts.
  return closesCell(line) && [-1, 1].some((step) => closesCell(nearestBeyondLonePipes(lines, n, step)) && pipeSeparators(nearestBeyondLonePipes(lines, n, step)) > 0);
}

/** Does the line end with the pipe that closes its last cell? */
function closesCell(line: string): boolean {
  return line.trimEnd().endsWith('|');
}

/** The nearest line before (step −1) or after (step 1) line `n` that is not a lone pipe, or ''. */
function nearestBeyondLonePipes(lines: string[], n: number, step: number): string {
  for (let k = n + step; k >= 1 && k <= lines.length; k += step) if (!LONE_PIPE.test(lines[k - 1])) return lines[k - 1];
  return '';
}

/** A line break written as a tag inside a pipe cell (<br>, <br/>, <BR />): a Markdown cell holds no line of its own. */
const BREAK_TAG = /<br\s*\/?>/gi;

function splitCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  // "县住建局<br>县财政局": a page's cell over two lines, as a converter writes it into one. It parts what the line break
  // parted, as a space does where the page is read as HTML (formats/html.ts joins a cell's lines so).
  if (line.includes('<')) for (let i = 0; i < cells.length; i++) cells[i] = cells[i].replace(BREAK_TAG, ' ');
  return cells;
}

/** Where a bold mark (<b>, </b>, **) may stand: most cells and lines hold none, which one search tells. */
const BOLD_MARK = /b>|\*\*/;

/** What sets a line apart from prose: a cell separator (a pipe, a tab) or a bold mark. */
const CELL_OR_BOLD_MARK = /[|\t]|b>|\*\*/;
/** CELL_OR_BOLD_MARK or the paragraph mark Р (PARAGRAPH_MARK): the line may be other than one line of prose. */
const LINE_MARK = /[|\tР]|b>|\*\*/;

/** A cell's text without bold marks (<b>, **). */
const cleanCell = (s: string) => (BOLD_MARK.test(s) ? s.replace(/<\/?b>/g, '').replace(/\*\*/g, '') : s);

const LEAD_COLUMN = new RegExp(LEAD_LABEL);
const CO_COLUMN = new RegExp(CO_LABEL);
const NAMES_HELPERS = new RegExp(CO_WORD);
/**
 * The body that carries out the duty a column names: 公开主体 beside 公开时限 in a 政务公开标准目录 (德安 2023, 凤屯,
 * 锡林浩特, 赛罕, 巩留 2023), 实施主体, 办理主体. One that applies or gains (申报主体, 受益主体, 市场主体) is none.
 */
const DUTY_BODY = '(?:公开|实施|执行|办理|落实|整改)主体$';
const UNITS_COLUMN = new RegExp(`${UNITS_LABEL}|责任分工|(?:${BODY})$|${DUTY_BODY}`);

/** A note in brackets (normalising folds the full-width ones). */
const NOTE = /\([^()]*\)/g;
const FIRST_LEADS = new RegExp(FIRST_LEADS_NOTE);
const MARKED_LEAD = new RegExp(MARKED_LEAD_NOTE);

/**
 * A header's name apart from the note in brackets after it: "责任单位(列第一位的为牵头单位)" names a column of 责任单位,
 * whatever units the note speaks of; "重点工作任务(杭州市2项牵头工作、19项配合工作)" a column of tasks. A name that
 * is all in brackets is read whole.
 */
function headerParts(header: string): { name: string; note: string } {
  const h = withoutWhiteSpace(normaliseCell(header).text);
  if (!h.includes('(')) return { name: h, note: '' };
  const name = h.replace(NOTE, '');
  return name ? { name, note: h.match(NOTE)?.join('') ?? '' } : { name: h, note: '' };
}

/** The mark a column's note says its lead carries ("责任部门(加*号为牵头部门,其余为参与部门)": *), or null. */
export function columnLeadMark(header: string): string | null {
  return MARKED_LEAD.exec(headerParts(header).note)?.[1] ?? null;
}

/**
 * A column of the days things were issued, took force or were revised: "模型名称 | 发布日期", "文件 | 标题 | 文号 | 发布日期
 * | 施行日期", "法规 | 施行日期", "版本 | 更新日期 | 更新内容", "版本号 | 修订日期 | 修订内容". A list of documents or releases,
 * or a document's record of its own changes, dates each row by an act done, owed by no one; the spec records neither a
 * signing date nor an effective date. A time to issue or update by is named otherwise (发布时限, 完成时间, 更新周期).
 */
const ISSUED_ON_COLUMN = /(?:(?:发布|印发|成文|发文|公布|颁布|签发|施行|生效)日期?|(?:更新|修订|修改|创建)(?:日期|时间))$/;

export function columnRole(header: string): ColumnRole {
  // Read as the recognisers read text: 牽頭單位 and 工作進度安排 name the same columns as 牵头单位 and 工作进度安排.
  const { name: h, note } = headerParts(header);
  // A column of units is named by a label of role-labels.ts; one naming helpers beside the lead ("牵头单位/配合单位")
  // is no column of leads. The body alone (单位, 责任科室、单位) names the units responsible; so does 责任分工.
  // A 牵头单位 column whose note says the first listed leads, or the one marked, names others beside the lead: they help it.
  if (LEAD_COLUMN.test(h) && !NAMES_HELPERS.test(h)) return FIRST_LEADS.test(note) || MARKED_LEAD.test(note) ? 'units' : 'lead';
  if (CO_COLUMN.test(h)) return 'co';
  if (UNITS_COLUMN.test(h)) return 'units';
  if (ISSUED_ON_COLUMN.test(h)) return 'other';
  // 完成节点, 时间节点: a milestone is a date.
  if (/时限|时间|进度|期限|节点|截止|年份|阶段|日期/.test(h)) return 'deadline';
  // 表名: a table of reports to send names each by its form; 民生实事: a table of the year's public works names each a 实事.
  if (/任务|事项|内容|工作|措施|举措|项目|名称|表名|实事/.test(h)) return 'task';
  return 'other';
}

const LIST_OR_SENTENCE_MARK = /[、,，;；。]/;
/** A note in brackets as the input writes it, half- or full-width. */
const WRITTEN_NOTE = /[(（][^()（）]*[)）]/g;

/**
 * A header names its columns in a few words; a body cell that mentions 单位 is longer or lists. A row's number
 * ("9") is never a column's name. Under a header, a short row naming one unit ("| 开展创建 | 县文明办 | 县直各部门 |
 * 长期坚持 |") is a body row: a header repeated on a new page names at least two of the columns again.
 */
function isHeaderRow(cells: string[], underHeader = false): boolean {
  // Every body row of a table is asked: its first long cell answers, before the cells after it are read.
  const names: string[] = [];
  for (const c of cells) {
    // A name is read without the note in brackets after it ("责任单位(列第一位的为牵头单位)"): the note may be long and list.
    const named = c.includes('(') || c.includes('（') ? c.replace(WRITTEN_NOTE, '') || c : c;
    // Normalising keeps these marks (folding the full-width ones): a body cell that holds one is known without it.
    if (LIST_OR_SENTENCE_MARK.test(named)) return false;
    const n = withoutWhiteSpace(normaliseCell(cleanCell(named)).text);
    if (n.length > 12 || /[、,;。]/.test(n) || /^\d{1,3}[.、]?$/.test(n)) return false;
    names.push(named === c ? n : withoutWhiteSpace(normaliseCell(cleanCell(c)).text));
  }
  // Pushed, not mapped, for the reason tableRow gives.
  const roles: ColumnRole[] = [];
  for (const name of names) roles.push(columnRole(name));
  if (underHeader && roles.filter((r) => r !== 'other').length < 2) return false;
  return roles.includes('deadline') || roles.includes('units') || roles.includes('lead');
}

/** A period standing alone as a column's name: 第一季度, 二季度, Q3, 1月, 十二月份, 上半年, 2024年, 2024年度. */
const PERIOD_NAME = /^(?:第?[一二三四1-4]季度|Q[1-4]|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?|[上下]半年|(?:19|20)\d{2}年度?)$/i;

const PERIOD_MARK = /[季月年QqＱｑ]/;
/** Room for a period's name in a cell as written: markup (**, <br>), spaces and a bracketed note around 第一季度. */
const PERIOD_CELL_LENGTH = 40;

/**
 * Does a row name periods, one a column, as the header of a table of figures does ("项目 | 第一季度 | 第二季度 | 第三季度
 * | 第四季度 | 年度总计", "年份 | 上半年 | 下半年")? Three periods or more, or both halves of a year: a row of tasks holds one
 * time, or two for when its work starts and ends.
 */
function namesPeriods(cells: string[]): boolean {
  let periods = 0;
  let halves = 0;
  for (const c of cells) {
    // Normalised only where it can name one: every period name holds 季, 月, 年 or Q (Ｑ before folding), and a cell of
    // more than a few words is a task or a figure's label. Most body rows have neither.
    if (c.length > PERIOD_CELL_LENGTH || !PERIOD_MARK.test(c)) continue;
    const name = withoutWhiteSpace(normaliseCell(cleanCell(c)).text);
    if (!PERIOD_NAME.test(name)) continue;
    periods++;
    if (name.endsWith('半年')) halves++;
  }
  return periods >= 3 || halves === 2;
}

/** A column name standing alone on its line: a few Chinese words (spaces among them aside), no number and no punctuation. */
const HEADER_NAME = /^\s*(?:[\u4e00-\u9fa5]\s*){2,8}$/;
/** Where a pinyin reading may open after a character: a line without one is asked as it is. */
const READING_OPENS = /[\u3400-\u9fff][(（]/;
/**
 * The longest a glossed name runs: eight characters each with a reading of up to seven letters in brackets, and a note
 * (NAME_WITH_NOTE's forty). A longer line, as most lines of prose are, is not searched for readings.
 */
const GLOSSED_NAME_LENGTH = 8 * 10 + 42;

/** Might the line hold pinyin readings a mirror glosses a name with? */
const mayBeGlossed = (text: string) => text.length <= GLOSSED_NAME_LENGTH && READING_OPENS.test(text);

/** Is the line a column name alone (HEADER_NAME), read without the pinyin readings a mirror glosses it with (columnName)? */
function opensAsName(text: string): boolean {
  return HEADER_NAME.test(text) || (mayBeGlossed(text) && HEADER_NAME.test(withoutPinyinReadings(text)));
}

/**
 * A column's name as a mirror that glosses characters with their pinyin copies it ("序號(hào)", "公開時(shí)限",
 * "公開內(nèi)容(要素)"): the readings are no part of the name, as normalising leaves them out of the text. Null for a
 * line that is no name (HEADER_NAME or NAME_WITH_NOTE) without them.
 */
function columnName(text: string): string | null {
  // Read without its readings first: "序號(hào)" would pass for a name and its note.
  const name = mayBeGlossed(text) ? withoutPinyinReadings(text) : text;
  return HEADER_NAME.test(name) || NAME_WITH_NOTE.test(name) ? name : null;
}

/** A lone pipe: the cell separator of a web table whose cells were copied one per line. */
const LONE_PIPE = /^\s*\|\s*$/;
/** A cell copied on its own line with the pipe that closed it ("全年 |"): the pipe marks it a cell, whatever its length. */
const CLOSING_PIPE = /\s*\|\s*$/;

/**
 * A line's text as one cell of a cell-per-line table, and whether a closing pipe marks it as one.
 * `cleaned` is the line's cleanCell, when the caller has it already.
 */
function cellLine(raw: string, cleaned?: string): { text: string; closed: boolean } {
  // Every line is asked: most hold no pipe, and its last character answers for most that do, where the pattern would try each space.
  const closed = raw.includes('|') && raw.trimEnd().endsWith('|') && !LONE_PIPE.test(raw) && pipeSeparators(raw) === 0 && !/^\s*\|/.test(raw);
  return { text: (closed ? cleanCell(raw.replace(CLOSING_PIPE, '')) : (cleaned ?? cleanCell(raw))).trim(), closed };
}
/** Can a cell-per-line table start at this line: a lone pipe, or a column name alone on its line? `cleaned` is its cleanCell. */
function mayOpenCellPerLineTable(raw: string, cleaned: string): boolean {
  // HEADER_NAME allows white space around a name: a line without a pipe is asked as it is, not as a trimmed copy.
  return LONE_PIPE.test(raw) || opensAsName(raw.includes('|') ? cellLine(raw, cleaned).text : cleaned);
}

/** A row that names a section of the table ("一、年报", "二、基础通用标准"), not an item. */
const SECTION_ROW = /^\s*(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\))[^\d]{0,20}$/;

/** Is line `n` a section row (SECTION_ROW, its brackets full-width or not, closed by a pipe or not) with a row of the table after it? */
function isSectionRowOfTable(lines: string[], n: number, last: number): boolean {
  if (!SECTION_ROW.test(normaliseCell(cellLine(lines[n - 1]).text).text)) return false;
  for (let k = n + 1; k <= last; k++) {
    if (!lines[k - 1].trim() || LONE_PIPE.test(lines[k - 1])) continue;
    return isTableLine(lines, k);
  }
  return false;
}

/** How many lines of a cell-per-line table are gathered at most. */
const MAX_CELL_LINES = 4000;
/** More column names than this in a row are a list of names, not a header. */
const MAX_HEADER_NAMES = 200;

/**
 * A table copied from a web page with one cell per line: a header of N column names on N lines,
 * then each row's N cells on the next N lines (lone "|" lines between them are separators). Where
 * each name ends with the pipe that closes its cell, every cell is closed so: a cell runs over its
 * lines to its pipe, a pipe alone closes an empty cell, and two names make a header. Returns
 * the blocks and the last line read, or, when no header of at least three names with a column of
 * dates or units starts at `n`, the last line known to start none: the last name of the run read.
 * A start further down the run reads the same lines less its first names, and fewer names have no
 * such column either; so a run of N short lines is read once, not N times.
 */
function cellPerLineTable(lines: string[], n: number, last: number): { blocks: Block[]; end: number } | { noTableThrough: number } {
  const content: CellLine[] = [];
  let k = n;
  let ended = false;
  // A table whose first name is closed by its pipe closes every cell so: a cell runs over its lines up to the one that closes it.
  const closedCells = cellLine(lines[n - 1] ?? '').closed;
  // A table whose first name is followed by a pipe alone parts every cell so: a cell runs over its lines up to the next.
  const partedCells = !closedCells && partedBelow(lines, n, last);
  // Once a header whose first column numbers the rows is read, the cells gathered since the last row number (-1 before
  // the first): a long line that follows a row's number within its width is a cell of that row, not prose after the table.
  let rowWidthAfterNumber = 0;
  let cellsSinceNumber = -1;
  // Where the first line so admitted stands in `content`: were the rows not numbered after all, the table ends there.
  let firstAdmittedLong = -1;
  // Once a header whose first column is the time is read, the lines gathered since the last time (-1 before the first):
  // a long line within the rows a time cell merged over may span is a cell of one of them (rowsOpeningAtTime).
  let rowWidthAfterTime = 0;
  let linesSinceTime = -1;
  // Only what a table could hold is gathered: the run stops at the first line of prose.
  const gatherOne = (): boolean => {
    for (; !ended && k <= last && content.length < MAX_CELL_LINES; k++) {
      const raw = lines[k - 1] ?? '';
      if (!raw.trim()) continue;
      // Where pipes close the cells, a pipe alone closes an empty one (a merged cell, as above); elsewhere it parts two cells.
      if (LONE_PIPE.test(raw)) {
        if (!closedCells) continue;
        content.push({ text: '', line: k++ });
        return true;
      }
      const { text, closed } = cellLine(raw);
      const parted = partedCells ? cellPartedBelow(lines, k, last) : null;
      if (parted && parted.cell.parts) {
        content.push(parted.cell);
        k = parted.end + 1;
        return true;
      }
      if (closedCells && !closed) {
        const cell = cellClosedBelow(lines, k, last);
        if (!cell) break;
        content.push(cell.cell);
        k = cell.end + 1;
        return true;
      }
      // A line a pipe alone closes below is a cell however long: prose after the table has no pipe to close it.
      const long = !closed && !parted && (text.replace(/\s+/g, '').length > 60 || (/。$/.test(text) && text.length > 30));
      if (long) {
        const underTime = linesSinceTime >= 0 && linesSinceTime < MAX_MERGED_ROWS * rowWidthAfterTime;
        if (!underTime && (cellsSinceNumber < 0 || cellsSinceNumber >= rowWidthAfterNumber)) break;
        if (firstAdmittedLong < 0) firstAdmittedLong = content.length;
      }
      if (rowWidthAfterNumber > 0) cellsSinceNumber = ROW_NUMBER.test(text) ? 0 : cellsSinceNumber >= 0 ? cellsSinceNumber + 1 : -1;
      if (rowWidthAfterTime > 0) linesSinceTime = sinceTime(linesSinceTime, text);
      content.push({ text, line: k++ });
      return true;
    }
    ended = true;
    return false;
  };
  let width = 0;
  // The header is read before the rows are gathered: most short lines start no table.
  while (width < content.length || gatherOne()) {
    const cell = content[width];
    // A name whose cell holds its note on lines of its own ("责任部门" over "(加*号为牵头部门," and "其余为参与部门)") is one name.
    const joined = cell.parts ? cell.parts.map((p) => p.text).join('') : null;
    const name = columnName(joined ?? cell.text);
    if (name === null || (joined !== null && !NAME_WITH_NOTE.test(name))) break;
    if (joined !== null || name !== cell.text) content[width] = { text: name, line: cell.line };
    width++;
  }
  // A start further down with more names ahead of it than a header holds starts no table either, so
  // a run of names longer than the gathering cap is not read again from each of its lines.
  if (width > MAX_HEADER_NAMES) return { noTableThrough: content[width - 1 - MAX_HEADER_NAMES].line };
  // The names are pushed, not mapped: isHeaderRow reads rows split from a line too, and map makes a packed or a
  // holey array by which of V8's tiers runs it; isHeaderRow's optimised code, which had seen one kind, was thrown
  // away at the other (node --trace-deopt: wrong map).
  const firstNames: string[] = [];
  for (let i = 0; i < width; i++) firstNames.push(content[i].text);
  // A column that numbers the rows is a table's first: short lines above it ("王琴英", the section's leader; a title) are
  // no names of its columns, and the table starts at it.
  const numberColumn = firstNames.findIndex((name, i) => i > 0 && NUMBER_COLUMN.test(name.replace(/\s+/g, '')));
  if (numberColumn > 0) return { noTableThrough: content[numberColumn - 1].line };
  // Two names make a header only where pipes close the cells: two short lines of prose are as likely.
  if (width < (closedCells ? 2 : 3) || !isHeaderRow(firstNames)) {
    // Names are short and unpunctuated, so only their roles fail them. A gathering cut at its cap may end another start's run elsewhere.
    return { noTableThrough: width > 0 && content.length < MAX_CELL_LINES ? content[width - 1].line : n };
  }
  if (NUMBER_COLUMN.test(firstNames[0].replace(/\s+/g, ''))) {
    rowWidthAfterNumber = width - 1;
    // The header's reading may have gathered the first row's number already.
    for (let i = width; i < content.length; i++) cellsSinceNumber = ROW_NUMBER.test(content[i].text) ? 0 : cellsSinceNumber >= 0 ? cellsSinceNumber + 1 : -1;
  }
  if (columnRole(firstNames[0]) === 'deadline') {
    rowWidthAfterTime = width - 1;
    for (let i = width; i < content.length; i++) linesSinceTime = sinceTime(linesSinceTime, content[i].text);
  }
  while (gatherOne());
  // "工作任务 / 责任单位 / 完成时限" over rows with no number: a row's short cells ("开展专项整治", "县行政审批局") pass for
  // names too, and the run of names runs on into the first row.
  if (!closedCells && !partedCells && !NUMBER_COLUMN.test(firstNames[0].replace(/\s+/g, ''))) width = widthUnderDates(content, width);
  const names: string[] = [];
  for (let i = 0; i < width; i++) names.push(content[i].text.replace(/\s+/g, ''));
  // A header of two rows copied one name a line gives the columns its second row names in place of the names they
  // stand under; the rows are `columns` lines each, the header `width`.
  const grouped = namesUnderGroups(names, content.slice(width));
  const header = tableHeader(grouped ?? names, grouped ?? names);
  const columns = header.names.length;
  const cellsInRow = rowWidth(content.slice(width).map((c) => c.text), header.roles);
  const above = new Map<number, TextPiece>();
  const blocks: Block[] = [];
  const numbered = numberedRows(content.slice(width), names[0], columns, header.roles.indexOf('deadline'));
  // "时间 / 工作事项 / 责任主体" over rows that a time cell merged over several opens: each row under its time.
  const underTimes = numbered ? null : rowsOpeningAtTime(content.slice(width), header.roles);
  if (underTimes) {
    for (const row of underTimes) blocks.push(rowOfLines(row, header, above));
    const lastRow = underTimes[underTimes.length - 1];
    return { blocks, end: lastRow[lastRow.length - 1].line };
  }
  let numberedAtRuns = false;
  if (!numbered) {
    // Rows a run of `width` lines each, numbered: the table ends with the last of them (a notice's closing lines and its
    // signature are short lines too, a long line let in or not, unless a number further on goes on with the rows: "1.1"
    // under a group row); rows not numbered after all end where the first long line was let in.
    const body = content.slice(width);
    const numberedEnd = numberedRunsEnd(body, columns);
    numberedAtRuns = numberedEnd >= 0 && (firstAdmittedLong >= 0 || !body.slice(numberedEnd).some((l) => ROW_OR_SUB_NUMBER.test(l.text.trim())));
    if (numberedAtRuns) content.length = width + numberedEnd;
    else if (firstAdmittedLong >= 0) content.length = firstAdmittedLong;
  }
  const end = content.length ? content[content.length - 1].line : n;
  if (numbered) {
    let last = n;
    for (const row of numbered) {
      if ('section' in row) {
        blocks.push({ kind: 'paragraph', piece: { text: row.section.text, line: row.section.line, breaks: [] }, heading: true });
        last = row.section.line;
        continue;
      }
      for (const cells of linesInColumns(row, header.roles)) blocks.push(rowOfCells(cells, row.number.line, header, above));
      last = row.lines.length ? row.lines[row.lines.length - 1].line : row.number.line;
    }
    return { blocks, end: last };
  }
  // Rows numbered a run of `width` lines each are cut by their numbers: a task opening with its own date
  // ("2023年6月底前完成方案制定") ends no row.
  const endingAtDeadline = cellsInRow === columns && !numberedAtRuns ? rowsEndingAtDeadline(content.slice(width), header.roles) : null;
  if (endingAtDeadline) {
    for (const row of endingAtDeadline) blocks.push(rowOfLines(row, header, above));
    return { blocks, end };
  }
  let i = width;
  while (i < content.length) {
    if (SECTION_ROW.test(content[i].text)) {
      blocks.push({ kind: 'paragraph', piece: { text: content[i].text, line: content[i].line, breaks: [] }, heading: true });
      i++;
      continue;
    }
    // A row cut off at the end of the text keeps the cells it has, in their own columns.
    const row = content.slice(i, i + cellsInRow);
    // Under a column that numbers the rows, a last run of lines too short for a row and with no number is what follows
    // the table (the notice's issuer and its date, whose date a deadline column standing second took for the row's).
    if (row.length < cellsInRow && i > width && NUMBER_COLUMN.test(names[0]) && !ROW_NUMBER.test(row[0].text)) return { blocks, end: content[i - 1].line };
    // With no such column, a last run too short for a row that is a name and a day is the notice's issuer and its date.
    if (row.length < cellsInRow && i > width && isSignature(row)) return { blocks, end: content[i - 1].line };
    // A row one cell short lost its first column's empty cell: it is put back, so each cell keeps its column.
    // Pushed one by one: spread from Array(n).fill(…) the lists were holey arrays, unlike every other row's, and the
    // code optimised for the others was thrown away at them (node --trace-deopt: wrong map in placeRow).
    const cells: string[] = [];
    const cellLines: number[] = [];
    for (let k = cellsInRow; k < columns; k++) {
      cells.push('');
      cellLines.push(row[0].line);
    }
    for (const c of row) {
      cells.push(c.text);
      cellLines.push(c.line);
    }
    for (let k = row.length; k < cellsInRow; k++) cells.push('');
    i += row.length;
    if (row.length === columns && row.some((c) => c.parts)) {
      for (const block of rowOfLinedCells(row, header, above)) blocks.push(block);
      continue;
    }
    blocks.push(tableRow(cells, row[0].line, header, above, cellLines));
  }
  return { blocks, end };
}

/** A notice's signature copied one line a field: the issuers' names, then the day alone on its line ("2023年3月1日"). */
function isSignature(run: CellLine[]): boolean {
  const day = run[run.length - 1].text.trim();
  return run.length >= 2 && isDigitCode(day.charCodeAt(0)) && DATE_LINE.test(day) && run.slice(0, -1).every((c) => cellKind(c.text) === 'units');
}

/** A field's name as a label, whole: a unit list's label, a time's (完成时限, 时间节点), a task's (具体任务, 工作内容). */
const FIELD_LABEL = new RegExp(`^(?:(?:${UNIT_LIST_LABEL})|[\\u4e00-\\u9fa5]{0,4}(?:时限|时间|期限|节点)(?:要求|安排)?|[\\u4e00-\\u9fa5]{0,4}(?:任务|内容|事项|措施|举措))$`);
/** A field naming the person in charge of a record's task. */
const POST_LABEL = /^[\u4e00-\u9fa5]{0,4}(?:领导|责任人)$/;
/** Fields a record is read from at most: a record of a task's page names a few. */
const MAX_FIELDS = 12;

/** Do a record's fields give it a time, and a task or units to hold to it? */
function namesARecord(roles: readonly ColumnRole[]): boolean {
  return roles.includes('deadline') && roles.some((r) => r === 'task' || r === 'units' || r === 'lead');
}

/** A line that names a field of a record and nothing else, and the field's role; null for any other line. */
function fieldName(raw: string): { name: string; role: ColumnRole } | null {
  if (!HEADER_NAME.test(raw)) return null;
  const name = withoutWhiteSpace(normaliseCell(raw).text);
  // 牵头领导, 责任领导, 责任人: the person in charge stands among the fields, a field of no role (units are bodies).
  if (POST_LABEL.test(name)) return { name, role: 'other' };
  if (!FIELD_LABEL.test(name)) return null;
  const role = columnRole(name);
  return role === 'other' ? null : { name, role };
}

/**
 * Records printed a field a line pair: the field's name on one line, its value on the next ("具体任务" / the task /
 * "责任单位" / "卫健局、文旅局" / "完成时限" / "12月底前"), as a page showing one task in a table of two columns is copied
 * one cell a line. A record is read as a row under a header of its field names; a name met again opens the next record.
 * Read only where a record names at least three fields, a time among them and a task or units: a column name followed
 * by another (a cell-per-line table's header) is no pair. Returns the rows and the last line read, or null.
 */
function fieldRecords(lines: string[], n: number, last: number): { blocks: Block[]; end: number } | null {
  const names: string[] = [];
  const roles: ColumnRole[] = [];
  const records: Array<Map<number, CellLine>> = [];
  let record: Map<number, CellLine> | null = null;
  let end = n;
  let k = n;
  const nextFilled = (from: number) => {
    let at = from;
    while (at <= last && !(lines[at - 1] ?? '').trim()) at++;
    return at;
  };
  // Each pair read moves on past its value's line: the reading ends by the text's last line.
  for (;;) {
    k = nextFilled(k);
    const field = k <= last ? fieldName(lines[k - 1]) : null;
    if (!field) break;
    const at = nextFilled(k + 1);
    const value = at <= last ? lines[at - 1] : '';
    if (!value.trim() || LONE_PIPE.test(value) || fieldName(value)) break;
    let column = names.indexOf(field.name);
    if (column < 0) {
      if (names.length >= MAX_FIELDS) break;
      column = names.push(field.name) - 1;
      roles.push(field.role);
    }
    if (!record || record.has(column)) {
      record = new Map();
      records.push(record);
    }
    record.set(column, { text: value.trim(), line: at });
    end = at;
    k = at + 1;
  }
  const first = records[0];
  if (!first || first.size < 3 || !namesARecord(roles)) return null;
  const header = { names, roles };
  const blocks: Block[] = [];
  for (const fields of records) {
    const pieces: TextPiece[] = [];
    const line = Math.min(...[...fields.values()].map((f) => f.line));
    for (let column = 0; column < names.length; column++) {
      const field = fields.get(column);
      pieces.push({ text: field?.text ?? '', line: field?.line ?? line, breaks: [] });
    }
    // A field a record leaves out is none of its own: it takes nothing from the record before.
    blocks.push(rowOfCells(pieces, line, header, new Map()));
  }
  return { blocks, end };
}

/**
 * A table set on its side, a field a row: its first column names the fields (具体任务, 责任单位, 完成时限) and each column after
 * it is a record, as a page shows one task in a table of two columns ("责任单位 | 卫健局、文旅局") or several tasks a column
 * each. Read only where at least three rows open with a field's name and nothing else, a time among them and a task or
 * units; a table whose rows open with their numbers or tasks is none. Returns the records as rows and the last line read.
 */
function fieldsTable(lines: string[], n: number, last: number): { blocks: Block[]; end: number } | null {
  const names: string[] = [];
  const roles: ColumnRole[] = [];
  const rows: Array<{ cells: string[]; line: number }> = [];
  let end = n;
  for (let k = n; k <= last; k++) {
    const raw = lines[k - 1] ?? '';
    if (PIPE_SEPARATOR.test(raw) || LONE_PIPE.test(raw)) continue;
    if (!raw.trim() || !isTableLine(lines, k)) break;
    const cells = splitCells(raw);
    const field = cells.length > 1 ? fieldName(cleanCell(cells[0])) : null;
    if (!field || names.includes(field.name)) break;
    names.push(field.name);
    roles.push(field.role);
    rows.push({ cells, line: k });
    end = k;
  }
  if (rows.length < 3 || !namesARecord(roles)) return null;
  const header = { names, roles };
  const width = Math.max(...rows.map((row) => row.cells.length));
  const blocks: Block[] = [];
  for (let column = 1; column < width; column++) {
    const pieces: TextPiece[] = [];
    for (const row of rows) pieces.push({ text: cleanCell(row.cells[column] ?? '').trim(), line: row.line, breaks: [] });
    if (pieces.every((piece) => !piece.text)) continue;
    // A record is a column of its own: a field it leaves empty takes nothing from the record beside it.
    blocks.push(rowOfCells(pieces, rows[0].line, header, new Map()));
  }
  return { blocks, end };
}

/**
 * How many of the names a run of short lines opens with are a header's: the most, down to three, that read the lines after
 * them as rows with every date under the deadline column, as rowWidth reads how wide the rows are; `width` where none
 * does, or the dates are fewer than two to tell.
 */
function widthUnderDates(content: CellLine[], width: number): number {
  const dates: number[] = [];
  for (let i = width; i < content.length; i++) if (cellKind(content[i].text) === 'date') dates.push(i);
  // The last day alone on its line tells nothing: the signature's date after the table is one. A row's deadline may be one too.
  const last = dates.length ? content[dates[dates.length - 1]].text.trim() : '';
  if (isDigitCode(last.charCodeAt(0)) && DATE_LINE.test(last)) dates.pop();
  // A section row among the rows makes them of many widths; one after the last date heads what follows the table.
  if (dates.length < 2 || content.slice(width, dates[dates.length - 1]).some((c) => SECTION_ROW.test(c.text))) return width;
  for (let w = width; w >= 3; w--) {
    const names = content.slice(0, w).map((c) => c.text.replace(/\s+/g, ''));
    const deadline = tableHeader(names, names).roles.indexOf('deadline');
    if (deadline < 0 || !isHeaderRow(names)) continue;
    if (dates.every((i) => (i - w) % w === deadline)) return w;
  }
  return width;
}

/** A column name with its note in brackets on the same line ("责任单位(列第一位的为牵头单位)"). */
const NAME_WITH_NOTE = /^\s*(?:[\u4e00-\u9fa5]\s*){2,8}[(（][^()（）]{1,40}[)）]\s*$/;

/** A cell of a cell-per-line table: its text, the line it starts at, and its lines when it took several. */
type CellLine = { text: string; line: number; parts?: Array<{ text: string; line: number }> };

/**
 * The rows of a cell-per-line table whose last column is the deadline and whose rows are not all as wide as the header:
 * a first name spanning the task group and the row's number ("工作任务" over "强化行政规范性文件集中规范公开" and "1"), a
 * group cell merged over the rows below it (the next row opens with its number). Each row ends at its deadline cell
 * ("年底前", "持续推进"), and placeRow sets its cells under the header. Null where the header's width reads the rows
 * already (each deadline the last of its run), where a section row parts them, or where cells follow the last deadline.
 */
function rowsEndingAtDeadline(body: CellLine[], roles: ColumnRole[]): CellLine[][] | null {
  const width = roles.length;
  if (roles[width - 1] !== 'deadline' || body.some((c) => SECTION_ROW.test(c.text))) return null;
  const rows: CellLine[][] = [];
  let row: CellLine[] = [];
  for (const cell of body) {
    row.push(cell);
    if (lineKind(cell.text) !== 'date') continue;
    if (row.length < 2 || row.length > width + 2) return null;
    rows.push(row);
    row = [];
  }
  if (row.length || rows.length < 2 || rows.every((r) => r.length === width)) return null;
  return rows;
}

/** How many rows one time cell is read to span at most: a schedule merges a time over a few tasks. */
const MAX_MERGED_ROWS = 6;

/** The lines gathered since the last time line, `since` before `text` (-1 before the first). */
const sinceTime = (since: number, text: string) => (lineKind(text) === 'date' ? 0 : since >= 0 ? since + 1 : -1);

/**
 * The rows of a cell-per-line table whose first column is the time, where a time cell merged over several rows stands
 * once above the cells of each ("5月-7月上旬" over "各区(县)公布…方案 / 各区(县)教育局", "做好民办学校招生计划核定工作 /
 * 市教育局、各区(县)教育局" and a third task and its units): each time opens a row, and the lines up to the next time
 * are its other cells, a row's width at a time, a row under the first leaving its time cell empty, merged as in
 * every layout. A run's rows hold units under each unit column and no time; the table ends at the first run that
 * gives no such row. Null where no time spans two rows (the header's width reads the rows), or the rows do not so fit.
 */
function rowsOpeningAtTime(body: CellLine[], roles: ColumnRole[]): CellLine[][] | null {
  const cells = roles.length - 1;
  if (roles[0] !== 'deadline' || cells < 1 || !body.length || lineKind(body[0].text) !== 'date') return null;
  const rows: CellLine[][] = [];
  let spans = false;
  for (let i = 0; i < body.length && lineKind(body[i].text) === 'date'; ) {
    const time = body[i];
    let k = i + 1;
    let under = 0;
    while (k + cells <= body.length && under < MAX_MERGED_ROWS && fitsUnderTime(body.slice(k, k + cells), roles)) {
      rows.push([under === 0 ? time : { text: '', line: body[k].line }, ...body.slice(k, k + cells)]);
      under++;
      k += cells;
    }
    if (under === 0) break;
    if (under > 1) spans = true;
    i = k;
  }
  return spans && rows.length >= 2 ? rows : null;
}

/** Do a row's cells after its time fit their columns: no time among them, and units under each unit column? */
function fitsUnderTime(row: CellLine[], roles: ColumnRole[]): boolean {
  return row.every((c, i) => lineKind(c.text) !== 'date' && (!isUnitColumn(roles[i + 1]) || cellKind(c.text) === 'units'));
}

/** How many lines a cell closed by its pipe may run over: past them no pipe is closing a cell, and the table has ended. */
const MAX_CELL_PARTS = 12;

/**
 * The cell that starts at line `k` (not closed itself) and runs to the first line below that a pipe closes, each
 * line a part; null when no such line comes within MAX_CELL_PARTS lines, or a lone pipe cuts the run first.
 */
function cellClosedBelow(lines: string[], k: number, last: number): { cell: CellLine; end: number } | null {
  const parts: Array<{ text: string; line: number }> = [];
  for (let j = k; j <= last && parts.length < MAX_CELL_PARTS; j++) {
    const raw = lines[j - 1] ?? '';
    if (!raw.trim()) continue;
    if (LONE_PIPE.test(raw)) return null;
    const { text, closed } = cellLine(raw);
    if (text) parts.push({ text, line: j });
    if (closed) return parts.length ? { cell: { text: parts.map((p) => p.text).join('\n'), line: parts[0].line, parts }, end: j } : null;
  }
  return null;
}

/** Is the first name at or after line `k` (past the pipes alone a table may open with) followed by a pipe alone? */
function partedBelow(lines: string[], k: number, last: number): boolean {
  let named = false;
  for (let j = k; j <= last; j++) {
    const raw = lines[j - 1] ?? '';
    if (!raw.trim()) continue;
    const pipe = LONE_PIPE.test(raw);
    if (named) return pipe;
    named = !pipe;
  }
  return false;
}

/**
 * The cell that starts at line `k` in a table whose cells pipes alone part: its lines up to the next pipe alone, each a
 * part ("区建管委*、", "区农业农村委、", "区规划资源局" between two pipes are one cell); null where no pipe comes within
 * MAX_CELL_PARTS lines (the table's last cell, prose after it), the line then read alone as before.
 */
function cellPartedBelow(lines: string[], k: number, last: number): { cell: CellLine; end: number } | null {
  const parts: Array<{ text: string; line: number }> = [];
  for (let j = k; j <= last && parts.length < MAX_CELL_PARTS; j++) {
    const raw = lines[j - 1] ?? '';
    if (!raw.trim()) continue;
    if (LONE_PIPE.test(raw)) return parts.length ? { cell: partedCell(parts), end: j - 1 } : null;
    const text = cleanCell(raw).trim();
    // A section row ("一、基础通用标准") stands between two rows with no pipe of its own: it ends the cell above it.
    if (parts.length && SECTION_ROW.test(text)) return { cell: partedCell(parts), end: j - 1 };
    parts.push({ text, line: j });
  }
  return null;
}

/** A cell of the lines `parts`, one or more. */
function partedCell(parts: Array<{ text: string; line: number }>): CellLine {
  return parts.length < 2 ? { text: parts[0].text, line: parts[0].line } : { text: parts.map((p) => p.text).join('\n'), line: parts[0].line, parts };
}

/** A cell of several lines as one piece, each line keeping its number. */
function linedPiece(cell: CellLine): TextPiece {
  const piece: TextPiece = { text: '', line: cell.line, breaks: [] };
  for (const part of cell.parts ?? [cell]) {
    if (piece.text) {
      piece.text += '\n';
      piece.breaks.push({ offset: piece.text.length, line: part.line });
    }
    piece.text += part.text;
  }
  return piece;
}

/** How an item's number is written: 一、, (一), (1), 1、 or ①; null for a line that opens with none. */
function numbering(text: string): string | null {
  const mark = ENUMERATOR.exec(text)?.[0].trim();
  if (!mark) return null;
  return mark.replace(/[一二三四五六七八九十百]+/g, '一').replace(/\d+/g, '1').replace(/[①-⑳]/g, '①').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[.．]/g, '、');
}

/**
 * Do the last lines of a task cell list items under the lines above them: each item numbered one way, and no line above
 * numbered so ("一、准备法律文件" over "1、…", "2、…"). A cell of items numbered alike has no heading to part from them.
 */
function itemsUnderHeading(heading: Array<{ text: string }>, items: Array<{ text: string }>): boolean {
  const kind = numbering(items[0].text);
  return kind !== null && items.every((item) => numbering(item.text) === kind) && heading.every((line) => numbering(line.text) !== kind);
}

/**
 * A row of cells that took several lines each. A deadline cell listing a date a line against a task cell listing as many
 * items ("一、准备法律文件 / 1、起草… / 2、代拟… / 3、协调…" beside "2005.1—4 / 2005.1—4 / 2005.2—4") gives each item
 * the date on its line, one row each; the lines above the numbered items head them. Dates a line that pair with no items
 * give the whole task a row each; any other row is read as one.
 */
function rowOfLinedCells(row: CellLine[], header: { names: string[]; roles: ColumnRole[] }, above: Map<number, TextPiece>): Block[] {
  const pieces = row.map(linedPiece);
  const line = row[0].line;
  const deadline = header.roles.indexOf('deadline');
  const task = header.roles.indexOf('task');
  if (deadline < 0 || task < 0) return [rowOfCells(pieces, line, header, above)];
  const dates = row[deadline].parts ?? [row[deadline]];
  const items = row[task].parts ?? [row[task]];
  const heading = items.length - dates.length;
  const datesAlone = dates.every((d) => cellKind(d.text) === 'date');
  const paired = datesAlone && (dates.length >= 2 || heading > 0) && heading >= 0 && (heading === 0 || itemsUnderHeading(items.slice(0, heading), items.slice(heading)));
  const blocks: Block[] = [];
  const withDate = (date: { text: string; line: number }, item: TextPiece) =>
    rowOfCells(
      pieces.map((piece, column) => (column === deadline ? { text: date.text, line: date.line, breaks: [] } : column === task ? item : piece)),
      item.line,
      header,
      above,
    );
  if (paired) {
    if (heading > 0) blocks.push({ kind: 'paragraph', piece: linedPiece({ ...row[task], parts: items.slice(0, heading) }), heading: true });
    dates.forEach((date, i) => blocks.push(withDate(date, { text: items[heading + i].text, line: items[heading + i].line, breaks: [] })));
  } else if (datesAlone && dates.length >= 2) {
    // Dates a line that pair with no items are the whole task's, each its own: read together, the lines ran into one number (2005.1—42005.2—6).
    for (const date of dates) blocks.push(withDate(date, pieces[task]));
  } else blocks.push(rowOfCells(pieces, line, header, above));
  return blocks;
}
type NumberedRow = { number: CellLine; lines: CellLine[] };

/**
 * The rows of a cell-per-line table whose first column numbers them, cut at each number, when its cells did not
 * take a line each: web pages put a cell's paragraphs on lines of their own ("县水务局", "县住建局" in one unit
 * cell), and leave out the lines of merged cells, so the rows are of many lengths and only their numbers, counting
 * up from the first, say where each starts. Null for a table read right a line a column (each row of `width` lines
 * starts with its number: a cell that holds a number is then no row's start), and for one whose numbers do not count
 * up or whose rows are too long to place line by line.
 */
function numberedRows(body: CellLine[], firstName: string, width: number, deadline: number): Array<NumberedRow | { section: CellLine }> | null {
  if (!NUMBER_COLUMN.test(firstName) || numberedAtWidth(body, width, deadline)) return null;
  const rows: Array<NumberedRow | { section: CellLine }> = [];
  let current: NumberedRow | null = null;
  let next = -1;
  for (const item of body) {
    if (SECTION_ROW.test(item.text)) {
      rows.push({ section: item });
      current = null;
      continue;
    }
    // The first number may be any (a table continued from a page before); each after it is one more.
    if (ROW_NUMBER.test(item.text) && (next < 0 || Number(item.text) === next)) {
      current = { number: item, lines: [] };
      rows.push(current);
      next = Number(item.text) + 1;
      continue;
    }
    if (!current) return null;
    current.lines.push(item);
  }
  const numberedOnly = rows.filter((r): r is NumberedRow => 'number' in r);
  if (numberedOnly.length < 2 || numberedOnly.some((r) => r.lines.length > MAX_PLACED_LINES)) return null;
  // Nothing numbers the end of the last row: short lines after the table (a signature, its date) would run on in it.
  // It ends at its first deadline, or, in a table with none, after a line a column.
  const lastRow = numberedOnly[numberedOnly.length - 1];
  const due = lastRow.lines.findIndex((l) => lineKind(l.text) === 'date');
  lastRow.lines.length = due >= 0 ? due + 1 : Math.min(lastRow.lines.length, width - 1);
  if (rows[rows.length - 1] !== lastRow) rows.length = rows.indexOf(lastRow) + 1;
  return rows;
}

/** Does a run of lines from a row's number hold its first date before the `deadline` column, another line under it? */
function lastRunShort(run: CellLine[], deadline: number): boolean {
  if (deadline <= 0 || run.length <= deadline) return false;
  const date = run.findIndex((l) => cellKind(l.text) === 'date');
  return date > 0 && date < deadline;
}

/** A row's number or a sub-row's alone on its line: "3", "1.2". */
const ROW_OR_SUB_NUMBER = /^\d{1,3}(?:\.\d{1,2})*$/;

/**
 * Where the runs of `width` lines of the body that each start with their row's number, counting up (section rows
 * apart), end: the index after the last of them; -1 where the body is not so laid out (numberedAtWidth).
 */
function numberedRunsEnd(body: CellLine[], width: number): number {
  if (!numberedAtWidth(body, width)) return -1;
  let next = -1;
  let end = 0;
  for (let i = 0; i < body.length; ) {
    if (SECTION_ROW.test(body[i].text)) {
      i++;
      continue;
    }
    if (!(ROW_NUMBER.test(body[i].text) && (next < 0 || Number(body[i].text) === next))) break;
    next = Number(body[i].text) + 1;
    i += width;
    end = Math.min(i, body.length);
  }
  return end;
}

/**
 * Does each run of `width` lines of the body (section rows apart) start with its row's number, counting up, until the
 * numbers end (what follows the last row, a signature or prose, starts none)? A last run whose date stands before the
 * `deadline` column (-1: none) and another line under it is a row short of a merged cell's line, the notice's closing
 * lines run into it.
 */
function numberedAtWidth(body: CellLine[], width: number, deadline = -1): boolean {
  let next = -1;
  let lastNumber = -1;
  for (let i = 0; i < body.length; ) {
    if (SECTION_ROW.test(body[i].text)) {
      i++;
      continue;
    }
    const numbered = ROW_NUMBER.test(body[i].text) && (next < 0 || Number(body[i].text) === next);
    // The next number may stand within the last row's width: that row was short, a cell it left empty dropped in copying
    // (辽中 2024 分解表, a 责任领导 cell left blank), and the rows go on at their numbers, not at the header's width.
    if (!numbered) return next >= 0 && !body.slice(lastNumber + 1).some((l) => l.text === String(next)) && !lastRunShort(body.slice(lastNumber, i), deadline);
    next = Number(body[i].text) + 1;
    lastNumber = i;
    i += width;
  }
  return true;
}

/**
 * A numbered row's cells in their columns (placeLines), one row or more: the number stands in the first column of the
 * first; a cell of several lines joins them, units by 、, other text by its line breaks, each line keeping its number.
 */
function linesInColumns(row: NumberedRow, roles: ColumnRole[]): TextPiece[][] {
  // A row of a line a column is read as the header lays it out, whatever its lines hold ("省出台文件后2个月完成").
  if (row.lines.length === roles.length - 1) return [[{ text: row.number.text, line: row.number.line, breaks: [] }, ...row.lines.map((l) => ({ text: l.text, line: l.line, breaks: [] }))]];
  const texts: string[] = [];
  for (const l of row.lines) texts.push(l.text);
  const rest = roles.slice(1);
  return placeLines(texts, rest).map((columns, r) => {
    const pieces: TextPiece[] = [r === 0 ? { text: row.number.text, line: row.number.line, breaks: [] } : { text: '', line: row.number.line, breaks: [] }];
    columns.forEach((indexes, c) => {
      const lines = indexes.map((i) => row.lines[i]);
      const piece: TextPiece = { text: '', line: lines[0]?.line ?? row.number.line, breaks: [] };
      const unitColumn = rest[c] === 'units' || rest[c] === 'lead' || rest[c] === 'co';
      for (const l of lines) {
        if (piece.text) {
          piece.text += unitColumn ? '、' : '\n';
          piece.breaks.push({ offset: piece.text.length, line: l.line });
        }
        piece.text += l.text;
      }
      pieces.push(piece);
    });
    return pieces;
  });
}

/**
 * How many lines each row of a cell-per-line table takes: one per column, or one fewer when a column is
 * empty in every row and its cells were dropped in copying (a 表号 column with no numbers). The dates
 * tell: they fall under the deadline column only when the rows are read at the right width.
 */
function rowWidth(cells: string[], roles: ColumnRole[]): number {
  const width = roles.length;
  const deadline = roles.indexOf('deadline');
  if (deadline < 0 || width < 3) return width;
  const dates: number[] = [];
  for (let i = 0; i < cells.length; i++) if (!SECTION_ROW.test(cells[i]) && cellKind(cells[i]) === 'date') dates.push(i);
  const under = (w: number, column: number) => dates.every((i) => i % w === column);
  // Section rows shift what follows: a table with any keeps its header's width.
  if (dates.length < 2 || cells.some((c) => SECTION_ROW.test(c)) || under(width, deadline)) return width;
  // The dropped column is the first (a number column left empty): the row's cells are the header's from the second on.
  return deadline >= 1 && under(width - 1, deadline - 1) ? width - 1 : width;
}

/** A line of a table drawn in box characters: a border (┌─┬─┐, ├─┼─┤, └─┴─┘) or a row of cells between │. */
const BOX_LINE = /^\s*[│┃║┌┏╔├┣╠└┗╚]/;
const BOX_BORDER = /^[\s─━═┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬—-]*$/;
const BOX_SIDE = /[│┃║]/;

/**
 * A table drawn in box characters, as pages of old law sites print them: each row runs from border to border,
 * and a cell too wide for its column wraps onto the next line of the row ("│ 5年~10年一遇 │…报告一次水情,每1│" then
 * "│ │2小时发布一次洪水预报 │"). A row's cells are their columns' parts joined, each part at its own line. A header
 * that names a task column reads the columns by it; else each cell is read as prose.
 */
function boxTable(lines: string[], first: number, last: number): { blocks: Block[]; end: number } {
  const rows: Array<{ line: number; cells: TextPiece[] }> = [];
  let row: { line: number; cells: TextPiece[] } | null = null;
  let n = first;
  for (; n <= last; n++) {
    const raw = lines[n - 1] ?? '';
    if (!BOX_LINE.test(raw)) break;
    if (BOX_BORDER.test(raw) || !BOX_SIDE.test(raw)) {
      row = null;
      continue;
    }
    const parts = raw.trim().split(BOX_SIDE);
    // The sides before the first cell and after the last leave empty parts.
    if (parts[0].trim() === '') parts.shift();
    if (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
    if (!row) rows.push((row = { line: n, cells: [] }));
    parts.forEach((part, column) => {
      const text = part.trim();
      const cell = (row!.cells[column] ??= { text: '', line: n, breaks: [] });
      if (!text) return;
      if (cell.text) {
        cell.text += '\n';
        cell.breaks.push({ offset: cell.text.length, line: n });
      } else cell.line = n;
      cell.text += text;
    });
  }
  const named = rows.length ? rows[0].cells.map((c) => c.text) : [];
  const roles = isHeaderRow(named) ? withStageNamed(named.map(columnRole), named) : null;
  const header = roles?.includes('task') ? { names: named, roles } : null;
  const blocks: Block[] = (header ? rows.slice(1) : rows).map((r) => ({
    kind: 'row',
    line: r.line,
    cells: r.cells.map((piece, column) => ({ role: header?.roles[column] ?? 'other', header: header?.names[column] ?? '', piece, inherited: false })),
  }));
  return { blocks, end: n - 1 };
}

/**
 * A table's header: its columns' names, and their roles as read from `asWritten` (the names before trimming).
 * Pushed, not mapped: map makes a packed or a holey array by which of V8's tiers runs it, and the optimised
 * code that reads a header's columns for each cell of a row was thrown away at the kind it had not seen
 * (node --trace-deopt: wrong map).
 */
function tableHeader(names: string[], asWritten: string[]): { names: string[]; roles: ColumnRole[] } {
  const roles: ColumnRole[] = [];
  for (const name of asWritten) roles.push(columnRole(name));
  return { names, roles: withStageNamed(roles, asWritten) };
}

/** A role a column of units has, whichever (责任单位 over 牵头单位 and 配合单位). */
const roleKind = (role: ColumnRole): ColumnRole => (role === 'lead' || role === 'co' ? 'units' : role);

/**
 * A header's second row, naming the columns a merged cell of the first spans ("责任单位" over "牵头单位 | 配合单位",
 * "时间安排" over "开始时间 | 完成时间"): the first row's names stand for the columns the second leaves unnamed. Copied
 * aligned, each of the second row's names stands in its column, the others empty (a PDF's tabs, a pipe row of empty
 * cells); copied from a web page, the merged cells are left out and the second row holds its names alone, which then
 * take the place of the one name of the first row whose role they share, the empty cells the merging left at the
 * first row's end dropped. Null where the rows read so do not fit: the second row is then a header of its own.
 */
function namesUnderMergedCells(header: { names: string[]; roles: ColumnRole[] }, names: string[], asWritten: string[]): { names: string[]; roles: ColumnRole[] } | null {
  const first = header.names;
  const merged: string[] = [];
  const mergedAsWritten: string[] = [];
  if (names.length === first.length && names.some((name) => !name)) {
    // Aligned: a column both rows name is no column under a merged cell; such rows are two headers.
    for (let i = 0; i < names.length; i++) {
      if (names[i] && first[i] && roleKind(columnRole(first[i])) !== roleKind(columnRole(names[i]))) return null;
      merged.push(names[i] || first[i]);
      mergedAsWritten.push(names[i] ? asWritten[i] : first[i]);
    }
    return tableHeader(merged, mergedAsWritten);
  }
  const own = names.filter(Boolean);
  if (own.length < 2 || own.length !== names.length) return null;
  const kind = roleKind(columnRole(own[0]));
  if (kind === 'other' || own.some((name) => roleKind(columnRole(name)) !== kind)) return null;
  let width = first.length;
  while (width > 0 && !first[width - 1]) width--;
  const spanned: number[] = [];
  for (let i = 0; i < width; i++) if (first[i] && roleKind(header.roles[i]) === kind) spanned.push(i);
  if (spanned.length !== 1) return null;
  for (let i = 0; i < width; i++) {
    if (i !== spanned[0]) {
      merged.push(first[i]);
      mergedAsWritten.push(first[i]);
    } else {
      merged.push(...own);
      mergedAsWritten.push(...own);
    }
  }
  return tableHeader(merged, mergedAsWritten);
}

/**
 * The columns of a header of two rows copied one name a line ("序号 / 公开事项 / … / 公开对象 / 公开方式 / 一级事项 / 二级事项 /
 * 全社会 / 特定群众 / 主动 / 依申请公开", 凤屯's 政务公开标准目录): the second row names two columns under each of some
 * names of the first, so a header of N names over rows numbered a run of W lines each spans N − W of its names over
 * the last 2(N − W) names. The names spanned are found from the right: a pair whose names share a role (一级事项 and
 * 二级事项, tasks; 牵头单位 and 配合单位, units) stands under the nearest name before of that role, one ending as they do
 * first (公开事项), a pair of no role (全社会 / 特定群众) under the nearest name of none. Null where the rows are not all W lines long or no such reading is.
 */
function namesUnderGroups(names: string[], body: CellLine[]): string[] | null {
  if (!NUMBER_COLUMN.test(names[0])) return null;
  // The rows' lengths, each from its number to the next: all the same, or the header is read as it stands.
  const starts: number[] = [];
  for (let i = 0; i < body.length; i++) if (ROW_NUMBER.test(body[i].text.trim()) && (starts.length === 0 || Number(body[i].text.trim()) === Number(body[starts[starts.length - 1]].text.trim()) + 1)) starts.push(i);
  if (starts.length < 2) return null;
  const rowLength = starts[1] - starts[0];
  for (let k = 2; k < starts.length; k++) if (starts[k] - starts[k - 1] !== rowLength) return null;
  const spanned = names.length - rowLength;
  const first = names.length - 2 * spanned;
  if (spanned < 1 || first < 2) return null;
  const roles = names.map((name) => roleKind(columnRole(name)));
  const over: number[] = [];
  let before = first;
  for (let pair = spanned - 1; pair >= 0; pair--) {
    const [a, b] = [roles[first + 2 * pair], roles[first + 2 * pair + 1]];
    const role = a === b ? a : 'other';
    // 一级事项 and 二级事项 stand under 公开事项 rather than under 公开内容 beside it: a name their own ends as theirs do.
    const head = names[first + 2 * pair].slice(-2);
    let at = before - 1;
    while (at >= 1 && !(roles[at] === role && names[at].endsWith(head))) at--;
    if (at < 1) for (at = before - 1; at >= 1 && roles[at] !== role; ) at--;
    if (at < 1) return null;
    over.unshift(at);
    before = at;
  }
  const columns: string[] = [];
  for (let i = 0; i < first; i++) {
    const pair = over.indexOf(i);
    if (pair < 0) columns.push(names[i]);
    else columns.push(names[first + 2 * pair], names[first + 2 * pair + 1]);
  }
  return columns;
}

/** A column named for when the work starts: 开始时间, 启动时间, 计划开工日期, 起始时间. */
const START_COLUMN = /^(?:计划)?(?:开始|启动|开工|起始)(?:时间|日期)$/;
/** A column named for the stages of the work and no time: 阶段, 工作阶段, 实施阶段. */
const STAGE_COLUMN = /^[^时限期节截日]*阶段$/;

/**
 * "阶段 | 时间安排 | 工作内容 | 责任单位": where a column of times stands beside it, the column of stages holds their
 * names ("动员部署阶段"), and the times are the other column's; alone, it holds the stage with its time, as a column of
 * times does ("第一阶段(2023年3月)"). `roles` is changed in place.
 */
function withStageNamed(roles: ColumnRole[], names: readonly string[]): ColumnRole[] {
  const stage = roles.findIndex((role, column) => role === 'deadline' && STAGE_COLUMN.test(headerParts(names[column]).name));
  if (stage >= 0 && roles.some((role, column) => role === 'deadline' && column !== stage)) roles[stage] = 'other';
  // "开始时间 | 完成时间": the day work starts is owed by no one; the column beside it holds the deadline.
  const start = roles.findIndex((role, column) => role === 'deadline' && START_COLUMN.test(headerParts(names[column]).name));
  if (start >= 0 && roles.some((role, column) => role === 'deadline' && column !== start)) roles[start] = 'other';
  return roles;
}

/**
 * A run of two white spaces or more (full-width ones counted as any): the gap between two cells of a table laid out with
 * spaces, as text taken from a PDF's page layout or typed to align gives it. One space stands inside a cell
 * ("2023 年 6 月底前", "序 号").
 */
const COLUMN_GAP = /[ \u3000]{2,}/g;
/** A part of a line between two gaps, and the offset in the line it starts at. */
type SpacedPart = { text: string; at: number };

/** The parts of a line between its gaps, its white space at either end left out. */
function spacedParts(line: string): SpacedPart[] {
  const parts: SpacedPart[] = [];
  let from = 0;
  const part = (to: number) => {
    const slice = line.slice(from, to);
    const text = slice.trim();
    if (text) parts.push({ text, at: from + slice.indexOf(text) });
  };
  COLUMN_GAP.lastIndex = 0;
  for (let gap = COLUMN_GAP.exec(line); gap; gap = COLUMN_GAP.exec(line)) {
    part(gap.index);
    from = gap.index + gap[0].length;
  }
  part(line.length);
  return parts;
}

/** Column names a PDF's layout sets one space apart ("牵头单位 配合单位"), each of two Chinese characters or more. */
const NAMES_ONE_SPACE_APART = /^[\u4e00-\u9fa5]{2,}(?: [\u4e00-\u9fa5]{2,})+$/;

/**
 * The names of a header laid out with spaces and the offsets they start at: three names or more, the columns of a task
 * table (a deadline, and a task or units). A name letter-spaced ("序 号") is one name.
 */
function spacedHeader(line: string): { names: string[]; starts: number[] } | null {
  const names: string[] = [];
  const starts: number[] = [];
  for (const part of spacedParts(line)) {
    if (!NAMES_ONE_SPACE_APART.test(part.text)) {
      names.push(part.text);
      starts.push(part.at);
      continue;
    }
    let at = part.at;
    for (const name of part.text.split(' ')) {
      names.push(name);
      starts.push(at);
      at += name.length + 1;
    }
  }
  if (names.length < 3 || !isHeaderRow(names)) return null;
  const roles = names.map((name) => columnRole(withoutWhiteSpace(name)));
  return roles.includes('deadline') && roles.some((r) => r === 'task' || r === 'units' || r === 'lead') ? { names, starts } : null;
}

/** The column whose name starts nearest an offset. */
function nearestColumn(starts: number[], at: number): number {
  let best = 0;
  for (let j = 1; j < starts.length; j++) if (Math.abs(starts[j] - at) < Math.abs(starts[best] - at)) best = j;
  return best;
}

/** A row's number alone on its line, as a PDF's layout sets it halfway down a row of several lines ("1", "1.2"). */
const NUMBER_ALONE = /^\d{1,3}(?:\.\d{1,2})?$/;
/** How long a cell's line may be: longer, a line with no gap is prose, not a cell's part. */
const MAX_CELL_PART = 24;

/**
 * A table whose columns are set apart by spaces, its header at line `n`: each line with a gap is a row, its parts in
 * the header's columns (in order where they are as many, else by the column whose name starts nearest, else by what they
 * hold, as placeRow reads a row that lost cells); a line of one short part set in from the left is the next line of a
 * cell of the row above (a wrapped task, a unit's name broken, a merged cell set halfway down its rows), and joins the
 * cell in the column it stands under. The header repeated after a page break is passed over; a section row
 * ("一、优化营商环境") is read as a heading. Null where no header of a task table stands at `n` or no row follows it.
 */
function spacedTable(lines: string[], n: number, last: number): { blocks: Block[]; end: number } | null {
  const found = spacedHeader(lines[n - 1]);
  if (!found) return null;
  const header = tableHeader(found.names, found.names);
  const { starts } = found;
  const width = header.names.length;
  const above = new Map<number, TextPiece>();
  const blocks: Block[] = [];
  let row: { line: number; pieces: TextPiece[] } | null = null;
  // Parts met before a row's first line with a gap (its number, set halfway down its lines, above the gap): its own.
  let pending: TextPiece[] | null = null;
  const close = () => {
    if (row) blocks.push(rowOfCells(row.pieces, row.line, header, above));
    row = null;
  };
  const join = (piece: TextPiece, text: string, line: number) => {
    if (piece.text) {
      piece.text += '\n';
      piece.breaks.push({ offset: piece.text.length, line });
    } else piece.line = line;
    piece.text += text;
  };
  // Rows numbered in the first column, which a PDF's layout parts by blank lines: a row's lines run on, the number set
  // on any of them (halfway down where its other cells take several lines).
  const numbered = NUMBER_COLUMN.test(withoutWhiteSpace(header.names[0]));
  let numberedRow = false;
  // Rows with no number, parted by blank lines as a PDF's layout parts them: a row's lines run on up to the next blank
  // line, as long as they open no second deadline under the deadline column (typed rows, a line each, each open one).
  const deadline = header.roles.indexOf('deadline');
  let parted = false;
  let end = n;
  for (let k = n + 1; k <= last; k++) {
    const raw = lines[k - 1] ?? '';
    if (!raw.trim() || PAGE_NUMBER.test(raw)) continue;
    if (raw.includes('\t') || raw.includes('|')) break;
    // A blank line ends a row: what stands below it (a cell's first line, set above the row's number) is the next row's.
    if (end < k - 1) {
      parted = true;
      close();
    }
    // Only a line with a gap is cut further: a line of prose after the table holds single spaces too ("于 2023 年 9 月底前").
    const gapped = spacedParts(raw);
    const parts = gapped.length >= 2 ? gapped.flatMap((p) => cutAtColumns(p, starts)) : gapped;
    if (parts.length >= 2) {
      const repeated = spacedHeader(raw);
      if (repeated) {
        if (repeated.names.join() !== header.names.join()) break;
        close();
        end = k;
        continue;
      }
      if (parts.some((p) => p.text.length > MAX_ROW_PART)) break;
      const numberedHere = nearestColumn(starts, parts[0].at) === 0 && NUMBER_ALONE.test(parts[0].text);
      const runsOn = numbered ? !(numberedHere && numberedRow) : parted && !(row && opensDeadline(row.pieces[deadline].text) && parts.some((p) => nearestColumn(starts, p.at) === deadline && opensDeadline(p.text)));
      if (row && end === k - 1 && runsOn) {
        for (const p of parts) join(row.pieces[nearestColumn(starts, p.at)], p.text, k);
        numberedRow ||= numberedHere;
        end = k;
        continue;
      }
      numberedRow = numberedHere || pending !== null;
      close();
      const pieces: TextPiece[] = pending ?? Array.from({ length: width }, () => ({ text: '', line: k, breaks: [] }));
      pending = null;
      let columns = parts.map((p) => nearestColumn(starts, p.at));
      if (parts.length === width) columns = parts.map((_, i) => i);
      else if (columns.some((c, i) => i > 0 && c <= columns[i - 1])) {
        const placed = placeRow(parts.map((p) => p.text), header);
        if (!placed) break;
        columns = placed.map((p) => p.column);
      }
      parts.forEach((p, i) => {
        if (columns[i] >= 0 && columns[i] < width) join(pieces[columns[i]], p.text, k);
      });
      row = { line: k, pieces };
      end = k;
      continue;
    }
    const text = parts[0].text;
    if (SECTION_ROW.test(normaliseCell(text).text) && rowFollows(lines, k, last)) {
      close();
      blocks.push({ kind: 'paragraph', piece: { text, line: k, breaks: [] }, heading: false });
      end = k;
      continue;
    }
    const column = nearestColumn(starts, parts[0].at);
    // A task's next line under the first column, in a table with no number: the row's if no blank line comes between.
    const setIn = parts[0].at > starts[0] + 1 || NUMBER_ALONE.test(text) || (!numbered && parted && row !== null && end === k - 1);
    if (!setIn || text.length > MAX_CELL_PART || LIST_OR_SENTENCE_END.test(text)) break;
    const into = row ? row.pieces : (pending ??= Array.from({ length: width }, () => ({ text: '', line: k, breaks: [] })));
    if (row && column === 0 && NUMBER_ALONE.test(text)) numberedRow = true;
    join(into[column], text, k);
    end = k;
  }
  close();
  return blocks.some((b) => b.kind === 'row') ? { blocks, end } : null;
}

/**
 * A part cut where a column starts within it: a PDF's layout may set two cells one space apart ("县税务局、县公安 2023 年
 * 6 月底" under 配合单位 and 完成时限). The cut is the space nearest before the column's name starts (a cell may start a
 * little left of its name), else just after it; a part with no space there is one cell running past its column.
 */
function cutAtColumns(part: SpacedPart, starts: number[]): SpacedPart[] {
  if (!part.text.includes(' ')) return [part];
  const cuts: SpacedPart[] = [];
  let from = 0;
  for (const start of starts) {
    const at = start - part.at;
    if (at <= from + 1 || at >= part.text.length) continue;
    let cut = -1;
    for (let i = at - 1; i >= Math.max(from + 1, at - COLUMN_SLACK) && cut < 0; i--) if (part.text[i] === ' ') cut = i;
    for (let i = at; i <= at + 1 && cut < 0 && i < part.text.length; i++) if (part.text[i] === ' ') cut = i;
    if (cut < 0) continue;
    cuts.push({ text: part.text.slice(from, cut).trim(), at: part.at + from });
    from = cut + 1;
  }
  cuts.push({ text: part.text.slice(from).trim(), at: part.at + from });
  return cuts.filter((c) => c.text);
}
/** How far left of its column's name a cell may start in a PDF's layout. */
const COLUMN_SLACK = 5;

/** Does a cell's text open a deadline ("2023 年 6 月", "长期坚持"), not end one a line broke ("底前", "前")? */
function opensDeadline(text: string): boolean {
  return lineKind(text) === 'date' && !/^[底末前日号月]/.test(text);
}

/** Is the next line that holds text after line `k` a row of a spaced table (a gap in it)? */
function rowFollows(lines: string[], k: number, last: number): boolean {
  for (let j = k + 1; j <= last; j++) if (lines[j - 1].trim()) return spacedParts(lines[j - 1]).length >= 2;
  return false;
}

/** How long a part of a row's line may be: a cell's line is no paragraph's. */
const MAX_ROW_PART = 40;
/** A line that closes a sentence: prose, not a cell's part. */
const LIST_OR_SENTENCE_END = /[。;；!！?？]$/;

/**
 * Two spaces, or one full-width space: a line holding neither has no COLUMN_GAP. One pattern reads the line once, where
 * indexOf('  ') and indexOf('\u3000') read it twice, each stopping at every character that shares a byte with its own
 * (“, ”, —; 、, 。, 《): a quarter less time over the sample gazettes' lines.
 */
const GAP_OR_WIDE_SPACE = / {2}|\u3000/g;

/**
 * Does a line hold a gap (COLUMN_GAP) past the white space it opens with? Asked of every plain line: most hold none,
 * and many open with the two full-width spaces of a paragraph's indent, which is no gap between cells.
 */
function holdsColumnGap(line: string): boolean {
  let from = 0;
  while (from < line.length && isWhiteSpaceCode(line.charCodeAt(from))) from++;
  GAP_OR_WIDE_SPACE.lastIndex = from;
  return GAP_OR_WIDE_SPACE.test(line);
}

/** Builds the blocks of lines [first, last] (1-based, inclusive). */
export function buildBlocks(lines: string[], first: number, last: number): Block[] {
  const blocks: Block[] = [];
  let header: { names: string[]; roles: ColumnRole[] } | null = null;
  let above: Map<number, TextPiece> = new Map();
  let current: TextPiece | null = null;
  let currentHeading = false;
  // The current piece's last input line without its markup, as continues reads it, kept apart: reading it off a piece
  // being built of many lines would copy the whole piece each time, and each line is read for its markup once, not as
  // the next line and again as the previous one.
  let currentLine = '';
  // The last line known to start no cell-per-line table.
  let noTableThrough = 0;
  // Whether a row has been read under the current header: a header row straight under it is its second row.
  let rowsUnderHeader = false;

  const flush = () => {
    if (current) blocks.push({ kind: 'paragraph', piece: current, heading: currentHeading });
    current = null;
  };

  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1] ?? '';
    // Most lines open with a Chinese character: a pattern for a line that opens with a dash, a box side or a # is asked
    // only of a line that does, not of every line (each pattern asked is a call into the regex engine).
    const opening = openingCode(raw);
    const opens = opening < 0 ? 0 : OPENING_KINDS[opening];
    // A page number between two halves of a sentence ("— 5 —") is the page's, not the text's. A line with an opening
    // code holds a character trim keeps (openingCode skips all that trim drops): only a line without one is trimmed.
    if ((opening < 0 && !raw.trim()) || ((opens & OPENS_PAGE_NUMBER) !== 0 && PAGE_NUMBER.test(raw))) continue;
    if ((opens & OPENS_NOTHING_SEEN) !== 0 && holdsNothing(raw)) continue;
    // Most lines are prose, with no cell separator, no bold mark and no paragraph mark: one search says so, and spares
    // them the searches for each. Cleaned once: both the question whether a table starts here and the paragraph read the line cleaned.
    const marked = LINE_MARK.test(raw);
    const plain = !marked || !CELL_OR_BOLD_MARK.test(raw);
    const cleaned = plain ? raw : cleanCell(raw);
    // "序号    工作任务    责任单位    完成时限": a header whose names spaces set apart, and the rows below it.
    const spaced = !header && plain && holdsColumnGap(raw) ? spacedTable(lines, n, last) : null;
    if (spaced) {
      flush();
      blocks.push(...spaced.blocks);
      n = spaced.end;
      continue;
    }
    const opensTable = !header && n > noTableThrough && (plain ? opensAsName(raw) : mayOpenCellPerLineTable(raw, cleaned));
    // A field's name with its value below it, then another's: a record, whose short values would pass for column names.
    const records = opensTable && plain ? fieldRecords(lines, n, last) : null;
    if (records) {
      flush();
      blocks.push(...records.blocks);
      n = records.end;
      continue;
    }
    const perLine = opensTable ? cellPerLineTable(lines, n, last) : null;
    if (perLine && 'noTableThrough' in perLine) noTableThrough = perLine.noTableThrough;
    else if (perLine) {
      flush();
      blocks.push(...perLine.blocks);
      n = perLine.end;
      continue;
    }
    if ((opens & OPENS_BOX_LINE) !== 0 && BOX_LINE.test(raw)) {
      flush();
      const box = boxTable(lines, n, last);
      blocks.push(...box.blocks);
      n = box.end;
      continue;
    }
    // A lone pipe between the rows of a table parts them, as a page copied them: the table goes on after it.
    if (header && LONE_PIPE.test(raw)) continue;
    if (!plain && isTableLine(lines, n)) {
      flush();
      if (PIPE_SEPARATOR.test(raw)) continue;
      const onItsSide = header ? null : fieldsTable(lines, n, last);
      if (onItsSide) {
        blocks.push(...onItsSide.blocks);
        n = onItsSide.end;
        continue;
      }
      const cells = splitCells(raw);
      if (isHeaderRow(cells, header !== null)) {
        const names: string[] = [];
        const asWritten: string[] = [];
        for (const c of cells) {
          names.push(cleanCell(c).trim());
          asWritten.push(cleanCell(c));
        }
        header = (header && !rowsUnderHeader && namesUnderMergedCells(header, names, asWritten)) || tableHeader(names, asWritten);
        rowsUnderHeader = false;
        above = new Map();
        continue;
      }
      // "| 指标 | 第一季度 | 第二季度 |" over "| --- | --- | --- |", "指标\t一季度\t二季度\t三季度\t四季度": the row names its
      // columns, a quarter naming a column of figures is no deadline. Its table is a new one, read without the columns
      // of a table before it.
      if ((n < last && PIPE_SEPARATOR.test(lines[n])) || namesPeriods(cells)) {
        header = null;
        rowsUnderHeader = false;
        above = new Map();
        continue;
      }
      blocks.push(tableRow(cells, n, header, above));
      rowsUnderHeader = true;
      continue;
    }
    // "一、优化营商环境" between two rows: a section row spanning the table, which text taken from PDF gives without its
    // tabs and a page's copy closes with one pipe. The table goes on under its header, as a cell-per-line table does.
    if (header && isSectionRowOfTable(lines, n, last)) {
      flush();
      blocks.push({ kind: 'paragraph', piece: { text: cellLine(raw, cleaned).text, line: n, breaks: [] }, heading: false });
      continue;
    }
    header = null;
    // "…行动高效。Р(二)形成整治合力。…时间安排Р本次…": a page whose paragraphs were run into one line, each mark
    // left as the letter Р, holds one paragraph between two marks; each keeps the input line it stands on.
    const paragraphs = marked && plain && raw.includes('Р') ? raw.split(PARAGRAPH_MARK) : null;
    if (paragraphs && paragraphs.length > 1) {
      for (const part of paragraphs) {
        if (!part.trim()) continue;
        flush();
        current = { text: part, line: n, breaks: [] };
        currentLine = withoutMarkup(part);
        currentHeading = false;
      }
      continue;
    }
    // A line cleaned of its bold marks may open otherwise than the line.
    const text = plain && opening !== HASH ? cleaned : cleaned.replace(MARKDOWN_HEADING, '');
    const heading = opening === HASH && MARKDOWN_HEADING.test(raw);
    const unmarked = withoutMarkup(text);
    if (current && !currentHeading && !heading && continues(currentLine, unmarked)) {
      // Keep the line break: an expression cut by it is quoted as the input has it.
      current.text += '\n';
      current.breaks.push({ offset: current.text.length, line: n });
      current.text += text;
      currentLine = unmarked;
      continue;
    }
    flush();
    current = { text, line: n, breaks: [] };
    currentLine = unmarked;
    currentHeading = heading;
  }
  flush();
  return blocks;
}

/**
 * A line opening with the label of a unit list (role-labels.ts), read on its normalised start: blocks are cut from the
 * input's lines before normalising, and "責任單位 ：" is the label 责任单位: as much as "责任单位:" is.
 */
const LIST_LABEL_LINE = new RegExp(`^(?:${UNIT_LIST_LABEL}):`);
/** As far into a line as its label reaches, spaces between its characters counted. */
const LIST_LABEL_REACH = 40;
/**
 * Whether a line opening with a character (by its code) may open a label, its simplified form one a label opens with
 * (牽 as 牵): 0 not yet asked, 1 yes, 2 no. Asked first (see openingCode): most lines open otherwise.
 */
const OPENS_LIST_LABEL = new Uint8Array(0x10000);

/** Does the line open with the label of a unit list ("牵头单位:", "責任科室：")? */
function opensWithListLabel(line: string): boolean {
  const code = openingCode(line);
  if (code < 0) return false;
  if (OPENS_LIST_LABEL[code] === 0) OPENS_LIST_LABEL[code] = UNIT_LIST_LABEL_OPENINGS.has(toSimplified(String.fromCharCode(code))) ? 1 : 2;
  return OPENS_LIST_LABEL[code] === 1 && LIST_LABEL_LINE.test(normalise(line.trimStart().slice(0, LIST_LABEL_REACH)).text);
}

/** Does the line's last sentence open with the label of a unit list ("…完成整改。责任单位:县财政局")? */
function closesWithListLabel(line: string): boolean {
  // One pass back from the end for the three marks, where a lastIndexOf for each read the whole of most lines.
  let lastBreak = line.length - 1;
  // Each code compared, not looked up in a list: that was a call at every character.
  while (lastBreak >= 0 && !isSentenceBreakCode(line.charCodeAt(lastBreak))) lastBreak--;
  return lastBreak >= 0 && opensWithListLabel(line.slice(lastBreak + 1));
}
const isSentenceBreakCode = (code: number) => code === 0x3002 || code === 0x3b || code === 0xff1b; // 。 ; ；

/** A line that is only a date, as a signature's. */
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
/**
 * The paragraph mark some document-sharing sites leave in running text: the Cyrillic letter Р between two characters
 * that are neither Cyrillic nor Latin (a Russian or Latin word keeps its letter).
 */
const PARAGRAPH_MARK = /(?<![\u0400-\u04FFA-Za-z])Р(?![\u0400-\u04FFA-Za-z])/;

/**
 * A sentence cut by a line or page break goes on in the next line. Both lines are read without their markup
 * (withoutMarkup): a page's tags are read past, "…完成网络改造。</p>" ends its sentence, "<p>二、…" opens an item.
 */
function continues(previousLine: string, next: string): boolean {
  const prev = previousLine.trimEnd();
  // Asked of the last character: a pattern ending in $ would try every character of the line. A line
  // that closes its sentence ends the paragraph whatever the next one holds, so no pattern is run for it.
  const end = prev.charAt(prev.length - 1);
  if (end && (SENTENCE_END.includes(end) || (CLOSE_PAREN_END.includes(end) && !hasOpenParen(prev)))) return false;
  if (ENUMERATOR.test(next)) return false;
  if (cutInsideTime(prev, next)) return true;
  const nextText = next.trim();
  // A signature ("浙江省人民政府办公厅") and a unit-list line stand on their own.
  if (nextText.length <= 24 && /(?:政府|办公厅|办公室|委员会|辦公廳|辦公室|委員會)\s*$/.test(next)) return false;
  // A unit-list line stands on its own, after the item it closes as much as before the next, unless its list breaks
  // off at an enumeration comma ("协同责任单位:市经信局、市商务局、" / "市农业农村局…"): the wrap goes on with it.
  if (opensWithListLabel(prev) && !(end && OPEN_END.includes(end))) return false;
  // "…完成整改。责任单位:县财政局、县民政局": a list closing the item's own line ends it as a label line does.
  if (!(end && OPEN_END.includes(end)) && closesWithListLabel(prev)) return false;
  if (opensWithListLabel(next)) return false;
  if (isDigitCode(nextText.charCodeAt(0)) && DATE_LINE.test(nextText)) return false;
  if (end && OPEN_END.includes(end)) return true;
  return holdsBesidesWhiteSpace(prev, 20) || hasOpenParen(prev);
}

/** A digit as dates are written: ASCII, full-width, or a Chinese numeral. */
const NUM = '[0-9０-９〇○零一二三四五六七八九十两]';
/**
 * The halves of a date or a period a line break cut ("2019年6" / "月底前", "于2020年" / "12月31日前", "三个工" / "作日内"):
 * what ends the line leaves the time unfinished, and what opens the next finishes it. A short line ends so where a
 * narrow table cell or a text box wrapped, a PDF's or an OCR's lines, where a line's length says nothing of whether the
 * sentence goes on. Only an unfinished end counts: a line that is a whole date ("2023年5月13日") may stand above a line
 * opening with 前 as a word of its own (前几天, 前任).
 */
const CUT_TIMES: Array<[RegExp, RegExp]> = [
  [new RegExp(`年${NUM}+$`), new RegExp(`^${NUM}*月`)],
  [new RegExp(`月${NUM}+$`), new RegExp(`^${NUM}*[日号]`)],
  [new RegExp(`${NUM}年$`), new RegExp(`^(?:${NUM}+月|[上下]半年|第?[一二三四1-4]季|年?[底末])`)],
  [new RegExp(`${NUM}月$`), new RegExp(`^(?:${NUM}+[日号]|[底末]|[上中下]旬)`)],
  [new RegExp(`${NUM}[年月][底末]$`), /^(?:之|以)?前/],
  [new RegExp(`${NUM}$`), /^个(?:工作日|月|小时)/],
  [new RegExp(`${NUM}个$`), /^(?:工作日|月|小时)/],
  [new RegExp(`${NUM}个工$`), /^作日/],
  [new RegExp(`${NUM}个工作$`), /^日/],
  [/[上下]半$/, /^年/],
  [new RegExp(`${NUM}季$`), /^度/],
];
/** The digits a line ends with and those the next opens with before 年: together the four of a year ("20" / "19年"). */
const DIGITS_AT_END = new RegExp(`(?<!${NUM})${NUM}{1,4}$`);
const DIGITS_BEFORE_YEAR = new RegExp(`^(${NUM}{0,3})年`);
/** As far into each line as a cut time reaches, white space left out. */
const CUT_TIME_REACH = 12;

function cutInsideTime(previousLine: string, nextLine: string): boolean {
  // Most line ends are neither a digit nor a word of time, and most lines open with neither: one test each of the
  // character says so, read in place, before the ends are copied without their white space.
  const lastAt = lastSeenAt(previousLine, CUT_TIME_REACH);
  const firstAt = firstSeenAt(nextLine, CUT_TIME_REACH);
  if (lastAt < 0 || firstAt < 0 || !TIME_CUT_END.test(previousLine.charAt(lastAt)) || !TIME_CUT_OPENING.test(nextLine.charAt(firstAt))) return false;
  const end = withoutWhiteSpace(previousLine.slice(-CUT_TIME_REACH));
  const opening = withoutWhiteSpace(nextLine.slice(0, CUT_TIME_REACH));
  for (const [ends, opens] of CUT_TIMES) if (ends.test(end) && opens.test(opening)) return true;
  const digits = DIGITS_AT_END.exec(end);
  const year = digits && DIGITS_BEFORE_YEAR.exec(opening);
  return !!year && digits[0].length + year[1].length === 4;
}
const TIME_CUT_END = new RegExp(`${NUM}|[年月底末个工作半季]`);
const TIME_CUT_OPENING = new RegExp(`${NUM}|[年月日号底末上中下之以前个工作第季度]`);

/** The offset of the last character besides white space among the last `reach` of `text`, or -1. */
function lastSeenAt(text: string, reach: number): number {
  for (let i = text.length - 1; i >= 0 && i >= text.length - reach; i--) if (!isWhiteSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** The offset of the first character besides white space among the first `reach` of `text`, or -1. */
function firstSeenAt(text: string, reach: number): number {
  for (let i = 0; i < text.length && i < reach; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** Does the text hold at least `count` characters besides white space (\s)? Read only until it has. */
function holdsBesidesWhiteSpace(text: string, count: number): boolean {
  let seen = 0;
  for (let i = 0; i < text.length && seen < count; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) seen++;
  return seen >= count;
}

/** Is the code unit one \s matches (ECMAScript's WhiteSpace and LineTerminator)? */
function isWhiteSpaceCode(code: number): boolean {
  if (code < 0xa0) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const WHITE_SPACE = /\s/;

/**
 * A text without its white space. Most texts asked hold none (normalised text has lost its spaces
 * already): one search says so, and spares them the replace, which builds a new string through a call
 * into the runtime even where it replaces nothing.
 */
function withoutWhiteSpace(text: string): string {
  return WHITE_SPACE.test(text) ? text.replace(/\s+/g, '') : text;
}

/**
 * The first code unit of a line after the white space it opens with, or -1. Every unit `\s` matches is skipped (and
 * the C0 controls besides), so a pattern of the form `^\s*` then one of a set of characters fails on any line whose
 * opening code is not in that set.
 */
function openingCode(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const white =
      code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
    if (!white) return code;
  }
  return -1;
}

/** The brackets hasOpenParen counts: the two opening ones, then the two closing ones. */
const PARENS = ['(', '（', ')', '）'];

function hasOpenParen(text: string): boolean {
  // Only the brackets are visited: each kind's next offset is found by indexOf, which skips the text between them at
  // native speed (most lines hold none or two), and is searched for again only once the text is read past it.
  const next = [text.indexOf(PARENS[0]), text.indexOf(PARENS[1]), text.indexOf(PARENS[2]), text.indexOf(PARENS[3])];
  let depth = 0;
  for (;;) {
    let k = -1;
    for (let b = 0; b < 4; b++) if (next[b] >= 0 && (k < 0 || next[b] < next[k])) k = b;
    if (k < 0) return depth > 0;
    if (k < 2) depth++;
    else if (depth > 0) depth--;
    next[k] = text.indexOf(PARENS[k], next[k] + 1);
  }
}

function tableRow(
  cells: string[],
  line: number,
  header: { names: string[]; roles: ColumnRole[] } | null,
  above: Map<number, TextPiece>,
  cellLines: number[] = [],
): Block {
  // Pushed, not mapped, as a header's roles are (see tableHeader).
  let roles = header?.roles;
  if (!roles) {
    roles = [];
    for (let column = 0; column < cells.length; column++) roles.push('other');
  }
  // A row whose count of cells does not match the header is placed by what its cells hold.
  // Pushed, not mapped: map makes a packed or a holey array by which of V8's tiers runs it, and placeRow's
  // optimised code was thrown away at the kind it had not seen (node --trace-deopt: wrong map).
  const texts: string[] = [];
  for (const cell of cells) texts.push(cleanCell(cell));
  const placed = header ? placeRow(texts, header) : null;
  const out: TableCell[] = [];
  let inColumns = placed;
  if (!inColumns) {
    inColumns = [];
    for (let column = 0; column < texts.length; column++) inColumns.push({ text: texts[column], column });
  }
  inColumns.forEach(({ text, column }, i) => {
    out.push(tableCell({ text, line: cellLines[i] ?? line, breaks: [] }, column, roles[column] ?? 'other', header?.names[column] ?? '', above));
  });
  return { kind: 'row', cells: out, line };
}

/** A row whose cells are lines of their own, each cell's line kept (for the records' line numbers). */
function rowOfLines(row: CellLine[], header: { names: string[]; roles: ColumnRole[] }, above: Map<number, TextPiece>): Block {
  const cells: string[] = [];
  const cellLines: number[] = [];
  for (const c of row) {
    cells.push(c.text);
    cellLines.push(c.line);
  }
  return tableRow(cells, row[0].line, header, above, cellLines);
}

/** A row whose cells stand in their columns already, one piece a column. */
function rowOfCells(pieces: TextPiece[], line: number, header: { names: string[]; roles: ColumnRole[] }, above: Map<number, TextPiece>): Block {
  const out: TableCell[] = [];
  pieces.forEach((piece, column) => out.push(tableCell(piece, column, header.roles[column] ?? 'other', header.names[column] ?? '', above)));
  return { kind: 'row', cells: out, line };
}

/** A cell that says in words it holds what the cell above holds: "同上", "同 上", "同上。". */
const SAME_AS_ABOVE = /^\s*同\s*上\s*[。.]?\s*$/;

/**
 * A cell in column `column`: an empty one takes the cell above it (a merged cell), and so does one that says so ("同上");
 * one with text becomes the cell above the next.
 */
function tableCell(own: TextPiece, column: number, role: ColumnRole, header: string, above: Map<number, TextPiece>): TableCell {
  const sameAsAbove = SAME_AS_ABOVE.test(own.text);
  if (sameAsAbove || !own.text.trim()) {
    const merged = above.get(column);
    if (merged) return { role, header, piece: merged, inherited: true };
    // "同上" under no cell names nothing: it is no unit and no task of its own.
    return { role, header, piece: sameAsAbove ? { ...own, text: '' } : own, inherited: false };
  }
  above.set(column, own);
  return { role, header, piece: own, inherited: false };
}
