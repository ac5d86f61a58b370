import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'lead-word-markers.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// 主办 and 主责 after names in a division mark the unit in charge as 牵头 does ("(省财政厅主办,省国税局、地税局协办)", 黑龙江
// 2013 责任分工; audit-texts units8/01); the words of a label (主办单位) are the words of a marker, as 牵头单位 and 牵头 are.
describe('主办 and 主责 mark the lead of a division', () => {
  it.each([
    ['(二)公共财政收入增长13%左右,2019年底前完成。(县财政局主办,县国税局、县地税局协办)', [[['县财政局'], ['县国税局', '县地税局']]]],
    ['1.2019年6月底前完成危房排查(县住建局主办,县财政局协办)。', [[['县住建局'], ['县财政局']]]],
    ['1.2019年6月底前完成危房排查(县住建局主办,县财政局、各乡镇协办)。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.2019年6月底前完成危房排查(县住建局主办、县财政局协办)。', [[['县住建局'], ['县财政局']]]],
    ['1.2019年6月底前完成危房排查(县住建局、县财政局主办)。', [[['县住建局', '县财政局'], []]]],
    ['1.2019年6月底前完成危房排查(县住建局主办)。', [[['县住建局'], []]]],
    ['1.2019年6月底前完成危房排查(县住建局主责,县财政局配合)。', [[['县住建局'], ['县财政局']]]],
    ['1.2019年6月底前完成危房排查(县住建局主办负责,县财政局协办)。', [[['县住建局'], ['县财政局']]]],
    // Helpers listed after a lead marked otherwise, and lists with no lead word, read as before.
    ['1.2019年6月底前完成危房排查(县住建局牵头,县财政局协办)。', [[['县住建局'], ['县财政局']]]],
    ['1.2019年6月底前完成危房排查(县住建局承办)。', [[['县住建局'], []]]],
    ['1.县住建局要于2019年6月底前举办一期培训班(县财政局协办)。', [[['县住建局'], ['县财政局']]]],
    // Not a division: 主办 inside a remark, or naming a host by its kind.
    ['1.2019年6月底前举办一期培训班(县住建局主办的除外)。', [[[], []]]],
    ['1.县住建局要于2019年6月底前举办一期培训班(主办方自行承担费用)。', [[['县住建局'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
