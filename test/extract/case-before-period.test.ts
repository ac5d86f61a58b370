import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A clause closed by 的 right before a period's modal sets the case the duty is for ("对确系不属于本单位职责范围内的,应在5日内…",
// "对符合条件的,应当在10个工作日内…", "需要补正的,应当在5日内…"); unless its words name an event that happens to the matter
// (收到举报的, 接到报告的, 事故发生的), it is no event: the count runs from the event named before it in the sentence or the
// passage ("承办单位收到代表建议或政协提案后,首先应认真审阅内容,对确系不属于本单位职责范围内的,应在5日内…"), else from the
// matter taken in (受理), as event-none-named reads a case with its modal after it. A case "对…的" with no noun after its 的 is
// no matter the count starts from, as "对媒体曝光的事项" is. Real: 建议提案 办理 rules (audit-texts pool p274 山东 办法 第六条, p273
// a rule in traditional script: 認為不屬於本單位辦理的,…十日內; both read "本单位职责范围内", "本單位辦理", the 于 of 属于 taken for
// the event's opening preposition), a 12345 rule (guides20/08, p282: 不能当天答复的,应在3个工作日内…), the synthetic battery's
// forms found in rules (event-none-named: 申请材料不齐全…的).
const eventsOf = (body: string) =>
  recordsOf({ body, issued: '' }).filter((r) => r.kind === 'sla').map((r) => [r.expression, r.within!.after ?? r.within!.before]);

describe('a case closed by 的 before a period is no event', () => {
  it.each([
    ['承办单位收到代表建议或政协提案后,首先应认真审阅内容,对确系不属于本单位职责范围内的,应在5日内向交办机关说明理由。', [['5日内', '承办单位收到代表建议或政协提案']]],
    ['承办单位收到建议、提案后,应当及时登记。认为不属于本单位办理的,应当在10日内向交办机关说明情况。', [['10日内', '承办单位收到建议、提案']]],
    ['对符合条件的,应当在10个工作日内办理登记。', [['10个工作日内', '受理']]],
    ['需要补正的,应当在5日内一次性告知申请人。', [['5日内', '受理']]],
    ['情况复杂的,应当在30日内办结。', [['30日内', '受理']]],
    // 交办 naming the office that hands matters down (交办机关) is no handing down.
    ['承办单位收到建议、提案后,应当及时登记,并向交办机关反馈。认为不属于本单位办理的,应当在10日内提出转送意见。', [['10日内', '承办单位收到建议、提案']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  // A case whose words name an event happening to the matter is that event; a matter named with its noun is the matter.
  it.each([
    ['收到举报的,应当在24小时内核查。', [['24小时内', '收到举报']]],
    ['接到报告的,应当在1小时内上报。', [['1小时内', '接到报告']]],
    ['事故发生的,应当在1小时内上报。', [['1小时内', '事故发生']]],
    ['对媒体曝光的事项,各单位要在5个工作日内回应。', [['5个工作日内', '媒体曝光的事项']]],
    ['对领导批示交办的督查事项,急件3日内办结。', [['3日内', '领导批示交办的督查事项']]],
    ['承办单位收到交办件后,应在5个工作日内办结。', [['5个工作日内', '承办单位收到交办件']]],
    // A finding made on the matter is the moment the count starts.
    ['经核实属实的,应当在5个工作日内予以纠正。', [['5个工作日内', '经核实属实']]],
    ['县级动物防疫监督机构接到报告后,立即派人到现场诊断。确认为疑似口蹄疫疫情的,应在2小时内报告同级兽医行政管理部门。', [['2小时内', '确认为疑似口蹄疫疫情']]],
  ])('%s: read as before', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  // In a dated notice the case makes the limit one owed on each matter, from the matter taken in, not a period from the notice.
  const dated = (body: string) =>
    recordsOf({ body, issued: '2024 年 3 月 1 日' }).map((r) => [r.expression, r.kind === 'sla' ? `sla:${r.within!.after}` : `${r.kind}:${r.due}`]);
  it.each([
    ['二、对符合条件的,审批部门在2个工作日内办结。', [['2个工作日内', 'sla:受理']]],
    ['对逾期未整改的,由县市场监管局在5个工作日内依法查处。', [['5个工作日内', 'sla:受理']]],
    // No case: a notice's period counts from the notice.
    ['各县(市、区)要在30日内完成自查。', [['30日内', 'relative:2024-03-31']]],
  ])('%s (dated notice)', (body, expected) => {
    expect(dated(body)).toEqual(expected);
  });
});
