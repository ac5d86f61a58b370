import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// The next month after a frequency of quarters or half-years is the month after each such period, as "每季度次月10日前"
// already was: "每季度报送一次。每季度下一个月的5日前报送" (北京 行政调解统计表), "各市于每季度第一个月的10日前将此报表上报省
// 综治办;县(市、区)于次月5日前上报市综治办" (a 综治 return), "要求在次月10日前录入并提交学员上季度的全部成长评估" (the report's
// own quarter), audit-texts times5/06. Read as every month's (次月) or the notice's next month (下一个月), the quarter's
// report was due twelve times a year or once.
const QUARTER = (day: number) => `FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=${day}`;
const HALF = (day: number) => `FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=${day}`;
const rules = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于建立工作进展报送制度的通知', number: '某政办发〔2019〕5号', issued: '2019 年 3 月 20 日' }).map((r) => [
    r.expression,
    r.rrule ?? r.due,
  ]);

describe('the next month after a frequency of quarters or half-years', () => {
  it.each([
    ['一、报送时间:每季度报送一次。每季度下一个月的5日前报送,报第四季度数据的同时报全年汇总数据。', [['下一个月的5日前', QUARTER(5)]]],
    ['二、各市于每季度第一个月的10日前将此报表上报省综治办;县(市、区)于次月5日前上报市综治办。', [['每季度第一个月的10日前', QUARTER(10)], ['次月5日前', QUARTER(5)]]],
    ['三、各乡镇要在次月10日前录入并提交上季度的工作情况。', [['次月10日前', QUARTER(10)]]],
    ['四、各乡镇每季度报送一次,于次月10日前报送。', [['次月10日前', QUARTER(10)]]],
    ['五、各乡镇每半年报送一次工作进展,于次月15日前报送。', [['次月15日前', HALF(15)]]],
    ['六、各乡镇每季度将工作情况于次月5日前报县政府办。', [['次月5日前', QUARTER(5)]]],
    ['七、各乡镇于每半年的下一个月10日前报送。', [['下一个月10日前', HALF(10)]]],
    // The check each quarter is a duty of its own, the report on the month after each quarter another.
    ['八、各县每季度开展检查并于次月5日前报送。', [['每季度', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'], ['次月5日前', QUARTER(5)]]],
  ])('%s', (body, expected) => {
    expect(rules(body)).toEqual(expected);
  });

  it.each([
    // A monthly frequency, a monthly report named after the day, a new sentence: every month's next month.
    ['一、各乡镇每月报送一次,于次月5日前报送。', [['次月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5']]],
    ['二、每季度召开一次会议,各乡镇于次月5日前报送上月数据。', [['每季度', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'], ['次月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5']]],
    ['三、各单位每季度报送一次总结,次月10日前报送月报。', [['每季度', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'], ['次月10日前', 'FREQ=MONTHLY;BYMONTHDAY=10']]],
    ['四、每季度召开一次会议。各乡镇于次月5日前报送统计数据。', [['每季度', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'], ['次月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5']]],
    // The notice's own next month, with no frequency: once.
    ['五、请各乡镇于下月10日前报送方案。', [['于下月10日前', '2019-04-10']]],
  ])('%s: not after a quarter', (body, expected) => {
    expect(rules(body)).toEqual(expected);
  });
});
