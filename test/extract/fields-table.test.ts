import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { countyTaskNotice, pipeTable, tabTable } from './table-text.ts';

/**
 * A table set on its side: its first column names the fields (具体任务, 责任单位, 完成时限), each column after it is a record.
 * A page showing one task in a table of two columns (同心 2023 政府工作报告任务分解: 具体任务 | the task, 责任单位 |
 * 卫健局、文旅局, 配合单位 | 各乡镇, 完成时限 | the time), read as HTML, comes as tab rows; copied as Markdown, as pipe rows.
 * Each case is "expression|due|lead|co|task".
 */
function records(body: string): string[] {
  const text = gazetteDocument(countyTaskNotice(body));
  return extractText(text, 'side.txt').obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}|${o.task}`);
}

const oneTask = [['具体任务', '完成老旧小区改造'], ['责任单位', '县住建局、县财政局'], ['配合单位', '各乡镇'], ['完成时限', '2023年6月底前']];
const oneTaskWant = ['2023年6月底前|2023-06-30|县住建局|县财政局、各乡镇|完成老旧小区改造'];
const twoTasks = [['工作任务', '完成老旧小区改造', '建成社区医院'], ['责任单位', '县住建局、县财政局', '县卫健委'], ['完成时限', '2023年6月底前', '2023年12月底前']];
const twoTasksWant = ['2023年6月底前|2023-06-30|县住建局|县财政局|完成老旧小区改造', '2023年12月底前|2023-12-31|县卫健委||建成社区医院'];

describe('a table set on its side', () => {
  it.each([
    ['one task, tab rows', tabTable(oneTask), oneTaskWant],
    ['one task, pipe rows', pipeTable(oneTask), oneTaskWant],
    ['a task a column, tab rows', tabTable(twoTasks), twoTasksWant],
    ['a task a column, pipe rows', pipeTable(twoTasks), twoTasksWant],
    [
      'a person in charge among the fields',
      tabTable([['具体任务', '完成老旧小区改造'], ['包抓领导', '张三'], ['责任单位', '县住建局、县财政局'], ['完成时限', '2023年6月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|县财政局|完成老旧小区改造'],
    ],
    [
      'a record leaving a field empty takes nothing from the one beside it',
      tabTable([['重点任务', '完成老旧小区改造', '建成社区医院'], ['牵头单位', '县住建局', '县卫健委'], ['配合单位', '县财政局', ''], ['时间节点', '2023年6月底前', '2023年12月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|县财政局|完成老旧小区改造', '2023年12月底前|2023-12-31|县卫健委||建成社区医院'],
    ],
    [
      'a time cell with two milestones',
      tabTable([['具体任务', '中医院门诊楼建成投运,改扩建社区卫生服务中心'], ['责任单位', '卫健局、文旅局'], ['完成时限', '中医院门诊楼1月底前完成;其它事项12月底前取得明显成效']]),
      ['1月底前|2023-01-31|卫健局|文旅局|中医院门诊楼建成投运,改扩建社区卫生服务中心:完成', '12月底前|2023-12-31|卫健局|文旅局|中医院门诊楼建成投运,改扩建社区卫生服务中心:取得明显成效'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });

  it.each([
    [
      'a table with its header on top',
      tabTable([['重点任务', '责任单位', '完成时限'], ['完成老旧小区改造', '县住建局', '2023年6月底前'], ['建成社区医院', '县卫健委', '2023年12月底前']]),
      ['2023年6月底前|2023-06-30|县住建局||完成老旧小区改造', '2023年12月底前|2023-12-31|县卫健委||建成社区医院'],
    ],
    ['a contact\'s fields', tabTable([['联系单位', '县住建局'], ['联系人', '张三'], ['联系电话', '0951-1234567']]), []],
    ['fields with no time', tabTable([['工作任务', '完成老旧小区改造'], ['责任单位', '县住建局'], ['配合单位', '县财政局']]), []],
    [
      'a page\'s facts above the text: a 发布日期 is no time field',
      [tabTable([['索引号', '11330600/2023-01'], ['发布机构', '县政府办公室'], ['发布日期', '2023-03-01']]), '', '各乡镇要于2023年6月底前报送进展情况。'].join('\n'),
      ['于2023年6月底前|2023-06-30|各乡镇||报送进展情况'],
    ],
    [
      'a page\'s facts as pipe rows (紫阳 2022 督查通报: 文件名称 | … | ||, 公开责任部门 | …)',
      [
        '文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||',
        '索引号 | zyxzfzyxzfbgs/2022-4992 | 公开目录: | 政务督查 |',
        '公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |',
        '文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |',
        '',
        '各乡镇要于2023年6月底前报送进展情况。',
      ].join('\n'),
      ['于2023年6月底前|2023-06-30|各乡镇||报送进展情况'],
    ],
  ])('is not read so: %s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
