import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'first-listed-remarks.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// The remark closing a unit list that its first-listed unit leads restates the convention, said in more ways than
// 列第一位者为牵头单位: "第一为牵头单位,下同" (东阳 2025 若干政策), "列在首位的为牵头单位,其他为主要参加单位" (广东 2019
// 大湾区三年行动计划). The list was refused whole (no units) where the remark was none of the forms read.
describe('a remark that the first-listed unit leads', () => {
  const T = '(一)加强危房排查,2019年9月底前完成。';
  it.each([
    [`${T}(责任单位:市科技局、市经信局,第一为牵头单位,下同)`, [[['市科技局'], ['市经信局']]]],
    [`${T}(责任单位:市科技局、市经信局,列在首位的为牵头单位,其他为主要参加单位)`, [[['市科技局'], ['市经信局']]]],
    [`${T}(责任单位:市科技局、市经信局,列首位的为牵头单位)`, [[['市科技局'], ['市经信局']]]],
    [`${T}(责任单位:市科技局、市经信局,第一个为牵头单位)`, [[['市科技局'], ['市经信局']]]],
    [`${T}(责任单位:市科技局、市经信局,列第一位者为牵头单位)`, [[['市科技局'], ['市经信局']]]],
    // Without a remark, the same reading; a unit marked 牵头 still leads wherever it stands.
    [`${T}(责任单位:市科技局、市经信局)`, [[['市科技局'], ['市经信局']]]],
    [`${T}(责任单位:市科技局、市经信局(牵头),第一为牵头单位,下同)`, [[['市经信局'], ['市科技局']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
