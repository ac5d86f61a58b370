import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { parseUnitList } from '../../src/extract/units.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'lead-acts.txt', CLOCK);
  return obligations.map((o) => [o.lead, o.co]);
}

// 牵头 marks those who lead whatever verb says how they lead: "(市生态环境局、发展和改革局、工业和信息化局牵头督导,
// 市公安局…参与)" (潮州 2019 蓝天), "(省发展改革委牵头负责)" (广东 2023 民间投资), "…工作由市建设主管部门牵头负责"
// (长春 2025).
describe('牵头 followed by the verb of how they lead marks the lead, in a list after the item', () => {
  it.each([
    ['2019年9月底前完成整治。(市生态环境局、市发展和改革局牵头督导,市公安局、市自然资源局参与)', [[['市生态环境局', '市发展和改革局'], ['市公安局', '市自然资源局']]]],
    ['2019年9月底前完成整治。(市发改委牵头督导,市财政局参与)', [[['市发改委'], ['市财政局']]]],
    ['2019年9月底前完成整治。(市发改委牵头组织实施,市财政局配合)', [[['市发改委'], ['市财政局']]]],
    ['2019年9月底前完成整治。(市发改委牵头组织,市财政局配合)', [[['市发改委'], ['市财政局']]]],
    ['2019年9月底前完成整治。(市发改委牵头抓总)', [[['市发改委'], []]]],
    ['2019年9月底前完成整治。(市发改委牵头推进落实,各县区政府配合)', [[['市发改委'], ['各县区政府']]]],
    ['2019年9月底前完成整治。(市农业农村局牵头落实,各县区政府配合)', [[['市农业农村局'], ['各县区政府']]]],
    ['2019年9月底前完成整治。(市市场监管局牵头实施)', [[['市市场监管局'], []]]],
    ['2019年9月底前完成整治。(省发展改革委牵头负责)', [[['省发展改革委'], []]]],
    ['2019年9月底前完成整治。(市交通运输局牵头协调,市公安局协助)', [[['市交通运输局'], ['市公安局']]]],
    ['2019年9月底前完成整治。(市住建局牵头)', [[['市住建局'], []]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('牵头 with its verb, in a sentence of its own charging the task before it', () => {
  it.each([
    ['2019年9月底前完成工业炉窑排查。由市发改委牵头组织实施,市财政局配合。', [[['市发改委'], ['市财政局']]]],
    ['2019年10月底前完成散乱污企业清理。市发改委牵头抓总。', [[['市发改委'], []]]],
    ['2019年12月底前完成扬尘治理。县住建局牵头负责。', [[['县住建局'], []]]],
    ['2019年12月底前完成柴油货车治理。市生态环境局牵头推进,市公安局、市交通运输局协助。', [[['市生态环境局'], ['市公安局', '市交通运输局']]]],
    ['2019年12月底前完成柴油货车治理。由市生态环境局牵头督导,各县区政府参与。', [[['市生态环境局'], ['各县区政府']]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('a statement assigning the work, 牵头 with its verb: the lead is the unit, not "A牵头"', () => {
  it.each([
    ['各项工作由市发改委牵头组织实施,市财政局配合。\n一、重点任务\n(一)2019年6月底前完成燃煤锅炉整治。\n(二)2019年9月底前完成工业炉窑排查。', [[['市发改委'], ['市财政局']], [['市发改委'], ['市财政局']]]],
    ['整治工作由市发改委牵头抓总,市财政局、市住建局配合。\n一、重点任务\n(一)2019年6月底前完成燃煤锅炉整治。', [[['市发改委'], ['市财政局', '市住建局']]]],
    ['整治工作由市发改委牵头,市财政局配合。\n一、重点任务\n(一)2019年6月底前完成燃煤锅炉整治。', [[['市发改委'], ['市财政局']]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('look-alikes: 牵头 that marks no unit of the item', () => {
  it.each([
    // 牵头单位 a label, 牵头人 a person, 要牵头 in a sentence with its own subject, 牵头抓总 as a duty's name.
    ['2019年8月底前完成应急预案修订,明确牵头人。(市应急局负责)', [[['市应急局'], []]]],
    ['2019年8月底前,各县区要牵头开展排查。', [[['各县区'], []]]],
    ['2019年8月底前完成清单编制。(牵头单位:市生态环境局;配合单位:市工信局)', [[['市生态环境局'], ['市工信局']]]],
    ['各牵头单位要履行牵头抓总职责,于2019年8月底前报送进展情况。', [[['各牵头单位'], []]]],
    ['2019年8月底前完成排查。牵头单位要牵头抓总。', [[[], []]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('parseUnitList: the verb after 牵头 is no part of a name', () => {
  it.each([
    ['市发改委牵头督导,市财政局参与', { lead: ['市发改委'], co: ['市财政局'] }],
    ['市发改委牵头组织实施', { lead: ['市发改委'], co: [] }],
    ['市发改委、市住建局牵头推进,各县区政府配合', { lead: ['市发改委', '市住建局'], co: ['各县区政府'] }],
    ['市发改委牵头组织市财政局开展排查', null],
    ['各县区要牵头推进', null],
    ['明确牵头单位', null],
  ] as Array<[string, unknown]>)('%s', (text, expected) => expect(parseUnitList(text)).toEqual(expected));
});
