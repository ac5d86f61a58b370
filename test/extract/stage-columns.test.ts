import { describe, expect, it } from 'vitest';
import { cellKind } from '../../src/extract/row-layout.ts';
import { recordsOf } from './gazette-text.ts';
import { cellPerLine, pipeTable, tabTable } from './table-text.ts';

/**
 * A schedule's table names each stage in a column of its own beside the column of its times ("阶段 | 时间安排 | 工作内容 |
 * 责任单位"), and a time cell may hold the span the stage runs ("2023年4月—8月", "4月下旬~5月"), due at its end. Each
 * case is the records, as "expression|due|lead|co".
 */

function records(body: string): string[] {
  return recordsOf({ body, title: '某县人民政府办公室关于印发2023年城乡环境整治工作方案的通知', number: '某政办发〔2023〕5号', issuer: '某县人民政府办公室', issued: '2023 年 3 月 1 日' })
    .map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}`);
}

const stages = [
  ['阶段', '时间安排', '工作内容', '责任单位'],
  ['动员部署阶段', '2023年3月', '制定实施方案', '县住建局'],
  ['集中整治阶段', '2023年4月—8月', '开展集中整治', '各乡镇'],
];
const stagesWant = ['2023年3月|2023-03-31|县住建局|', '2023年4月—8月|2023-08-31|各乡镇|'];

describe('a column of stages beside a column of their times', () => {
  it.each([
    ['pipe table', pipeTable(stages), stagesWant],
    ['tab table', tabTable(stages), stagesWant],
    ['one cell a line', cellPerLine(stages), stagesWant],
    ['工作阶段, 时间 first', pipeTable([['工作阶段', '时间', '主要任务', '责任单位'], ['第一阶段', '2023年3月底前', '制定实施方案', '县住建局']]), ['2023年3月底前|2023-03-31|县住建局|']],
    ['实施阶段 and 时间节点', tabTable([['实施阶段', '时间节点', '工作内容', '牵头单位', '配合单位'], ['自查自纠', '2023年5月底前', '完成自查', '县市场监管局', '县商务局']]), ['2023年5月底前|2023-05-31|县市场监管局|县商务局']],
    // Alone, a column of stages holds each stage with its time.
    ['阶段 alone, its time in brackets', pipeTable([['阶段', '工作内容', '责任单位'], ['动员部署阶段(2023年3月)', '制定实施方案', '县住建局']]), ['2023年3月|2023-03-31|县住建局|']],
    ['阶段时间 is a column of times', pipeTable([['序号', '工作内容', '阶段时间', '责任单位'], ['1', '制定实施方案', '2023年3月', '县住建局']]), ['2023年3月|2023-03-31|县住建局|']],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

describe('a span of months or days alone in a cell', () => {
  it.each([
    ['2023年4月—8月', 'date'],
    ['4月至6月', 'date'],
    ['2023年3月1日-3月31日', 'date'],
    ['4月下旬~5月', 'date'],
    ['2023年6月—2023年12月底前', 'date'],
    ['2005.8—2006.3', 'date'],
    ['4月至6月开展整治', 'text'],
    ['县住建局', 'units'],
  ])('%s is %s', (cell, kind) => {
    expect(cellKind(cell)).toBe(kind);
  });

  it.each([
    ['a span in the second column of rows with no number', cellPerLine([['工作任务', '时间安排', '责任单位'], ['制定实施方案', '2023年3月', '县住建局'], ['开展集中整治', '2023年4月—8月', '各乡镇'], ['组织考核验收', '9月1日-9月30日', '县住建局']]),
      ['2023年3月|2023-03-31|县住建局|', '2023年4月—8月|2023-08-31|各乡镇|', '9月1日-9月30日|2023-09-30|县住建局|']],
    ['the same spans under a number column', cellPerLine([['序号', '工作任务', '时间安排', '责任单位'], ['1', '制定实施方案', '2023年3月', '县住建局'], ['2', '开展集中整治', '4月下旬~8月', '各乡镇']]),
      ['2023年3月|2023-03-31|县住建局|', '4月下旬~8月|2023-08-31|各乡镇|']],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

describe('the notice signed under a table copied one cell a line with no number column', () => {
  it.each([
    ['the units last', cellPerLine([['工作任务', '完成时限', '责任单位'], ['制定实施方案', '2023年3月底前', '县住建局'], ['开展集中整治', '2023年8月底前', '各乡镇']]),
      ['2023年3月底前|2023-03-31|县住建局|', '2023年8月底前|2023-08-31|各乡镇|']],
    ['the time second', cellPerLine([['工作任务', '时间安排', '责任单位'], ['制定实施方案', '2023年3月', '县住建局'], ['开展集中整治', '2023年4月—8月', '各乡镇']]),
      ['2023年3月|2023-03-31|县住建局|', '2023年4月—8月|2023-08-31|各乡镇|']],
    ['the time last', cellPerLine([['工作任务', '责任单位', '完成时限'], ['制定实施方案', '县住建局', '2023年3月底前'], ['开展集中整治', '各乡镇', '2023年8月底前']]),
      ['2023年3月底前|2023-03-31|县住建局|', '2023年8月底前|2023-08-31|各乡镇|']],
    // A day under a table that no issuer's name stands above is the last row's.
    ['a last row dated to the day', cellPerLine([['工作任务', '完成时限', '责任单位'], ['制定实施方案', '2023年3月底前', '县住建局'], ['开展考核验收', '2023年12月31日', '县住建局']]),
      ['2023年3月底前|2023-03-31|县住建局|', '2023年12月31日|2023-12-31|县住建局|']],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
