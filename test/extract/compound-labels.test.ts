import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'compound-labels.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// 武汉 2021 and 2022 农业农村工作要点 (audit-texts units6/06, units7/07): "(责任处室及单位:种植业管理处,农技中心)", "(责任处室及单位:
// 种植业管理处,发展规划处,…、农技中心)"; 周村 2021 (units-labels/17) names a column "责任科室、单位": a label naming two kinds of
// body, the department's offices and the units under it, joined by 及, 和 or 、 as 延安 2018's "牵头科室(单位)" joins them in brackets.
describe('a label naming two kinds of body is one label', () => {
  it.each([
    ['1.加强危房排查,于2019年6月底前完成。(责任处室及单位:规划处、县住建局)', [[['规划处'], ['县住建局']]]],
    ['1.加强危房排查,于2019年6月底前完成。(责任处室及单位:种植业管理处,农技中心)', [[['种植业管理处'], ['农技中心']]]],
    ['1.加强危房排查,于2019年6月底前完成。(责任部门及单位:县住建局、县财政局)', [[['县住建局'], ['县财政局']]]],
    ['1.加强危房排查,于2019年6月底前完成。(牵头处室和单位:规划处;配合处室和单位:财务处、县住建局)', [[['规划处'], ['财务处', '县住建局']]]],
    ['1.加强危房排查,于2019年6月底前完成。\n责任科室、单位:规划科、县住建局', [[['规划科'], ['县住建局']]]],
    // As before: the bracketed second body, and 及 inside a list of names (县住建局及下属单位: two units).
    ['1.加强危房排查,于2019年6月底前完成。(牵头科室(单位):计划科、基建办)', [[['计划科', '基建办'], []]]],
    ['1.加强危房排查,于2019年6月底前完成。(责任单位:县住建局及下属单位)', [[['县住建局'], ['下属单位']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
