import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';
import { countyTaskNotice } from './table-text.ts';

/**
 * A row naming periods, one a column ("指标 | 第一季度 | 第二季度 | 第三季度 | 第四季度", "年份 | 上半年 | 下半年"), or any
 * row a Markdown table's separator closes, is the header of its table: a quarter naming a column of figures is no
 * deadline. Before, each quarter of such a header was a once record with no task and no unit. Real tables of the form
 * (revenue, cost, conversion rates by quarter; months, years and halves over figures) are saved in
 * audit-texts/tables19/09 and 10. A row of tasks holds one time, or two for when its work starts and ends, and a
 * quarter in a column of deadlines stays a deadline. Each case is the records, as "expression|due or rule|lead".
 */
type Case = [string, string, string[]];

function records(body: string): string[] {
  return recordsOf(countyTaskNotice(body)).map(
    (o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}`,
  );
}

const lines = (...rows: string[]) => rows.join('\n');

describe('a row naming periods is a header', () => {
  it.each<Case>([
    ['four quarters over a separator', lines('| 指标 | 第一季度 | 第二季度 | 第三季度 | 第四季度 |', '|:-----|-------:|-------:|-------:|-------:|', '| 营收（万元） | 1,024 | 1,536 | 2,048 | 2,560 |'), []],
    ['four quarters and a total, no separator', lines('| 项目 | 第一季度 | 第二季度 | 第三季度 | 第四季度 | 年度总计 |', '| 产品A | 100,000 | 120,000 | 150,000 | 180,000 | 550,000 |'), []],
    ['four quarters, tab rows', lines('指标\t一季度\t二季度\t三季度\t四季度', '营收\t1024\t1536\t2048\t2560'), []],
    ['Q1 to Q4', lines('| 季度 | Q1 | Q2 | Q3 | Q4 |', '| 销售额 | 19.2 | 21.4 | 16.7 | 22.1 |'), []],
    ['a row of years over a row of quarters', lines('|  | 2024年 | 2024年 | 2024年 | 2024年 |', '|  | 第一季度 | 第二季度 | 第三季度 | 第四季度 |', '| 营收 | 1 | 2 | 3 | 4 |'), []],
    ['both halves of a year', lines('| 科目 / 时间 | 上半年 | 下半年 |', '| 收入 | 100 | 200 |'), []],
    ['twelve months', lines('| 年份 | 1月 | 2月 | 3月 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 10月 | 11月 | 12月 |', '| 2022 | 1% | 2% | 3% | 4% | 5% | 6% | 7% | 8% | 9% | 10% | 11% | 12% |'), []],
    ['a header of other names over a separator', lines('| 季度 | 一季度 |', '| --- | --- |', '| 营收 | 100 |'), []],
    // Negatives: the times of rows of tasks.
    ['a quarter in a column of deadlines', lines('| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 完成排查 | 县住建局 | 三季度 |'), ['三季度|2023-09-30|县住建局']],
    ['quarters down a column of deadlines', lines('| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 完成排查 | 县住建局 | 一季度 |', '| 2 | 完成整改 | 县财政局 | 二季度 |', '| 3 | 完成验收 | 县水利局 | 三季度 |'), ['一季度|2023-03-31|县住建局', '二季度|2023-06-30|县财政局', '三季度|2023-09-30|县水利局']],
    ['a start and an end quarter in one row', lines('| 序号 | 工作任务 | 责任单位 | 开始时间 | 完成时间 |', '| --- | --- | --- | --- | --- |', '| 1 | 完成排查 | 县住建局 | 一季度 | 三季度 |'), ['三季度|2023-09-30|县住建局']],
    ['two quarters of one task in a cell', lines('| 序号 | 工作任务 | 责任单位 | 进度安排 |', '| --- | --- | --- | --- |', '| 1 | 完成排查 | 县住建局 | 一季度启动，三季度完成 |'), ['一季度|2023-03-31|县住建局', '三季度|2023-09-30|县住建局']],
    ['a task table after a table of figures', lines('| 指标 | 第一季度 | 第二季度 | 第三季度 |', '| --- | --- | --- | --- |', '| 营收 | 1 | 2 | 3 |', '', '| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 完成排查 | 县住建局 | 2023年6月底前 |'), ['2023年6月底前|2023-06-30|县住建局']],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
