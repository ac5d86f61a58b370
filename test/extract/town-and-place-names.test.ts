import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'town-and-place-names.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// 镇街 and 街镇: a district's towns and street offices together, named as 乡镇 and 街道 are (南沙 "由市公安局南沙区分局负责、
// 各镇街配合", "请各镇街立即启动应急响应", "属地镇街应立即发布公告", 浦东 "各街镇生活保障热线": audit-texts/units5/01).
describe('镇街 and 街镇 name units', () => {
  it.each([
    ['(一)各镇街要于2019年9月底前完成危房排查。', [[['各镇街'], []]]],
    ['(一)各街镇要于2019年9月底前完成垃圾分类入户宣传。', [[['各街镇'], []]]],
    ['(一)属地镇街应于2019年9月底前完成危房排查。', [[['属地镇街'], []]]],
    ['(一)2019年9月底前完成危房排查。(区住建局牵头,各镇街配合)', [[['区住建局'], ['各镇街']]]],
    ['(一)2019年9月底前完成危房排查。(责任单位:区住建局、各镇街)', [[['区住建局'], ['各镇街']]]],
    ['(一)区住建局、各镇街要于2019年9月底前完成危房排查。', [[['区住建局', '各镇街'], []]]],
    // Look-alikes: 街道 after 镇 is the head (各镇街道, 集镇街道); 街区 is a place, no body.
    ['(一)各镇街道要于2019年9月底前完成危房排查。', [[['各镇街道'], []]]],
    ['(一)开展古镇街区整治,2019年9月底前完成。', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// A county or city whose name opens with a word a predicate opens with (将乐县, 于都县, 从化区, 向阳区, 和平县, 都匀市,
// 自贡市) names its bodies as any place does; a predicate word before a determiner or a common noun (将全县, 向县住建局,
// 向社区居委会, 将新区管委会) stays a predicate word before a name or an object.
describe('a place name opening with a function word', () => {
  it.each([
    ['(一)将乐县住建局要于2019年9月底前完成危房排查。', [[['将乐县住建局'], []]]],
    ['(一)于都县人民政府要于2019年9月底前完成危房排查。', [[['于都县人民政府'], []]]],
    ['(一)向阳区住建局要于2019年9月底前完成危房排查。', [[['向阳区住建局'], []]]],
    ['(一)自贡市住建局、都匀市住建局要于2019年9月底前完成危房排查。', [[['自贡市住建局', '都匀市住建局'], []]]],
    ['(一)2019年9月底前完成危房排查。(责任单位:于都县住建局、从化区住建局)', [[['于都县住建局'], ['从化区住建局']]]],
    ['(一)2019年9月底前完成危房排查。(和平县住建局牵头,和平县财政局配合)', [[['和平县住建局'], ['和平县财政局']]]],
    // Negatives.
    ['(一)将全县危房纳入台账,2019年9月底前完成整改。', [[[], []]]],
    ['(一)各乡镇要向县住建局报告,2019年9月底前完成整改。', [[['各乡镇'], []]]],
    ['(一)2019年9月底前向社区居委会报告。', [[[], []]]],
    ['(一)2019年9月底前将新区管委会纳入考核。', [[[], []]]],
    ['(一)2019年9月底前向港区管委会报告。', [[[], []]]],
    ['(一)2019年9月底前向西区教育局报告。', [[[], []]]],
    ['(一)市住建局和东区政府要于2019年9月底前完成危房排查。', [[['市住建局', '东区政府'], []]]],
    ['(一)于本市住建局备案后,2019年9月底前完成整改。', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
