import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A cap closing its clause ("…应立即向县政府报告,最迟不得超过1小时") bounds the act named before it, not the words before the
// cap nor the case the sentence goes on to. Written after real sentences: 兰州 "突发事件发生后,县区政府、市政府有关部门要立即
// 向市政府报告,最迟不得超过2小时"; 《生产安全事故报告和调查处理条例》第十一条 "…逐级上报事故情况,每级上报的时间不得超过2小时";
// 紫阳 "对请示性事项要及时研究处理,做出明确答复,时间不得超过15个工作日"; 石家庄 "…共同办理的事项,整体办理时限不得超过45个
// 工作日"; 行政许可法 "…集中办理的,办理的时间不得超过四十五日".
const records = (body: string) => extractText(gazetteDocument({ body }), 'capped.txt').obligations;

describe('a cap closing its clause bounds the act before it', () => {
  it.each([
    ['突发事件发生后,事发地乡镇人民政府应立即向县政府报告,最迟不得超过1小时。', '不得超过1小时', '立即向县政府报告'],
    ['较大突发事件发生后,县直有关部门要立即向县政府总值班室报告,最迟不超过30分钟。', '不超过30分钟', '立即向县政府总值班室报告'],
    ['突发事件发生后,各乡镇应立即向县政府报告,最迟不得超过3小时,其他单位按职责报告。', '不得超过3小时', '立即向县政府报告'],
    ['县应急管理局接到报告后,应当逐级上报事故情况,每级上报的时间不得超过2小时。', '不得超过2小时', '每级上报'],
    ['县应急管理局接到报告后,应当逐级上报事故情况,并通知县公安局,且每级上报的时间不得超过2小时。', '不得超过2小时', '每级上报'],
    ['各乡镇要立即组织核查,核查时间最迟不得超过24小时,并将核查结果报县应急管理局。', '不得超过24小时', '核查'],
    ['对请示性事项要及时研究处理,做出明确答复,时间不得超过15个工作日。', '不得超过15个工作日', '做出明确答复'],
    // No act in the clause before (a case closed by 的): the act is the one the capped time is of.
    ['由两个以上部门共同办理的事项,整体办理时限不得超过45个工作日。', '不得超过45个工作日', '整体办理'],
    ['行政许可采取集中办理的,办理的时间不得超过四十五日。', '不得超过四十五日', '办理'],
  ])('%s', (body, expression, task) => {
    const found = records(body).find((r) => r.expression === expression);
    expect(found).toMatchObject({ kind: 'sla', task });
  });

  it.each([
    // A period with no cap keeps the act after it.
    ['突发事件发生后,事发地乡镇人民政府应在1小时内向县政府报告。', '1小时内', '向县政府报告'],
    // A cap on a date opening what is done.
    ['各市最迟不得超过2018年9月30日完成造林任务。', '最迟不得超过2018年9月30日', '完成造林任务'],
  ])('%s: as before', (body, expression, task) => {
    const found = records(body).find((r) => r.expression === expression);
    expect(found).toMatchObject({ task });
  });

  it('a clause holding an earlier time of the sentence names the act after that time', () => {
    const found = records('请各单位于5月10日前报送自查报告,最迟不得超过5月15日。');
    expect(found.map((r) => r.task)).toEqual(['报送自查报告', '报送自查报告']);
  });

  it('a ; before the cap\'s clause closes another member: its act is not the cap\'s', () => {
    const found = records('1、负责人在1小时内报告县应急管理局;2、县应急管理局逐级上报是每级不超过两小时。');
    expect(found.find((r) => r.expression === '不超过两小时')?.task).not.toBe('报告县应急管理局');
  });

  it('a cap that opens what is done leaves the task to follow it', () => {
    expect(records('各单位最迟不得超过3个工作日办结,逾期通报。')[0]?.task).not.toBe('');
  });
});
