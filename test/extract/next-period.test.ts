import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// The period after the one a duty covers, by its end or a day of it: "月末结账，次月底前付款", "工资于次月底前发放",
// "按月结算，次月底前支付当月结算额的80%", "请于下月底前及时交费充值", "年度报告：Y+10（年后10日）" beside "季度报告：Q+5（季后5日）",
// a statistics table's "年报 │ 年后十日前". 翌 is "next" as 次 is (翌日, 翌月, 翌年).
const records = (body: string) =>
  extractText(gazetteDocument({ body }), 'next.txt').obligations.map((o) => ({ expression: o.expression, kind: o.kind, due: o.due, rrule: o.rrule }));

describe('the next period as a deadline', () => {
  it.each([
    ['各设区市次月底前报送上月情况。', '次月底前', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['各设区市翌月底前报送上月情况。', '翌月底前', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['各设区市每月工作情况于翌月5日前报省政府办公厅。', '翌月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['各设区市每月工作情况于次月末前报送。', '次月末前', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['省级有关单位要在翌年1月底前报送年度总结。', '翌年1月底前', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1'],
    ['各设区市年后十日前报送年报。', '年后十日前', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10'],
    ['企业年报于年后15日内报送省统计局。', '年后15日内', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15'],
  ])('%s', (body, expression, rrule) => {
    expect(records(body)).toEqual([{ expression, kind: 'recurring', due: null, rrule }]);
  });

  it('下月底前 in a notice is the end of the month after the notice', () => {
    expect(records('省环保厅下月底前报送整改方案。')).toEqual([{ expression: '下月底前', kind: 'once', due: '2018-04-30', rrule: null }]);
  });

  it.each([
    // Counted from an event with no date: nothing to put on a calendar.
    ['省住建厅验收后次月底前拨付资金。'],
    ['于活动结束次月底前完成统计。'],
  ])('%s: no record', (body) => {
    expect(records(body)).toEqual([]);
  });

  it('a count of years before 后 is no yearly report', () => {
    expect(records('本办法施行3年后10日内进行评估。').filter((r) => r.kind === 'recurring')).toEqual([]);
  });
});

// Parts of the notice's own month or quarter, and of the month after it: "于本季度内完成数据资产目录的编制与复核",
// "需要在本季度内完成转正材料复核", "C区将于下月中旬动工", "本月中旬前定下来才来得及", "预计于下月底前完成相关作业".
describe('a part of the month or quarter the notice is dated in', () => {
  it.each([
    ['省民政厅要在本季度内完成核查。', '在本季度内', '2018-03-31'],
    ['省民政厅要在本季度末前完成核查。', '在本季度末前', '2018-03-31'],
    ['省应急管理厅于本月中旬前完成排查。', '于本月中旬前', '2018-03-20'],
    ['省应急管理厅于本月上旬完成排查。', '于本月上旬', '2018-03-10'],
    ['省发展改革委于下月中旬完成评估。', '于下月中旬', '2018-04-20'],
    ['省发展改革委于下月上旬前完成评估。', '于下月上旬前', '2018-04-10'],
    ['省水利厅下季度末前完成清淤。', '下季度末前', '2018-06-30'],
  ])('%s', (body, expression, due) => {
    expect(records(body)).toEqual([{ expression, kind: 'once', due, rrule: null }]);
  });

  it.each([
    // When something starts is no deadline.
    ['全省考试将于下月中旬开始。'],
    // A quarter named as what a report covers, with no end or 内, sets no time.
    ['省统计局汇总本季度工作情况。'],
  ])('%s: no record', (body) => {
    expect(records(body)).toEqual([]);
  });

  it('in undated rules 本月 is any month: no calendar date', () => {
    const rules = extractText('某市督查工作规则\n\n第一条 督查室于本月中旬前汇总各单位进展。\n', 'rules.txt').obligations;
    expect(rules).toEqual([]);
  });
});
