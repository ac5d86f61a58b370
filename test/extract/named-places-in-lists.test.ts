import { describe, expect, it } from 'vitest';
import { parseUnitList, splitUnits } from '../../src/extract/units.ts';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'named-places.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// A county, a district or a city named by its own name (西秀区, 普定县, 镇宁自治县) in a list of units stands for its
// government, as 各县区 stands for every one: 安顺 2019 十件实事 "(责任单位:市移民局,西秀区、普定县、镇宁自治县、关岭自治县、
// 紫云自治县)", "(责任单位:市教育局,西秀区、平坝区、普定县、镇宁自治县、关岭自治县、紫云自治县、安顺经开区)" (audit-texts
// units6/08) named no unit at all, 市移民局 and 市教育局 lost with the places. The list must show it is one of units: a label,
// a marker or another unit of it. The place stands alone in a list, where a part that is no unit shares the next one's head
// (建设、财政等部门): "西秀区、平坝区人民政府" is 西秀区 and 平坝区人民政府. An area named by what it is (主城区, 中心城区,
// 智慧城市) is no such place.
describe('counties and cities named by their names in a list of units', () => {
  it.each([
    ['1.2019年6月底前完成易地扶贫搬迁。(责任单位:市移民局,西秀区、普定县、镇宁自治县、关岭自治县、紫云自治县)', [[['市移民局'], ['西秀区', '普定县', '镇宁自治县', '关岭自治县', '紫云自治县']]]],
    ['1.2019年6月底前新建幼儿园8所。(责任单位:市教育局,西秀区、平坝区、普定县、安顺经开区)', [[['市教育局'], ['西秀区', '平坝区', '普定县', '安顺经开区']]]],
    ['1.2019年6月底前完成危房排查。(责任单位:西秀区、平坝区、普定县)', [[['西秀区'], ['平坝区', '普定县']]]],
    ['1.2019年6月底前完成危房排查。(西秀区牵头,平坝区配合)', [[['西秀区'], ['平坝区']]]],
    ['1.2019年6月底前完成危房排查。\n责任单位:西秀区、平坝区', [[['西秀区'], ['平坝区']]]],
    ['| 序号 | 任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 完成危房排查 | 西秀区、平坝区 | 2019年6月底前 |', [[['西秀区'], ['平坝区']]]],
    // Negatives: places in brackets that show no list of units, an area named by what it is.
    ['1.2019年6月底前完成危房排查。(西秀区、平坝区)', [[[], []]]],
    ['1.2019年6月底前完成危房排查。(责任单位:市城管局,主城区)', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));

  it.each([
    ['西秀区、平坝区人民政府', ['西秀区', '平坝区人民政府']],
    ['东城区、西城区人民政府', ['东城区', '西城区人民政府']],
    ['主城区、新城区', ['主城区、新城区']],
    ['建设、财政等部门', ['建设、财政等部门']],
  ] as Array<[string, string[]]>)('split %s', (text, names) => expect(splitUnits(text)).toEqual(names));

  it.each([['中心城区、市城管局'], ['智慧城市、市发改委']])('no list: %s', (text) => expect(parseUnitList(text)).toBeNull());
});
