import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { countyTaskNotice } from './table-text.ts';

/**
 * A task's record copied from a page that shows it as a table of two columns, one cell a line: each field's name on a line,
 * its value on the next (同心 2023 政府工作报告任务分解: 具体任务 / the task / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 /
 * 完成时限 / the time). The record reads as a table row under its field names. Each case is "expression|due|lead|co|task".
 */
function records(body: string): string[] {
  const text = gazetteDocument(countyTaskNotice(body));
  return extractText(text, 'fields.txt').obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}|${o.task}`);
}

const record = (fields: Array<[string, string]>, gap = '') => fields.flatMap(([name, value]) => (gap ? [name, gap, value, gap] : [name, value])).join('\n');

describe('a record of fields a line pair', () => {
  it.each([
    [
      'task, units, helpers, time',
      record([['具体任务', '完成老旧小区改造'], ['责任单位', '县住建局、县财政局'], ['配合单位', '各乡镇'], ['完成时限', '2023年6月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|县财政局、各乡镇|完成老旧小区改造'],
    ],
    [
      'a long task and a time cell with two milestones',
      record([
        ['具体任务', '全面完成老年人群疫苗接种,守好疫情防线;中医院门诊楼建成投运,下马关分院加快建设,改扩建社区卫生服务中心。'],
        ['责任单位', '卫健局、文旅局'],
        ['配合单位', '各乡镇'],
        ['完成时限', '中医院门诊楼1月底前完成;其它事项12月底前取得明显成效'],
      ]),
      [
        // What the cell says is done by each date is told after the task, as in any deadline cell.
        '1月底前|2023-01-31|卫健局|文旅局、各乡镇|全面完成老年人群疫苗接种,守好疫情防线;中医院门诊楼建成投运,下马关分院加快建设,改扩建社区卫生服务中心。:完成',
        '12月底前|2023-12-31|卫健局|文旅局、各乡镇|全面完成老年人群疫苗接种,守好疫情防线;中医院门诊楼建成投运,下马关分院加快建设,改扩建社区卫生服务中心。:取得明显成效',
      ],
    ],
    [
      'blank lines between the lines',
      record([['工作任务', '建成社区医院'], ['牵头单位', '县卫健委'], ['完成时间', '2023年12月底前']], ' '),
      ['2023年12月底前|2023-12-31|县卫健委||建成社区医院'],
    ],
    [
      'two records, the second naming no helpers: it takes none from the first',
      [
        record([['具体任务', '完成老旧小区改造'], ['责任单位', '县住建局'], ['配合单位', '各乡镇'], ['完成时限', '2023年6月底前']]),
        record([['具体任务', '建成社区医院'], ['责任单位', '县卫健委'], ['完成时限', '2023年12月底前']]),
      ].join('\n'),
      ['2023年6月底前|2023-06-30|县住建局|各乡镇|完成老旧小区改造', '2023年12月底前|2023-12-31|县卫健委||建成社区医院'],
    ],
    [
      'the person in charge among the fields (牵头领导, 责任人): a field of no role',
      record([['具体任务', '完成老旧小区改造'], ['牵头领导', '张三'], ['责任单位', '县住建局、县财政局'], ['责任人', '李四'], ['完成时限', '2023年6月底前']]),
      ['2023年6月底前|2023-06-30|县住建局|县财政局|完成老旧小区改造'],
    ],
    [
      'the time before the units',
      record([['重点任务', '完成老旧小区改造'], ['时间节点', '2023年9月底前'], ['责任部门', '县住建局']]),
      ['2023年9月底前|2023-09-30|县住建局||完成老旧小区改造'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

describe('lines that are no record', () => {
  it.each([
    [
      'a cell-per-line table: the header names follow each other',
      ['序号', '重点任务', '责任单位', '完成时限', '1', '完成老旧小区改造', '县住建局、县财政局', '2023年6月底前'].join('\n'),
      ['2023年6月底前|2023-06-30|县住建局|县财政局|完成老旧小区改造'],
    ],
    [
      'three fields and no time: no record',
      ['工作任务', '完成老旧小区改造', '责任单位', '县住建局', '配合单位', '各乡镇'].join('\n'),
      [],
    ],
    [
      'persons and units without a time',
      ['具体任务', '完成老旧小区改造', '包抓领导', '张三', '责任单位', '县住建局'].join('\n'),
      [],
    ],
    [
      'a contact\'s fields name no task, units or time',
      ['联系人', '张三', '联系电话', '0951-1234567', '邮箱', 'a@b.cn', '各乡镇要于2023年6月底前报送进展情况。'].join('\n'),
      ['于2023年6月底前|2023-06-30|各乡镇||报送进展情况'],
    ],
    [
      'two fields only, no time among them: the item above keeps its sentence',
      ['1.各乡镇要于2023年6月底前完成摸底。', '工作任务', '完成摸底', '责任单位', '县住建局'].join('\n'),
      ['于2023年6月底前|2023-06-30|各乡镇||完成摸底'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
