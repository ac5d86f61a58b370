import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';

const HEAD = ['某县财政局关于下达2023年补助资金绩效目标的批复', '', '各镇(街道)、各区直有关单位:', ''];
const SIGNATURE = ['', '某县财政局', '', '2023年3月1日', ''];

function leads(body: string): string[][] {
  return extractText([...HEAD, body, ...SIGNATURE].join('\n'), 'second-person.txt').obligations.map((o) => o.lead);
}

/**
 * A reply or a notice speaks to the units it is addressed to as 你单位, 你局, 你市: those units act, as the addressees of a
 * request do. A unit named in the sentence is its own subject; 你 inside a name or a word is no address.
 */
describe('the addressees spoken to as 你单位', () => {
  it.each([
    ['请你单位在绩效目标批复后20个工作日内将绩效目标表予以公开。', [['各镇(街道)', '各区直有关单位']]],
    ['你单位要于2023年6月底前完成项目建设。', [['各镇(街道)', '各区直有关单位']]],
    ['你局应当在2023年9月底前完成自评。', [['各镇(街道)', '各区直有关单位']]],
    // A unit of its own.
    ['县审计局要于2023年6月底前完成审计。', [['县审计局']]],
  ])('%s', (body, expected) => {
    expect(leads(body)).toEqual(expected);
  });
});
