import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A limit on a matter's handling that names no event ("承诺办结时限:5个工作日", "办理时限一般为15个工作日", "办理时间不得超过四十五
// 日") runs from the matter's acceptance: the event text was the words before the limit, which are the field's name (承诺, 法定,
// 承诺办结), a heading ("三、法律审查环节本环节的办理"), a page's header, or the case the limit is for ("行政许可采取统一办理或者
// 联合办理、集中办理的,办理时间"). Real: 行政许可法 第四十二条 as copied by five sites (audit-texts classes/13, 07-xuke-cuoac
// in traditional script; lawrefbook, ssxww, 06-xuke-iask), whose first paragraph counts the limit 自受理行政许可申请之日起; 贵州
// 办事 guides (rules3/08, 09: 承诺时限15个工作日), 商品房预售许可 (rules3/11: 法定时限:10个工作日;承诺时限:8个工作日),
// find_string service pages (rules3/12: a 市自然资源局 承诺时限:10个工作日, 法定办结时限:30个工作日;承诺办结时限:20个工作日, 办理
// 时限一般为15个工作日, 承诺时限:3个工作日), 银监会 信息公开 rules (rules2/fsou: 本环节的办理时限为3个工作日). Rules of 限时办结
// count such limits 从收到相关文件、材料或指令的次日起 (events15/01). A step's own limit in brackets ("4.审核(时限:9个工作日)",
// 尖山 2022 临时救助, 太原 2011 "送办公厅相关处室提出审核意见(1个工作日)") runs from the step, its name kept without the bracket.
const eventsOf = (body: string) =>
  recordsOf({ body }).filter((r) => r.kind === 'sla').map((r) => [r.expression, r.within!.after ?? r.within!.before]);

describe('a limit on handling that names no event runs from acceptance', () => {
  it.each([
    ['行政许可采取统一办理或者联合办理、集中办理的,办理时间不得超过四十五日。', [['不得超过四十五日', '受理']]],
    ['依照本法第二十六条的规定,行政许可采取统一办理或者联合办理、集中办理的,办理的时间不得超过四十五日。', [['不得超过四十五日', '受理']]],
    ['辦理時間不得超過四十五日。', [['不得超過四十五日', '受理']]],
    // The law's limit beside the promise caps it (statutory-caps.test.ts): the promise is the record.
    ['法定办结时限:20个工作日;承诺办结时限:10个工作日。', [['时限:10个工作日', '受理']]],
    ['本事项为原件预审事项,最多到现场2次即可办结,承诺时限15个工作日。', [['时限15个工作日', '受理']]],
    ['办理时限一般为15个工作日。', [['时限一般为15个工作日', '受理']]],
    ['三、法律审查环节\n本环节的办理时限为3个工作日。', [['时限为3个工作日', '受理']]],
    ['审批期限:20日。', [['期限:20日', '受理']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  it.each([
    // A step's limit in brackets runs from the step.
    ['4.审核(时限:9个工作日)乡镇人民政府(街道办事处)入户调查。', [['时限:9个工作日', '审核']]],
    ['5.审批(时限:5个工作日)县(市、区)民政部门审批', [['时限:5个工作日', '审批']]],
    // An event named keeps its words.
    ['申请人提交设立登记申请后,办理时限一般为5个工作日。', [['时限一般为5个工作日', '申请人提交设立登记申请']]],
    ['办理时限为材料报齐后7个工作日。', [['7个工作日', '材料报齐']]],
    ['收到申请之日起,办理时间不得超过20个工作日。', [['不得超过20个工作日', '收到申请']]],
    // A cap on handling a matter named, not a handling time, runs from the matter's acceptance as a rule's period naming
    // no event does (event-none-named.test.ts).
    ['办理信访事项不得超过60日。', [['不得超过60日', '受理']]],
    // A window, a meeting's length: no limit on handling.
    ['公示期限:5个工作日。', []],
    ['会议时间不得超过2小时。', []],
  ])('%s: read as before', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });
});
