import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A service guide gives the time limit of handling a matter as a field ("法定时限:10个工作日;承诺时限:8个工作日", "承诺时限15个
// 工作日", "办理时限一般为15个工作日", "法定办结时限:30个工作日;承诺办结时限:20个工作日"): owed on each application, counted
// from its receipt, as "办结时限为3个工作日" already was in an undated text. The colon and the bare form gave nothing; "一般为"
// gave nothing and left the cap after it ("最长不超过30个工作日") read as the limit; in a dated notice 办结时限为 counted
// from the notice. Real: audit-texts rules3/08, 09 (贵州 办事 guides: 承诺时限15个工作日, 承诺时限10个工作日), 11 (商品房预售许可:
// 法定时限:10个工作日;承诺时限:8个工作日), 12 (find_string: 承诺时限:10个工作日 of a 市自然资源局 page, 办理时限一般为15个工作日,
// 法定办理时限一般为3-5个工作日, 承诺时限:3个工作日). A term a benefit, a contract or a notice runs (补贴期限:3年, 合同期限3年,
// 公示期限:5个工作日) is no such limit; nor is a time that is not handling's (实际时限:10个工作日).
const read = (body: string) =>
  recordsOf({ body, issued: '2018 年 3 月 20 日' }).map((r) => [
    r.expression,
    r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}` : `${r.kind}:${r.due}`,
  ]);

describe('the time limit a service guide gives the handling of a matter', () => {
  it.each([
    // The law's limit beside the promise caps it (statutory-caps.test.ts): the promise is the record.
    ['法定时限:10个工作日;承诺时限:8个工作日。', [['时限:8个工作日', 'sla:8w']]],
    ['承诺办结时限：5个工作日。', [['时限：5个工作日', 'sla:5w']]],
    ['本事项最多到现场2次即可办结,承诺时限15个工作日', [['时限15个工作日', 'sla:15w']]],
    ['办理时限一般为15个工作日。', [['时限一般为15个工作日', 'sla:15w']]],
    ['办理期限一般为15个工作日,最长不超过30个工作日。', [['期限一般为15个工作日', 'sla:15w']]],
    ['办结时限为3个工作日。', [['时限为3个工作日', 'sla:3w']]],
    ['审批期限:20日。', [['期限:20日', 'sla:20']]],
    ['办理时限：受理之日起10个工作日。', [['10个工作日', 'sla:10w']]],
    // A step's limit in brackets after the step (临时救助工作流程, 尖山 2022).
    ['4.审核(时限:9个工作日)乡镇人民政府(街道办事处)通过邻里走访、入户调查。', [['时限:9个工作日', 'sla:9w']]],
    ['5.审批(时限:5个工作日)县(市、区)民政部门审批', [['时限:5个工作日', 'sla:5w']]],
    ['3.受理(时限:1个工作日乡镇人民政府(街道办事处)受理申请', [['时限:1个工作日', 'sla:1w']]],
  ])('%s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    ['补贴期限:3年。', []],
    ['补贴期限3年,期满后不再享受。', []],
    ['合同期限:3年。', []],
    ['见习期限一般为3至6个月,最长不超过12个月。', []],
    ['公示期限:5个工作日。', []],
    ['实际时限:10个工作日。', []],
    ['4.公示(时限:7天)。', []],
    // A term of work set by a notice still counts from it.
    ['整改期限为30日。', [['期限为30日', 'relative:2018-04-19']]],
  ])('%s: no handling limit', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});
