import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';
import { countyTaskNotice, inEachLayout, pipeTable, type TableCase } from './table-text.ts';

/**
 * The battery of task tables this session read the extractor with, kept as a guard where it reads them as the spec
 * says: each table in the three layouts documents print it in (pipe rows, tab rows, one cell a line), under the names
 * real headers give their columns of units, times and tasks, with the forms a time cell takes (a date, a month, a
 * rule, a year-round duty, a period from the document's date), the columns in other orders and a column of notes.
 * The forms read wrong are in the session's report. Each case is the records, as "expression|due or rule|lead|co".
 */
const A = '2023年6月底前|2023-06-30|县住建局|';
const B = '2023年9月底前|2023-09-30|县财政局|';

function records(body: string): string[] {
  return recordsOf(countyTaskNotice(body)).map(
    (o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}`,
  );
}

/** The case in each layout. */
const twoRows = (header: string[]) => [header, ['1', '完成排查', '县住建局', '2023年6月底前'], ['2', '完成拨付', '县财政局', '2023年9月底前']];

const UNITS_HEADERS = ['责任单位', '牵头单位', '责任部门', '责任处室及单位', '责任主体', '承办单位', '落实单位', '主责单位', '责任单位（部门）', '牵头部门', '实施单位', '负责单位', '责任科室', '主办单位', '牵头责任单位'];
const TIME_HEADERS = ['完成时限', '完成时间', '时间节点', '完成期限', '时限要求', '推进时限', '时间安排', '进度安排', '办结时限', '整改时限', '完成时间节点', '计划完成时间', '截止时间', '整改期限', '时序进度', '工作时限'];
const TASK_HEADERS = ['重点任务', '工作内容', '具体措施', '主要任务', '整改措施', '工作目标', '目标任务', '任务分解', '具体工作', '工作要求', '重点工作'];
const TIME_CELLS: Array<[string, string]> = [
  ['2023年6月', '2023年6月|2023-06-30'],
  ['6月底', '6月底|2023-06-30'],
  ['2023年6月30日', '2023年6月30日|2023-06-30'],
  ['2023年6月30日前', '2023年6月30日前|2023-06-30'],
  ['2023.6.30', '2023.6.30|2023-06-30'],
  ['2023.06', '2023.06|2023-06-30'],
  ['2023-06-30', '2023-06-30|2023-06-30'],
  ['2023/6/30', '2023/6/30|2023-06-30'],
  ['2023年6-9月', '2023年6-9月|2023-09-30'],
  ['6月至9月', '6月至9月|2023-09-30'],
  ['2023年底', '2023年底|2023-12-31'],
  ['2023年', '2023年|2023-12-31'],
  ['上半年', '上半年|2023-06-30'],
  ['三季度', '三季度|2023-09-30'],
  ['6月中旬', '6月中旬|2023-06-20'],
  ['每季度', '每季度|FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'],
  ['每月10日前', '每月10日前|FREQ=MONTHLY;BYMONTHDAY=10'],
  ['长期坚持', '长期坚持|2023-12-31'],
  ['全年', '全年|2023-12-31'],
  ['持续推进', '持续推进|2023-12-31'],
  ['常态化推进', '常态化推进|2023-12-31'],
  ['印发之日起30日内', '印发之日起30日内|2023-03-31'],
];

describe('the battery of task tables', () => {
  it.each<TableCase>([
    ...UNITS_HEADERS.flatMap((name) => inEachLayout(`units under ${name}`, twoRows(['序号', '工作任务', name, '完成时限']), [A, B])),
    ...TIME_HEADERS.flatMap((name) => inEachLayout(`times under ${name}`, twoRows(['序号', '工作任务', '责任单位', name]), [A, B])),
    ...TASK_HEADERS.flatMap((name) => inEachLayout(`tasks under ${name}`, twoRows(['序号', name, '责任单位', '完成时限']), [A, B])),
    ...TIME_CELLS.flatMap(([cell, record]) => inEachLayout(`a time cell ${cell}`, [['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成排查', '县住建局', cell]], [`${record}|县住建局|`])),
    ...inEachLayout('two dates in a cell', [['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成排查', '县住建局', '2023年6月底前启动，12月底前完成']], [A, '12月底前|2023-12-31|县住建局|']),
    ...inEachLayout('lead and co columns', [['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ['1', '完成排查', '县住建局', '县财政局、各乡镇', '2023年6月底前']], ['2023年6月底前|2023-06-30|县住建局|县财政局、各乡镇']),
    ...inEachLayout('牵头 and 配合 in the cell', [['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成排查', '县住建局牵头，县财政局、各乡镇配合', '2023年6月底前']], ['2023年6月底前|2023-06-30|县住建局|县财政局、各乡镇']),
    ...inEachLayout('(牵头) after a unit', [['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成排查', '县住建局（牵头）、县财政局', '2023年6月底前']], ['2023年6月底前|2023-06-30|县住建局|县财政局']),
    ...inEachLayout('a 责任领导 column before the units', [['序号', '工作任务', '责任领导', '牵头单位', '配合单位', '完成时限'], ['1', '完成排查', '张三', '县住建局', '县财政局', '2023年6月底前']], ['2023年6月底前|2023-06-30|县住建局|县财政局']),
    ...inEachLayout('the time before the units', [['序号', '工作任务', '完成时限', '责任单位'], ['1', '完成排查', '2023年6月底前', '县住建局']], [A]),
    ...inEachLayout('the units before the task', [['序号', '责任单位', '工作任务', '完成时限'], ['1', '县住建局', '完成排查', '2023年6月底前']], [A]),
    ...inEachLayout('no number column', [['工作任务', '责任单位', '完成时限'], ['完成排查', '县住建局', '2023年6月底前'], ['完成拨付', '县财政局', '2023年9月底前']], [A, B]),
    ...inEachLayout('a merged units cell', [['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成排查', '县住建局', '2023年6月底前'], ['2', '完成验收', '', '2023年9月底前']], [A, '2023年9月底前|2023-09-30|县住建局|']),
    ...inEachLayout('section rows between the rows', [['序号', '工作任务', '责任单位', '完成时限'], ['一、优化营商环境', '', '', ''], ['1', '完成排查', '县住建局', '2023年6月底前'], ['二、民生保障', '', '', ''], ['2', '完成拨付', '县财政局', '2023年9月底前']], [A, B]),
    ...inEachLayout('spaced header names', [['序 号', '工 作 任 务', '责 任 单 位', '完 成 时 限'], ['1', '完成排查', '县住建局', '2023年6月底前']], [A]),
    ...inEachLayout('a note naming the lead in the header', [['序号', '工作任务', '责任单位（排第一位的为牵头单位）', '完成时限'], ['1', '完成排查', '县住建局、县财政局', '2023年6月底前']], ['2023年6月底前|2023-06-30|县住建局|县财政局']),
    ['a 备注 column, pipe', pipeTable([['序号', '工作任务', '责任单位', '完成时限', '备注'], ['1', '完成排查', '县住建局', '2023年6月底前', ''], ['2', '完成拨付', '县财政局', '2023年9月底前', '按季度报送']]), [A, B]],
    ['<br> between two units of a pipe cell', pipeTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成排查', '县住建局<br>县财政局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
    ['a tab row whose task runs on under it', ['序号\t工作任务\t责任单位\t完成时限', '1\t完成老旧小区排查\t县住建局\t2023年6月底前', '\t整治工作\t\t', '2\t完成拨付\t县财政局\t2023年9月底前'].join('\n'), [A, B]],
    ['columns parted by two spaces', ['序号  工作任务  责任单位  完成时限', '1  完成排查  县住建局  2023年6月底前', '2  完成拨付  县财政局  2023年9月底前'].join('\n'), [A, B]],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
