import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'noted-units.txt', CLOCK);
  return obligations.map((o) => [o.lead, o.co]);
}

// A note that puts units on every later item and says they are not named again: "以下各项工作均需各县、区人民政府
// (管委会)落实,不再列出" (潮州 2019 蓝天), "(以下任务均需各县(市、区)人民政府和…管委会落实,不再列出)" (泉州 2021),
// "以下任务均需各区市政府、开发区管委落实,不再一一列出" (威海 2023), "具体任务均涉及相关市(州)人民政府,不再做分工,
// 下同" (四川 2022). The spec gives a statement's units to the items in its scope that name none; an item naming its
// own keeps them.
describe('a note naming the units of every later item gives them to the later items that name none', () => {
  it.each([
    [
      '1.2019年6月底前完成清单编制。(市生态环境局牵头,市发展和改革局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。)\n2.2019年9月底前完成整治。(市生态环境局牵头督导,市公安局参与)\n3.2019年12月底前完成淘汰。',
      [[['市生态环境局'], ['市发展和改革局', '各县、区人民政府(管委会)']], [['市生态环境局'], ['市公安局']], [['各县、区人民政府(管委会)'], []]],
    ],
    [
      '(一)2023年底前完成试点。(责任单位:省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。)\n(二)2023年6月底前完成改革。(责任单位:省市场监管局)\n(三)2023年9月底前完成专项检查。',
      [[['省发展改革委', '省市场监管局'], []], [['省市场监管局'], []], [['相关市(州)人民政府'], []]],
    ],
    [
      '1.年底前实现全程网办。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出)\n2.2021年12月底前完成验收。',
      [[['市行政审批服务局'], ['市直有关部门、单位', '各区市政府、开发区管委']], [['各区市政府、开发区管委'], []]],
    ],
    // Items before the note take nothing from it: its scope is what follows ("以下", "下同").
    [
      '1.2019年5月底前完成摸底。\n2.2019年6月底前完成清单编制。(市生态环境局牵头。以下各项工作均需各县区政府落实,不再列出。)\n3.2019年12月底前完成淘汰。',
      [[[], []], [['市生态环境局'], []], [['各县区政府'], []]],
    ],
    // A subject of the item's own sentence is its own unit.
    [
      '1.2019年6月底前完成清单编制。(市生态环境局牵头。以下各项工作均需各县区政府落实,不再列出。)\n2.市交通运输局要于2019年12月底前完成整治。',
      [[['市生态环境局'], []], [['市交通运输局'], []]],
    ],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('a remark in brackets among a list\'s names is none of its names', () => {
  it.each([
    [
      '1.2021年底前完成改造。(责任单位:各县(市、区)人民政府,泉州开发区、泉州台商投资区管委会(以下任务均需各县(市、区)人民政府落实,不再列出),市住建局、城管局)\n2.2021年10月底前完成试点。',
      [[['各县(市、区)人民政府'], ['泉州开发区', '泉州台商投资区管委会', '市住建局', '城管局']], [['各县(市、区)人民政府'], []]],
    ],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

describe('look-alikes: 不再 that names no units for later items', () => {
  it.each([
    // A rule that something is no longer done, no note on units.
    ['1.2019年6月底前完成清理,以下情形不再受理,不再列出清单。\n2.2019年12月底前完成淘汰。', [[[], []], [[], []]]],
    ['1.2019年6月底前完成清理。县级及以上城市建成区原则上不再新建燃煤锅炉。\n2.2019年12月底前完成淘汰。', [[[], []], [[], []]]],
    // Words that are no units between 均需 and 落实.
    ['1.2019年6月底前完成清理。(以下各项工作均需认真抓好落实,不再列出)\n2.2019年12月底前完成淘汰。', [[[], []], [[], []]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
