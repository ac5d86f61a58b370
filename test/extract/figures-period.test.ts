import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';

// A plan of 2020 (its year from the heading) whose text also tells figures already reached, as plans,
// progress notices and news on government sites do.
const expressions = (sentence: string) =>
  extractText(`某县2020年重点工作安排\n\n${sentence}\n`, 'figures.txt').obligations.map((o) => `${o.expression} ${o.due}`);

describe('a period heading figures reached is the period they cover, not a deadline', () => {
  it.each([
    '上半年,全市GDP增长8.5%。',
    '上半年,全市GDP增长13.7%,居全省第6位,较一季度大幅提升5位。',
    '一季度,全市规上工业增加值增长9%,较去年同期明显提高。',
    '一季度,全区实现地区生产总值120亿元,同比增长6.2%。',
    '前三季度,全市规模以上工业增加值增长7.1%。',
    '前三季度,全市实现地区生产总值619.8亿元,同比增长6.0%。',
    '一至三季度,全省税收收入增长5%。',
    '该项目1—10月累计完成投资2.4672亿元。',
    '1-10月项目累计完成投资629.0亿元,占年度投资计划的97.2%。',
    '1-11月,全市固定资产投资增长6.7%,高于全省平均1.5个百分点。',
    '1-12月,全市战略性新兴产业增加值占规上工业比重为44%。',
    '1—11月份,全县完成财政收入8.2亿元,增长10.1%。',
    '今年1—6月,全省203个在建重点项目完成投资792.4亿元,为年计划的44%。',
    '今年1—5月,全市共查处违法案件120起。',
    '上半年,我局共受理群众来信120件,办结115件。',
    '第一季度全市共检查企业230家,发现隐患560处。',
    '上半年,全市纳入监测的开工前审批完成项目数为156个,实现率均为100%。',
    '根据地区生产总值统一核算结果,前三季度,全市实现地区生产总值619.8亿元,同比增长6.0%。',
    '今年以来至9月底,全市共办理案件300件。',
    '2020年上半年,全省城镇居民人均可支配收入增长4.5%。',
    '1-9月,工业投资2.35亿元,增长3.94倍。',
    '1—4月,省、市级重点项目投资完成率分别为43.2%、37.8%。',
    // 截至 a date with figures reached after it.
    '截至9月底,全市完成投资45亿元,同比增长12%。',
    '截至10月底,全市63个新开工重点项目共有47个项目实现开工,开工率达74.6%。',
    // 截至 a date in a year before the text's own: a count as of then, which no plan of this year sets.
    '截至2017年底,全省共建成标准化卫生室3200个。',
    '截至2019年12月底,全市完成改扩建幼儿园8所。',
    '截至2019年12月底,全市争取省下达项目建设补助资金5129.97万元,解决6.007万人的农村饮水安全问题。',
  ])('%s', (sentence) => {
    expect(expressions(sentence)).toEqual([]);
  });
});

describe('look-alikes that set a date keep it', () => {
  it.each([
    ['上半年完成全部改造任务。', '上半年 2020-06-30'],
    ['一季度末前实现全覆盖。', '一季度末前 2020-03-31'],
    ['上半年,各县区要完成摸底排查。', '上半年 2020-06-30'],
    ['一季度,全面完成摸底调查工作。', '一季度 2020-03-31'],
    // A goal: 力争, 确保, 以上, 左右, 到.
    ['力争上半年GDP增长8%。', '力争上半年 2020-06-30'],
    ['确保前三季度完成投资30亿元,同比增长10%。', '前三季度 2020-09-30'],
    ['上半年,全市GDP增长8%以上。', '上半年 2020-06-30'],
    ['三季度,全县地区生产总值增长7%左右。', '三季度 2020-09-30'],
    ['到2020年底,全市建成充电桩500个。', '到2020年底 2020-12-31'],
    ['到2020年,单位工业增加值二氧化碳排放比2015年下降22%。', '到2020年 2020-12-31'],
    // A time set ahead by 于/将, or closed by 前.
    ['市统计局将于一季度发布上年全市GDP增长8.5%等统计公报。', '于一季度 2020-03-31'],
    ['9月底前,全市累计建成5G基站2000个。', '9月底前 2020-09-30'],
    ['2021年6月底前,全市建成5G基站2000个。', '2021年6月底前 2021-06-30'],
    // Milestones with amounts only: a plan's as often as a report's, so kept.
    ['上半年,全市完成200个村的改造任务,下半年全面完成。', '上半年 2020-06-30'],
    ['前三季度完成年度任务的80%。', '前三季度 2020-09-30'],
    // 公共 is no running count.
    ['上半年,实现贫困地区基本公共服务主要领域指标增长10%以上。', '上半年 2020-06-30'],
    // 截至 a date of the text's own year, no state reached: a target.
    ['截至年底,全县覆盖率达到90%。', '截至年底 2020-12-31'],
    ['截至6月底,确保全市完成投资45亿元,同比增长12%。', '截至6月底 2020-06-30'],
    ['截至6月底前,全市完成投资45亿元,增长12%。', '截至6月底前 2020-06-30'],
  ])('%s', (sentence, expected) => {
    expect(expressions(sentence)).toContain(expected);
  });
});

describe('quarters counted from the start of the year are read whole', () => {
  const read = (sentence: string) =>
    extractText(`某县2020年重点工作安排\n\n${sentence}\n`, 'quarters.txt').obligations.map((o) => [o.expression, o.due, o.target]);
  it.each([
    ['前三季度完成年度任务的80%。', [['前三季度', '2020-09-30', false]]],
    ['2020年前三季度完成投资30亿元。', [['2020年前三季度', '2020-09-30', false]]],
    ['一至三季度,全县完成排查。', [['一至三季度', '2020-09-30', false]]],
    ['1-3季度完成排查。', [['1-3季度', '2020-09-30', false]]],
    ['前两季度完成排查。', [['前两季度', '2020-06-30', false]]],
    // Not a span: a quarter alone, a quarter closed by 前, a span to a first quarter.
    ['三季度完成排查。', [['三季度', '2020-09-30', false]]],
    ['第一季度前完成排查。', [['第一季度前', '2020-03-31', false]]],
    ['力争三季度完成排查。', [['力争三季度', '2020-09-30', true]]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
