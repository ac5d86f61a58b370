import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A plan gives itself a time to do what follows: "用3年时间集中攻坚,实现农村人居环境整体改善" (龙里 2018), "计划通过3年时间
// 的努力,全面整治村庄…" (三门 2017), "利用三年时间,确保生态环境一年有新突破" (a county's 三年推进方案), "计划用3年时间对
// 2435条背街小巷实施整治提升" (北京 2017), "将用三年时间提升旅游国际化水平" (海南 2018), "用2年时间基本解决旅游厕所少问题"
// (文旅部 2019): its horizon, a target counted from the document's date as "力争用3年时间" already was, with no 力争 said.
// Told as done, the same words date nothing: "仅用3年时间就…", "成功地用三年时间实现了…", "用三年时间重构了…"
// (audit-texts times5/05). Half a year and half a month are periods as any count is: "自本办法施行之日起半年内完成较高风险以上
// 存量客户的尽职调查" (客户尽职调查办法 第五十一条), "需要在半个月内完成兼容".
const records = (body: string, issued = '2019 年 3 月 20 日') =>
  recordsOf({ body, title: '某县人民政府关于印发某县农村人居环境整治三年行动方案的通知', number: '某政办发〔2019〕8号', issued });

describe('a plan’s horizon given as its means', () => {
  it.each([
    ['一、用3年时间集中攻坚,实现农村人居环境整体改善。', '用3年时间', '2022-03-20'],
    ['二、计划通过3年时间的努力,全面整治村庄、农田、鱼塘等周边环境。', '通过3年时间的努力', '2022-03-20'],
    ['三、利用三年时间,确保生态环境一年有新突破、两年上台阶、三年结硕果。', '利用三年时间', '2022-03-20'],
    ['四、县卫健局计划用2年时间,切实解决老人眼病问题。', '用2年时间', '2021-03-20'],
    ['五、用两年左右时间,基本完成棚户区改造任务。', '用两年左右时间', '2021-03-20'],
    ['六、力争用3年时间建成覆盖全县的农业信贷担保体系。', '力争用3年时间', '2022-03-20'],
  ])('%s', (body, expression, due) => {
    expect(records(body).map((r) => [r.expression, r.kind, r.due, r.target])).toEqual([[expression, 'relative', due, true]]);
  });

  it.each([
    ['一、该县仅用3年时间就完成了棚户区改造。'],
    ['二、我县成功地用三年时间实现了脱贫摘帽。'],
    ['三、县住建局用三年时间完成了老旧小区改造。'],
    ['四、经过3年时间,全县农村面貌明显改善。'],
    // A period with no means word and no duty: a length, no horizon.
    ['五、项目建设周期为3年时间。'],
  ])('%s: told as done, or no horizon', (body) => {
    expect(records(body)).toEqual([]);
  });
});

describe('half a year and half a month as periods', () => {
  it.each([
    ['一、县财政局要在半年内完成清理工作。', '半年内', 'relative', '2019-09-20', null],
    ['二、各乡镇要在半个月内完成整改。', '半个月内', 'relative', '2019-04-04', null],
    ['三、企业应当自取得许可证之日起半年内办理登记。', '半年内', 'sla', null, 180],
    ['四、县住建局应当在收到申请之日起半个月内作出答复。', '半个月内', 'sla', null, 15],
  ])('%s', (body, expression, kind, due, days) => {
    expect(records(body).map((r) => [r.expression, r.kind, r.due, r.within?.days ?? null])).toEqual([[expression, kind, due, days]]);
  });

  it.each([
    // 上半年, 下半年: halves of the calendar year, dated as such; 每半年: a frequency.
    ['一、各乡镇于上半年内完成整改。', [['于上半年内', '2019-06-30']]],
    ['二、各乡镇要在下半年内完成验收。', [['在下半年内', '2019-12-31']]],
    ['三、各乡镇每半年报送一次工作进展。', [['每半年', null]]],
    // A description and a condition, no duty.
    ['四、对近半年内未发生安全事故的企业予以表扬。', []],
    ['五、自暂停之日起半年内未能消除原因的,终止资格。', []],
  ])('%s', (body, expected) => {
    expect(records(body).map((r) => [r.expression, r.due])).toEqual(expected);
  });
});
