import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'informed-units.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// 通知 before units informs them: they receive the notice, as those sent a report do, and the verb opens no unit's name
// (生产安全事故报告和调查处理条例 第十条 "…并报告本级人民政府,通知公安机关、劳动保障行政部门、工会和人民检察院,且每级上报的时间不得超过
// 2小时" read "通知公安机关" as the lead; audit-texts units8/03).
describe('units informed by 通知 are no actors', () => {
  it.each([
    ['1.县应急局接到事故报告后,应当按照事故的级别逐级上报事故情况,并报告本级人民政府,通知公安机关、劳动保障行政部门、工会和人民检察院,且每级上报的时间不得超过2小时。', [[['县应急局'], []]]],
    ['1.县住建局发现问题后,应在24小时内通知县财政局、县审计局。', [[['县住建局'], []]]],
    ['1.县住建局应于2019年6月底前完成排查,并书面通知各乡镇。', [[['县住建局'], []]]],
    ['1.县市场监管局应当在收到申请之日起5个工作日内作出决定,并通知申请人所在地公安机关。', [[['县市场监管局'], []]]],
    // Names opening with 通 are names; a unit that 通知 others to act sets them to it, as 要求 does.
    ['1.通州区人民政府要于2019年6月底前完成危房排查。', [[['通州区人民政府'], []]]],
    ['1.通信管理局要于2019年6月底前完成基站排查。', [[['通信管理局'], []]]],
    ['1.县住建局通知各乡镇于2019年6月底前完成危房排查。', [[['各乡镇'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
