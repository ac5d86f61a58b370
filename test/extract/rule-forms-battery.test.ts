import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// The synthetic battery of rules with time limits this session read the extractor with: one article a form, in a 办法 a
// dated notice issues (2019-03-20), each with the records the spec gives it. Periods counted from receipt, acceptance, an
// incident, a meeting (before and after), the end of a term or a period; a chain of steps each with its own actor; the
// recurring duties of a rule (每年M月D日前, 每季度第一个月, 季度终了之日起, 每半年, 每双月, 每周一); a service guide's limit;
// and what is no duty: an extension and its cap, a trigger clause (…内不能作出决定的), a party's permission (可以自…之日起30日
// 内请求复查), a consequence (逾期…视为), an event with no count (有效期届满前, 立即), a limit named with no length (在规定时限内),
// the rule's definition of its days, a notice's window, a benefit's term. Those read wrong when the battery was run are
// the session's commits (rule-provision-periods, received-events, handling-limits) and its report; the rest guard the forms.
// Value: [expression, "sla:N" (w: working days, <: counted back before the event) or "rec:RRULE", lead].
const read = (body: string) =>
  extractText(
    gazetteDocument({
      title: '某县人民政府办公室关于印发某县督查督办工作办法的通知',
      number: '某政办发〔2019〕5号',
      issued: '2019 年 3 月 20 日',
      body: `第一条 为规范督查督办工作,制定本办法。\n\n${body}`,
    }),
    'battery.txt',
  ).obligations.map((o) => [
    o.expression,
    o.kind === 'recurring' ? `rec:${o.rrule}` : o.kind === 'sla' ? `sla:${o.within!.days}${o.within!.workdays ? 'w' : ''}${o.within!.before ? '<' : ''}` : `${o.kind}:${o.due}`,
    o.lead,
  ]);

