import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/extract/normalise.ts';
import { type RecogniseContext, recognise } from '../../src/extract/recognise.ts';

// Rules and notices of rights carry no date of their own; dated, a kept period would be read from the notice.
const undated: RecogniseContext = { year: 2018, docDate: null };
const dated: RecogniseContext = { year: 2018, docDate: '2018-03-20' };

function read(sentence: string, context: RecogniseContext) {
  const n = normalise(sentence);
  return recognise(n.text, context, true).map((m) => ({ text: n.text.slice(m.start, m.end), ...m.value }));
}

describe('a term a modal grants a party to contest (不服的,可以…日内申请复议) is a permission, no obligation', () => {
  it.each([
    ['当事人对行政处罚决定不服的,可以自收到处罚决定书之日起60日内向本级人民政府申请行政复议', '60日内'],
    ['当事人对行政处罚决定不服的,可以申请行政复议,也可以在6个月内向人民法院提起行政诉讼', '6个月内'],
    ['信访人对复查意见不服的,可以自收到书面答复之日起30日内向上一级机关请求复核', '30日内'],
    ['公民、法人或者其他组织认为具体行政行为侵犯其合法权益的,可以自知道该具体行政行为之日起六十日内提出行政复议申请', '60日内'],
    ['学生对处分决定不服的,可在收到处分决定书10个工作日内提出书面申诉', '10个工作日内'],
    ['如对初审意见有异议,可于收到本告知书之日起15日内提出书面异议', '15日内'],
    ['有关单位对督查结果有异议的,可在收到通报后3个工作日内提出申诉', '3个工作日内'],
    ['当事人有权在收到通知之日起3日内要求听证', '3日内'],
    ['消费者可以自收到商品之日起七日内退货', '7日内'],
    ['被不起诉人如不服本决定,可以自收到本决定书后七日内向本院申诉', '7日内'],
    ['经批准可延长1个月办结', '1个月'],
  ])('%s: %s', (sentence, text) => {
    for (const context of [undated, dated]) {
      const match = read(sentence, context).find((f) => f.text.endsWith(text) || f.text.includes(text));
      expect(match).toMatchObject({ kind: 'none', reason: 'permission' });
    }
  });

  it.each([
    // No grant: the unit is bound.
    ['收到复核请求的机关应当自收到复核请求之日起30日内提出复核意见', '30日内', 30],
    // 许可, 认可: no modal.
    ['行政许可机关自受理申请之日起20日内作出决定', '20日内', 20],
    ['经认可的检测机构应在10日内报送检测报告', '10日内', 10],
    // A duty word after the grant binds the period again.
    ['申请人可以口头申请,也可以书面申请,行政机关应当在5个工作日内作出答复', '5个工作日内', 5],
    ['行政机关可以先行告知,并应当在3日内书面告知申请人', '3日内', 3],
    ['被许可人可以委托代理人办理,并须在有效期届满前30日提出申请', '30日', 30],
    // A cap binds, though it may read like a grant's limit.
    ['审批事项办理时限不得超过15个工作日', '15个工作日', 15],
    // An office's own step, granted in its own rules, with nothing contested: the step is set.
    ['办信处、来访接待室可在收到相关材料之日起3日内移交督查处', '3日内', 3],
    ['窗口工作人员可于受理后2个工作日内将材料转交承办科室', '2个工作日内', 2],
    // The grant is another clause's; the period's clause binds its own subject.
    ['申请人可以向行政机关申请复核,行政机关应当自收到复核申请之日起15日内作出复核决定', '15日内', 15],
  ])('%s keeps %s', (sentence, text, days) => {
    const match = read(sentence, undated).find((f) => f.text.includes(text));
    expect(match).toMatchObject({ kind: 'sla', days });
  });
});
