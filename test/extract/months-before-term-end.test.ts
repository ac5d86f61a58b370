import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// Months counted back from a term's end ("有效期届满前3个月", "有效期届满3个月前", "期满前一个月") are thirty days each, as
// months counted from an event are (the spec: N个月内 from an event is an sla of 30×N days); days so counted were read
// ("有效期届满前30日"), months gave no record. Real: 导游管理办法 第15条 "应当在有效期届满前3个月申请换发", 药品注册管理
// 办法 第十二条 "并在有效期届满前六个月申请药品再注册", 建筑资质 "企业应在资质证书有效期届满3个月前,向原资质许可机关提出
// 延续申请", 居民身份证条例实施细则 第十五条 "公民应当在居民身份证有效期满之日的3个月前申报换领新证", 外国人永久居留证
// "应当在证件有效期满前一个月以内申请换发", leases "须在本合同期满前一个月向甲方提出书面申请" (audit-texts times7/15-16).
// "3个月前" with no term's end before it tells a time past; 提前 with months is left as it was.
const records = (body: string) =>
  recordsOf({ body }).map((r) => ({ expression: r.expression, kind: r.kind, within: r.within }));
const before = (expression: string, days: number, event: string) => ({ expression, kind: 'sla', within: { days, workdays: false, before: event } });

describe('months counted back from the end of a term', () => {
  it.each([
    ['持证单位应当在许可证有效期届满前3个月提出延续申请。', before('届满前3个月', 90, '许可证有效期届满')],
    ['持有人应当在药品注册证书有效期届满前六个月申请药品再注册。', before('届满前六个月', 180, '药品注册证书有效期届满')],
    ['企业应在资质证书有效期届满3个月前,向原资质许可机关提出延续申请。', before('3个月前', 90, '资质证书有效期届满')],
    ['公民应当在居民身份证有效期满之日的3个月前申报换领新证。', before('3个月前', 90, '居民身份证有效期满之日')],
    ['持证单位应当在有效期满前一个月提出申请。', before('期满前一个月', 30, '有效期满')],
    ['持证单位应当在到期前两个月提出续期申请。', before('到期前两个月', 60, '到期')],
    ['村民委员会应当在任期届满前两个月完成换届选举准备工作。', before('届满前两个月', 60, '任期届满')],
    ['乙方如要求续租,则必须在租赁期满前一个月内通知甲方。', before('期满前一个月内', 30, '租赁期满')],
    // Days counted back read as before.
    ['持证单位应当于有效期届满前60日向原发证机关提出换证申请。', before('届满前60日', 60, '有效期届满')],
  ])('%s', (body, record) => expect(records(body)).toEqual([record]));

  // A time past, and months with no term's end before them, are no period counted back.
  it.each([['该项目3个月前已完成验收。'], ['各单位应于3个月前完成整改。'], ['乙方须提前1个月告知对方。']])('%s: no record', (body) =>
    expect(records(body)).toEqual([]),
  );
});
