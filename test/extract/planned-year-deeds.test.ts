import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A year opening a clause of a plan is a target of that year when the clause says what the plan will do in it ("2016年基本完成…",
// "2013年,创建成为“省级文明县城”"). Three deeds were missing from the words read so: passing an assessment and scheduling the work.
// Real: "力争2012年通过市级卫生县城验收,2014年通过省级卫生县城验收" (创建省级卫生县城 方案 2012, audit-texts recall19/30),
// "到2025年,学前三年毛入园率达到90%以上…,2026年顺利通过国家对我县普及普惠的评估" (安义 “十四五”学前教育 行动计划,
// recall19/22), "(一)2017年安排建设300个农村幸福院" (福建 2017 为民办实事, audit11/09). The year's thing named with 的 and a
// deed told done with 了 date nothing.
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府关于印发创建工作实施方案的通知', number: '某政发〔2012〕8号', issued: '2012 年 3 月 6 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due, r.target]);

describe('a year opening a clause with a deed the plan schedules is a target', () => {
  it.each([
    [
      '力争2012年通过市级卫生县城验收,2014年通过省级卫生县城验收。',
      [
        ['力争2012年', '2012-12-31', true],
        ['2014年', '2014-12-31', true],
      ],
    ],
    [
      '到2015年,学前三年毛入园率达到90%以上,2016年顺利通过国家对我县普及普惠的评估。',
      [
        ['到2015年', '2015-12-31', true],
        ['2016年', '2016-12-31', true],
      ],
    ],
    ['(一)2012年安排建设300个农村幸福院,为农村老年人提供就餐服务。', [['2012年', '2012-12-31', true]]],
    ['2013年通过国家级生态县考核验收。', [['2013年', '2013-12-31', true]]],
    ['2012年顺利完成创建任务。', [['2012年', '2012-12-31', true]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});

describe('a year before 通过, 安排 or 顺利 that schedules no deed is no target', () => {
  it.each([
    // The year's thing named with 的.
    ['依照2012年通过的《条例》开展执法检查。', []],
    ['2012年安排的专项资金由县财政局统一拨付。', []],
    // A deed told done.
    ['2012年通过了市级卫生县城验收。', []],
    ['2012年顺利通过了省级复查。', []],
    // A year before the plan's, told as the past.
    ['2010年通过市级卫生县城验收,群众满意度明显提升。', []],
    // Not opening a clause: the year is the object's.
    ['认真总结2012年通过验收的经验。', []],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
