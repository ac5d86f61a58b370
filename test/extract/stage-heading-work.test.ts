import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A stage heading dated in brackets ("(二)自查摸底阶段(7月3日至7月15日)。") is for the work that follows it: the rest of its
// sentence after a colon (or after the brackets), else the next sentence, less a label naming it ("这一阶段的主要工作是:").
// The stage's name was the task. Real: 黑龙江 2005 环保专项行动 (four stages, audit10/14 and three copies: "(二)自查摸底阶段
// (7月3日至7月15日)。各行署、市、县政府对辖区内重点污染问题…进行深入检查"), a 市 2009 环保专项行动 (fabao365, four stages run into
// one line: "时间安排 (一)动员部署阶段(5月) 各县(市、区)环保专项行动领导小组结合实际情况,确定本地区整治重点…"), 2007 清理评比达标
// (fymate, three: "动员部署阶段(2007年3月中旬):召开市联席会议全体成员第一次会议,商定近期工作任务"), 北京 2020 人口普查 (three:
// "一是准备阶段(2019年10月—2020年10月)。这一阶段的主要工作是:组建各级普查机构…"), 常德 2019 生态文明 ("第一阶段(2016年—
// 2018年):编制《常德市生态文明建设示范市规划(2016-2025)》…"), 质量强市 2015 (corpus 004: four stages).
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于2019年重点工作的通知', number: '某政办发〔2019〕3号', issued: '2019 年 3 月 12 日' });
const tasks = (body: string) => records(body).map((r) => [r.expression, r.task]);

describe('a stage heading gives its time to the work after it', () => {
  it.each([
    ['(二)自查摸底阶段(7月3日至7月15日)。各乡镇对辖区内重点污染问题进行深入检查,确定挂牌督办名单。', [['7月3日至7月15日', '对辖区内重点污染问题进行深入检查,确定挂牌督办名单']]],
    ['动员部署阶段(2019年3月中旬):召开联席会议全体成员第一次会议,商定近期工作任务。', [['2019年3月中旬', '召开联席会议全体成员第一次会议,商定近期工作任务']]],
    ['一是准备阶段(2019年10月—2020年10月)。这一阶段的主要工作是:组建各级普查机构,制定普查方案。', [['2019年10月—2020年10月', '组建各级普查机构,制定普查方案']]],
    ['第一阶段(2019年1月—6月):编制示范县规划,提请县人大常委会审议。', [['2019年1月—6月', '编制示范县规划,提请县人大常委会审议']]],
    ['时间安排 (一)动员部署阶段(5月) 各县(市、区)领导小组结合实际情况,确定本地区整治重点。', [['5月', '结合实际情况,确定本地区整治重点']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

describe('a stage heading with no work after it keeps its name', () => {
  it.each([
    // Alone on its line: its work is in the items under it.
    ['(一)动员部署阶段(2019年4月)。', [['2019年4月', '动员部署阶段']]],
    // Its work in items of its own.
    ['(一)动员部署阶段(2019年4月)。一是召开全县动员大会。二是建立工作台账。', [['2019年4月', '动员部署阶段']]],
    // Not a stage: an item's own deadline in brackets.
    ['2.完成清查底册编制(2019年8月底前)。县统计局负责。', [['2019年8月底前', '完成清查底册编制']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
  // The next stage after ;: the first stage's record keeps the first stage's name.
  it('第一阶段为动员发动阶段(2019年4月);第二阶段为…', () =>
    expect(tasks('第一阶段为动员发动阶段(2019年4月);第二阶段为集中整治阶段(2019年5月至8月)。')[0]).toEqual(['2019年4月', '第一阶段为动员发动阶段']));
});
