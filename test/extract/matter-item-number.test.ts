import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// With no event named, a period in a rule counted from the matter its sentence is about, read as the sentence up to the
// period; a sentence that opens an article or item kept its number in that text ("第八條請示性公文", "二、區政府常務會…承辦落
// 實情況", "(2)重大事故一经确认,供气企业应急机构", "2.申诉委员会"). The number is no part of the matter. Such a period now
// runs from the matter's acceptance (受理, event-none-named.test.ts), and an act named with 一经 keeps no number either. Real: a 限時辦結制
// (audit-texts rules3/01: 第八條 請示性公文必須在3個工作日內辦結並答覆), a 区 督查专报制度 in four copies (rules1/828857, two
// in traditional script; 二、…承办落实情况在会后30个工作日内上报), a 燃气 事故 预案 (audit10/16: (2)重大事故一经确认,…4小时内),
// a 县 督查 rule ((五)省长、市长、县长信箱办理,…原则上不准超过5个工作日), 行政强制法 第三十一条 and 行政许可法 第三十二条 (四)
// (lawrefbook copies), an appeal rule (2.申诉委员会…15个工作日内).
const eventsOf = (body: string) =>
  recordsOf({ body, issued: '' }).filter((r) => r.kind === 'sla').map((r) => [r.expression, r.within!.after ?? r.within!.before]);

describe('the matter a period counts from leaves out the number of its article or item', () => {
  it.each([
    ['第八条 请示性公文必须在3个工作日内办结并答复。', [['3个工作日内', '受理']]],
    ['二、区政府常务会、区长办公会等会议决策事项承办落实情况在30个工作日内上报。', [['30个工作日内', '受理']]],
    ['(三)办理信访事项不得超过60日。', [['不得超过60日', '受理']]],
    ['2.申诉委员会应在15个工作日内作出复查决定。', [['15个工作日内', '受理']]],
    ['(2)重大事故一经确认,供气企业应急机构要在4小时内报告。', [['4小时内', '重大事故确认']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  it.each([
    // An event named is read as before; a matter with no number keeps its words.
    ['三、承办单位收到交办件后,应在5个工作日内办结。', [['5个工作日内', '承办单位收到交办件']]],
    ['请示性公文必须在3个工作日内办结。', [['3个工作日内', '受理']]],
  ])('%s: read as before', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });
});
