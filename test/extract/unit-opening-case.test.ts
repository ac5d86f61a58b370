import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function leadOf(body: string, expression: string): string[] | undefined {
  const { obligations } = extractText(gazetteDocument({ body }), 'unit-opening-case.txt', CLOCK);
  return obligations.find((o) => o.expression.includes(expression))?.lead;
}

/**
 * A rule provides for a case closed by 的 that a unit opens with its own act or event ("X设立分支机构的,", "X…发生变更或者依法
 * 终止的,", "X被…吊销营业执照的,", "X发生…的,"), and the clause of the duty after it opens on its modal with no subject
 * ("应当自…之日起15日内,书面报告…"): the unit is the duty's subject, as after its refusal (opening-subject-modal). The
 * clauses after such a time go on with the predicate; only 由 names another actor there. Real: 人力资源市场暂行条例 第二十条,
 * 第二十一条 (lawref), 事业单位网上登记 rule 第八条, 失业保险条例 (maxlaw), 社会保险法 第五十七条 (crsrw), a 社会保险登记 rule
 * 第十六条, 第十七条 (lawyee) (audit-texts units20).
 */
describe('a unit opening the case a rule provides for owns the duty after it', () => {
  it.each([
    ['经营性人力资源服务机构设立分支机构的,应当自工商登记办理完毕之日起15日内,书面报告分支机构所在地人力资源社会保障行政部门。', '15日内', ['经营性人力资源服务机构']],
    ['经营性人力资源服务机构变更名称、住所、法定代表人或者终止经营活动的,应当自工商变更登记办理完毕之日起15日内,书面报告人力资源社会保障行政部门。', '15日内', ['经营性人力资源服务机构']],
    ['用人单位失业保险登记事项发生变更或者依法终止的,应当自变更或者终止之日起三十日内,到原办证机构办理变更或者注销手续。', '三十日内', ['用人单位']],
    ['用人单位社会保险登记事项发生变更的,应当自变更之日起30日内,到社会保险经办机构办理变更登记。', '30日内', ['用人单位']],
    ['缴费单位被工商行政管理机关吊销营业执照的,应当自营业执照被吊销之日起30日内,向征缴中心申请办理注销登记。', '30日内', ['缴费单位']],
    ['缴费单位因住所变动而涉及改变社会保险登记机构的,应当自上述变动发生之日起30日内,向征缴中心办理注销社会保险登记。', '30日内', ['缴费单位']],
    ['事业单位被撤销、解散或者改为非事业单位的,应当自清算结束之日起15个工作日内,向同级登记管理机关申请注销登记。', '15个工作日内', ['事业单位']],
    ['各县区发生较大以上安全事故的,须于1小时内报告市应急局。', '1小时内', ['各县区']],
    ['学校发现学生患有传染病的,应当在2小时内报告县疾控中心。', '2小时内', ['学校']],
    ['县住建局变更项目设计的,应当在5个工作日内报县政府备案。', '5个工作日内', ['县住建局']],
    // Negatives: the duty's clause names a subject of its own, or an agent by 由, after the case.
    ['企业发生安全事故的,县应急局应当在1小时内到达现场。', '1小时内', ['县应急局']],
    ['企业发生安全事故的,由县应急局在1小时内组织救援。', '1小时内', ['县应急局']],
    ['经营性人力资源服务机构设立分支机构的,应当在15日内,由县人社局核查备案材料。', '15日内', ['县人社局']],
    // A 的 inside the case makes a noun of what stands before it: the licence, not the office issuing it, is the case's subject.
    ['县住建局核发的许可证件遗失的,应当在15日内申请补办。', '15日内', []],
    // A unit handing down the matter names whose it is (RELATIVE_VERB); what a matter belongs to is no unit.
    ['市政府交办的,应当在5个工作日内办结。', '5个工作日内', []],
    ['申请事项不属于自己部门职权范围的,应当在5日内告知申请人。', '5日内', []],
    // One who is no unit opens the case: no unit is made of it.
    ['申请人提交的材料不齐全的,应当在5日内一次告知。', '5日内', []],
  ] as Array<[string, string, string[]]>)('%s', (body, expression, lead) => {
    expect(leadOf(body, expression)).toEqual(lead);
  });
});
