import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function leadAndCo(body: string): Array<[string, string[], string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'opening-subject.txt', CLOCK);
  return obligations.map((o) => [o.expression, o.lead, o.co]);
}

/**
 * A rule's sentence names its unit once, in an opening clause with a verb of its own ("行政机关作出准予行政许可的决定,",
 * "行政机关不予受理的,", "行政机关不能当场答复的,"), and the clause holding the period opens on its modal with no
 * subject ("应当自作出决定之日起十日内…"): the opening unit acts. The words after the period are the predicate, not a
 * name ("…五日内指派两名以上工作人员…" was read as a unit called 指派两名以上工作人员).
 */
describe('the unit opening a sentence acts in the clause that opens on its modal', () => {
  it.each([
    ['行政机关作出准予行政许可的决定,应当自作出决定之日起十日内向申请人颁发、送达行政许可证件。', '十日内', ['行政机关']],
    ['行政机关作出准予行政许可的决定,应当在十日内向申请人颁发证件。', '十日内', ['行政机关']],
    ['行政机关实施检验、检测、检疫,应当自受理申请之日起五日内指派两名以上工作人员进行检验。', '五日内', ['行政机关']],
    ['县市场监管局实施抽样检验,应当在抽样后3个工作日内送检。', '3个工作日内', ['县市场监管局']],
    ['行政机关不予受理的,应当在3个工作日内书面告知申请人。', '3个工作日内', ['行政机关']],
    ['行政机关不能当场答复的,应当自收到申请之日起20个工作日内予以答复。', '20个工作日内', ['行政机关']],
    ['承办单位无法按期办结的,应当在期限届满前3个工作日书面说明理由。', '3个工作日', ['承办单位']],
    ['城乡规划主管部门核定建设用地的范围,应当自收到申请之日起三十日内核发许可证。', '三十日内', ['城乡规划主管部门']],
    // A judgement (认为) opens the case as a refusal does: 政府信息公开条例 (2007) 第二十三条 "行政机关认为申请公开的政府信息
    // 涉及商业秘密、个人隐私…的,应当书面征求第三方的意见", 工信部 and 银监会 rules ("承办司局认为…的,应通过部公开办书面征求…",
    // "承办部门认为不公开可能对公共利益造成重大影响的,应当予以公开"), a 保密审查 rule ("信息公开机构…认为能够作区分处理的,
    // 应作区分处理") (audit-texts rules2). The unit was lost, or read as a name holding the judgement (信访机构认为不属于本机关).
    ['行政机关认为申请公开的政府信息涉及商业秘密的,应当在5个工作日内书面征求第三方的意见。', '5个工作日内', ['行政机关']],
    ['承办部门认为不公开可能对公共利益造成重大影响的,应当在10个工作日内予以公开。', '10个工作日内', ['承办部门']],
    ['信访机构认为不属于本机关处理的,应当在15日内告知信访人。', '15日内', ['信访机构']],
    // Negatives: one judging who is no unit, or a judgement before a subject of its own; 认为 with no one before it.
    ['群众认为处理不当的,县信访局应当在15日内复查。', '15日内', ['县信访局']],
    ['专家组认为,各乡镇应当于6月30日前完成整改。', '6月30日前', ['各乡镇']],
    ['认为不属于本单位办理的,应当在十日内退回交办机关。', '十日内', []],
    // A body named by what it did is one name, the subject of its own clause.
    ['依照法律规定冻结存款、汇款的,作出决定的行政机关应当在三日内向当事人交付冻结决定书。', '三日内', ['作出决定的行政机关']],
    // A unit named by 由 after the period acts.
    ['对群众反映的问题,应当在5个工作日内由县信访局转交责任单位。', '5个工作日内', ['县信访局']],
    // No unit opens the sentence: none is made of the predicate.
    ['申请材料不齐全的,应当在5日内一次告知申请人。', '5日内', []],
    ['对需要补正的,应当在1个工作日内一次性告知。', '1个工作日内', []],
    // A unit inside a relative clause names whose the topic is, not who acts.
    ['市政府确定的重点项目,应当在3个月内开工。', '3个月内', []],
  ] as Array<[string, string, string[]]>)('%s', (body, expression, lead) => {
    const got = leadAndCo(body);
    const record = got.find(([e]) => e.includes(expression));
    expect(record?.[1]).toEqual(lead);
  });
});
