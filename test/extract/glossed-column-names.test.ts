import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { cellPerLine, countyTaskNotice, pipeTable, tabTable } from './table-text.ts';

/**
 * A table copied one cell a line by a mirror that glosses characters with their pinyin ("序號(hào)", "責(zé)任單位",
 * "公開時(shí)限", "公開內(nèi)容(要素)") names its columns without the readings, as normalising reads its text without them:
 * the names did not pass for names, and the table's rows were prose, their units and tasks lost (the notice's
 * addressees leading), or, where one name passed for a name and its note ("序號(hào)"), the rows were cut out of line.
 * Real: 凤屯 (imortgage.com.cn), 巩留 2023 (20153.cn) and 淙城街道 2023 (qgxcy.com) 基层政务公开标准目录, each one cell a
 * line (cells closed by pipes, parted by pipes, parted by blank lines), saved in audit-texts/tables20; the pipe rows of
 * 苍南 2023 (corpus p_05) carry the same readings in their header ("序號(hào)"), which pipe and tab rows read already.
 * Each case is "expression|due or days|lead|co|task".
 */
function records(body: string): string[] {
  return extractText(gazetteDocument(countyTaskNotice(body)), 'glossed.txt').obligations.map(
    (o) => `${o.expression}|${o.due ?? o.rrule ?? o.within?.days}|${o.lead.join('、')}|${o.co.join('、')}|${o.task}`,
  );
}

/** The readings such a mirror writes after the characters it glosses. */
const READINGS: Record<string, string> = { 號: 'hào', 實: 'shí', 責: 'zé', 時: 'shí', 內: 'nèi', 項: 'xiàng', 務: 'wù', 鎮: 'zhèn', 據: 'jù', 頭: 'tóu' };
const glossed = (text: string) => text.replace(/./gu, (ch) => (READINGS[ch] ? `${ch}(${READINGS[ch]})` : ch));
/** One cell a line, blank lines between, as a page copied from its HTML gives them. */
const blankParted = (rows: string[][]) => rows.flat().join('\n\n');
/** One cell a line, each closed by its pipe. */
const pipeClosed = (rows: string[][]) => rows.flat().map((c) => `${c} |`).join('\n');
/** One cell a line, a pipe alone between cells. */
const pipeParted = (rows: string[][]) => rows.flat().join('\n|\n');

const TASKS = [
  ['1', '新建2座人行天橋', '縣住建局', '2023年9月底前'],
  ['2', '啟動縣圖書館新館建設', '縣文體廣新局', '2023年12月底前'],
];
const TASK_RECORDS = ['2023年9月底前|2023-09-30|縣住建局||新建2座人行天橋', '2023年12月底前|2023-12-31|縣文體廣新局||啟動縣圖書館新館建設'];
const taskTable = (names: string[]) => [names.map(glossed), ...TASKS];

const OPEN_HEADER = ['序號', '公開事項', '公開時限', '公開主體'];
const OPEN_ROWS = [
  ['1', '政府文件', '信息形成或變更之日起3個工作日內', '鎮人民政府'],
  ['2', '政府工作報告', '信息形成或變更之日起20個工作日內', '鎮人民政府'],
];
const OPEN_RECORDS = ['3個工作日內|3|鎮人民政府||政府文件', '20個工作日內|20|鎮人民政府||政府工作報告'];

describe('a table copied one cell a line whose column names carry pinyin readings', () => {
  it.each<[string, string, string[]]>([
    ['numbered, blank lines between cells', blankParted(taskTable(['序號', '民生實事', '責任單位', '完成時限'])), TASK_RECORDS],
    ['numbered, one cell a line', cellPerLine(taskTable(['序號', '民生實事', '責任單位', '完成時限'])), TASK_RECORDS],
    ['numbered, cells closed by pipes', pipeClosed([OPEN_HEADER.map(glossed), ...OPEN_ROWS]), OPEN_RECORDS],
    ['numbered, cells parted by pipes', pipeParted([OPEN_HEADER.map(glossed), ...OPEN_ROWS]), OPEN_RECORDS],
    ['no number column', blankParted(taskTable(['民生實事', '責任單位', '完成時限']).map((r, i) => (i ? r.slice(1) : r))), TASK_RECORDS],
    ['a name with its note', blankParted(taskTable(['序號', '工作任務', '責任單位(列第一位的為牽頭單位)', '完成時限'])), TASK_RECORDS],
    [
      'a lead and a co column',
      blankParted([['序號', '工作任務', '牽頭單位', '配合單位', '完成時限'].map(glossed), ['1', '新建2座人行天橋', '縣住建局', '縣財政局', '2023年9月底前']]),
      ['2023年9月底前|2023-09-30|縣住建局|縣財政局|新建2座人行天橋'],
    ],
    // negatives: pipe and tab rows read their glossed names already; a glossed sentence is prose; the same table unglossed
    ['pipe rows', pipeTable(taskTable(['序號', '民生實事', '責任單位', '完成時限'])), TASK_RECORDS],
    ['tab rows', tabTable(taskTable(['序號', '民生實事', '責任單位', '完成時限'])), TASK_RECORDS],
    ['a glossed sentence', glossed('請各責任單位於2023年6月底前將實施方案報縣政府。'), ['於2023年6月底前|2023-06-30|各責任單位||將實施方案報縣政府']],
    ['no readings', blankParted([['序號', '民生實事', '責任單位', '完成時限'], ...TASKS]), TASK_RECORDS],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
