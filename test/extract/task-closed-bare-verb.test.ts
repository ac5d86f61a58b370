import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A verb with no object that closes the clause a time stands in is the act the time dates; what follows the clause is
// another one's act, another case of the rule, or what the act brings about, and was read into the task. Real:
// "会议通知一般应在会前1~2天发出,由文秘科通知各有关单位领取并履行签收手续" (a 市政府 常务会议 会务 rule, corpus s_02),
// "承办单位应在收到交办事项之日起60日内办结;市委、市政府领导交办的信访事项,有时限要求的,按要求办理" (a 2005 信访督查督办 rule,
// s_08), "应在3个月内办复,少数涉及问题比较复杂,3个月内难以办结的,要及时给委办公室通报原因,并在5个月内办复,办复率必须达到
// 100%" (安康 发改委 2009, s_17), "该项目3月建成后,可对老城区各停车场停车位进行实时采集…" and nine more project items (绍兴
// 2015 gazette), "我局创建迎检工作9月中旬前必须完成,现在就是4月下旬了…" (a 创建文明单位 speech, audit-texts tasks20).
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于2019年重点工作的通知', number: '某政办发〔2019〕3号', issued: '2019 年 3 月 12 日' });
const tasks = (body: string) => records(body).map((r) => [r.expression, r.task]);

describe('a bare verb closing the time\'s clause is the task, with the topic before the time', () => {
  it.each([
    ['会议材料应在会前2个工作日送达,由秘书科负责分发。', [['会前2个工作日', '会议材料送达']]],
    ['承办单位应在收到交办事项之日起60日内办结;县领导交办的事项,有时限要求的,按要求办理。', [['60日内', '办结']]],
    ['各科室应在3个月内办复,少数问题比较复杂的,要及时说明原因。', [['3个月内', '办复']]],
    ['整改报告须于10月底前上报,逾期不予受理。', [['于10月底前', '整改报告上报']]],
    ['全县危房改造工作9月底前必须完成,各乡镇要倒排工期。', [['9月底前', '全县危房改造工作完成']]],
    ['各乡镇要在5月底前上报,县里汇总后报市政府。', [['在5月底前', '上报']]],
    // 后 makes the act the event what follows comes after.
    ['该项目2019年6月建成后,可实现全市数据共享。', [['2019年6月', '该项目建成']]],
    ['农村公路改造项目年底前全部完工后,将惠及12万群众。', [['年底前', '农村公路改造项目全部完工']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

describe('what goes on with the act, or is no bare verb closing the time\'s clause, stays as it was', () => {
  it.each([
    // 并, 同时 join a clause that goes on with the same act.
    ['各单位要于6月底前完成,并报县政府备案。', [['于6月底前', '完成,并报县政府备案']]],
    ['各乡镇于6月底前完成,同时做好宣传。', [['于6月底前', '完成,同时做好宣传']]],
    // A verb with its object is the task as it stands.
    ['整改工作于6月底前完成整改验收,做到问题清零。', [['于6月底前', '完成整改验收,做到问题清零']]],
    // A time opening its clause has no topic before it: the clauses after it are its work.
    ['2018年底前,完成全县摸底。', [['2018年底前', '完成全县摸底']]],
    ['按照要求,10月底前完成,确保质量。', [['10月底前', '完成,确保质量']]],
    // A phase word is no act.
    ['各乡镇在8月底前结束,9月转入验收。', [['在8月底前', '结束,9月转入验收']]],
    // A case after ; was already another case.
    ['申请材料应于5月20日前提交;材料不全的,不予受理。', [['于5月20日前', '申请材料提交']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});
