import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { Obligation } from '../../src/obligation.ts';
import { gazetteDocument } from './gazette-text.ts';

/**
 * Rows of a pipe or tab table that lost cells to merging (a 细化分工 cell spanning two rows, a 类别 cell spanning many),
 * placed under the header by what their cells hold: the row's number under 序号, its text under the task, a date or a
 * duty with no date of its own (长期推进, 持续推进, 常态工作) under the deadline, as the cells of a cell-per-line row are.
 * Real form: 广东省卫生健康委 2021 政务公开重点任务台账 ("2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |"),
 * 荆州 2022 政务公开任务分解责任清单 ("2 | 开设行业帮扶政策公开专题… | 市政府各有关部门… | 持续推进 | ||").
 */
function extract(body: string) {
  const text = gazetteDocument({ body, title: '某县人民政府办公室关于印发2021年政务公开工作重点任务台账的通知', issued: '2021 年 3 月 16 日' });
  const obligations = extractText(text, 'merged.txt').obligations.map((o) => Obligation.parse(o));
  return obligations.map((o) => [o.expression, o.due ?? o.rrule, o.lead, o.co, o.task]);
}

const PIPE_HEADER = '| 序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |';
const TAB_HEADER = '序号\t工作任务\t细化分工\t责任处室\t完成时限\t备注';
const QUARTERLY = 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1';

describe('a row with fewer cells than its header', () => {
  it.each([
    ['长期推进 under the deadline', `| 2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 | |`, [['长期推进', '2021-12-31', ['疾控处'], [], '做好疫苗接种信息公开']]],
    ['持续推进', `| 2 | 做好疫苗接种信息公开 | 疾控处 | 持续推进 |`, [['持续推进', '2021-12-31', ['疾控处'], [], '做好疫苗接种信息公开']]],
    ['常态工作', `| 2 | 做好疫苗接种信息公开 | 疾控处 | 常态工作 |`, [['常态工作', '2021-12-31', ['疾控处'], [], '做好疫苗接种信息公开']]],
    ['每季度', `| 2 | 做好疫苗接种信息公开 | 疾控处 | 每季度 |`, [['每季度', QUARTERLY, ['疾控处'], [], '做好疫苗接种信息公开']]],
    ['a date alone: the number under 序号, the text under the task', `| 3 | 规范信息发布 | 宣传处 | 2021年8月前 |`, [['2021年8月前', '2021-08-31', ['宣传处'], [], '规范信息发布']]],
    [
      'a cell led by a date with what falls due by it, two milestones',
      `| 6 | 推进预算决算公开 | 财务处 | 2021年2月公布预算信息,2021年8月公布决算信息 |`,
      [
        ['2021年2月', '2021-02-28', ['财务处'], [], '推进预算决算公开:公布预算信息'],
        ['2021年8月', '2021-08-31', ['财务处'], [], '推进预算决算公开:公布决算信息'],
      ],
    ],
    ['a tab row', '2\t做好疫苗接种信息公开\t疾控处\t长期坚持', [['长期坚持', '2021-12-31', ['疾控处'], [], '做好疫苗接种信息公开']]],
  ])('%s', (_name, row, expected) => {
    const header = row.startsWith('|') ? PIPE_HEADER : TAB_HEADER;
    const first = row.startsWith('|') ? '| 1 | 做好疫情信息发布 | 发布权威信息 | 应急处 | 2021年6月底前 | |' : '1\t做好疫情信息发布\t发布权威信息\t应急处\t2021年6月底前\t';
    expect(extract([header, first, row].join('\n')).slice(1)).toEqual(expected);
  });

  it.each([
    ['a task opening with 持续 is a task, not a duty with no date', '| 3 | 持续优化营商环境 | 县发改局 | 2021年底前 |', ['2021年底前', '2021-12-31', ['县发改局'], [], '持续优化营商环境']],
    ['a task naming a date after its verb stays a task', '| 3 | 开展业务培训,6月底前完成 | 县人社局 | 2021年底前 |', ['2021年底前', '2021-12-31', ['县人社局'], [], '开展业务培训,6月底前完成']],
  ])('%s', (_name, row, expected) => {
    expect(extract([PIPE_HEADER, row].join('\n'))).toEqual([expected]);
  });
});

describe('pipe rows that lost their leading pipe, a lone pipe between them', () => {
  const body = [
    '2021 年政务公开工作重点任务台账 |',
    '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
    '1 | 做好疫情信息发布 | 发布权威信息 | 应急处、监督处 | 长期推进 |',
    '|',
    '2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |',
    '|',
    '3 | 规范信息发布 | 宣传处 | 2021年8月前 |',
    '|',
  ].join('\n');

  it('reads them as rows of one table, whatever their counts of pipes', () => {
    expect(extract(body).map((r) => r.slice(0, 4))).toEqual([
      ['长期推进', '2021-12-31', ['应急处'], ['监督处']],
      ['长期推进', '2021-12-31', ['疾控处'], []],
      ['2021年8月前', '2021-08-31', ['宣传处'], []],
    ]);
  });

  it.each([
    ['a line of prose with a pipe beside a row of another count', '各单位 | 联系人:张三\n请于2021年6月底前报送材料。'],
    ['pipes that close no cell', '网站首页 | 政务公开 | 办事服务\n关于我们 | 联系方式\n请于2021年6月底前报送材料。'],
  ])('leaves %s as prose', (_name, text) => {
    expect(extract(text).map((r) => [r[0], r[1], r[4]])).toEqual([['于2021年6月底前', '2021-06-30', '报送材料']]);
  });
});
