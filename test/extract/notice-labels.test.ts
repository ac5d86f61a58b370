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
    ['四、有关要求\n2、报送截止时间:2018年11月7日。', '2018-11-07', '报送'],
    ['意见反馈截止时间为2018年4月26日。', '2018-04-26', '意见反馈'],
    ['截稿日期:2018年11月10日。除获奖奖金外,不另付稿酬。', '2018-11-10', '截稿'],
    ['三、申报截止日期为5月10日,逾期不予受理。', '2018-05-10', '申报'],
    ['(二)报名截止时间:6月5日17:00。', '2018-06-05', '报名'],
    ['完成时限:2018年7月10日。', '2018-07-10', '完成时限'],
  ])('%s', (body, due, task) => {
    const [r] = records(body);
    expect(r).toMatchObject({ kind: 'once', due, task, lead: addressees });
  });

  it('labels listed in one sentence each close their own matter', () => {
    const rs = records('(三)报送时间。网上报名截止日期为2018年11月22日,纸质材料邮寄截止日期为2018年11月25日。');
    expect(rs.map((r) => [r.due, r.task])).toEqual([
      ['2018-11-22', '网上报名'],
      ['2018-11-25', '纸质材料邮寄'],
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

// 截止 or 截至 with a time as its subject closes that time, as the label "截止时间:" does: 锡林浩特 2020 学籍 通告
// (学籍注册时间截止到9月15日), 空军 2017 招飞 (报名时间截止到2017年6月27日), 华西医院 2016 (…发送至邮箱,时间截至2016年8月17日
// 16:00), audit-texts/forms 02, 04, 06, 07. With a unit as its subject it is a condition (学生截止到9月15日未报到返校的,
// the same 通告), and a time of figures or of use (检索时间截至…, 数据统计时间截至…, 优惠券使用时间截至…) is no time to act.
describe('a time said to close on a day (时间截止到, 时间截至) dates a deadline, no target', () => {
  it.each([
    ['报名时间截止到2018年6月27日。', '2018-06-27', '报名'],
    ['一、学籍注册时间截止到9月15日。', '2018-09-15', '学籍注册'],
    ['推荐时间截至2018年11月28日。', '2018-11-28', '推荐'],
    ['申报日期截止2018年5月31日。', '2018-05-31', '申报'],
  ])('%s', (body, due, task) => {
    const [r] = records(body);
    expect(r).toMatchObject({ kind: 'once', due, task, target: false });
  });

  it('a bare 时间 closes the clauses before it, each sentence its own', () => {
    const rs = records('1、自荐者填写推荐表,发送至邮箱,时间截至2018年8月17日16:00。2、部门推荐者提交候选人名单,时间截至2018年8月18日16:00。');
    expect(rs.map((r) => [r.due, r.target, r.task])).toEqual([
      ['2018-08-17', false, '自荐者填写推荐表,发送至邮箱'],
      ['2018-08-18', false, '部门推荐者提交候选人名单'],
    ]);
  });

  it('two closing days in one sentence give two records', () => {
    const rs = records('本市户籍学生学籍注册时间截止到9月15日;其他旗县户籍学生,学籍注册时间截止到9月18日。');
    expect(rs.map((r) => r.due)).toEqual(['2018-09-15', '2018-09-18']);
  });

  it.each([
    // A unit as the subject: a condition on those late; figures counted to a day; a time of use; where things stood.
    ['学生截止到9月15日未报到返校的,视为放弃学籍。'],
    ['统计时间截至2018年6月30日。'],
    ['检索时间截至2018年12月31日。'],
    ['年龄的计算时间截至2018年8月31日。'],
    ['优惠券使用时间截至2018年12月10日。'],
    ['截至2018年6月30日,全省已完成改造1200户。'],
  ])('%s (no record)', (body) => {
    expect(records(body)).toEqual([]);
  });
});
