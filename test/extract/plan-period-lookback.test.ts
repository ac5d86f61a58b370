import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';

// A five-year plan period named where nothing is set for it: the plan's own period as the object of what the plan or a
// report sets out ("明确了“十三五”期间…的指导思想", 大连 十三五 纲要; "重点对“十四五”期间国民经济和社会发展作出总体部署", 江西
// 十四五 纲要; "实化量化“十四五”时期经济社会发展主要目标", 国新办 2021; "介绍“十四五”时期经济社会发展成就", 国新办 2025), an
// earlier period a figure is measured against ("是“十一五”期间的2.1倍", 大连; "是“十一五”末的2倍", 天长 2016), and, in a document
// that is a five-year plan, the periods before its own, which its review of its base looks back on ("“十二五”时期,…取得一系列重大
// 成就", "“十二五”期间,地区生产总值年均增长8.5%", 大连 十三五 纲要, a copy with no date). Each was a target due at the period's end.
// A goal for the plan's own period ("“十三五”期间,…力争…", "到“十三五”末") stays one.
const clock = fixedClock(parseNow('2031-05-01'));
const targets = (text: string) =>
  extractText(text, 'plan.txt', clock).obligations.map((o) => `${o.kind === 'once' ? o.due : o.kind}${o.kind === 'once' && o.target ? ' target' : ''}`);

const PLAN_HEAD = '某市国民经济和社会发展第十三个五年规划纲要,根据《中共某市委关于制定国民经济和社会发展第十三个五年规划的建议》编制。';
const PLAN_TITLE = '某县“十三五”教育事业发展规划';

describe('a plan period that sets nothing', () => {
  it.each([
    // The plan's own period as what it sets out.
    ['某市规划纲要明确了“十三五”期间全市经济社会发展的指导思想、主要目标和重点任务。', []],
    ['规划纲要重点对“十三五”期间国民经济和社会发展作出总体部署。', []],
    ['纲要草案实化量化“十三五”时期经济社会发展主要目标和重大任务。', []],
    ['国新办举行发布会,介绍“十三五”时期经济社会发展成就。', []],
    ['一组律动活泼的数字,诠释了“十二五”时期全省发展的活力。', []],
    ['《建议》提出了“十三五”时期经济社会发展必须遵循的原则。', []],
    // A period measured against.
    ['固定资产投资五年累计完成2.8万亿元,是“十二五”期间的2.1倍。', []],
    ['一般公共预算收入五年累计完成3611亿元,为“十二五”时期的150%。', []],
    ['人均生产总值达到46271元,是“十二五”末的2倍,年均增长13.2%。', []],
    // Near-miss: a goal for the period is still one.
    ['“十三五”期间,全市地区生产总值年均增长7%左右。', ['2020-12-31 target']],
    ['全面完成“十三五”时期目标任务。', ['2020-12-31 target']],
    ['确保“十三五”期间单位生产总值能耗下降15%。', ['2020-12-31 target']],
  ] as Array<[string, string[]]>)('%s', (body, expected) => expect(targets(`关于做好有关工作的通知\n\n${body}\n`)).toEqual(expected));
});

describe('in a five-year plan, the periods before its own', () => {
  it.each([
    [PLAN_HEAD, '“十二五”时期,全市人民开拓进取、攻坚克难,改革发展取得一系列重大成就。', []],
    [PLAN_HEAD, '“十二五”期间,地区生产总值年均增长8.5%,2015年经济总量达到7731.6亿元。', []],
    [PLAN_TITLE, '“十二五”期间,全县新建改建校舍12万平方米。', []],
    [PLAN_TITLE, '“十一五”期间,全县普及九年义务教育。', []],
    // Near-miss: the plan's own period and its end stay targets.
    [PLAN_HEAD, '“十三五”期间,地区生产总值年均增长7%左右。', ['2020-12-31 target']],
    [PLAN_TITLE, '到“十三五”末,学前三年毛入园率达到95%。', ['2020-12-31 target']],
    // Near-miss: a notice about making the plan is no plan; its goal for the period before stays one.
    ['关于做好“十三五”规划编制工作的通知', '确保全面完成“十二五”规划目标任务,“十二五”期间单位生产总值能耗下降16%。', ['2015-12-31 target']],
  ] as Array<[string, string, string[]]>)('%s / %s', (head, body, expected) => expect(targets(`${head}\n\n${body}\n`)).toEqual(expected));
});

// Inside a quotation a plan's name takes single quotes: it names the plan, not a time by which to finish it.
describe('a plan named in single quotes', () => {
  it.each([
    ['国新办举行“高质量完成‘十三五’规划”系列主题新闻发布会。', []],
    ['各部门要高质量完成‘十三五’期间目标任务。', ['2020-12-31 target']],
  ] as Array<[string, string[]]>)('%s', (body, expected) => expect(targets(`关于做好有关工作的通知\n\n${body}\n`)).toEqual(expected));
});
