import { describe, expect, it } from 'vitest';
import { lastRecord as last, leads } from './last-record.ts';

// Chinese fronts the matter a sentence is about as its topic and names who acts after it: "X的办理,承办单位在…后,要…",
// "X由A负责起草", "X由A汇总后在…前报送", "X各村居必须在…前送交". Synthetic cases written from the real notices and
// rules read (建议提案办理 notices of several provinces, 考核结果备案 rules, 会议纪要 rules, 防汛 notices).


describe('a topic clause opening a sentence comes before its actor, who is carried to the sentences after it', () => {
  leads([
    ['一、市政协委员提案的办理,主办单位在接到交办件后,要当日登记。对不属于本单位办理的提案,要在3个工作日内退回市政府督查室。', ['主办单位']],
    ['热线来电的处理,各承办部门在收到工单后,应及时核实。对不能按期办结的,要在5个工作日内说明理由。', ['各承办部门']],
    // A subject whose clause holds only a frame (按照…要求,) acts in the clause after it.
    ['各乡镇按照全县统一部署要求,及时开展集中整治。对排查出的问题,要在10日内整改到位。', ['各乡镇']],
    ['各成员单位根据领导小组的工作要求,认真梳理本系统任务。每季度末将进展情况报县发改局。', ['各成员单位']],
  ]);

  leads([
    // Negatives: a topic with no actor after it, a frame that opens the sentence, a unit that is only what its clause describes.
    ['县长信箱办理工作,原则上7个工作日内办结。', []],
    ['根据工作需要,县城管局巡查范围扩大到郊区。2019年6月底前完成摸底。', []],
    ['各县区要完善消防设施。消防站根据需要设在建筑物内的,应在规划中明确。加快配套建设,确保2019年底前消火栓完好率达到100%。', ['各县区']],
  ]);
});

describe('a matter fronted as the topic, then 由 and the unit that acts on it', () => {
  leads([
    ['整改方案由县环保局负责起草。整改方案在2020年6月底前报县政府审定。', ['县环保局']],
    ['年度考核结果由各乡镇汇总后在次年1月底前报县人社局。', ['各乡镇']],
  ]);

  leads([
    // Negatives: 由 in a relative clause names whose the matter is; the text itself is interpreted, not worked on.
    ['今年由县住建局承担的市政项目共12项。2020年底前完成8个项目施工。', []],
    ['本办法由县财政局负责解释。各项补助资金于每年3月底前拨付到位。', []],
  ]);
});

describe('a matter fronted with no comma, then 各 and the units a modal charges', () => {
  leads([
    ['防汛物资各村(社区)必须在2020年5月底前送交镇水利站。', ['各村(社区)']],
    ['整改台账各村(居)要于2020年6月10日前报县农业农村局。', ['各村(居)']],
  ]);

  leads([
    // Negatives: units after a verb or a preposition are its object, not the subject after a topic.
    ['督促各乡镇必须在2020年5月底前完成整改。', []],
    ['对各乡镇要于2020年6月10日前完成的项目逐一验收。', []],
  ]);
});

describe('co-operating units of another step', () => {
  it('the units 会同 joins act with the unit opening its clause, not with the record actor of an earlier clause', () => {
    const o = last('承办单位应当在3个月内再次答复,答复仍不满意的,县政府办公室会同县人大代表工作室、县政协提案委组织当面协商。');
    expect(o.lead).toEqual(['承办单位']);
    expect(o.co).toEqual([]);
  });
  // Negative: the units joined to the record's own actor still co-operate.
  it('A会同B keeps B when A is the actor', () => {
    const o = last('县政府办公室会同县人大代表工作室于2020年6月底前组织当面协商。');
    expect(o.lead).toEqual(['县政府办公室']);
    expect(o.co).toEqual(['县人大代表工作室']);
  });
});

describe('a label run into the body it heads comes before the actor; 接通知后 is the actor\'s receipt', () => {
  leads([
    ['时间安排及报送要求:各县统计局接通知后组织开展调查,进行资料审核。于2019年6月8日前,将资料上报市局法规处。', ['各县统计局']],
    ['各乡镇接此通知后,立即组织排查。2019年6月8日前上报排查结果。', ['各乡镇']],
  ]);
  leads([
    // Negative: a label with no actor after it names none.
    ['工作要求:加强组织领导。于2019年6月8日前完成部署。', []],
  ]);
});

describe('a unit charged with the work (X负责…, X牵头…) acts in the sentences after it that name no unit', () => {
  leads([
    ['镇普查办负责划分普查区,并在村级小组的协助下划分普查小区。划分工作于2013年10月15日前完成。', ['镇普查办']],
    ['县统计局负责普查员培训。培训于2013年11月底前结束。', ['县统计局']],
    ['县住建局牵头组织排查。排查结果于2018年6月30日前报县政府。', ['县住建局']],
    ['各村承担本村的清查工作。清查于2018年5月底前完成。', ['各村']],
  ]);
  leads([
    // Negatives: the sentence's own unit wins; what a unit is 负责的 is a topic, not a charge.
    ['县统计局负责普查员培训。各乡镇于2013年11月底前完成登记。', ['各乡镇']],
    ['县统计局负责的项目清单于2013年11月底前公布。', []],
  ]);
});
