import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// An event named by its verb with no closing word (后, 起) is opened by the time's 在 or 于 and closed by a 的 that ties it to
// its day or to whoever received: the actor, the modal and the 在 before it are no part of it. Real: 突发公共卫生事件应急条例
// 第十九条 "省、自治区、直辖市人民政府应当在接到报告1小时内" and 第二十条 "接到报告的卫生行政主管部门应当在2小时内" (audit-texts
// audit10 32-35: med66, shenghuoriji, zuoweng, hbzkfwzx); 12345 热线 rules "承办单位应在收到转办件工单的当日", "承办部门应在
// 答复诉求人的当天", "受理工作组应在收到各部门办结工单的次日" (3 pages); 宁波 公文办理 "上午收到的公文应在当日…"; 学校传染病报告
// "疫情报告人在发现…时"; 省财政厅 拨款 "各业务处在下达文件2日内".
const events = (body: string) =>
  recordsOf({ body }).map((r) => [r.expression, r.within?.after ?? r.within?.before ?? null]);

describe('an event opened by the time\'s 在 or 于', () => {
  it.each([
    ['省人民政府应当在接到报告1小时内向国务院卫生行政主管部门报告。', [['1小时内', '接到报告']]],
    ['承办单位应在收到转办件工单的当日登记。', [['当日', '收到转办件工单']]],
    ['市12345受理工作组应在收到各部门办结工单的次日进行回访。', [['次日', '收到各部门办结工单']]],
    ['接到报告的卫生行政主管部门应当在2小时内向本级人民政府报告。', [['2小时内', '接到报告']]],
    ['各业务处应于下达文件2日内办理拨款手续。', [['2日内', '下达文件']]],
    ['承办部门应在答复诉求人的当天反馈办理结果。', [['当天', '答复诉求人']]],
  ])('%s', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });

  it.each([
    // An event closed by 后 or 之日起 reads as before.
    ['县人民政府应当在接到报告后2小时内向市人民政府报告。', [['2小时内', '接到报告']]],
    ['承办单位应当自收到申请之日起5个工作日内作出答复。', [['5个工作日内', '收到申请']]],
    // A verb with nothing opening it keeps the words around it, less the 的 closing the case.
    ['事故情况发生伤亡变化的,30日内补报。', [['30日内', '事故情况发生伤亡变化']]],
  ])('%s: the words before the verb kept', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });
});
