import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// The task is what is done, without the units that do it: a subject the record's lead was read from stays out of the task
// also where no duty word follows it ("6月底前,县住建局完成摸底"; 需 and 会 say it must or will act as 要 does). Real:
// "国家统计局、国务院经普办公布第四次全国经济普查项目…" and "省级普查机构制定普查实施方案" (经普 2018 时间表, audit12/03),
// "被巡察党组织和单位将整改情况上报" (向阳 2020), "用人单位需向残疾人就业服务机构申报上年度的残疾人就业情况" (残保金, bxshww),
// "预算处将批准的预算登入预算指标管理系统" (省财政厅 拨款), "县农业局会发布下一年的项目申报指南" (凤凰 2024, two copies),
// "承办单位按照督查督办单要求时限办理" (县 督查, cywglfh), "区委组建4个巡察组…" (昆明 2023), "各地上报本地乡(镇、街道)统计机构
// 现状调查分析报告" (江苏 2009). A milestone listed before the next one's time with 、 ends the task without the mark:
// "须在发生后15分钟内向省厅电话报告、35分钟内以书面形式报告" (河南 2019, two pages), "争取2023年底前具备封关硬件条件、2024年底前
// 完成封关各项准备" (海南 2021), "确保新建项目开工率一季度达到50%以上、上半年达到80%、10月底前全部开工" (绍兴 2025),
// "每月完成地表水及饮用水源地水质监测、每季度完成农村环境质量监测" (开化 2023), "2021年12月底前将完成主体工程、2022年2月底前
// 完成土建及附属工程" (铜南), "按照“11月前全麵完成、12月查漏補缺和完善提升”任務節點要求" (杭州 2024).
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于2019年重点工作的通知', number: '某政办发〔2019〕3号', issued: '2019 年 3 月 12 日' });
const tasks = (body: string) => records(body).map((r) => [r.expression, r.task, r.lead]);

describe('the subject the lead is read from stays out of the task', () => {
  it.each([
    ['6月底前,县住建局完成摸底。', [['6月底前', '完成摸底', ['县住建局']]]],
    ['自印发之日起30日内,各乡镇制定实施细则。', [['印发之日起30日内', '制定实施细则', ['各乡镇']]]],
    ['8月底前,省级普查机构制定普查实施方案,并进行试点。', [['8月底前', '制定普查实施方案,并进行试点', ['省级普查机构']]]],
    ['每年7月1日至10月31日,用人单位需向残疾人就业服务机构申报上年度的残疾人就业情况。', [['每年7月1日至10月31日', '向残疾人就业服务机构申报上年度的残疾人就业情况', ['用人单位']]]],
    ['12月10日前,被巡察党组织和单位将整改情况上报。', [['12月10日前', '将整改情况上报', ['被巡察党组织和单位']]]],
    ['1.国家统计局、国务院经济普查领导小组办公室(以下简称“国务院经普办”)制定《经济普查方案》(7月底前)。', [['7月底前', '制定《经济普查方案》', ['国家统计局', '国务院经济普查领导小组办公室']]]],
    // With a duty word, as before.
    ['3月底前,县财政局要完成资金拨付。', [['3月底前', '完成资金拨付', ['县财政局']]]],
    // 由 naming the one who acts, and its charge (负责, 牵头) before the act: "7月5日前由市级脱贫攻坚办公室统一收集汇总问题清零情况"
    // (四川 2020 清零), "一天内由办公室负责草拟《…常务会议纪要》" (四川 常务会议), "每周一由市政府办公室综合科负责收集议题" (周口),
    // "30个工作日内由查处举报案件的粮食行政管理部门启动奖励程序" (重庆 2023), "2小时内由校方负责人向教育主管部门进行口头报告" (学校 2025).
    ['7月5日前由县脱贫攻坚办公室统一收集汇总问题清零情况。', [['7月5日前', '统一收集汇总问题清零情况', ['县脱贫攻坚办公室']]]],
    ['6月底前,由县住建局负责完成摸底。', [['6月底前', '完成摸底', ['县住建局']]]],
    ['6月底前由县住建局牵头制定实施方案。', [['6月底前', '制定实施方案', ['县住建局']]]],
    // Negatives: a charge with no act after it; 由于 is a cause.
    ['6月底前由县住建局负责。', [['6月底前', '由县住建局负责', ['县住建局']]]],
    ['由于情况复杂,县住建局须在6月底前完成摸底。', [['在6月底前', '完成摸底', ['县住建局']]]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

describe('a unit that is not the lead stays in the task', () => {
  it.each([
    // The one reported to.
    ['县级人民政府应当在接到报告后2小时内向市人民政府报告。', [['2小时内', '向市人民政府报告', ['县级人民政府']]]],
    // A thing done named first, its units given by the label.
    ['11月底前天目山镇中心幼儿园竣工交付(责任单位:县教育局)。', [['11月底前', '天目山镇中心幼儿园竣工交付', ['县教育局']]]],
    // No subject: the task as it stands.
    ['6月底前完成县住建局办公楼改造。', [['6月底前', '完成县住建局办公楼改造', []]]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

// A duty word opening the task with no subject before it is left out as a subject's is: "5小时内要向上级部门上报" (事故报告
// 程序, four periods), "每月10日前要将上一个月或前一阶段的工作情况书面报送市政府研究室" (成都 2001, four copies), "每年1月10日前要将
// 上年度落实河长制工作情况报省委、省政府" (四川 2017), "每天要进行晨检" (学校 2020 疫情报告制度), "必須立足新發展階段…" (天津
// 十四五 纲要).
describe('a duty word opening the task is left out', () => {
  it.each([
    ['事故发生后,5小时内要向县应急管理局上报。', ['向县应急管理局上报']],
    ['各乡镇每月10日前要将上月工作情况书面报送县政府办。', ['将上月工作情况书面报送县政府办']],
    ['学校每天须进行晨检。', ['进行晨检']],
    // Negatives: 要求, 应急 open words of their own.
    ['6月底前要求各乡镇完成摸底。', ['要求各乡镇完成摸底']],
  ])('%s', (body, expected) => expect(records(body).map((r) => r.task)).toEqual(expected));
});

describe('a milestone cut at the next time loses its enumeration comma', () => {
  it.each([
    ['重大事件须在发生后15分钟内向县应急局电话报告、35分钟内以书面形式报告。', ['向县应急局电话报告', '以书面形式报告']],
    ['争取2023年底前具备封关硬件条件、2024年底前完成封关各项准备。', ['具备封关硬件条件', '完成封关各项准备']],
    ['新建项目开工率一季度达到50%以上、上半年达到80%。', ['达到50%以上', '达到80%']],
    // A list inside one task keeps its commas.
    ['9月底前完成供水、供电、供气等设施改造。', ['完成供水、供电、供气等设施改造']],
    // A frame quoting the times is no topic of the bare verb.
    ['按照“11月前全面完成、12月查漏补缺”要求,确保实事落实。', ['全面完成', '查漏补缺”要求,确保实事落实']],
  ])('%s', (body, expected) => expect(records(body).map((r) => r.task)).toEqual(expected));
});