describe('rules with time limits, one article a form', () => {
  it.each([
    ["第二条 行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。", [["二十日内", "sla:20", ["行政机关"]]]],
    ["第三条 二十日内不能作出决定的,经本行政机关负责人批准,可以延长十日,并应当将延长期限的理由告知申请人。", []],
    ["第四条 延长期限最长不得超过30日。", []],
    ["第五条 生产经营单位应当在事故发生后1小时内向县应急管理局报告。", [["1小时内", "sla:1", ["生产经营单位"]]]],
    ["第六条 各县(市、区)统计局每季度第一个月10日前报送上季度统计报表。", [["每季度第一个月10日前", "rec:FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10", ["各县(市、区)统计局"]]]],
    ["第七条 逾期未提交的,视为放弃申请。", []],
    ["第八条 承办科室应当在3日内提出办理意见。", [["3日内", "sla:3", ["承办科室"]]]],
    ["第九条 窗口受理后1个工作日内转交承办科室,承办科室应在3个工作日内审查完毕,分管领导在2个工作日内签发。", [["1个工作日内", "sla:1w", ["窗口"]], ["3个工作日内", "sla:3w", ["承办科室"]], ["2个工作日内", "sla:2w", ["分管领导"]]]],
    ["第十条 县市场监管局应当于每年1月31日前向县政府报告上一年度工作情况。", [["每年1月31日前", "rec:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31", ["县市场监管局"]]]],
    ["第十一条 各单位应当于每月5日前将上月数据报送县统计局。", [["每月5日前", "rec:FREQ=MONTHLY;BYMONTHDAY=5", ["各单位"]]]],
    ["第十二条 各单位应当在收到督办通知后的5个工作日内反馈办理情况。", [["5个工作日内", "sla:5w", ["各单位"]]]],
    ["第十三条 承办单位应当在规定时限内办结。", []],
    ["第十四条 审批时间不得超过15个工作日。", [["不得超过15个工作日", "sla:15w", []]]],
    ["第十五条 纳税人应当自季度终了之日起15日内申报缴纳。", [["季度终了之日起15日内", "rec:FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15", []]]],
    ["第十六条 企业应当自年度终了之日起5个月内报送年度财务报告。", [["年度终了之日起5个月内", "rec:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=-1", ["企业"]]]],
    ["第十七条 被许可人应当在该行政许可有效期届满30日前向作出行政许可决定的行政机关提出申请。", [["30日前", "sla:30<", []]]],
    ["第十八条 行政机关应当在该行政许可有效期届满前作出是否准予延续的决定;逾期未作决定的,视为准予延续。", []],
    ["第十九条 复议机关应当自受理申请之日起六十日内作出行政复议决定;情况复杂,不能在规定期限内作出行政复议决定的,经行政复议机关的负责人批准,可以适当延长,但是延长期限最多不超过三十日。", [["六十日内", "sla:60", ["复议机关"]]]],
    ["第二十条 各乡镇接到报告后应当立即赶赴现场。", []],
    ["第二十一条 信访人对处理意见不服的,可以自收到书面答复之日起30日内请求复查。", []],
    ["第二十二条 各部门应当在会议召开3个工作日前将议题材料送县政府办公室。", [["3个工作日前", "sla:3w<", ["各部门"]]]],
    ["第二十三条 一般事项应在7个工作日内办结;情况复杂的,经批准可延长至15个工作日。", [["7个工作日内", "sla:7w", []]]],
    ["第二十四条 接到突发事件信息后,值班人员应在30分钟内电话报告,2小时内书面报告。", [["30分钟内", "sla:0", ["值班人员"]], ["2小时内", "sla:1", ["值班人员"]]]],
    ["第二十五条 各县区于每季度结束后10日内将工作进展情况报县工作领导小组办公室。", [["每季度结束后10日内", "rec:FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10", ["各县区"]]]],
    ["第二十六条 本办法规定的期限以工作日计算,不含法定节假日。", []],
    ["第二十七条 公示时间不少于5个工作日。", []],
    ["第二十八条 超过30日未作答复的,申请人可以向上级机关申诉。", []],
    ["第二十九条 督办件原则上在15个工作日内办结。", [["15个工作日内", "sla:15w", []]]],
    ["第三十条 对群众来信,县信访局应在15日内办理完毕。", [["15日内", "sla:15", ["县信访局"]]]],
    ["第三十一条 县财政局收到申请后,应当在10个工作日内完成审核,并于审核完成后3个工作日内拨付资金。", [["10个工作日内", "sla:10w", ["县财政局"]], ["3个工作日内", "sla:3w", ["县财政局"]]]],
    ["第三十二条 举行听证的,行政机关应当在听证的七日前通知申请人。", [["七日前", "sla:7<", ["行政机关"]]]],
    ["第三十三条 县应急局、县公安局应当在接到报告后1小时内赶赴现场。", [["1小时内", "sla:1", ["县应急局", "县公安局"]]]],
    ["第三十四条 各成员单位于每年6月底和12月底前报送工作进展。", [["每年6月底和12月底前", "rec:FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1", ["各成员单位"]]]],
    ["第三十五条 各单位于每季度末月25日前报送本季度数据。", [["每季度末月25日前", "rec:FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=25", ["各单位"]]]],
    ["第三十六条 各单位于每周一上午10时前报送上周工作情况。", [["每周一上午10时前", "rec:FREQ=WEEKLY;BYDAY=MO", ["各单位"]]]],
    ["第三十七条 县统计局每双月通报一次。", [["每双月", "rec:FREQ=MONTHLY;INTERVAL=2;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=-1", ["县统计局"]]]],
    ["第三十八条 领导小组原则上每半年召开一次全体会议。", [["每半年", "rec:FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1", ["领导小组"]]]],
    ["第三十九条 县级人民政府应当每年向本级人民代表大会常务委员会报告一次工作情况。", [["每年", "rec:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1", ["县级人民政府"]]]],
    ["第四十条 检查结果应当在检查结束后10个工作日内书面反馈被检查单位。", [["10个工作日内", "sla:10w", []]]],
    ["第四十一条 月报于次月5日前报送。", [["次月5日前", "rec:FREQ=MONTHLY;BYMONTHDAY=5", []]]],
    ["第四十二条 接报后,值班人员应当在10分钟内向带班领导报告。", [["10分钟内", "sla:0", ["值班人员"]]]],
    ["第四十三条 承诺办结时限:5个工作日。", [["时限:5个工作日", "sla:5w", []]]],
    ["第四十四条 补贴期限:3年。", []],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});
