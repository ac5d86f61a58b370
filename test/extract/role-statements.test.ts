import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { parseUnitList } from '../../src/extract/units.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'role-statements.txt', CLOCK);
  return obligations.map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// Units given a role by a label's name, with 为, 是 or 作为 between: "以发改、商务、规划等相关职能部门为牵头单位,属地镇街为配合
// 单位" (绍兴), "联席会议办公室(佛山市知识产权局)为牵头单位,组织、协调和实施…" (佛山), "市司法局作为牵头单位,联合…开展"
// (三门峡), "…由市建设主管部门牵头负责,我局为配合部门" (长春 2025), "建议以街道为牵头单位,开展…专项核查"; and the label said
// with 为 before its units: "项目牵头单位为北京自动化控制设备研究所", "该项目的牵头单位为伊利诺伊大学芝加哥分校", "入户门及智能锁
// 责任单位为智能锁分包".
describe('units named as a label names them', () => {
  it.each([
    ['(一)市住建局为牵头单位,市财政局为配合单位,2019年6月底前完成改造方案编制。', [[['市住建局'], ['市财政局']]]],
    ['(一)以市住建局为牵头单位,市财政局为配合单位,2019年6月底前完成改造方案编制。', [[['市住建局'], ['市财政局']]]],
    ['(一)以市住建局为牵头单位,于2019年6月底前完成改造方案编制。', [[['市住建局'], []]]],
    ['(一)市司法局作为牵头单位,联合市公安局、市环保局于2019年6月底前开展法治宣传活动。', [[['市司法局'], ['市公安局', '市环保局']]]],
    ['(一)2019年6月底前完成改造方案编制。(市住建局为牵头单位,市财政局为配合单位)', [[['市住建局'], ['市财政局']]]],
    ['(一)2019年6月底前完成改造方案编制。(市住建局为牵头部门)', [[['市住建局'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('a label said with 为 before its units', () => {
  it.each([
    ['(一)老旧小区改造,2019年6月底前完成。牵头单位为市住建局,配合单位为市财政局。', [[['市住建局'], ['市财政局']]]],
    ['(一)2019年6月底前完成老旧小区改造方案编制,责任单位为市住建局。', [[['市住建局'], []]]],
    ['(一)2019年6月底前完成老旧小区改造方案编制(责任单位为市住建局)。', [[['市住建局'], []]]],
    ['(一)老旧小区改造。责任单位为市住建局,2019年6月底前完成改造方案编制。', [[['市住建局'], []]]],
    ['(一)2019年6月底前完成改造方案编制。牵头部门是市住建局。', [[['市住建局'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('look-alikes: 为 and a label that name no role of the item', () => {
  it.each([
    // A unit that is a body of a kind (为试点单位, 为成员单位), a label that is no list's (牵头单位是否), units as before.
    ['(一)市住建局为试点单位,2019年6月底前完成改造方案编制。', [[['市住建局'], []]]],
    ['(一)各县区要于2019年6月底前明确牵头单位是否调整。', [[['各县区'], []]]],
    ['(一)市住建局、市财政局为领导小组成员单位,2019年6月底前完成改造方案编制。', [[['市住建局', '市财政局'], []]]],
    ['(一)2019年6月底前完成改造方案编制,各牵头单位为此要加强调度。', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('parseUnitList: a role given by 为 and a label', () => {
  it.each([
    ['市住建局为牵头单位,市财政局为配合单位', { lead: ['市住建局'], co: ['市财政局'] }],
    ['以市住建局为牵头单位', { lead: ['市住建局'], co: [] }],
    ['市住建局作为牵头部门,市财政局、市审计局作为协办单位', { lead: ['市住建局'], co: ['市财政局', '市审计局'] }],
    ['市财政局为配合单位', { lead: [], co: ['市财政局'] }],
    ['市住建局为责任单位', { lead: ['市住建局'], co: [] }],
    ['市住建局为试点单位', null],
  ] as Array<[string, unknown]>)('%s', (text, expected) => expect(parseUnitList(text)).toEqual(expected));
});
