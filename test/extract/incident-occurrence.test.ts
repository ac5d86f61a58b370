import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A bare 发生 (or 事发) counting a period is the occurrence of the incident the clause is about, named before its 自 or 在:
// the event is that incident's occurrence. Real: 河南 应急管理厅 通知 (news.hnr.cn, saved twice: audit8 and audit10 11):
// "重大、特别重大事件须在发生后15分钟内向省应急管理厅电话报告、35分钟内以书面形式报告;较大事件须在发生后1小时内书面
// 上报至省厅;一般事件须在发生后6小时内书面上报至省厅"; 生产安全事故报告和调查处理条例 第十三条 "道路交通事故、火灾事故自
// 发生之日起7日内,事故造成的伤亡人数发生变化的,应当及时补报" (uianet ×2, llssg, traditional).
const events = (body: string) => recordsOf({ body }).map((r) => [r.expression, r.within?.after ?? null]);

describe('a bare 发生 is the occurrence of the incident the clause is about', () => {
  it.each([
    ['较大事件须在发生后1小时内书面上报至县应急管理局。', [['1小时内', '较大事件发生']]],
    ['一般事件须在发生后6小时内书面上报至县应急管理局。', [['6小时内', '一般事件发生']]],
    ['重大、特别重大事件须在发生后15分钟内向县应急管理局电话报告。', [['15分钟内', '重大、特别重大事件发生']]],
    ['道路交通事故、火灾事故自发生之日起7日内,伤亡人数发生变化的,应当及时补报。', [['7日内', '道路交通事故、火灾事故发生']]],
    ['森林火灾应在发生后2小时内报告县政府。', [['2小时内', '森林火灾发生']]],
    // The verb saying what a text sets is no part of the incident.
    ['明确较大事件须在发生后1小时内上报。', [['1小时内', '较大事件发生']]],
  ])('%s', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });

  it.each([
    // No incident before the verb: 发生 stays as it was.
    ['有关事项自发生之日起30日内办结。', [['30日内', '发生']]],
    ['县政府应当在事发后2小时内向市政府报告。', [['2小时内', '事发']]],
    // An incident with its own verb reads as before.
    ['突发事件发生后,县应急管理局应在1小时内报告县政府。', [['1小时内', '突发事件发生']]],
  ])('%s: as before', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });
});
