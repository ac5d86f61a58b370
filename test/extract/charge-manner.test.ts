import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { parseUnitList } from '../../src/extract/units.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'charge-manner.txt', CLOCK);
  return obligations.map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// A unit charged with the work in a manner, 具体 (in practice) or 统一 (as one) between its name and 负责 or 实施, or
// bearing the whole of it (负总责), answers for the work as one named before 负责 does. Real: 财政部 2015 三项补贴
// "改革工作由省级人民政府负总责,地方各级财政部门、农业部门具体组织实施", 安顺 储备粮 "轮换工作由承储企业具体组织实施",
// 公路交通 预案 "由交通运输主管部门具体负责", 北京 疫情 "各区对属地疫情防控工作负总责", 培训基地 "培训基地负总责,协同
// 单位…", 民主法治 意见 "主要领导要亲自抓、负总责,分管领导要具体负责", 招聘 "考核工作由招聘单位具体组织实施",
// 山东理工 "评选工作…委托…学生资助管理中心具体负责".
describe('a unit charged in a manner is the one charged', () => {
  it.each([
    ['(一)2019年9月底前完成排查。市发改委具体负责。', [[['市发改委'], []]]],
    ['(一)2019年9月底前完成排查。由市发改委具体负责。', [[['市发改委'], []]]],
    ['(一)2019年9月底前完成排查。(市发改委具体负责)', [[['市发改委'], []]]],
    ['(一)市发改委具体负责排查工作,2019年9月底前完成。', [[['市发改委'], []]]],
    ['(一)各乡镇具体组织实施,2019年9月底前完成排查。', [[['各乡镇'], []]]],
    ['(一)市发改委具体承办,2019年9月底前完成排查。', [[['市发改委'], []]]],
    ['(一)市发改委统一负责,2019年9月底前完成排查。', [[['市发改委'], []]]],
    ['(一)县政府负总责,2019年9月底前完成排查。', [[['县政府'], []]]],
    ['(一)各区对属地疫情防控工作负总责,2019年9月底前完成排查。', [[['各区'], []]]],
    ['(一)市级储备粮轮换工作由承储企业具体组织实施,于2019年6月底前完成轮换。', [[['承储企业'], []]]],
    ['(一)危房排查。县住建局具体负责。2019年9月底前完成。', [[['县住建局'], []]]],
    ['(一)危房排查。县长负总责。2019年9月底前完成。', [[['县长'], []]]],
    ['(一)培训基地负总责,协同单位开展培训活动,培训基地每季度至少开展1次定期指导。', [[['培训基地'], []]]],
    // Beside a marker, the marked units lead and the one charged in a manner joins the others.
    ['(一)2019年9月底前完成排查。分管副市长牵头,市发改委具体负责,市财政局配合。', [[['分管副市长'], ['市发改委', '市财政局']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// One answering for the work and others carrying it out in practice after it: the first leads, the others are responsible
// beside it (财政部 2015 "由省级人民政府负总责,地方各级财政部门、农业部门具体组织实施"; 民主法治 意见 "主要领导要亲自抓、负总责,
// 分管领导要具体负责"; 武汉 2019 "单位主要负责人负总责…分管领导具体抓").
describe('one answering for the work and those carrying it out in practice', () => {
  it.each([
    ['(一)2019年9月底前完成工业炉窑排查。由分管副市长负责,市发改委具体落实。', [[['分管副市长'], ['市发改委']]]],
    ['(一)2019年9月底前完成排查。市住建局负总责,各县区具体负责。', [[['市住建局'], ['各县区']]]],
    ['(一)农业“三项补贴”改革工作由省级人民政府负总责,地方各级财政部门、农业部门具体组织实施。要抓紧制定实施方案,务必于2019年6月30日前将补贴资金发放到位。', [[['省级人民政府'], ['地方各级财政部门', '农业部门']]]],
    ['整治工作由市住建局负总责,各县区具体组织实施。\n一、重点任务\n(一)2019年9月底前完成危房排查。', [[['市住建局'], ['各县区']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('look-alikes: 具体 and 负总责 that charge no unit', () => {
  it.each([
    // 具体 opening the work's name, a person (具体负责人), a plan's name (具体实施方案): the subject is the unit before.
    ['(一)具体工作由市发改委负责,2019年9月底前完成排查。', [[['市发改委'], []]]],
    ['(一)市发改委要明确具体负责人,2019年9月底前完成排查。', [[['市发改委'], []]]],
    ['(一)市发改委要制定具体实施方案,于2019年9月底前完成。', [[['市发改委'], []]]],
    ['(一)各县区要制定具体措施,于2019年9月底前完成整改。', [[['各县区'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('parseUnitList: the manner of a charge is no part of a name', () => {
  it.each([
    ['市发改委具体负责', { lead: ['市发改委'], co: [] }],
    ['市发改委具体组织实施', { lead: ['市发改委'], co: [] }],
    ['市发改委组织实施', { lead: ['市发改委'], co: [] }],
    ['市发改委统一负责,市财政局配合', { lead: ['市发改委'], co: ['市财政局'] }],
    ['省级人民政府负总责,地方各级财政部门具体组织实施', { lead: ['省级人民政府'], co: ['地方各级财政部门'] }],
    ['具体负责', null],
    ['明确具体负责人', null],
  ] as Array<[string, unknown]>)('%s', (text, expected) => expect(parseUnitList(text)).toEqual(expected));
});
