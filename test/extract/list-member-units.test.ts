import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co, task] in text order. */
function read(body: string): Array<[string[], string[], string]> {
  return recordsOf({ body }, 'list-member-units.txt').map((o) => [o.lead, o.co, o.task]);
}

type Case = [string, Array<[string[], string[], string]>];

// 师宗 2022 (audit-texts units7/03): "由县发展和改革局牵头,县委党校、…配合,在9月底前完成…供地工作;由县工业园区管委会牵头,县自然资源局、
// 漾月街道配合,在12月底前完成…": each member of the ";" list names its own division and time. Each time's helpers are those of its own
// member, and its task ends where the next member's division opens.
describe('a ";" member opening with its own division keeps its helpers and its task to itself', () => {
  it.each([
    [
      '会议要求,由县发改局牵头,县财政局配合,在9月底前完成甲项工作;由县住建局牵头,县民政局配合,在12月底前完成乙项工作。',
      [
        [['县发改局'], ['县财政局'], '完成甲项工作'],
        [['县住建局'], ['县民政局'], '完成乙项工作'],
      ],
    ],
    [
      '县发改局牵头,县财政局配合,在9月底前完成甲项工作;县住建局牵头,县民政局配合,在12月底前完成乙项工作。',
      [
        [['县发改局'], ['县财政局'], '完成甲项工作'],
        [['县住建局'], ['县民政局'], '完成乙项工作'],
      ],
    ],
    [
      '由县发改局负责,在9月底前完成甲项工作;由县住建局负责,在12月底前完成乙项工作。',
      [
        [['县发改局'], [], '完成甲项工作'],
        [['县住建局'], [], '完成乙项工作'],
      ],
    ],
    [
      '由县发改局牵头,县财政局配合,在9月底前完成甲项工作;由县住建局牵头,在12月底前完成乙项工作。',
      [
        [['县发改局'], ['县财政局'], '完成甲项工作'],
        [['县住建局'], [], '完成乙项工作'],
      ],
    ],
    // A member naming its own subject, no division: the helpers of the member before are not its.
    [
      '县发改局牵头,县财政局配合,在9月底前完成甲项工作;县住建局在12月底前完成乙项工作。',
      [
        [['县发改局'], ['县财政局'], '完成甲项工作'],
        [['县住建局'], [], '完成乙项工作'],
      ],
    ],
    // Negatives: the division in a member before the times is theirs (the lead carried, its helpers with it); a division after
    // the time with no time of its own charges back; sentences parted by 。 were read so already.
    [
      '由县发改局牵头,县财政局配合;6月底前完成方案制定,12月底前完成实施。',
      [
        [['县发改局'], ['县财政局'], '完成方案制定'],
        [['县发改局'], ['县财政局'], '完成实施'],
      ],
    ],
    ['1.完成危房排查工作,2019年6月底前完成;县住建局牵头,县财政局配合。', [[['县住建局'], ['县财政局'], '完成;县住建局牵头,县财政局配合']]],
    [
      '由县发改局牵头,县财政局配合,在9月底前完成甲项工作。由县住建局牵头,县民政局配合,在12月底前完成乙项工作。',
      [
        [['县发改局'], ['县财政局'], '完成甲项工作'],
        [['县住建局'], ['县民政局'], '完成乙项工作'],
      ],
    ],
  ] as Case[])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});

// 重庆 2023 粮食举报奖励 (audit-texts rules3/15): "…由查处举报案件的粮食行政管理部门启动奖励程序,并在作出奖励决定之日起10个工作日内…告知
// 举报人": the agent 由 names at the head of a clause acts in the clauses after it, as a subject named there does (and as it does in the
// sentences after it, actorOpening); those it joins (会同) or organises help.
describe('the agent 由 opens a clause with acts in the later clauses of its sentence', () => {
  it.each([
    ['1.由县住建局会同县财政局制定方案,于2019年6月底前完成。', [[['县住建局'], ['县财政局'], '完成']]],
    ['1.由县住建局组织开展危房排查,并于2019年6月底前报送结果。', [[['县住建局'], [], '报送结果']]],
    ['1.由县住建局组织各乡镇开展排查,2019年6月底前完成。', [[['县住建局'], ['各乡镇'], '完成']]],
    ['由县住建局制定方案,于2019年6月底前完成。', [[['县住建局'], [], '完成']]],
    // Negatives: 由于 and 由此 name no agent; a later clause's own subject acts; a matter passing through no unit names none.
    ['1.由于资金紧张,各乡镇于2019年6月底前完成排查。', [[['各乡镇'], [], '完成排查']]],
    ['1.由此,各乡镇要于2019年6月底前完成排查。', [[['各乡镇'], [], '完成排查']]],
    ['1.由县住建局向县政府报送方案,县政府于2019年6月底前批复。', [[['县政府'], [], '批复']]],
    ['1.由上级下达计划后,各乡镇于2019年6月底前完成。', [[['各乡镇'], [], '完成']]],
    ['(一)由县住建局统一组织,各乡镇于2019年6月底前完成排查。', [[['各乡镇'], ['县住建局'], '完成排查']]],
  ] as Case[])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});

// 浙江 2017 无欠薪 (sample gazette 002): "由各设区市选择若干县(市、区)进行试点,2018年全面推开": choosing some of a kind (选择, 若干) is an
// act, never inside a unit's name, whether 由 or a modal comes before it.
describe('选择 and 若干 end a name', () => {
  it.each([
    '由各设区市选择若干县(市、区)进行试点,2018年6月底前完成试点。',
    '各设区市选择若干县(市、区)于2018年6月底前完成试点。',
    '各设区市要选择若干县(市、区)于2018年6月底前完成试点。',
  ])('%s', (body) => {
    for (const [lead, co] of read(body)) for (const name of [...lead, ...co]) expect(name).not.toMatch(/选择|若干/);
  });
  it('the unit before the act still leads', () => {
    expect(read('各设区市要选择若干县(市、区)于2018年6月底前完成试点。')).toEqual([[['各设区市'], [], '完成试点']]);
  });
});
