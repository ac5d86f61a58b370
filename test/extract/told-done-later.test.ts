import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// News of inspections and reports of 整改 open a sentence with the time of what was done and tell the deed done with 了
// further on ("…,2020年4月7日至2020年6月8日,县委第十一轮巡察三个巡察组对…开展了常规巡察", "于2021年2月1日至3日,集中利用3天
// 时间对…进行了反馈"). Synthetic cases written from the pages read (巡察 news of 秦州, 江城, 维西, 金寨; a 整改报告 of 商州;
// 荥经; 四川's 督察 news). Every date here is after the document's own (2018-03-20): only the 了 tells it was done.

const dues = (body: string) => recordsOf({ body }).map((o) => o.due);

describe('a time whose deed its sentence tells done with 了 is no deadline', () => {
  it.each([
    ['2018年4月7日至5月8日,县委巡察组对县财政局、县医保局开展了常规巡察。'],
    ['巡察情况经书记专题会议讨论通过后,于2018年4月1日至3日,集中利用3天时间对被巡察单位班子成员进行了反馈。'],
    ['2018年,省政府对10个设区市开展了第二轮生态环保督察。'],
    ['于2018年6月11日组织学校各部门负责人对整改情况进行了自查,发现问题12个。'],
    ['7月9日至17日,县委督查办组成两个督查组,采取查阅资料、现场核实等方式,对2018年《政府工作报告》上半年工作落实情况进行了督查。'],
    ['县政府高度重视,于2018年8月14日晚7:30召集有关乡镇在县政府第五会议室召开了推进会。'],
  ])('%s', (body) => expect(dues(body)).toEqual([]));
});

describe('a time that sets work keeps its record', () => {
  it.each([
    // A stage with no deed told done.
    ['2018年6月1日至6月30日,各乡镇开展自查,县督查组适时抽查。', ['2018-06-30']],
    // A word of duty before the 了: the sentence sets work.
    ['请各单位于2018年5月10日前报送申报材料,逾期未报送的视为放弃了申报。', ['2018-05-10']],
    // 终了 closes a period; it tells nothing done.
    ['各单位于2018年12月31日前完成年度终了清算。', ['2018-12-31']],
    // 了 inside a modifier picks out whom the work is for.
    ['2018年6月底前,对已开展了自查的单位进行抽查。', ['2018-06-30']],
    // The deed told done has a time of its own.
    ['2018年6月底前完成全部整改,县里9月份召开了总结会。', ['2018-06-30']],
    // A ";" opens another member: its 了 is not this time's.
    ['2018年9月底前,各乡镇完成排查;去年已开展了试点。', ['2018-09-30']],
  ])('%s', (body, expected) => expect(dues(body)).toEqual(expected));
});
