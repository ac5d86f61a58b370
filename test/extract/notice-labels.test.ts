import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// Notices asking for reports and opinions state their closing day under a label ("报送截止时间:…", "意见反馈截止时间为…",
// "截稿日期:…") and the period their figures cover under another ("统计时间:…", "时间区间:…"). Synthetic cases written
// from real notices read: statistics returns (武汉 2013, 遂昌 2014, 南宁江南 2018), public consultations (交通运输部 2018,
// 湖州 2021) and a call for entries (2014); negatives from the same texts and from the labels of stages and rules.

const records = (body: string) => extractText(gazetteDocument({ body }), 'labels.txt').obligations;
const addressees = ['各市、县(市、区)人民政府', '省政府直属各单位'];

describe('a label closing the time to hand something in dates a deadline, owed by those addressed', () => {
  it.each([
    ['四、有关要求\n2、报送截止时间:2018年11月7日。', '2018-11-07', '报送截止时间'],
    ['意见反馈截止时间为2018年4月26日。', '2018-04-26', '意见反馈截止时间'],
    ['截稿日期:2018年11月10日。除获奖奖金外,不另付稿酬。', '2018-11-10', '截稿日期'],
    ['三、申报截止日期为5月10日,逾期不予受理。', '2018-05-10', '申报截止日期'],
    ['(二)报名截止时间:6月5日17:00。', '2018-06-05', '报名截止时间'],
    ['完成时限:2018年7月10日。', '2018-07-10', '完成时限'],
  ])('%s', (body, due, task) => {
    const [r] = records(body);
    expect(r).toMatchObject({ kind: 'once', due, task, lead: addressees });
  });

  it('labels listed in one sentence each close their own matter', () => {
    const rs = records('(三)报送时间。网上报名截止日期为2018年11月22日,纸质材料邮寄截止日期为2018年11月25日。');
    expect(rs.map((r) => [r.due, r.task])).toEqual([
      ['2018-11-22', '网上报名截止日期'],
      ['2018-11-25', '纸质材料邮寄截止日期'],
    ]);
  });

  it.each([
    // Figures counted up to a day, where things stood, a term a rule holds for, a meeting's day.
    ['数据截止时间为2018年6月30日。'],
    ['统计截止日期:2018年6月30日。'],
    ['截至2018年6月30日,全省已完成改造1200户。'],
    ['有效期限:2018年12月31日。'],
    ['会议时间:2018年4月20日上午9时。'],
  ])('%s (no record)', (body) => {
    expect(records(body)).toEqual([]);
  });
});

describe('a label naming the period figures cover dates no deadline', () => {
  it.each([
    ['1.统计时间:2017年7月1日——2018年6月30日。'],
    ['1、时间区间:统计数据为本单位2018年1-10月份实际发生数加上11-12月份计划数之和。'],
    ['数据时间区间:2017年1-12月。'],
    ['统计周期为2017年第四季度。'],
  ])('%s (no record)', (body) => {
    expect(records(body)).toEqual([]);
  });

  it.each([
    // The time to report, fill in or survey is the time to act; a deadline under the label is still one.
    ['报送时间:2018年5月1日至5月10日。', '2018-05-10'],
    ['填报时间:2018年4月13日—4月18日。', '2018-04-18'],
    ['统计时间:请于2018年5月10日前报送。', '2018-05-10'],
  ])('%s', (body, due) => {
    expect(records(body)[0]).toMatchObject({ kind: 'once', due });
  });
});
