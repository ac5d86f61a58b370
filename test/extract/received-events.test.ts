import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// 接报, 接警 and 接诉 followed by 后 are receiving a report, an alarm or a complaint, as 接到 is: the period after them
// counts from that event ("安全管理部门须在接报后10分钟内向应急指挥部报告", "120急救中心应在接警后2分钟内…;在接警后8分钟内派出
// 车辆", "道路积水类诉求处置流程:1.接诉后30分钟内到达现场"). With no event known, a dated notice counted the period from
// its own day (relative). Real: audit-texts rules3/06 (find_string: 生产安全事故报告 summaries, an enterprise plan, 通州区水务局's
// 处置流程, a procurement clause), rules3/07 (jnav: 出警时限).
const read = (body: string) =>
  recordsOf({ body, issued: '2018 年 3 月 20 日' }).map((r) => [
    r.expression,
    r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}` : `${r.kind}:${r.due}`,
  ]);

describe('receiving a report, an alarm or a complaint starts a count', () => {
  it.each([
    ['接报后,值班人员应当在10分钟内向带班领导报告。', [['10分钟内', 'sla:0']]],
    ['接报后,县应急局应在1小时内赶赴现场。', [['1小时内', 'sla:1']]],
    ['单位负责人接报后1小时内向县应急管理局报告。', [['1小时内', 'sla:1']]],
    ['县应急管理局应在接报后2小时内报告市应急管理局。', [['2小时内', 'sla:1']]],
    ['120急救中心应在接警后2分钟内向患者发出到达时间及处置意见。', [['2分钟内', 'sla:0']]],
    ['接警后,消防救援站应在5分钟内出动。', [['5分钟内', 'sla:0']]],
    ['接诉后30分钟内到达现场。', [['30分钟内', 'sla:0']]],
    ['县水务局接报之后2个工作日内安排人员上门维修。', [['2个工作日内', 'sla:2w']]],
  ])('%s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    // 接报 naming what is received (接报数据), and 接 starting another word (对接, 连接), are no event: the notice's day.
    ['各乡镇要对接报数据在10日内汇总上报。', [['10日内', 'relative:2018-03-30']]],
    ['各乡镇要在10日内完成管网连接,县住建局负责验收。', [['10日内', 'relative:2018-03-30']]],
  ])('%s: no such event', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});
