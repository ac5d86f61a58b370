import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'carried-out-group.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// A division may close on the units that carry the work out where they are, after the lead and its helpers: "(市生态环境局
// 牵头,市发展和改革局、工业和信息化局、自然资源局参与,各县、区人民政府(管委会)负责落实。…)" (潮州 2019), "(…等参与,县(市、区)
// 政府负责落实。…)" (2020 大气 计划). Said as a sentence after the task, or as the clause closing it, it is the same division:
// the last clause alone named the lead (各市政府), the first unit marked 牵头 was lost.
describe('a division closing on the units that carry the work out', () => {
  it.each([
    ['1.2024年6月底前完成村庄规划编制。由省自然资源厅牵头,省住建厅、省农业农村厅等部门配合,各市政府负责组织实施。', [[['省自然资源厅'], ['省住建厅', '省农业农村厅', '各市政府']]]],
    ['1.2024年6月底前完成危房排查。由省住建厅牵头,各市政府负责落实。', [[['省住建厅'], ['各市政府']]]],
    ['1.2024年10月底前完成河道治理。省水利厅牵头,省生态环境厅配合,各市政府负责组织实施。', [[['省水利厅'], ['省生态环境厅', '各市政府']]]],
    ['1.2024年9月底前完成校舍改造,省教育厅牵头,省财政厅配合,各市政府负责落实。', [[['省教育厅'], ['省财政厅', '各市政府']]]],
    ['1.2024年9月底前完成道路改造。(省交通运输厅、省财政厅牵头,各地区负责落实)', [[['省交通运输厅', '省财政厅'], ['各地区']]]],
    ['1.2024年9月底前完成校舍改造。(省教育厅牵头,省财政厅参与,各市政府负责组织落实)', [[['省教育厅'], ['省财政厅', '各市政府']]]],
    // Negatives: the carrying-out group alone is the one charged; 负责解释 charges no one; a subject of the dated clause wins.
    ['1.2024年9月底前完成校舍改造。各市政府负责组织实施。', [[['各市政府'], []]]],
    ['1.2024年9月底前完成校舍改造,各市政府负责落实。', [[['各市政府'], []]]],
    ['1.2024年9月底前完成校舍改造。本方案由省教育厅负责解释。', [[[], []]]],
    ['1.省教育厅要在2024年9月底前完成校舍改造,各市政府负责落实。', [[['省教育厅'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
