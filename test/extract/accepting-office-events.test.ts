import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// 受理 starts a count only as the act of taking a matter in ("自受理申请之日起", "窗口受理后"). Where it names who takes matters
// in, where or at what stage (受理部门, 受理窗口, 受理人, 受理工作组, 受理环节) or a paper the act issues (受理通知书), or where the act
// is denied (不予受理, 不能当即受理), it names no event: "审核环节,受理部门会在两日内完成初审" counted from "受理部门会在", "由局
// “12345”受理工作组在…次日发出《催办通知书》" from "由局“12345”受理工作组在…", "(三)对不能当即受理的…事项,…办理处收件登记后,
// 应…当即(当日)办理移交" from "不能当即受理的…", and 行政许可法 第三十二条 (四) from the 《不予受理通知书》 of the item before it.
// 收件 is a window's receiving the papers, as 收到 is; 收件人 is whom a mail goes to. Real: audit-texts guides20 (51dongshi 护照
// 办理, fsou 12345 限时办结, fymate 窗口 办法, theaterofawesome 行政许可 题, fsou 173612 收件后5日内), a receipt template
// (find_string: 自收件之日起三个工作日内办结).
const eventsOf = (body: string) =>
  recordsOf({ body, issued: '' }).filter((r) => r.kind === 'sla').map((r) => [r.expression, r.within!.after ?? r.within!.before]);

describe('受理 naming an office, a paper or a denial starts no count', () => {
  it.each([
    ['受理部门应在2个工作日内完成初审。', [['2个工作日内', '受理']]],
    ['审查环节,受理人应当在5个工作日内提出审查意见。', [['5个工作日内', '受理']]],
    ['对不能当场受理的申请,窗口工作人员应在3个工作日内作出是否受理的决定。', [['3个工作日内', '受理']]],
    ['(三)对不能当即受理的事项,办理处收件登记后,应于当日办理移交。', [['当日', '办理处收件登记']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  // The act of taking in, however written, is the event as before; 收件人 receives a mail and is no event.
  it.each([
    ['行政机关应当自受理申请之日起20日内作出决定。', [['20日内', '受理申请']]],
    ['窗口受理后,应在3个工作日内转交承办科室。', [['3个工作日内', '窗口受理']]],
    ['受理人员应当在受理后2个工作日内完成审查。', [['2个工作日内', '受理']]],
    ['对当场受理的申请,应在5个工作日内办结。', [['5个工作日内', '当场受理的申请']]],
    ['承办单位收到交办件后,受理窗口应在1个工作日内登记。', [['1个工作日内', '承办单位收到交办件']]],
    ['窗口应在收件后5日内出具受理通知书。', [['5日内', '收件']]],
    ['收件人应在收到通知后3日内回复。', [['3日内', '收到通知']]],
    ['承办单位应自收件之日起3个工作日内办结。', [['3个工作日内', '收件']]],
  ])('%s: read as before', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });
});
