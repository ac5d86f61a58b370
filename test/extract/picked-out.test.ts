import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// Notices of annual inspections and registrations pick out whom a duty is for by when they were set up
// ("凡于…前在区民政局注册登记的各类社会组织,均应在…前参加年检"). Synthetic cases written from the real notices read
// (社会组织年检 of 湛江, 广州, 西夏, a district's news, the 民政部 letter; 统计入库 of 盐田).

const obligations = (body: string) => extractText(gazetteDocument({ body }), 'picked.txt').obligations;

describe('a time in the relative clause that picks out units dates their founding, not a duty', () => {
  it.each([
    ['凡于2019年6月30日前在县民政局登记成立的社会组织,均应在2020年5月31日前参加年检。', ['2020-05-31'], ['社会组织']],
    ['请2019年10月1日以前注册成立的单位,于2020年11月20日前提供入库资料。', ['2020-11-20'], ['2019年10月1日以前注册成立的单位']],
    ['2019年6月30日以前经审批部门登记成立的社会团体,必须参加年度检查。', [], []],
  ])('%s', (body, dues, lead) => {
    const found = obligations(body);
    expect(found.map((o) => o.due)).toEqual(dues);
    if (found.length) expect(found[0].lead).toEqual(lead);
  });

  it.each([
    // Negatives: a duty before the relative clause keeps its time; a founding word with no unit after it picks out no one.
    ['各乡镇要于2020年6月底前完成新成立的合作社登记。', '2020-06-30'],
    ['各单位要在2020年6月底前完成注册登记的工作。', '2020-06-30'],
  ])('%s keeps its deadline', (body, due) => expect(obligations(body).map((o) => o.due)).toEqual([due]));
});

describe('bodies registered as social organisations are units', () => {
  it.each([
    ['各全国性社会团体要于2021年3月31日前报送年检材料。', ['各全国性社会团体']],
    ['网上审批通过后,相关组织需在2020年6月30日前送交纸质文本。', ['相关组织']],
    // Negative: 组织 after a name that does not take it is the verb.
    ['各乡镇组织于2020年6月底前开展演练。', ['各乡镇']],
  ])('%s', (body, lead) => expect(obligations(body).at(-1)!.lead).toEqual(lead));
});
