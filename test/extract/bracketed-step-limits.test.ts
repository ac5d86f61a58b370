import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';

// A procedure gives each step its length in brackets right after the step's name: "3.受理(2个工作日)", "4.审核(3个工作日)",
// "5.审批(3个工作日)", "6.办结(2个工作日)", "2.网上预审(2个工作日,不包含在审批时限内)" (深圳 光明 guide, audit-texts
// guides19/04), "2、受理(4个工作日):", "3、初审(5个工作日):", "4、终审(11个工作日):", "5、联审、备案(10个工作日):" (西安
// 公共租赁住房, guides19/28), "街道初审（5个工作日）→ 区县人社部门审核（10个工作日）" (人社 补贴 FAQ, find_string), "1. 材料初审
// （5个工作日）2. 专家评审（15个工作日）3. 政府审批（10个工作日）" (张江 policy, find_string), "1. 街道初审（5个工作日）2. 区级复审
// （10个工作日）" (杭州 住房保障, find_string). Only a step whose name is an event verb (受理, 审核) was recorded; the rest were
// passed over for want of a duty word. Each is an sla from the step's start, its name the event, as "4.审核(时限:9个工作日)"
// already was. A notice's window (公示(7个工作日)), an activity's length in days (集中培训(3天)), the same length again in
// brackets (大于96小时(4天)) and a bracket that goes on to other words are none.
const steps = (body: string) =>
  extractText(['某某事项办事指南', '', body].join('\n'), 'guide.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((r) => [
    r.expression,
    r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}:${r.within!.after}` : `${r.kind}:${r.due}`,
  ]);

describe("a procedure step's length in brackets after its name", () => {
  it.each([
    ['5.审批(3个工作日)\n审批人员在完成全部审核环节后做出批准或不予批准的决定。', [['3个工作日', 'sla:3w:审批']]],
    ['6.办结(2个工作日)', [['2个工作日', 'sla:2w:办结']]],
    ['2.网上预审(2个工作日,不包含在审批时限内),实施机关对申请材料进行审查。', [['2个工作日', 'sla:2w:网上预审']]],
    ['3、初审(5个工作日):街道办事处或人才中心初审', [['5个工作日', 'sla:5w:初审']]],
    ['5、联审、备案(10个工作日):', [['10个工作日', 'sla:10w:联审、备案']]],
    ['3.受理(2个工作日)', [['2个工作日', 'sla:2w:受理']]],
    [
      '申请流程:向街道人社服务中心提交申请→街道初审（5个工作日）→区县人社部门审核（10个工作日）→公示无异议后拨付。',
      [
        ['5个工作日', 'sla:5w:街道初审'],
        ['10个工作日', 'sla:10w:区县人社部门审核'],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(steps(body)).toEqual(expected);
  });

  it.each([
    ['4.公示(7个工作日)'],
    ['组织集中培训(3天),提升业务能力。'],
    ['响应时间大于96小时(4天)的,不予考核。'],
    ['1、提出申请(5个工作日处理,并出具收件单和受理通知书)'],
  ])('%s: no step limit', (body) => {
    expect(steps(body)).toEqual([]);
  });
});
