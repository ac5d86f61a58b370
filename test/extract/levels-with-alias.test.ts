import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { splitUnits } from '../../src/extract/units.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2024-05-01'));

function leadAndCo(body: string): [string[], string[]] | undefined {
  const { obligations } = extractText(gazetteDocument({ body }), 'levels-with-alias.txt', CLOCK);
  const first = obligations[0];
  return first ? [first.lead, first.co] : undefined;
}

/**
 * A level written with the levels of its rank that stand in its place in brackets (县(市): a county or a county-level city;
 * 市(州); 县(市、区)) is a level before an enumeration comma as the bare one is: "各县(市)、区卫生局" is the health bureau of
 * every county, city and district, one unit as "各市、县教育局" is, and "各市(州)、县(市、区)人民政府" one as "各市、县(市、区)政府"
 * is (the spec). The name was cut at the comma, its first level a unit of its own and the rest another. Real: 郑州 2010 妇幼
 * 先进 (fsou, audit-texts units20: "各县(市)、区卫生局于2月23日前务必将推荐材料报送至…"), 长沙 水利 ("各县(市)、区(农林)水利
 * (水务)局"), 宁波 环保 ("各县(市)、区环保局(分局)"), 合肥 2024 ("各县(市)、区人民政府"), 四川 2022 开学 ("各市(州)、县(市、
 * 区)和各校要组织力量…"), 四川 财政 税务 ("各市(州)、县(市、区)财政局、地方税务局").
 */
describe('a level with its alias in brackets shares the body after the levels under one 各', () => {
  it.each([
    ['各县(市)、区卫生局于2024年2月23日前务必将推荐材料报送至市卫生局。', [['各县(市)、区卫生局'], []]],
    ['各县(市)、区人民政府要于2024年7月10日前报送总结。', [['各县(市)、区人民政府'], []]],
    ['各县(市)、区环保局(分局)要于2024年7月10日前报送总结。', [['各县(市)、区环保局(分局)'], []]],
    ['各市(州)、县(市、区)人民政府要于2024年7月10日前报送总结。', [['各市(州)、县(市、区)人民政府'], []]],
    ['各市(州)、县(市、区)财政局要于2024年7月10日前报送总结。', [['各市(州)、县(市、区)财政局'], []]],
    ['县(市)、区政府要于2024年7月10日前报送总结。', [['县(市)、区政府'], []]],
    ['2024年6月底前完成排查。(责任单位:各县(市)、区人民政府)', [['各县(市)、区人民政府'], []]],
    ['2024年6月底前完成排查。(责任单位:市卫健委,各市(州)、县(市、区)人民政府)', [['市卫健委'], ['各市(州)、县(市、区)人民政府']]],
    // Negatives: a higher level, or a level's own 直 bodies, after the one under 各 opens a unit of its own, as after a bare level.
    ['各县(市)、市卫生局要于2024年7月10日前报送总结。', [['各县(市)', '市卫生局'], []]],
    ['各县(市、区)、县直各部门要于2024年7月10日前报送总结。', [['各县(市、区)', '县直各部门'], []]],
    ['各县(区)、市直各单位要于2024年7月10日前报送总结。', [['各县(区)', '市直各单位'], []]],
    ['各镇(街道)、县直有关单位要于2024年7月10日前报送总结。', [['各镇(街道)', '县直有关单位'], []]],
  ] as Array<[string, [string[], string[]]]>)('%s', (body, expected) => expect(leadAndCo(body)).toEqual(expected));

  it.each([
    ['各县(市)、区卫生局', ['各县(市)、区卫生局']],
    ['各市(州)、县(市、区)人民政府', ['各市(州)、县(市、区)人民政府']],
    ['省发改委、各市(州)、县(市、区)人民政府', ['省发改委', '各市(州)、县(市、区)人民政府']],
    // A bracket holding no level is no alias of one: the name before the comma is a unit of its own.
    ['市住建局(市人防办)、区财政局', ['市住建局(市人防办)', '区财政局']],
    ['各县(市)、县直各单位', ['各县(市)', '县直各单位']],
  ])('%s', (text, names) => expect(splitUnits(text)).toEqual(names));
});
