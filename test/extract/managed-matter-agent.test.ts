import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'managed-matter.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// A matter managed or handled by a unit ("…管理由A负责", "…处理由A负责") names that unit the actor of the sentences after
// it, as any matter fronted before 由 does (会议纪要由市政府办公室负责起草): the 理 of 管理 and 处理 closes the matter, where
// it read as the word 理由. Real: 珠海 "市政设施管理由市、区相关市政单位负责,行政审批由市相关部门负责", a city's rule quoted
// "城市公共绿地的养护管理由市和区县城市绿化行政主管部门负责", 香港申訴專員 "屋邨的日常管理由房屋署或其聘任的外判服務承辦商
// 負責", 上交所 "订阅的配置和管理由市场参与者机构负责", and "业务错误处理由调用方实现", "同步标签…的处理由脚本决定"
// (find_string, audit-texts units6). After 办 it is the word: 补办理由, 催办理由, 转办理由, 停办理由.
describe('a matter managed or handled by a unit, the actor of the sentences after it', () => {
  it.each([
    ['1.校舍安全管理由县教育局负责。2019年底前完成校舍排查。', [[['县教育局'], []]]],
    ['1.市政设施管理由市城管局负责。每月开展一次巡查。', [[['市城管局'], []]]],
    ['1.投诉处理由县市场监管局负责。2019年底前完成投诉平台建设。', [[['县市场监管局'], []]]],
    ['1.日常管理由县住建局负责,2019年底前完成制度修订。', [[['县住建局'], []]]],
    // Negatives: 理由 after 办, 处理 before 由于, 由 opening a relative clause.
    ['1.申请补办理由须写明。2019年底前完成补办。', [[[], []]]],
    ['1.处理由于历史原因形成的遗留问题。2019年底前完成。', [[[], []]]],
    ['1.此项工作的管理由县住建局负责的工作专班承担。2019年底前完成。', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
