import { describe, expect, it } from 'vitest';
import { recognisePeriod } from '../../src/bot/period.ts';

// 2018-06-13 is a Wednesday.
const today = '2018-06-13';

describe('recognisePeriod', () => {
  it.each([
    // our recognisers: the Chinese period forms
    ['下周有什么要完成的', '2018-06-18', '2018-06-24', '下周'],
    ['本周到期', '2018-06-11', '2018-06-17', '本周'],
    ['6月底前省财政厅要做什么', today, '2018-06-30', '6月底前'],
    ['6月底', '2018-06-30', '2018-06-30', '6月底'],
    ['本月到期', '2018-06-01', '2018-06-30', '本月'],
    ['下个月', '2018-07-01', '2018-07-31', '下个月'],
    ['月底前', today, '2018-06-30', '月底前'],
    ['下个月底前', today, '2018-07-31', '下个月底前'],
    ['明年一季度', '2019-01-01', '2019-03-31', '明年一季度'],
    ['第三季度', '2018-07-01', '2018-09-30', '第三季度'],
    ['下季度', '2018-07-01', '2018-09-30', '下季度'],
    ['本季度', '2018-04-01', '2018-06-30', '本季度'],
    ['下半年', '2018-07-01', '2018-12-31', '下半年'],
    ['2019年上半年', '2019-01-01', '2019-06-30', '2019年上半年'],
    ['7月上旬', '2018-07-01', '2018-07-10', '7月上旬'],
    ['七月中旬', '2018-07-11', '2018-07-20', '七月中旬'],
    ['9月下旬', '2018-09-21', '2018-09-30', '9月下旬'],
    ['年底前', today, '2018-12-31', '年底前'],
    ['2019年底', '2019-12-31', '2019-12-31', '2019年底'],
    ['明年初', '2019-01-31', '2019-01-31', '明年初'],
    ['十二月', '2018-12-01', '2018-12-31', '十二月'],
    ['2019年3月', '2019-03-01', '2019-03-31', '2019年3月'],
    ['明年', '2019-01-01', '2019-12-31', '明年'],
    // a yearless month already past is next year's; an explicit year is kept
    ['3月底前', today, '2019-03-31', '3月底前'],
    ['一季度', '2019-01-01', '2019-03-31', '一季度'],
    ['今年一季度', '2018-01-01', '2018-03-31', '今年一季度'],
    // chrono-node: days, weekdays, N天内
    ['7月15日', '2018-07-15', '2018-07-15', '7月15日'],
    ['6月30日前', today, '2018-06-30', '6月30日前'],
    ['下周五前', today, '2018-06-22', '下周五前'],
    ['明天', '2018-06-14', '2018-06-14', '明天'],
    ['10天内', today, '2018-06-23', '10天内'],
  ])('%s is %s – %s', (question, from, to, text) => {
    const found = recognisePeriod(question, today);
    expect(found?.range).toEqual({ from, to });
    expect(found?.text).toBe(text);
  });

  it('rolls a quarter to December and the year over', () => {
    expect(recognisePeriod('下季度', '2018-11-20')?.range).toEqual({ from: '2019-01-01', to: '2019-03-31' });
    expect(recognisePeriod('下个月', '2018-12-05')?.range).toEqual({ from: '2019-01-01', to: '2019-01-31' });
    expect(recognisePeriod('下周', '2018-12-30')?.range).toEqual({ from: '2018-12-31', to: '2019-01-06' });
  });

  it('finds nothing in a question without a time', () => {
    expect(recognisePeriod('省财政厅要做什么', today)).toBeNull();
  });

  it('gives where the phrase stood so the rest can be read as a unit', () => {
    const found = recognisePeriod('省财政厅6月底前要做什么', today);
    expect(found?.index).toBe(4);
  });
});
