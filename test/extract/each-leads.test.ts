import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// "A、B分别牵头": each of the units leads, as every unit of "A、B牵头" does, in a label line, a bracket or a table cell
// (丽水 2023 "责任单位:市人力社保局、市农业农村局分别牵头", its note "除标注“分别牵头”外,列第一位为牵头或汇总单位"). Read as
// one unit's name, the first led and "市农业农村局分别牵头" helped; in a bracket the list named no one.
const units = (body: string) => recordsOf({ body }, 'each-leads.txt').map((o) => [o.lead, o.co]);

describe('units that each lead', () => {
  it.each([
    ['1.2023年底前城乡居民收入增速保持全省领先。\n责任单位:市人力社保局、市农业农村局分别牵头', [[['市人力社保局', '市农业农村局'], []]]],
    ['1.2023年底前城乡居民收入增速保持全省领先。(市人力社保局、市农业农村局分别牵头)', [[['市人力社保局', '市农业农村局'], []]]],
    ['1.2023年底前城乡居民收入增速保持全省领先。(市人力社保局、市农业农村局分别牵头,市财政局配合)', [[['市人力社保局', '市农业农村局'], ['市财政局']]]],
    ['| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 完成城镇新增就业 | 市人力社保局、市发改委分别牵头 | 2023年12月底前 |', [[['市人力社保局', '市发改委'], []]]],
    ['市人力社保局、市农业农村局分别牵头,2023年底前完成。', [[['市人力社保局', '市农业农村局'], []]]],
    // Negatives: without 分别 the first-listed convention holds.
    ['1.2023年底前城乡居民收入增速保持全省领先。\n责任单位:市人力社保局、市农业农村局', [[['市人力社保局'], ['市农业农村局']]]],
    ['1.2023年底前城乡居民收入增速保持全省领先。(市人力社保局、市农业农村局)', [[['市人力社保局'], ['市农业农村局']]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
