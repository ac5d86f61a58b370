import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function tasks(body: string): Array<[string, string]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'task-next-case.txt', CLOCK);
  return obligations.map((o) => [o.expression, o.task]);
}

/**
 * A rule parts its cases with ;: the duty, then the rule for the late or the complex case ("…60日内办结;情况复杂的,经…批准,
 * 可以适当延长…"), or the next step with its own actor and time ("…审核;审核通过的,在1日内报…", "…考核;各乡镇应当于…").
 * The task of a time ends where the next case opens. Real: 信访 督查督办 (办结;因特殊情况未能按期办结的,要及时…), 建议提案
 * 办理 (函告主办单位;主办单位和会办单位意见不一致的,…), 株洲 网民留言 (当天回复;需要调查或核实情况的,…), 宁波 公文办理
 * (拟办完毕;下午收到的公文应在…), 行政强制法 (作出处理决定…;情况复杂的,经行政机关负责人批准…), a 排水 rule (作出书面答复;
 * 情况紧急需要…的,…), 信访工作条例 第二十三条 as 福田 quotes it (…处理途径和程序;不属于本机关、单位…职权范围的,…)
 * (corpus, audit-texts rules1, receivers, rules2). The event a period counts from (自受理之日起) is no topic of the task,
 * nor is a clause holding an earlier time (当天受理,当天回复: 回复 is the second time's whole task). A task running up to
 * the next time of its sentence leaves that time the head of its clause ("…报送当月信息,县督查室于次月5日前…", "…办结,
 * 会议纪要一般在20日内…", "…经分管市领导审核把关后于2月7日前…": 盘锦 2021, 督查 rules, audit-texts).
 */
describe('the task of a time ends where the next case of the rule opens', () => {
  it.each([
    ['受理机关应当自受理申请之日起20日内作出决定;20日内不能作出决定的,经本机关负责人批准,可以延长10日。', [['20日内', '作出决定']]],
    ['承办单位应当在收到交办件后5个工作日内提出办理意见;逾期未办结的,应当说明理由。', [['5个工作日内', '提出办理意见']]],
    ['县政府办公室应当于每年12月31日前完成年度考核;各乡镇应当于每年11月30日前报送自查报告。', [['每年12月31日前', '完成年度考核'], ['每年11月30日前', '报送自查报告']]],
    ['督查室应当在收到反馈后2日内审核;审核通过的,在1日内报县长审定。', [['2日内', '审核'], ['1日内', '报县长审定']]],
    ['有关机关应当自收到之日起15日内书面告知信访人;不属于本机关职权范围的,应当退回。', [['15日内', '书面告知信访人']]],
    ['信访事项应当自受理之日起60日内办结;情况复杂的,经批准可以延长30日。', [['60日内', '信访事项办结']]],
    ['咨询类留言要当天受理,当天回复;需要调查核实的,要先回复受理。', [['当天', '咨询类留言受理'], ['当天', '回复']]],
    ['协调时间一般为3至5个工作日;5个工作日内未完成协调的,报有关领导同意后退回。', [['3至5个工作日', '协调']]],
    ['申请人提出申请后,工作人员能当场认定为否办的,应当天认定;如项目内容较为复杂,无法当场决定的,应于5个工作日内做出明确答复。', [['当天', '认定'], ['5个工作日内', '做出明确答复']]],
    ['咨询类事项应在3个工作日内办结;对于投诉举报类事项,应在收到工单之日起13个工作日内办结。', [['3个工作日内', '咨询类事项办结'], ['13个工作日内', '办结']]],
    // Up to the next time of the sentence: the subject, topic or condition that opens the next time's clause is that time's.
    ['各单位每月25日前报送当月信息,县督查室于次月5日前汇总通报。', [['每月25日前', '报送当月信息'], ['次月5日前', '汇总通报']]],
    ['公文一般在30日内办结,会议纪要一般在20日内办结。', [['30日内', '公文一般办结'], ['20日内', '会议纪要一般办结']]],
    ['能当天答复的当天答复,不能当天答复的,应在3个工作日内答复。', [['当天', '答复'], ['3个工作日内', '答复']]],
    // Negative: what is owed, closed by 的, is still the topic (衡阳 2019 根治欠薪).
    ['确保政府工程项目欠薪的在2019年底前清零。', [['在2019年底前', '确保政府工程项目欠薪的清零']]],
    // Negatives: members of one list parted by ; with no case of their own stay in the task; a 对… topic is no case.
    ['县住建局应当在收到申请后10个工作日内完成现场核查;出具核查意见。', [['10个工作日内', '完成现场核查;出具核查意见']]],
    ['各乡镇应当在5个工作日内报送排查台账;对重点隐患逐一登记。', [['5个工作日内', '报送排查台账;对重点隐患逐一登记']]],
    ['行政复议决定应当自受理之日起60日内作出。', [['60日内', '行政复议决定作出']]],
    ['2019年6月底前完成方案编制,2019年12月底前完成验收。', [['2019年6月底前', '完成方案编制'], ['2019年12月底前', '完成验收']]],
    ['2019年6月底前完成方案编制。2019年12月底前完成验收,投入运行。', [['2019年6月底前', '完成方案编制'], ['2019年12月底前', '完成验收,投入运行']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});
