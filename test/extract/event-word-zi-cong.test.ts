import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// 自 and 从 open an sla's event as prepositions ("自收到申请之日起", "从受理之日起"), but they are also the first character of
// words that stand in an event or before it: 自治区 (州, 县, 旗), 自然资源, 自行, 自愿, 自身, 自己, 从事, 从业, 从严, 从重, 从而.
// Read as the preposition, 重大动物疫情应急条例 第十七条 ("省、自治區、直轄市動物防疫監督機構應當在接到報告後1小時內…", audit-texts
// guides20 zxtf) gave the event "治區、直轄市…應當在接到報告"; "自然资源局应当自受理之日起" gave "然资源局应当自受理". The 自 of
// 自治区 in a subject ("自治区人民政府收到报告后") belongs to the event's words. 自行政 and 从业务 are the preposition before
// 行政 and 业务.
const eventOf = (body: string, expression: string) =>
  recordsOf({ body })
    .filter((r) => r.kind === 'sla' && r.expression === expression)
    .map((r) => r.within!.after ?? r.within!.before);

describe('自 and 从 as a word\'s first character do not open an event', () => {
  it.each([
    ['自治区人民政府收到报告后,应当在4小时内向国务院报告。', '4小时内', '自治区人民政府收到报告'],
    ['自治州人民政府应当自收到申请之日起20个工作日内作出决定。', '20个工作日内', '收到申请'],
    ['自治县卫生行政部门接到报告后2小时内向本级人民政府报告。', '2小时内', '自治县卫生行政部门接到报告'],
    ['省、自治区、直辖市动物防疫监督机构应当在接到报告后1小时内,向本级人民政府报告。', '1小时内', '接到报告'],
    ['自然资源主管部门收到申请后,应当在10个工作日内作出决定。', '10个工作日内', '自然资源主管部门收到申请'],
    ['自然资源局应当自受理之日起20个工作日内办结。', '20个工作日内', '受理'],
    ['从事经营活动的单位应当自领取营业执照之日起30日内办理登记。', '30日内', '领取营业执照'],
    ['自行组织验收的单位应当在验收合格后15日内报送备案。', '15日内', '验收合格'],
    ['从业人员应当自取得证书之日起30日内办理注册。', '30日内', '取得证书'],
  ])('%s', (body, expression, event) => {
    expect(eventOf(body, expression)).toEqual([event]);
  });

  // The preposition itself still opens the event, before 行政 and 业务 too, and an event without 自 or 从 keeps its words.
  it.each([
    ['申请人应当自收到决定书之日起15日内缴纳费用。', '15日内', '收到决定书'],
    ['被许可人应当自行政机关作出决定之日起60日内办理变更。', '60日内', '行政机关作出决定'],
    ['窗口应当从业务受理之日起3个工作日内办结。', '3个工作日内', '业务受理'],
    ['县级人民政府应当自收到报告之日起15日内作出处理。', '15日内', '收到报告'],
    ['承办单位接到转办件后,应当在5个工作日内办结。', '5个工作日内', '承办单位接到转办件'],
  ])('%s', (body, expression, event) => {
    expect(eventOf(body, expression)).toEqual([event]);
  });
});
