import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A label naming the time of an act ("报名截止时间:8月15日", "年检时间:2018年3月1日至5月31日", "协调时间一般为3至5个工作日")
// gives the record its task; the act is what must be done by then, the time word after it only says the label is a time.
// Real: "报名截止时间" (征兵 notices of 2020 and 义乌 2018, audit-texts pool p262, p264), "义乌市今年征兵工作时间为7月28日至9月30日"
// (p264), "年检时间:2018年3月1日至5月31日" (宜昌 2018, p336), "协调时间一般为3至5个工作日" (太原 2011, corpus s_07),
// "总体审批时限压缩到21个工作日" and "…首次办理申领发票的时间压缩至1个工作日以内" (corpus s_19), "填报截止时间:2023年4月28日"
// (六合 2023, tasks20).
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于2023年重点工作的通知', number: '某政办发〔2023〕3号', issued: '2023 年 3 月 12 日' });
const tasks = (body: string) => records(body).map((r) => [r.expression, r.task]);

describe('the act a time label names is the task, without the time word', () => {
  it.each([
    ['报名截止时间:2023年5月10日。', [['2023年5月10日', '报名']]],
    ['年检时间:2023年3月1日至5月31日。', [['2023年3月1日至5月31日', '年检']]],
    ['材料报送时间:2023年5月20日前。', [['2023年5月20日前', '材料报送']]],
    ['协调时间一般为3至5个工作日。', [['3至5个工作日', '协调']]],
    ['意见反馈截止日期为2023年6月30日。', [['2023年6月30日', '意见反馈']]],
    ['征兵工作时间为7月28日至9月30日。', [['7月28日至9月30日', '征兵工作']]],
    ['申报时限:2023年8月31日前。', [['2023年8月31日前', '申报']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

describe('a label that is only a time word, and a time word inside an act, stay', () => {
  it.each([
    ['截止日期:2023年5月10日。', [['2023年5月10日', '截止日期']]],
    // Finishing or handling names no act: the matter is the item's or the guide's.
    ['完成时限:2023年7月10日。', [['2023年7月10日', '完成时限']]],
    ['各乡镇于6月底前完成报名时间调整。', [['于6月底前', '完成报名时间调整']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});
