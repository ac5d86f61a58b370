import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function leadAndCo(body: string): Array<[string[], string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'body-names.txt', CLOCK);
  return obligations.map((o) => [o.lead, o.co]);
}

/**
 * Names of bodies whose first word after the level (各区县, 市委, 市政府) is also a verb, an adverb or the modal 应
 * (应急, 研究, 全面深化改革, 依法治市, 编制, 统一战线, 对台/对外/对口, 为民服务, 重点项目, 以工代赈, 开发区): the
 * subject or listed unit is the whole name, not its level alone. The negatives are those words read as what they
 * also are, where the subject ends before them.
 */
describe('a body name opening with a word that may open a predicate stays whole', () => {
  it.each([
    ['各区县应急管理局于2018年5月底前完成检查。', [[['各区县应急管理局'], []]]],
    ['各县(市、区)应急管理局要在2018年5月底前完成检查。', [[['各县(市、区)应急管理局'], []]]],
    ['各乡镇应急办于2018年5月底前报送预案。', [[['各乡镇应急办'], []]]],
    ['市政府研究室于2018年5月底前完成起草。', [[['市政府研究室'], []]]],
    ['市委全面深化改革委员会办公室于2018年5月底前完成评估。', [[['市委全面深化改革委员会办公室'], []]]],
    ['市委依法治市办于2018年5月底前完成督察。', [[['市委依法治市办'], []]]],
    ['市委机构编制委员会办公室于2018年5月底前完成核定。', [[['市委机构编制委员会办公室'], []]]],
    ['市委统一战线工作部于2018年5月底前完成调研。', [[['市委统一战线工作部'], []]]],
    ['各县对台办于2018年5月底前完成摸底。', [[['各县对台办'], []]]],
    ['市对口支援办于2018年5月底前完成对接。', [[['市对口支援办'], []]]],
    ['各乡镇为民服务中心于2018年5月底前完成改造。', [[['各乡镇为民服务中心'], []]]],
    ['各县重点项目办公室于2018年5月底前完成调度。', [[['各县重点项目办公室'], []]]],
    ['各县以工代赈办于2018年5月底前完成申报。', [[['各县以工代赈办'], []]]],
    ['各县开发区管委会于2018年5月底前完成清理。', [[['各县开发区管委会'], []]]],
    ['开展专项检查,2018年5月底前完成。(市政府研究室牵头,市委全面深化改革委员会办公室、各县开发区管委会配合)', [[['市政府研究室'], ['市委全面深化改革委员会办公室', '各县开发区管委会']]]],
    ['开展专项检查,2018年5月底前完成。责任单位:市委编制委员会办公室、市财政局。', [[['市委编制委员会办公室'], ['市财政局']]]],
    // A unit named by the work it does, as 建设单位 is.
    ['实施单位要于2018年5月底前完成验收。', [[['实施单位'], []]]],
    ['举办单位应当于2018年5月底前完成备案。', [[['举办单位'], []]]],
    ['起草单位要在2018年5月底前完成修改。', [[['起草单位'], []]]],
    ['各县于2018年5月底前报送单位名单。', [[['各县'], []]]],
    ['市教育局组织单位开展培训,2018年5月底前完成。', [[['市教育局'], []]]],
    // 除…外 names who is excepted, never who acts.
    ['除上级有明确要求的外,各牵头单位要在2018年5月底前完成。', [[['各牵头单位'], []]]],
    ['除上级党委、政府有明确时限要求的外,2018年5月底前完成。', [[[], []]]],
    // One 各 governs a bare body after it (各区县政府和地区管委会): 开发区管委 is one, no verb.
    ['各区市政府、开发区管委要于2018年5月底前完成清理。', [[['各区市政府、开发区管委'], []]]],
    ['各县应急部署,2018年5月底前完成演练。', [[['各县'], []]]],
    // The same words as verbs, adverbs or the modal: the subject ends before them.
    ['各区县应在2018年5月底前完成检查。', [[['各区县'], []]]],
    ['各区县应加强应急管理局建设,2018年5月底前完成。', [[['各区县'], []]]],
    ['市政府研究决定,各县于2018年5月底前完成检查。', [[['各县'], []]]],
    ['各县重点抓好隐患整改,2018年5月底前完成。', [[['各县'], []]]],
    ['各县对辖区内企业开展检查,2018年5月底前完成。', [[['各县'], []]]],
    ['各单位应急处置,2018年5月底前完成演练。', [[['各单位'], []]]],
    ['市发改委编制规划,2018年5月底前完成。', [[['市发改委'], []]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => {
    expect(leadAndCo(body)).toEqual(expected);
  });
});
