import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A task list's deadline column folded into the text: each item closed by brackets that say when it is due, with no
// 前. 国发〔2020〕6号 "…全面建成小康社会。(国务院各部门分别负责,年内持续推进)", 天津 2020 分工 "…实现“十三五”规划圆满收官。
// (市政府各部门分别负责,年内持续推进)", 天津 2021 分工 (news copy) "…遴选首批品牌高中培育建设学校。(年内持续推进)" nine times:
// every one was dropped as a cited document's date. 年内完成 is due once by the plan year's end; 年内持续推进 and 长期坚持
// keep the work going through the year (the spec's ongoing, due the same day).
const read = (body: string) =>
  recordsOf({ body }, 'tags.txt').map((o) => `${o.kind} ${o.kind === 'once' || o.kind === 'ongoing' ? o.due : ''} ${o.lead.join('、')}`.trim());

describe('a status tag closing an item', () => {
  it.each([
    ['1.保障随迁子女统筹安排就读。(年内持续推进)', ['ongoing 2018-12-31']],
    ['2.健全职工医保门诊共济保障机制,逐步将门诊费用纳入统筹基金报销。(年内持续推进)', ['ongoing 2018-12-31']],
    ['3.全面建成小康社会。(省政府各部门分别负责,年内持续推进)', ['ongoing 2018-12-31 省政府各部门']],
    ['4.制定数据共享实施细则。(省大数据局牵头,年内完成)', ['once 2018-12-31 省大数据局']],
    ['5.制定数据共享实施细则。(年内完成)', ['once 2018-12-31']],
    ['6.整合各类信息系统。(年底前完成)', ['once 2018-12-31']],
    ['7.建立健全督查考核工作机制。(长期坚持)', ['ongoing 2018-12-31']],
    ['8.推进政务数据共享(省大数据局负责,今年年内完成)。', ['once 2018-12-31 省大数据局']],
    // Negative: a bracket that only dates or names something stays as it was.
    ['根据《数据共享管理办法》(2017年12月)规定,完善目录。', []],
    ['按照《关于做好普查工作的通知》(年内印发)要求,做好准备。', []],
    // Negative: 持续推进 with no time of its own names no due day outside a deadline column.
    ['9.推进政务数据共享。(持续推进)', []],
  ] as Array<[string, string[]]>)('%s', (body, expected) => expect(read(body)).toEqual(expected));
});

// 年内 said before work kept going is the ongoing kind in running text too; before work finished, once.
describe('年内 before work kept going', () => {
  it.each([
    ['各地要年内持续推进老旧小区改造。', ['ongoing 2018-12-31 各地']],
    ['各地要年内完成老旧小区改造。', ['once 2018-12-31 各地']],
    ['各地要确保年内全面完成老旧小区改造。', ['once 2018-12-31 各地']],
  ] as Array<[string, string[]]>)('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
