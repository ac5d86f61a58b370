import { describe, expect, it } from 'vitest';
import { lastRecord as last, leads } from './last-record.ts';

// Subjects as real notices and rules name them: alternatives (A或者B应当…), a name spelt out after 即, the
// village-and-community level (各村居). Synthetic cases written from the real texts read (建议提案办理 notices and
// rules of several provinces, 环境标准备案 rules, 防汛 notices).


describe('units named as alternatives (A或者B) are each the subject', () => {
  leads([
    ['县级人民政府或者其委托的部门应当在收到申请之日起20日内作出决定。', ['县级人民政府', '其委托的部门']],
    ['主办单位或会办单位要在3个月内答复代表。', ['主办单位', '会办单位']],
    ['年度考核结果由县教育局或乡镇中心学校汇总后在次年1月底前报县人社局。', ['县教育局', '乡镇中心学校']],
  ]);

  it('the alternatives 会同 joins co-operate with the unit opening its clause only', () => {
    const o = last('承办单位应当在3个月内再次答复,答复仍不满意的,县政府办公室会同县人大代表工作室或县政协提案委组织当面协商。');
    expect(o.lead).toEqual(['承办单位']);
    expect(o.co).toEqual([]);
  });
});

describe('即 spelling out what a name of the work means opens the clause before its subject', () => {
  leads([
    ['办前面商,即各承办单位在提案交办后15个工作日内与提案人见面。', ['各承办单位']],
    // Negative: 即日起 and 即时 are words of time, not the opening of a clause.
    ['自即日起,各窗口要在1个工作日内答复咨询。', ['各窗口']],
  ]);
});

describe('村居, a village and a residents\' community, is a level under 各', () => {
  leads([
    ['各村居要在2020年6月底前完成河道清障。', ['各村居']],
    ['各村、居要在2020年6月底前完成河道清障。', ['各村、居']],
    // Negative: the residents of each village are no unit.
    ['各村居民要在2020年6月底前完成登记。', []],
  ]);
});

describe('场, the farm governed as a township, is a level under 各 beside the township', () => {
  leads([
    ['各乡镇场要于2010年6月底前完成自查。', ['各乡镇场']],
    ['各乡(镇)、场要于2010年7月底前完成整改。', ['各乡(镇)、场']],
  ]);
  // Negative: a market is no farm level, and no unit (场 after anything but a township names nothing).
  it('各农贸市场 names no unit', () => expect(last('各农贸市场要于2010年6月底前完成改造。').lead).toEqual([]));
});

describe('a meeting held is no unit', () => {
  leads([
    // Negatives: the meeting a clause holds, and a meeting named by what it is for, act in nothing.
    ['县里将于2010年9月底前召开全县整治工作现场会。', []],
    ['全县推进会于2010年9月底前召开。', []],
  ]);
  // Bodies that meet stay units.
  leads([
    ['县减灾委员会要于2010年9月底前完成评估。', ['县减灾委员会']],
    ['联席会议办公室要于2010年9月底前完成汇总。', ['联席会议办公室']],
  ]);
});

describe('a unit in a relative clause (A召开的会议, A交办的事项) names whose the topic is, not who acts', () => {
  leads([
    // Negatives: the unit before 召开的, 交办的, 印发的 is no actor of the clause.
    ['区政府召开的常务会议精神贯彻落实情况在会后7日内上报。', []],
    ['县委交办的事项办理情况在10日内报县委督查室。', []],
    ['市政府印发的方案落实情况于每月5日前报送。', []],
  ]);
  leads([
    // The unit that receives what another hands down, and the unit that convenes, still act.
    ['各承办单位接到交办的建议后,应于3个月内办理完毕。', ['各承办单位']],
    ['区政府要于2019年6月底前召开专题会议。', ['区政府']],
  ]);
});

describe('units under 各 before a relative clause (各地制定的方案) deliver their own work', () => {
  leads([
    // What the addressed units made, took on or convened is theirs to report or finish.
    ['各牵头单位制定的工作计划要于2017年8月15日前报市政府督查室备案。', ['各牵头单位']],
    ['各地承担的试点任务要在2019年底前完成。', ['各地']],
    ['各县(市、区)召开的专题会议情况于每月5日前报送。', ['各县(市、区)']],
    ['各部门确定的整改措施要于2018年6月底前落实到位。', ['各部门']],
  ]);
  leads([
    // Negatives: a superior named alone, or beside 各 units, still hands down.
    ['省政府确定的重点项目要于2018年底前开工。', []],
    ['市委、各区召开的会议精神在会后7日内上报。', []],
  ]);
});
