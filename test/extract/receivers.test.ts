import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument, recordsOf } from './gazette-text.ts';

// A unit that only receives a report is in neither list of the sender's record, and stays out when the sentence goes
// on to name it again as the one who handles what it receives (由Y负责汇总, 由Y统一审核, 由Y组织验收): that is a step
// after the sender's, and the receiver has a duty of its own only where the text gives it its own time. Real: 武汉
// 2019 责任分解 (…报送至市人民政府督查室(报送式样附后),由市人民政府督查室负责每季度…向社会集中公开, audit-texts/forms
// 15), 三水 2007 (…报区督查组,由区督查组综合后向区政府汇报), 汕头 2015 (…送市编办,市编办负责审核汇总…,于2015年5月
// 18日前报市政府), 蔡甸 2023, 武汉 2018, 宜昌 2010, 盘锦 2021, 新绛 2022 (audit-texts/receivers, units-scope,
// units-labels). Times joined in one clause (于4月15日、7月15日及次年1月15日前) share its units.

/** Every record of the body, as [expression, lead, co]. */
function records(body: string): Array<[string, string[], string[]]> {
  const { obligations } = extractText(gazetteDocument({ body }), 'body.txt');
  return obligations.map((o) => [o.expression, o.lead, o.co]);
}

const cases = (rows: Array<[string, Array<[string, string[], string[]]>]>) =>
  it.each(rows)('%s', (body, expected) => expect(records(body)).toEqual(expected));

describe('the receiver named again as the one who handles what it receives is in neither list', () => {
  cases([
    ['一、各乡镇要于2018年6月15日前将完成情况报送至县政府督查室,由县政府督查室负责汇总。', [['于2018年6月15日前', ['各乡镇'], []]]],
    ['二、各单位于6月10日前将材料报送县教育局,由县教育局统一审核。', [['于6月10日前', ['各单位'], []]]],
    ['三、各乡镇要于5月20日前将统计表报送县统计局,由县统计局负责审核汇总。', [['于5月20日前', ['各乡镇'], []]]],
    ['四、各乡镇于6月底前向县民政局报送名单,由县民政局审核。', [['于6月底前', ['各乡镇'], []]]],
    ['五、各乡镇要在6月底前完成整改并报县住建局,由县住建局组织验收。', [['在6月底前', ['各乡镇'], []]]],
    ['六、请各乡镇于5月底前将材料报送县民政局,由县民政局统一审核。', [['于5月底前', ['各乡镇'], []]]],
    // The earlier sentence's subject acts; the receiver charged after the report does not take its place.
    ['七、各乡镇要高度重视。于2018年6月底前将名单报送县民政局,由县民政局负责审核。', [['于2018年6月底前', ['各乡镇'], []]]],
    // With no actor at all, the receiver is still not the one: the record names no unit.
    ['八、于2018年5月底前将材料报送县民政局,由县民政局负责汇总。', [['于2018年5月底前', [], []]]],
    ['九、材料于5月底前报送县民政局,由县民政局汇总后报市民政局。', [['于5月底前', [], []]]],
    // Those who join the receiver (由Y会同Z汇总) handle what it receives with it.
    ['十、各乡镇于6月底前将名单报县民政局,由县民政局会同县财政局审核。', [['于6月底前', ['各乡镇'], []]]],
  ]);
});

describe('a receiver given its own time leads that record only', () => {
  cases([
    [
      '一、各乡镇于3月底前将名单报县民政局,由县民政局审核后于4月底前统一报送市民政局。',
      [
        ['于3月底前', ['各乡镇'], []],
        ['于4月底前', ['县民政局'], []],
      ],
    ],
    [
      '二、各牵头单位要于2018年4月15日、7月15日及2019年1月15日前,将完成情况报送至省政府督查室,由省政府督查室负责每季度向社会公开。',
      [
        ['于2018年4月15日', ['各牵头单位'], []],
        ['7月15日', ['各牵头单位'], []],
        ['2019年1月15日前', ['各牵头单位'], []],
        ['每季度', ['省政府督查室'], []],
      ],
    ],
  ]);
});

describe('a unit charged with the dated work itself keeps its place', () => {
  cases([
    // Negatives: 由Y负责 with no report sent to Y, 由Y负责具体实施 after a lead, a third unit charged after a report.
    ['一、2018年6月底前完成平台建设,由县大数据局负责,县财政局配合。', [['2018年6月底前', ['县大数据局'], ['县财政局']]]],
    ['二、县发改局牵头,由县住建局负责具体实施,2018年底前完成。', [['2018年底前', ['县发改局'], ['县住建局']]]],
    ['三、县住建局要于6月底前将方案报县政府,由县财政局负责资金保障。', [['于6月底前', ['县住建局'], ['县财政局']]]],
    ['四、于2018年6月底前将方案报县政府,由县发改局负责。', [['于2018年6月底前', ['县发改局'], []]]],
    ['五、各乡镇于6月底前完成摸底,由县民政局会同县财政局负责督导。', [['于6月底前', ['各乡镇'], ['县财政局', '县民政局']]]],
    ['六、县住建局于6月底前将方案报县政府,会同县财政局组织实施。', [['于6月底前', ['县住建局'], ['县财政局']]]],
  ]);
});

describe('times joined in one clause share its units', () => {
  cases([
    [
      '一、各乡镇于4月15日、7月15日前完成自查,由县财政局负责,县审计局配合。',
      [
        ['于4月15日', ['各乡镇'], ['县审计局', '县财政局']],
        ['7月15日前', ['各乡镇'], ['县审计局', '县财政局']],
      ],
    ],
    [
      // Negative: times in clauses of their own keep their own clauses' units.
      '二、各乡镇于4月15日前完成自查,7月15日前由县财政局负责复查。',
      [
        ['于4月15日前', ['各乡镇'], []],
        ['7月15日前', ['县财政局'], []],
      ],
    ],
  ]);
});

/**
 * A unit carried from an earlier sentence that the dated sentence names only as the one it sends to receives what is
 * due and does not act ("会议议题由县政府办公室汇总。议题材料应于会议召开前2个工作日送县政府办公室"); a longer name the
 * receiver opens (县政府 in 报县政府办公室) is no receipt of it, and a sentence with a subject of its own keeps it.
 */
describe('a unit carried from before that the dated sentence only sends to', () => {
  it.each([
    ['会议议题由县政府办公室汇总。议题材料应于会议召开前2个工作日送县政府办公室。', []],
    ['县财政局负责资金拨付。拨付情况于2019年6月底前报县财政局备案。', []],
    // The carried unit acts: it sends elsewhere, or the sentence names its own subject.
    ['会议议题由县政府办公室汇总。汇总情况于2019年6月底前报县政府。', ['县政府办公室']],
    ['项目资料由县发改局审核。审核意见于2019年6月底前报县财政局。', ['县发改局']],
    ['项目资料由县发改局审核。各乡镇于2019年6月底前将资料报县发改局。', ['各乡镇']],
    ['县政府负责统筹。有关情况于2019年6月底前报县政府办公室。', ['县政府']],
  ] as Array<[string, string[]]>)('%s', (body, lead) => {
    expect(recordsOf({ body }, 'receivers.txt').map((o) => o.lead)).toEqual([lead]);
  });
});
