import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A period a rule's article sets with no event named ("第八条 請示性公文必須在3個工作日內辦結並答覆", "公文一般在30日内办结,
// 会议纪要一般在20日内办结", "在30個工作日內上報") is owed on each matter the rule governs: an sla, as it was in an undated
// rule. In a dated text of articles it was counted from the day the notice issued the rule (relative), one deadline for
// a duty that never ends. Real: audit-texts rules3/01 (限時辦結制 第八條, 第十條), rules1 fymate-ducha-168342 (第七条),
// 828857-duchazhuanbao, fsou-12345-banli (rules2), rules3/02 (资阳 2022); the rules are issued by dated notices (濮阳
// 2011 濮政办〔2011〕19号, 衡阳 2005 衡政办发〔2005〕12号, 石泉 2020, pages corpus). A notice's own request (请各单位于10日内…),
// a span of months (carrying the rule out) and a period from the rule's own issue stay counted from the document.
const read = (body: string) =>
  recordsOf({
    title: '某县人民政府办公室关于印发某县督查督办工作办法的通知',
    number: '某政办发〔2019〕5号',
    issued: '2019 年 3 月 20 日',
    body: `《某县督查督办工作办法》已经县政府同意,现印发给你们,请认真贯彻执行。\n\n某县督查督办工作办法\n\n第一条 为规范督查督办工作,制定本办法。\n\n${body}\n\n第二十条 本办法自印发之日起施行。`,
  }).map((r) => [r.expression, r.kind === 'sla' ? `sla:${r.within!.days}${r.within!.workdays ? 'w' : ''}` : `${r.kind}:${r.due}`]);

describe('a period a rule sets with no event named', () => {
  it.each([
    ['第八条 请示性公文必须在3个工作日内办结并答复。', [['3个工作日内', 'sla:3w']]],
    ['第十条 领导已签发的各类公文应在2个工作日内发出。', [['2个工作日内', 'sla:2w']]],
    ['第七条 没有明确报告时限的,公文一般在30日内办结,会议纪要一般在20日内办结。', [['30日内', 'sla:30'], ['20日内', 'sla:20']]],
    ['第六条 急件1—5日内办结,非急件15日内办结。', [['1—5日内', 'sla:5'], ['15日内', 'sla:15']]],
    ['第五条 值班人员应当在30分钟内向带班领导报告。', [['30分钟内', 'sla:0']]],
    ['第九条 承办单位应当在10日内将办理结果报县政府督查室。', [['10日内', 'sla:10']]],
  ])('%s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    // Counted from the rule's own issue, or carrying the rule out over months: once, from the document.
    ['第九条 各乡镇应当在本办法印发之日起30日内制定实施细则。', [['印发之日起30日内', 'relative:2019-04-19']]],
    ['第九条 各乡镇应当在6个月内制定实施细则。', [['6个月内', 'relative:2019-09-20']]],
  ])('%s: from the document', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it('a notice issuing the rule asks for something by a period from its own day', () => {
    const records = recordsOf({
      title: '某县人民政府办公室关于印发某县督查督办工作办法的通知',
      number: '某政办发〔2019〕5号',
      issued: '2019 年 3 月 20 日',
      body: '现将《某县督查督办工作办法》印发给你们,请各单位于10日内报送督查联络员名单。\n\n某县督查督办工作办法\n\n第一条 为规范督查督办工作,制定本办法。\n\n第二条 承办单位应当在10日内报送办理结果。',
    });
    expect(records.map((r) => [r.expression, r.kind, r.due])).toEqual([
      ['10日内', 'relative', '2019-03-30'],
      ['10日内', 'sla', null],
    ]);
  });

  it('a dated notice with no articles counts its periods from its own day', () => {
    const records = recordsOf({ issued: '2019 年 3 月 20 日', body: '各单位要在10日内将整改情况报县政府办公室。' });
    expect(records.map((r) => [r.kind, r.due])).toEqual([['relative', '2019-03-30']]);
  });
});
