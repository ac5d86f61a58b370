import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'unit-attachment.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// The synthetic battery of forms in which an item's units stand outside its dated clause, each with the record the
// spec gives it. The forms read wrong when it was written (session 13) are in that session's report, not here: a
// two-sentence "由A负责。B配合。", "X配合Y于…前完成", "A牵头组织B、C开展" in brackets, a duty word before 积极配合
// ("各乡镇要积极配合,…前完成"), one list under sub-items on lines of their own, a heading "(三)X负责:", 督促. Session 14
// read "X配合Y于…前完成" (below).

describe('由A负责 and B配合 after the task', () => {
  it.each([
    ['(一)2019年9月底前完成工业炉窑排查。由市发改委负责,市财政局配合。', [[['市发改委'], ['市财政局']]]],
    ['(一)2019年9月底前完成工业炉窑排查。由市发改委负责,市财政局、市住建局配合。', [[['市发改委'], ['市财政局', '市住建局']]]],
    ['(一)2019年9月底前完成工业炉窑排查,由市发改委负责,市财政局、市住建局配合。', [[['市发改委'], ['市财政局', '市住建局']]]],
    ['(一)2019年9月底前完成工业炉窑排查。市发改委负责,市财政局配合。', [[['市发改委'], ['市财政局']]]],
    ['(一)2019年9月底前完成工业炉窑排查。此项工作由市发改委负责,市财政局配合。', [[['市发改委'], ['市财政局']]]],
    ['(一)2019年9月底前完成工业炉窑排查(由市发改委负责,市财政局配合)。', [[['市发改委'], ['市财政局']]]],
    ['(一)完成工业炉窑排查,2019年9月底前完成。由市发改委负责,市财政局配合。', [[['市发改委'], ['市财政局']]]],
    ['(一)2019年9月底前完成项目报批。由市建委牵头,相关部门配合。', [[['市建委'], ['相关部门']]]],
    // A post in charge (兰州 "由吴继德副市长负责,市建委牵头,相关部门配合"): the unit marked 牵头 leads.
    ['1.污水管网项目。由吴继德副市长负责,市建委牵头,相关部门配合,2019年9月底前完成项目报批。', [[['市建委'], ['相关部门', '吴继德副市长']]]],
    ['(一)2019年9月底前完成工业炉窑排查。由王明副市长负责。', [[['王明副市长'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('helpers and those they help in one sentence', () => {
  it.each([
    ['(一)市发改委会同市财政局于2019年9月底前完成工业炉窑排查。', [[['市发改委'], ['市财政局']]]],
    ['(一)县住建局牵头开展危房排查,各乡镇配合,2019年9月底前完成。', [[['县住建局'], ['各乡镇']]]],
    ['(一)危房排查由县住建局负责,各乡镇积极配合,于2019年9月底前完成。', [[['县住建局'], ['各乡镇']]]],
    ['(一)县住建局负责危房排查,各乡镇积极配合,2019年9月底前完成。', [[['县住建局'], ['各乡镇']]]],
    // 密切配合 is working together, not helping another: those named act (乌兰浩特 2022 "各相关部门要密切配合、压实责任",
    // 十堰 "文广、司法、财税等部门要密切配合,借助报刊…大力宣传").
    ['(一)各相关部门要密切配合,形成合力,确保2019年9月底前完成排查。', [[['各相关部门'], []]]],
    ['(一)文广、司法、财税等部门要密切配合,于2019年9月底前完成宣传。', [[['文广、司法、财税等部门'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// The unit helped, named right after 配合 or 协助, acts; those helping it are the others responsible (常务副县长配合县长主持
// 日常工作; 意向合伙人…积极配合县电子商务公共服务中心的安排与指导). A duty word before the verb puts the duty on the helper,
// which the text addresses, and it acts (清欠 2005 "有关地方政府要协助法院于2005年年底前执结").
describe('those who help a unit named after 配合', () => {
  it.each([
    ['(一)市财政局配合市发改委于2019年9月底前完成工业炉窑排查。', [[['市发改委'], ['市财政局']]]],
    ['(一)市财政局、市住建局配合市发改委于2019年9月底前完成工业炉窑排查。', [[['市发改委'], ['市财政局', '市住建局']]]],
    ['(一)县财政局协助县住建局于2019年9月底前完成危房排查。', [[['县住建局'], ['县财政局']]]],
    ['(一)县财政局积极配合县住建局,于2019年9月底前完成危房排查。', [[['县住建局'], ['县财政局']]]],
    ['(一)2019年9月底前,县财政局配合县住建局完成危房排查。', [[['县住建局'], ['县财政局']]]],
    ['(一)市住建局牵头,市财政局配合市住建局于2019年9月底前完成危房排查。', [[['市住建局'], ['市财政局']]]],
    // Negatives: a duty to help is the helper's own; 配合 with no unit after it, or working together (密切配合).
    ['(一)各县要配合市住建局于2019年9月底前完成危房排查。', [[['各县'], []]]],
    ['(一)各乡镇要积极配合,于2019年9月底前完成危房排查。', [[['各乡镇'], []]]],
    ['(一)各县区要配合做好危房排查,于2019年9月底前完成。', [[['各县区'], []]]],
    ['(一)市住建局要加强与市财政局的配合,于2019年9月底前完成排查。', [[['市住建局'], []]]],
    ['(一)企业应积极配合检查,于2019年9月底前完成整改。', [[['企业'], []]]],
    ['(一)市住建局会同市财政局于2019年9月底前完成危房排查。', [[['市住建局'], ['市财政局']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// One unit answering for the work (负总责, 负责, 牵头) and another carrying it out in practice (具体组织实施, 具体负责, 具体
// 落实): the first leads and the other is co, in the sentence's clauses before its time as in a sentence of their own
// after it (财政部 2015 "改革工作由省级人民政府负总责,地方各级财政部门、农业部门具体组织实施"; "此次整治行动由我局执法分局
// 牵头,各工商所具体落实"). A unit carrying it out with no one named before it acts alone.
describe('the one answering for the work and those carrying it out in practice', () => {
  it.each([
    ['(一)县政府负总责,县住建局具体组织实施,2019年9月底前完成危房改造。', [[['县政府'], ['县住建局']]]],
    ['(一)由县政府负总责,县住建局、县财政局具体负责,2019年9月底前完成危房改造。', [[['县政府'], ['县住建局', '县财政局']]]],
    ['(一)县住建局牵头,各乡镇具体实施,2019年9月底前完成危房改造。', [[['县住建局'], ['各乡镇']]]],
    ['(一)县住建局负责,各乡镇具体落实,2019年9月底前完成危房改造。', [[['县住建局'], ['各乡镇']]]],
    ['(一)2019年9月底前完成危房改造。县政府负总责,县住建局具体组织实施。', [[['县政府'], ['县住建局']]]],
    ['(一)2019年9月底前完成危房改造。县住建局具体组织实施。', [[['县住建局'], []]]],
    ['(一)2019年9月底前完成危房改造。各乡镇负总责。', [[['各乡镇'], []]]],
    // Negatives: no one named before the unit in practice; a later subject with a duty of its own; 具体 in another sense.
    ['(一)县住建局具体组织实施,2019年9月底前完成危房改造。', [[['县住建局'], []]]],
    ['(一)危房改造工作要扎实推进,县住建局具体组织实施,2019年9月底前完成。', [[['县住建局'], []]]],
    ['(一)县政府负总责,各乡镇要于2019年9月底前完成危房改造。', [[['各乡镇'], []]]],
    ['(一)2019年9月底前完成危房改造。具体方案另行制定。', [[[], []]]],
    ['(一)2019年9月底前完成危房改造,具体由县住建局负责。', [[['县住建局'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// A unit doing its share of the work (按职责分工负责, 按照各自辖区分工负责) after one marked 牵头 is co, as the same words
// read in brackets ("(市政府办公室…牵头,市级各有关部门及各县市区政府按职责分工负责)", 咸阳 2022; "执法分局牵头,各工商所
// 按照各自辖区分工负责", 工商 校园周边整治). With no one marked before them, all listed lead (ALL_LEAD).
describe('those doing their share of the work one marked 牵头 leads', () => {
  it.each([
    ['三、整治安排:本阶段为集中检查整治阶段,执法分局牵头,各工商所按照各自辖区分工负责,2019年9月底前对校园周边餐饮经营进行拉网式检查。', [[['执法分局'], ['各工商所']]]],
    ['(一)县住建局牵头,各乡镇按职责分工负责,2019年9月底前完成危房改造。', [[['县住建局'], ['各乡镇']]]],
    ['(一)由县住建局牵头,县财政局、各乡镇按照职责分工负责,2019年9月底前完成危房改造。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['(一)2019年9月底前完成危房改造(县住建局牵头,各乡镇按职责分工负责)。', [[['县住建局'], ['各乡镇']]]],
    // Negatives: no one marked before them; a subject before them with a verb of its own, no mark of answering.
    ['(一)各乡镇按职责分工负责,2019年9月底前完成危房改造。', [[['各乡镇'], []]]],
    ['(一)县住建局、县财政局按职责分工负责,2019年9月底前完成危房改造。', [[['县住建局', '县财政局'], []]]],
    ['(一)县住建局要加强指导,各乡镇按职责分工负责,2019年9月底前完成危房改造。', [[['各乡镇'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// 按职责分工落实 says what 按职责分工负责 says: each listed unit carries out its own part, and all lead (广东卫健委 2021 台账
// "应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实", where the last name held the phrase).
describe('a list whose units each carry out their own part (落实)', () => {
  it.each([
    ['(一)2019年9月底前完成危房改造。(市住建局、市财政局按职责分工落实)', [[['市住建局', '市财政局'], []]]],
    ['(一)2019年9月底前完成危房改造。(市住建局、市财政局按照职责分工落实)', [[['市住建局', '市财政局'], []]]],
    ['(一)2019年9月底前完成危房改造。(市住建局、市财政局等按职责落实)', [[['市住建局', '市财政局'], []]]],
    // Negatives: the first-listed convention without the phrase; 落实 after one marked 牵头.
    ['(一)2019年9月底前完成危房改造。(市住建局、市财政局)', [[['市住建局'], ['市财政局']]]],
    ['(一)2019年9月底前完成危房改造。(市住建局牵头,市财政局落实)', [[['市住建局'], ['市财政局']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('units joined by 和 under 各', () => {
  it.each([
    ['(一)各县区政府和市直各部门于2019年9月底前完成自查。', [[['各县区政府', '市直各部门'], []]]],
    ['(一)各乡镇和县直有关部门要于2019年9月底前完成自查。', [[['各乡镇', '县直有关部门'], []]]],
    ['(一)各乡镇和各村要于2019年9月底前完成自查。', [[['各乡镇', '各村'], []]]],
    ['(一)各县(市、区)和市直各单位要在2019年9月底前报送自查报告。', [[['各县(市、区)', '市直各单位'], []]]],
    ['(一)各县区和开发区管委会于2019年9月底前完成自查。', [[['各县区', '开发区管委会'], []]]],
    ['2019年9月底前完成自查。(责任单位:各县区政府和市直各部门)', [[['各县区政府'], ['市直各部门']]]],
    // One 各 over two nouns too short to stand alone is one unit.
    ['(一)各地区和部门于2019年9月底前完成自查。', [[['各地区和部门'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('the units one organises to act', () => {
  it.each([
    ['(一)市发改委牵头组织市财政局、市住建局于2019年9月底前开展排查。', [[['市发改委'], ['市财政局', '市住建局']]]],
    ['(一)2019年9月底前,市发改委牵头组织市财政局、市住建局开展排查。', [[['市发改委'], ['市财政局', '市住建局']]]],
    ['(一)由市发改委牵头,组织市财政局、市住建局于2019年9月底前开展排查。', [[['市发改委'], ['市财政局', '市住建局']]]],
    ['(一)市发改委组织各县区于2019年9月底前开展排查。', [[['市发改委'], ['各县区']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('units given once for several sub-items, and by a heading', () => {
  it.each([
    ['(一)加强排查。(1)2019年6月底前完成燃煤锅炉排查;(2)2019年9月底前完成工业炉窑排查;(3)2019年12月底前完成散乱污整治。责任单位:市生态环境局、市工信局。', [[['市生态环境局'], ['市工信局']], [['市生态环境局'], ['市工信局']], [['市生态环境局'], ['市工信局']]]],
    ['1.加强排查。(1)2019年6月底前完成燃煤锅炉排查;(2)2019年9月底前完成工业炉窑排查。\n责任单位:市生态环境局、市工信局\n2.加强整治。2019年12月底前完成散乱污整治。\n责任单位:市住建局', [[['市生态环境局'], ['市工信局']], [['市生态环境局'], ['市工信局']], [['市住建局'], []]]],
    ['(三)县交通运输局:\n1.2019年6月底前完成农村公路排查。\n2.2019年9月底前完成危桥改造。', [[['县交通运输局'], []], [['县交通运输局'], []]]],
    // Items with lists of their own keep them; the item between, naming none, takes none from its neighbours.
    ['1.2019年6月底前完成应急预案修订。\n(责任单位:市应急局)\n2.2019年9月底前完成应急预案“精编化”。\n3.2019年12月底前开展应急预案演练。\n(责任单位:市财政局)', [[['市应急局'], []], [[], []], [['市财政局'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('who is required, and who requires', () => {
  it.each([
    ['(一)市住建局要求各县于2019年9月底前完成排查。', [[['各县'], []]]],
    ['(一)督促各县于2019年9月底前完成排查。(责任单位:市住建局)', [[['市住建局'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
