import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/extract/normalise.ts';
import { type RecogniseContext, recognise } from '../../src/extract/recognise.ts';

// The term a party has to contest a decision or seek review is the limit of its right whether 应当 binds it or 可以 grants
// it: asking late loses the remedy, and no unit owes anything by then. Real: 行政处罚法 第六十四条 "当事人要求听证的,应当在
// 行政机关告知后五日内提出" and its older text "…告知后3日内提出" (laweer, audit-texts rules1), 治安管理处罚法 第117条 "当事人要求
// 听证的,应当在收到告知书后3日内提出" (sample19/01), 国土资源听证规定 "对于当事人要求听证的,应当在被告知听证权利后5个工作日内提出"
// (classes/04), 行政复议 "申请人申请行政复议,应当在知道…之日起60日内提出" (shoulawyer, rules1; sample13's #71), 信访 复查复核
// "…在接到处理结果之日起30日内提出复查申请,60日内提出复核申请" (lfvj, rules2), 村委会选举 "村民对公布的选民名单有异议的,应在选举
// 日的7日前向村民选举委员会提出申诉" (classes/02), 招标投标法实施条例 第二十二条 "对资格预审文件有异议的,应当在提交资格预审申请
// 文件截止时间2日前提出;对招标文件有异议的,应当在投标截止时间10日前提出" (sample19/02-03), 政府采购法 "可以在…七个工作日内,以
// 书面形式向采购人提出质疑" (sample19/02). What the body asked does with the request stays its duty.
const undated: RecogniseContext = { year: 2018, docDate: null };

function read(sentence: string) {
  const n = normalise(sentence);
  return recognise(n.text, undated, true).map((m) => ({ text: n.text.slice(m.start, m.end), ...m.value }));
}

describe("a party's term to contest or seek review, 应当 or 可以, is no obligation", () => {
  it.each([
    ['当事人要求听证的,应当在行政机关告知后3日内提出。', '3日内'],
    ['当事人要求听证的,应当在收到告知书后3日内提出。', '3日内'],
    ['对于当事人要求听证的,应当在被告知听证权利后5个工作日内提出。', '5个工作日内'],
    ['申请人申请行政复议,应当在知道该行政行为之日起60日内提出(法律另有规定的除外)。', '60日内'],
    ['申请人应当在接到处理结果之日起30日内提出复查申请,60日内提出复核申请。', '30日内'],
    ['申请人应当在接到处理结果之日起30日内提出复查申请,60日内提出复核申请。', '60日内'],
    ['村民对公布的选民名单有异议的,应在选举日的7日前向村民选举委员会提出申诉。', '7日前'],
    ['潜在投标人对招标文件有异议的,应当在投标截止时间10日前提出。', '10日前'],
    ['当事人对处罚决定不服的,应当自收到决定书之日起15日内向人民法院起诉。', '15日内'],
    ['信访人对处理意见不服的,须在收到书面答复之日起30日内提出复查请求。', '30日内'],
    ['举报人对处理结果有异议的,应当在收到告知之日起10个工作日内提出。', '10个工作日内'],
    ['供应商应当在知道其权益受到损害之日起七个工作日内,以书面形式向采购人提出质疑。', '7个工作日内'],
    ['考生对成绩有异议的,应在成绩公布后3日内提出复核申请。', '3日内'],
    ['有关单位对考核结果有异议的,应在收到通报后3个工作日内提出申诉。', '3个工作日内'],
  ])('%s: %s', (sentence, text) => {
    const match = read(sentence).find((f) => f.text === text);
    expect(match).toMatchObject({ kind: 'none', reason: 'permission' });
  });

  it.each([
    // A party's duty that asks for nothing: paying, renewing a licence, completing an application.
    ['当事人应当自收到行政处罚决定书之日起15日内,到指定的银行缴纳罚款。', '15日内', 15],
    ['被许可人应当在有效期届满30日前向作出行政许可决定的行政机关提出延续申请。', '30日前', 30],
    ['申请人应当在接到补正通知之日起10日内补正材料。', '10日内', 10],
    // What the body asked does with the request.
    ['行政机关应当在举行听证的7日前,通知当事人举行听证的时间、地点。', '7日前', 7],
    ['行政复议机关应当自受理申请之日起60日内作出行政复议决定。', '60日内', 60],
    ['收到复核请求的机关应当自收到复核请求之日起30日内提出复核意见。', '30日内', 30],
    ['被申请人应当自收到申请书副本之日起10日内,提出书面答复。', '10日内', 10],
    ['当事人要求听证的,行政机关应当在收到申请后3日内组织。', '3日内', 3],
    ['招标人应当自收到异议之日起3日内作出答复。', '3日内', 3],
    ['人民法院应当在立案之日起5日内将起诉状副本发送被告。', '5日内', 5],
    ['信访工作机构应当在收到之日起15日内对申诉进行调查核实。', '15日内', 15],
    ['行政机关应当在收到后3日内将复议申请书转送复议机关。', '3日内', 3],
    ['举报人对处理结果有异议的,上级机关应当在15日内提出处理意见。', '15日内', 15],
    // The remedy as the object of what the body does (成都 廉租房 guide, guides19/25): "对申请材料进行复核".
    ['市建设局住房保障部门在收到材料5个工作日内,对申请材料进行复核,复核结果书面反馈县区建设局。', '5个工作日内', 5],
    ['复议机关应当在受理后10日内,对当事人提出的复核申请进行审查。', '10日内', 10],
    ['区人社局应当在收到申请后15个工作日内,对申请人的复查申请作出决定。', '15个工作日内', 15],
    ['信访工作机构应当在收到后7日内对复查请求予以答复。', '7日内', 7],
    ['县自然资源局应当在10个工作日内,对当事人提出的听证要求组织听证。', '10个工作日内', 10],
  ])('%s keeps %s', (sentence, text, days) => {
    const match = read(sentence).find((f) => f.text.includes(text));
    expect(match).toMatchObject({ kind: 'sla', days });
  });
});
