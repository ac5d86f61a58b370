import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A clause that names what is done before its time and leaves only the verb after it ("考核在2018年1月25日前完成") has its
// task made of both. The verb may come with how fully it is done, and a period's clause may hold the event it counts from
// between the topic and the period: "本年度林区公路项目要求在8月底前全部完工" (凤庆 2017, audit-texts time-forms/08),
// "农村危房改造工作7月底前全面完成" (来凤 2019, subjects3/07), "区政府召开的一类会议有关会议精神贯彻落实情况在会后7日内上报"
// (a 区 督查专报制度, receivers/04 and rules1/828857), "补助对象的评审、公示、报批、审定和批复工作应在秋季学期开学后20个工作日
// 内完成" (a 寄宿生生活费补助 办法, units-scope/33), and a clause holding only the event and its duty word after the thing:
// "有选举权和被选举权的村民名单,应当在选举日的二十日以前公布" (a 村民委员会选举办法, classes/03; the same article in another
// province's, sample13/01). Each task was the bare verb (全部完工, 上报, 公布).
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于2019年重点工作的通知', number: '某政办发〔2019〕3号', issued: '2019 年 3 月 12 日' });
const tasks = (body: string) => records(body).map((r) => [r.expression, r.task]);

describe('the thing done before the time joins the verb after it', () => {
  it.each([
    ['本年度林区公路项目要求在8月底前全部完工。', [['在8月底前', '本年度林区公路项目全部完工']]],
    ['农村危房改造工作7月底前全面完成。', [['7月底前', '农村危房改造工作全面完成']]],
    ['全县扶贫开发工作成效考核在3月底前基本完成。', [['在3月底前', '全县扶贫开发工作成效考核基本完成']]],
    ['区政府召开的一类会议有关会议精神贯彻落实情况在会后7日内上报。', [['7日内', '区政府召开的一类会议有关会议精神贯彻落实情况上报']]],
    ['补助对象的评审和批复工作应在秋季学期开学后20个工作日内完成。', [['20个工作日内', '补助对象的评审和批复工作完成']]],
    ['整改报告须于收到通知后10日内上报。', [['10日内', '整改报告上报']]],
    ['有选举权和被选举权的村民名单,应当在选举日的二十日以前公布。', [['二十日以前', '有选举权和被选举权的村民名单公布']]],
    ['考核在2019年1月25日前完成。', [['在2019年1月25日前', '考核完成']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

describe('what is not the thing done stays out of the task', () => {
  it.each([
    // A subject is the record's unit, not its task.
    ['各乡镇要在8月底前全部完工。', [['在8月底前', '全部完工']]],
    // A case the duty is for, closed by 的, is no thing done.
    ['逾期未整改的,应当在接到通知后3日内上报。', [['3日内', '上报']]],
    // Words that only lead into the time name nothing.
    ['目前30个小区已完成总工程量的80%,力争9月30日前全部完成。', [['力争9月30日前', '全部完成']]],
    // An aim in the clause before is not the work a fuller verb finishes.
    ['严格执行工程建设基本程序,确保工程质量,10月底前全部完成。', [['10月底前', '全部完成']]],
    // A verb with its object is the task as it stands.
    ['各单位要于6月底前全面完成摸底排查。', [['于6月底前', '全面完成摸底排查']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});
