import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

function leadAndCo(body: string): Array<[string, string[], string[]]> {
  return recordsOf({ body }, 'event-frame.txt').map((o) => [o.expression, o.lead, o.co]);
}

/**
 * A period counted from an event may open its sentence with the event ("收到申请后5个工作日内,县民政局应当…"): the
 * event frames the time as an adverbial does, and the subject follows. A subject may also be a body named by what it
 * is charged with (负责事故调查的人民政府), as one named by what it took on is (承担试点任务的县政府).
 */
describe('the subject after an event a period counts from, and bodies named by their charge', () => {
  it.each([
    ['收到申请后5个工作日内,县民政局应当完成审核。', [['5个工作日内', ['县民政局'], []]]],
    ['公示期满后5个工作日内,市人社局发放补贴。', [['5个工作日内', ['市人社局'], []]]],
    ['自收到申请之日起10个工作日内,乡镇人民政府应当完成入户调查。', [['10个工作日内', ['乡镇人民政府'], []]]],
    ['项目建成投产后6个月内,建设单位应当组织竣工验收。', [['6个月内', ['建设单位'], []]]],
    ['接到报告后2小时内,县应急管理局应当上报市应急管理局。', [['2小时内', ['县应急管理局'], []]]],
    ['县民政局应当在收到申请后5个工作日内完成审核。', [['5个工作日内', ['县民政局'], []]]],
    ['负责事故调查的人民政府应当自收到事故调查报告之日起15日内做出批复。', [['15日内', ['负责事故调查的人民政府'], []]]],
    ['负责督查的部门要在收到线索后3日内核实。', [['3日内', ['负责督查的部门'], []]]],
    // No unit after the event: a condition, a thing sent, a receiver.
    ['自事故发生之日起30日内,事故造成的伤亡人数发生变化的,应当及时补报。', [['30日内', [], []]]],
    ['审核通过后5日内,材料报送县民政局。', [['5日内', [], []]]],
    ['收到通知后10日内,报送县民政局。', [['10日内', [], []]]],
  ] as Array<[string, Array<[string, string[], string[]]>]>)('%s', (body, expected) => {
    const got = leadAndCo(body);
    expect(got.map(([, lead, co]) => [lead, co])).toEqual(expected.map(([, lead, co]) => [lead, co]));
    got.forEach(([expression], i) => expect(expression).toContain(expected[i][0]));
  });
});

function beforeEvents(body: string): Array<[string | undefined, string[]]> {
  return recordsOf({ body }, 'event-frame.txt').map((o) => [o.within?.before, o.lead]);
}

/**
 * A period counted back from an event may open its sentence with the event ("会议召开10日前,县委办公室…", "有效期届满30日
 * 前,持证单位…"): the item's number before it is no part of the event, and the subject follows the time as it does
 * after an event counted from.
 */
describe('the event a period counts back from, opening its sentence', () => {
  it.each([
    ['一、会议召开45日前,各单位报送材料。', [['会议召开', ['各单位']]]],
    ['(二)会议召开10日前,县委办公室应当将会议议程送达各位委员。', [['会议召开', ['县委办公室']]]],
    ['3.选举日的20日前,县选举委员会公布选民名单。', [['选举日', ['县选举委员会']]]],
    ['4.县人大常委会会议举行7日前,县政府应当将议案送交常委会。', [['县人大常委会会议举行', ['县政府']]]],
    ['七、有效期届满30日前,持证单位应当向原发证机关提出延续申请。', [['有效期届满', ['持证单位']]]],
    ['(9)活动举办15日前,主办单位向县公安局申报。', [['活动举办', ['主办单位']]]],
    // The unit before the time is still its subject; a receiver after it never is.
    ['县委办公室应当在会议召开10日前将会议议程送达各位委员。', [['会议召开', ['县委办公室']]]],
    ['会议召开10日前,将材料报送县委办公室。', [['会议召开', []]]],
    ['申报材料报送我委截止时间为规定的上报日期前20日,以正式文件报送我委,我委将组织评审。', [['规定的上报日期', []]]],
    ['材料报送时限为每次会议召开5个工作日前。', [['每次会议召开', []]]],
  ] as Array<[string, Array<[string, string[]]>]>)('%s', (body, expected) => {
    expect(beforeEvents(body)).toEqual(expected);
  });
});

/**
 * A period counted from the document's own day may open its sentence with the document ("自本通知印发之日起30日内,各单位
 * 完成清理"): 自本通知 is part of that event, and the subject follows the time as after a date ("2018年6月底前,各单位…").
 */
describe('the subject after a period counted from the document itself', () => {
  it.each([
    ['自本通知印发之日起30日内,各市完成清理。', [['各市']]],
    ['自本通知印发之日起30日内,各市要完成清理。', [['各市']]],
    ['本实施方案印发之日起30日内,各县(市、区)制定细则。', [['各县(市、区)']]],
    ['自印发之日起15个工作日内,省财政厅拨付资金。', [['省财政厅']]],
    ['从本方案下发之日起20日内,省级有关单位报送名单。', [['省级有关单位']]],
    // The subject before the time still leads; a receiver after it never does; no unit is no unit.
    ['各市应当自本通知印发之日起30日内完成清理。', [['各市']]],
    ['自本通知印发之日起30日内,将名单报送省政府办公厅。', [[]]],
    ['自本通知印发之日起30日内完成清理。', [[]]],
  ] as Array<[string, string[][]]>)('%s', (body, expected) => {
    expect(recordsOf({ body }, 'event-frame.txt').map((o) => o.lead)).toEqual(expected);
  });
});
