import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function tasks(body: string): Array<[string, string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'task-after-subject.txt', CLOCK);
  return obligations.map((o) => [o.task, o.lead]);
}

/**
 * A subject and its duty word standing after the time ("收到申请材料后5个工作日内,县民政局应当作出…", "2019年9月底前,
 * 各县区要完成…") are the record's units, not its task: the task is what the subject must do, as it is where the subject
 * stands before the time ("县民政局应当在收到申请材料后5个工作日内作出决定" gives "作出决定"). Real: "县级以上政府要组织
 * 督导…" and "各设区市政府、中储粮浙江分公司要向省大清查协调小组办公室提交…" (浙江 2019 粮食库存大清查), "具备条件的县(市、
 * 区)应配备50米以上举高车" (corpus).
 */
describe('the task leaves out the subject and duty word after the time', () => {
  it.each([
    ['(一)收到申请材料后5个工作日内,县民政局应当作出是否受理的决定。', [['作出是否受理的决定', ['县民政局']]]],
    ['(一)发生事故后1小时内,事发单位应当向县应急管理局报告。', [['向县应急管理局报告', ['事发单位']]]],
    ['(一)接到通知后3日内,各乡镇要组织人员开展排查。', [['组织人员开展排查', ['各乡镇']]]],
    ['(一)2019年9月底前,市住建局、市财政局要完成危房排查。', [['完成危房排查', ['市住建局', '市财政局']]]],
    // A subject with no duty word is left out too where it is the record's lead (task-subject-and-marks.test.ts).
    ['(一)申请人提交材料之日起10个工作日内,县住建局完成审核。', [['完成审核', ['县住建局']]]],
    // Negatives: a noun phrase after units (自建的…), 要求.
    ['(一)2019年9月底前,各地、各部门自建的评价系统要按标准进行改造。', [['各地、各部门自建的评价系统要按标准进行改造', ['各地']]]],
    ['(一)县民政局应当在收到申请材料后5个工作日内作出决定。', [['作出决定', ['县民政局']]]],
  ] as Array<[string, Array<[string, string[]]>]>)('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});
