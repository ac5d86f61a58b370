import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A period of a standing rule that names no event was told from "the matter": the sentence up to the period, which held
// the subject alone ("请示性公文", "申诉委员会"), a case closed by 的 with the modal after it ("申请材料不齐全或者不符合法定
// 形式的,应当当场或者"), or the sentence before ("没有明确报告时限的,公文一般在30日内办结,会议纪要"). None is an event; both
// random audits judged every one of them wrong (sample13 #5 #66, sample19 #36 #76 #89). The rule is owed on each matter it
// governs from the day the matter is taken in, as a service guide's limit with no event is (受理, events15); an act the
// sentence still names before the period in a form EVENT_AFTER does not read is kept: a clause closed by 后 ("申请政府信息
// 公开后,行政机关通常需20个工作日内答复"), 一经 ("重大事故一经确认,…要在4小时内"), 经…的 ("经鉴定确认为中小学校舍D级危房的
// 要立即停止使用,…并在1个月内拆除"). Real: 限時辦結制 (audit-texts rules3/01 請示性公文), 督查 rules (fymate 168342 and its
// copy: 没有明确报告时限的,公文…会议纪要…), 行政许可法 第三十二条 (四) (lawrefbook; crsrw, events19/06), 12345 limits
// (fudaoke: 一般诉求7天内, 复杂疑难诉求15天内), 申诉 rule (findstring-kezai), 排水 rule (fymate-paishui), 签注 (livelove),
// 太原 议题办理 2011 and 安康 建议提案 (corpus); 燃气 预案 (audit10/16, units17/01), 福建 2008 校舍 D级危房, 光明 审批流程
// (rzrksm), 信息公开 (fudaoke).
const eventsOf = (body: string) =>
  recordsOf({ body, issued: '' }).filter((r) => r.kind === 'sla').map((r) => [r.expression, r.within!.after ?? r.within!.before]);

describe('a period of a rule that names no event runs from the matter taken in', () => {
  it.each([
    ['请示性公文必须在3个工作日内办结并答复。', [['3个工作日内', '受理']]],
    ['没有明确报告时限的,公文一般在30日内办结,会议纪要一般在20日内办结。', [['30日内', '受理'], ['20日内', '受理']]],
    ['申请材料不齐全或者不符合法定形式的,应当当场或者在五日内一次告知申请人需要补正的全部内容。', [['五日内', '受理']]],
    ['申诉委员会应在15个工作日内作出复查决定。', [['15个工作日内', '受理']]],
    ['协调时间一般为3至5个工作日。', [['3至5个工作日', '受理']]],
    ['申请政府信息公开后,行政机关通常需20个工作日内答复。', [['20个工作日内', '申请政府信息公开']]],
    ['(2)重大事故一经确认,供气企业应急机构要在4小时内向市应急机构报告。', [['4小时内', '重大事故确认']]],
    ['经鉴定确认为中小学校舍D级危房的要立即停止使用,设置安全隔离区,并在1个月内拆除。', [['1个月内', '鉴定确认为中小学校舍D级危房']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  // An event named is read as before; a word of time closed by 后 is none; a notice's request counts from the notice.
  it.each([
    ['承办单位收到交办件后,应在5个工作日内办结。', [['5个工作日内', '承办单位收到交办件']]],
    ['行政机关应当自受理申请之日起二十日内作出决定。', [['二十日内', '受理申请']]],
    ['事故发生后,事故单位负责人应当在1小时内报告。', [['1小时内', '事故发生']]],
    ['会议结束后,市政府办公室应在3个工作日内印发会议纪要。', [['3个工作日内', '会议结束']]],
  ])('%s: read as before', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });
});
