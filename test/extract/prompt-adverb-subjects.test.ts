import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

function leadAndCo(body: string): Array<[string[], string[]]> {
  return recordsOf({ body, title: '某县人民政府办公室关于印发生产安全事故应急预案的通知' }, 'prompt-adverbs.txt').map((o) => [
    o.lead,
    o.co,
  ]);
}

/**
 * An adverb of promptness (立即, 迅速, 第一时间) right after a unit's name opens its predicate as 及时 does, with no modal
 * before it: "施工单位立即开展现场救援处置,并于1小时内…" charges 施工单位. No unit's name begins with one, so a name
 * holding 第一 (市第一人民医院) goes on, and a unit only reported to is still no subject.
 */
describe('a subject before 立即, 迅速 or 第一时间', () => {
  it.each([
    ['施工单位立即开展现场救援处置,1小时内报告县应急管理局。', [[['施工单位'], []]]],
    ['施工单位立即开展现场救援处置,并于1小时内报告县应急管理局。', [[['施工单位'], []]]],
    ['事发单位迅速组织人员撤离,并在2小时内报告县政府。', [[['事发单位'], []]]],
    ['县应急管理局第一时间赶赴现场,并于30分钟内向县政府报告。', [[['县应急管理局'], []]]],
    ['事发地乡镇人民政府立即核实情况,2小时内报告县政府。', [[['事发地乡镇人民政府'], []]]],
    ['县卫生健康局、县疾控中心立即组织救治,并在2小时内报告县政府。', [[['县卫生健康局', '县疾控中心'], []]]],
    // With a modal before the adverb, as before.
    ['施工单位应立即开展现场救援处置,并于1小时内报告县应急管理局。', [[['施工单位'], []]]],
    ['事发单位要迅速组织人员撤离,并在2小时内报告县政府。', [[['事发单位'], []]]],
    // A name holding 第一 is no adverb: it goes on to its head.
    ['市第一人民医院立即组织救治,并在2小时内报告市卫生健康委。', [[['市第一人民医院'], []]]],
    // No unit before the adverb: the one reported to is not a subject.
    ['事故发生后,立即启动应急响应,并在1小时内报告县政府。', [[[], []]]],
    ['接到报告后,迅速核实情况,2小时内向县应急管理局报告。', [[[], []]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => {
    expect(leadAndCo(body)).toEqual(expected);
  });
});
