import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A verb of handing in with only its receiver after the time ("于4月15日前报送市政府研究室") leaves what is handed in before it:
// a paper fronted as its clause's topic or an object marked by 将. The task was the verb and the receiver. Real: "各单位联系
// 电话于4月15日前报送市政府研究室" (成都 2001, four copies), "各牵头单位的具体推进实施方案务于2021年2月3日前报送各位分管市领导"
// (盘锦 2021, six copies), "各牵头单位制定的工作计划要于8月15日前报省政府督查室备案" (四川 2017), "汇报材料(一式30份,A4纸)必须在
// 会前两天报送市政府办公室(综合科)" (周口 常务会议), "各地市环保专项行动领导小组要将典型环境违法案件和挂牌督办问题整改情况于9月25日
// 前报省环保专项行动领导小组办公室" (黑龙江 2005, four copies). A topic and the verb after the time are told as the input spells
// them on a page in traditional characters (各單位聯系電話報送市政府研究室), piece by piece.
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于2019年重点工作的通知', number: '某政办发〔2019〕3号', issued: '2019 年 3 月 12 日' });
const tasks = (body: string) => records(body).map((r) => r.task);

describe('what is handed in joins the verb and its receiver', () => {
  it.each([
    ['各单位联系电话于4月15日前报送县政府研究室。', ['各单位联系电话报送县政府研究室']],
    ['各牵头单位的具体推进实施方案务于2019年2月3日前报送各位分管县领导。', ['各牵头单位的具体推进实施方案报送各位分管县领导']],
    ['各牵头单位制定的工作计划要于8月15日前报县政府督查室备案。', ['各牵头单位制定的工作计划报县政府督查室备案']],
    ['汇报材料(一式30份,A4纸)必须在会前两天报送县政府办公室(综合科)。', ['汇报材料(一式30份,A4纸)报送县政府办公室(综合科)']],
    ['各乡镇要将整改情况于9月25日前报县环保专项行动领导小组办公室。', ['将整改情况报县环保专项行动领导小组办公室']],
    ['申报材料须于5月10日前报送县发改局。', ['申报材料报送县发改局']],
    ['各單位聯繫電話於4月15日前報送縣政府研究室。', ['各單位聯繫電話報送縣政府研究室']],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

describe('what is no paper handed in stays out', () => {
  it.each([
    // Only a subject before the time.
    ['各乡镇于6月10日前报送县委办。', ['报送县委办']],
    // The verb has its object.
    ['各乡镇于6月10日前报送自查报告。', ['报送自查报告']],
    // A case, not a paper.
    ['学校发现疫情要在1小时内报县教育局。', ['报县教育局']],
    // The work is in the clause before: not read here.
    ['各乡镇要制定实施方案,于3月15日前报县政府督查室备案。', ['报县政府督查室备案']],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});
