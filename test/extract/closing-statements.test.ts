import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// An unnumbered statement after a run of items that points back at them (以上工作由…, 上述任务由…) and names who does them
// is the spec's statement assigning a section: its units go to the items of its section above it that name none.
const units = (body: string) => recordsOf({ body }, 'closing.txt').map((o) => [o.due, o.lead, o.co]);

describe('a statement after the items it points back at', () => {
  it.each([
    [
      '一、重点任务\n(一)2018年6月底前完成村庄规划编制。\n(二)2018年9月底前完成户厕改造。\n以上工作由省农业农村厅牵头,省住建厅、省财政厅配合。',
      [
        ['2018-06-30', ['省农业农村厅'], ['省住建厅', '省财政厅']],
        ['2018-09-30', ['省农业农村厅'], ['省住建厅', '省财政厅']],
      ],
    ],
    [
      '一、重点任务\n1.2018年6月底前完成村庄规划编制。\n2.2018年9月底前完成户厕改造。\n上述任务由各市、县(市、区)政府负责落实。\n二、验收\n3.2018年10月底前完成验收。',
      [
        ['2018-06-30', ['各市、县(市、区)政府'], []],
        ['2018-09-30', ['各市、县(市、区)政府'], []],
        ['2018-10-31', [], []],
      ],
    ],
    // Each statement speaks for its own section; an item with its own list keeps it.
    [
      '一、村庄规划\n1.2018年6月底前完成村庄规划编制。\n以上工作由省自然资源厅负责。\n二、户厕改造\n2.2018年9月底前完成户厕改造(责任单位:省住建厅)。\n3.2018年10月底前完成验收。\n上述各项任务均由省农业农村厅牵头。',
      [
        ['2018-06-30', ['省自然资源厅'], []],
        ['2018-09-30', ['省住建厅'], []],
        ['2018-10-31', ['省农业农村厅'], []],
      ],
    ],
  ] as Array<[string, Array<[string, string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));

  it.each([
    // 由于 is a cause, not an agent; a statement naming no unit charges no one.
    ['一、重点任务\n1.2018年6月底前完成村庄规划编制。\n以上工作由于时间紧、任务重,须统筹安排。', [['2018-06-30', [], []]]],
    ['一、重点任务\n1.2018年6月底前完成村庄规划编制。\n以上工作由省政府统一部署。', [['2018-06-30', [], []]]],
    // A statement that only says how the work is arranged names no one.
    ['一、重点任务\n1.2018年6月底前完成村庄规划编制。\n以上工作由各地结合实际统筹安排。', [['2018-06-30', [], []]]],
  ] as Array<[string, Array<[string, string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
