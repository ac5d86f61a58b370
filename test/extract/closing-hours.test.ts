import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// The weekday and hour after a day ("3月25日(星期五)下班前", "每月28日15点前", "10月31日14:00前") close its time: they
// belong to the expression, and the task is what is done by then. Real: "于6月18日(星期二)上午下班前,将修改意见…反馈至市防汛办"
// (遂宁 2019), "于4月20日(星期五)前上报区督查组" (三水 2007), "于3月4日下午4:00前报区创建办" (秀洲 2010), "于2016年4月13日
// (星期三)17:00前将《…报告表》报学校办公室" (华中师大 2016), "在每月28日15点前送县林业局413室" (林区公路 2017).
const read = (body: string) => recordsOf({ body }).map((o) => [o.expression, o.kind === 'recurring' ? o.rrule : o.due, o.task]);

describe('the weekday and hour closing a day', () => {
  it.each([
    ['请各单位于3月25日(星期五)下班前将回执传真至市政府办公室。', [['于3月25日(星期五)下班前', '2018-03-25', '将回执传真至市政府办公室']]],
    ['请各单位于3月20日17:00前提交自查报告。', [['于3月20日17:00前', '2018-03-20', '提交自查报告']]],
    ['各乡镇于3月27日下午4点前报送统计表。', [['于3月27日下午4点前', '2018-03-27', '报送统计表']]],
    ['请各乡镇于4月2日(周一)将名单报送省政府办公厅。', [['于4月2日(周一)', '2018-04-02', '将名单报送省政府办公厅']]],
    ['各乡镇在每月28日15点前送报表至省林业局。', [['每月28日15点前', 'FREQ=MONTHLY;BYMONTHDAY=28', '送报表至省林业局']]],
    ['各乡镇每日17时前将值班情况报省应急厅。', [['每日17时前', 'FREQ=DAILY', '将值班情况报省应急厅']]],
    ['请于2018年4月13日(星期五)上午下班前反馈修改意见。', [['于2018年4月13日(星期五)上午下班前', '2018-04-13', '反馈修改意见']]],
    // A weekday's hour closes it as a day's does.
    ['各乡镇每周一上午10点前报送上周情况。', [['每周一上午10点前', 'FREQ=WEEKLY;BYDAY=MO', '报送上周情况']]],
    ['各科室于每周四下班前将简报报送省政府办公厅。', [['每周四下班前', 'FREQ=WEEKLY;BYDAY=TH', '将简报报送省政府办公厅']]],
  ] as [string, string[][]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  it.each([
    // Nothing after the day but 前: the expression is as it was.
    ['请各单位于3月20日前提交自查报告。', [['于3月20日前', '2018-03-20', '提交自查报告']]],
    // A meeting's day and hour with no 前 set no time to act.
    ['会议定于3月28日(星期三)上午9时在省政府召开。', []],
    // An hour after something other than a day is not taken in.
    ['各乡镇于本周五17:00前报送统计表。', [['于本周五17:00前', '2018-03-23', '报送统计表']]],
  ] as [string, string[][]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});

// "请于4月2日(周一)将名单报送…", "要于3月30日(星期五)完成…": what is done by a day follows its weekday, so the day is read
// as it is without one.
describe('a day set for a step after its weekday', () => {
  it.each([
    ['请各乡镇于4月2日(周一)将名单报送省政府办公厅。', ['2018-04-02']],
    ['省财政厅要于3月30日(星期五)完成资金拨付。', ['2018-03-30']],
    ['各乡镇于4月2日(周一)报送了名单。', []],
    ['省政府定于4月2日(周一)召开推进会。', []],
  ] as [string, string[]][])('%s', (body, dues) => expect(recordsOf({ body }).map((o) => o.kind === 'once' && o.due)).toEqual(dues));
});
