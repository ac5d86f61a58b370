import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const only = (body: string) => {
  const { obligations } = extractText(gazetteDocument({ body }), 'attribution.txt');
  expect(obligations).toHaveLength(1);
  return obligations[0];
};

describe('units around the predicate', () => {
  it.each([
    ['2018年9月底前,省发改委牵头,省经信委、省财政厅配合,完成能源规划编制。', ['省发改委'], ['省经信委', '省财政厅']],
    ['由省发改委牵头,省经信委、省财政厅配合,于2018年9月底前完成能源规划编制。', ['省发改委'], ['省经信委', '省财政厅']],
    ['(六)2018年9月底前完成能源规划编制。(责任单位:省发改委、省经信委、省财政厅,列第一位者为牵头单位)', ['省发改委'], ['省经信委', '省财政厅']],
    ['省发改委会同省财政厅于2018年6月底前制定实施细则。', ['省发改委'], ['省财政厅']],
    ['(二)省财政厅要在每月10日前拨付资金。', ['省财政厅'], []],
    ['（二）省财政厅要在每月10日前拨付资金。', ['省财政厅'], []],
    ['二、省财政厅要在2018年9月底前拨付资金。', ['省财政厅'], []],
    ['(三)全省数据共享工作由省经信委牵头,省发改委、省财政厅配合,2018年12月底前完成平台迁移。', ['省经信委'], ['省发改委', '省财政厅']],
    ['该项工作由市发改委负责,市财政局配合,2018年6月底前完成。', ['市发改委'], ['市财政局']],
  ])('%s', (body, lead, co) => {
    const o = only(body);
    expect(o.lead).toEqual(lead);
    expect(o.co).toEqual(co);
  });
});

describe('periods and quotes', () => {
  it('N年内 after a duty counts from the document date', () => {
    const o = only('各地要在3年内完成老旧小区改造。');
    expect(o).toMatchObject({ kind: 'relative', due: '2021-03-20', lead: ['各地'] });
  });

  it('an expression cut by a line break is quoted as the input has it, at the line it starts', () => {
    const text = gazetteDocument({ body: '加快推进全省数据共享平台的建设和应用推广工作,各设区市在 2018 年\n6 月底前完成对接。' });
    const [o] = extractText(text, 'wrap.txt').obligations;
    expect(o.expression).toBe('在 2018 年\n6 月底前');
    expect(text.split('\n')[o.line - 1]).toContain('在 2018 年');
    expect(o.due).toBe('2018-06-30');
  });

  it('a yearly duty whose day is named later in the sentence is one yearly rule', () => {
    const o = only('县级以上政府原则上每年报告1次,一般当年一季度完成对上年度生态环境状况的报告。');
    expect(o).toMatchObject({ kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1' });
  });
});

describe('unit lists outside brackets', () => {
  it('a line that is only 责任单位:… gives its units to the item above', () => {
    const { obligations } = extractText(
      gazetteDocument({ body: '1. 2019年6月底前建成全省统一平台。\n\n责任單位：省政務服務數據管理局、省財政廳' }),
      'list-line.txt',
    );
    expect(obligations).toHaveLength(1);
    expect(obligations[0].lead).toEqual(['省政務服務數據管理局']);
    expect(obligations[0].co).toEqual(['省財政廳']);
  });

  it('an unbracketed list closing the item', () => {
    const o = only('2. 2019年底前完成评估。责任单位:省发展改革委牵头,省统计局配合。');
    expect(o.lead).toEqual(['省发展改革委']);
    expect(o.co).toEqual(['省统计局']);
  });
});

describe('co-operating units named around the predicate', () => {
  it.each([
    ['2018年4月底前,各级政府部门明确电子文件归档范围,由同级档案行政管理部门负责审定。', ['各级政府部门'], ['同级档案行政管理部门']],
    ['消防部门要会同建设、财政等部门组织建筑产权单位论证评估,2018 年 6 月底前逐栋制定整改方案。', ['消防部门'], ['建设、财政等部门', '建筑产权单位']],
    ['2019年4月底前,县级以上政府要组织督导本行政区域内纳入清查范围的所有政策性粮食承储企业开展自查。', ['县级以上政府'], []],
  ])('%s', (body, lead, co) => {
    const o = only(body);
    expect(o.lead).toEqual(lead);
    expect(o.co).toEqual(co);
  });
});

const leadOf = (body: string) => only(body).lead;

/** A table of one-record bodies and the lead each must get. */
const leads = (rows: Array<[string, string[]]>) => it.each(rows)('%s', (body, lead) => expect(leadOf(body)).toEqual(lead));

describe('persons and offices acting for the body are units', () => {
  leads([
    ['值班人员要在接到报告后30分钟内报告带班领导。', ['值班人员']],
    ['县政府分管领导每季度对联系乡镇开展1次督导。', ['县政府分管领导']],
    ['综合科要于每月5日前汇总上月信息。', ['综合科']],
    ['各业务科室须在每周五前报送本周工作动态。', ['各业务科室']],
    ['各巡查组务必在2019年10月底前完成第一轮巡查。', ['各巡查组']],
    ['工作专班办公室务必于2019年5月10日前报送方案。', ['工作专班办公室']],
    ['文件传阅完毕后交还档案室;一般情况下经办人员应在3个工作日内办结。', ['经办人员']],
  ]);

  leads([
    ['加强组织领导,各区县要于2019年6月底前建立工作台账。', ['各区县']],
    ['成立工作领导小组,各街道要在2019年7月底前完成摸底。', ['各街道']],
    ['加强业务人员培训,2019年9月底前完成全员轮训。', []],
    ['学科建设于2020年底前完成评估。', []],
    ['资产重组于2020年底前完成。', []],
  ]);
});

describe('receivers and clauses are not names', () => {
  it.each([
    // The unit a file is sent to acts in the step whose period follows it.
    ['由综合处填写登记表,送财务处提出复核意见(2个工作日)。', ['财务处']],
    ['各县区须于每年2月底前报送计划;当年新增项目的须于市财政局下达资金后15个工作日内报送计划。', ['各县区']],
    ['坚持问题导向,充分依靠街道办事处开展摸排,2019年底前形成评估报告。', []],
    ['聚焦重点地区和薄弱环节,到2021年实现光纤全覆盖。', []],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'receivers.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    for (const o of all) expect(o.lead).toEqual(lead);
  });
});

describe("a sentence's opening unit with a verb of its own", () => {
  leads([
    ['受理中心收到申请材料后,一般应在3个工作日内作出答复。', ['受理中心']],
    ['登记机关受理后,营业执照2个工作日办结。', ['登记机关']],
    ['第十条 办理。责任单位接到交办件,一般件在7个工作日内反馈结果。', ['责任单位']],
    ['市行政服务中心就审批流程组织梳理,2019年10月底前完成目录编制。', ['市行政服务中心']],
    ['(二)在材料齐全的情况下,不动产登记中心受理后,抵押登记5个工作日内办结。', ['不动产登记中心']],
  ]);

  leads([
    // A unit that only names whose report or funds are meant is no subject.
    ['行政机关年度报告应涵盖全年情况,于每年2月底前公布。', []],
    ['市财政局的资金到位后,2019年底前完成改造。', []],
  ]);
});

describe('the agent after 由 in the clause of the deadline or the one after it', () => {
  leads([
    ['会议通知一般应在会前3天发出,由督查科通知被检查单位。', ['督查科']],
    ['每月的抽查采取随机方式进行,在月初由各小组带队领导确定对象。', ['各小组带队领导']],
    ['改造工程于2019年6月底前完成,由区住建局组织验收。', ['区住建局']],
    // A subject named after the 由 clause leads; the organiser does not.
    ['2019年5月底前,由市政府统一组织,各县区政府对辖区企业进行检查。', ['各县区政府']],
  ]);
});

describe('由A向B报送…, B审核后上报: B receives what A sends and is not the actor', () => {
  leads([
    ['每年3月底前,由各乡镇向县农业局报送项目材料,县农业局汇总后上报市农业局。', ['各乡镇']],
    ['每季度末,由区商务局报市商务局备案,市商务局审查后转报省商务厅。', ['区商务局']],
    ['2020年6月底前,由各学校向区教育局提交自查报告,区教育局复核后统一上报。', ['各学校']],
    // The later subject is no receiver of the agent: it acts, as before.
    ['2020年6月底前,由市卫健委向各医院下发通知,区卫健局组织复查。', ['区卫健局']],
    ['2019年5月底前,由市交通局统一组织,各县交通局对辖区道路进行检查。', ['各县交通局']],
  ]);
});

describe('a subject stays the subject of the sentences after it until another is named', () => {
  it.each([
    ['各街道要建立巡查台账。区城管局要加强对街道的指导。每月底前汇总通报巡查结果。', ['区城管局']],
    ['1.市教育局会同市财政局制定实施细则。2019年9月底前完成试点评估。', ['市教育局']],
    ['受理中心收到投诉后,应逐件登记。如需转办,要在3个工作日内转交有关单位。', ['受理中心']],
    // A sentence about another topic ends the chain; the paragraph's opening subject speaks again.
    ['各县区要完善消防设施。规划部门要预留建设用地。消防站根据需要设在建筑物内的,应在规划中明确。加快配套建设,确保2019年底前消火栓完好率达到100%。', ['各县区']],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'chain.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    expect(all.at(-1)!.lead).toEqual(lead);
  });
});

describe('units of a sentence that names no subject, from how the text names its actor', () => {
  leads([
    // A quoted provision has a subject of its own.
    ['根据《档案法》关于“各级档案馆应当在每年6月底前公布馆藏目录”的规定,制定本办法。', ['各级档案馆']],
    // The unit in whose name the act is done does it.
    ['2021年5月底前,以县政府名义向市发改委报送项目申请。', ['县政府']],
    // The unit a matter is passed to handles it.
    ['对交办各街道的投诉,一般投诉要在3个工作日内办结。', ['各街道']],
    // A requirement naming no one, followed by a request addressed to units.
    ['今年的道路修缮项目要求在9月底前全部完工。请各镇人民政府抓紧组织施工。', ['各镇人民政府']],
    // A condition opening the earlier sentence comes before its actor.
    ['在手续完备的情况下,登记中心受理后当场发证。全程办理时限压缩到3个工作日。', ['登记中心']],
  ]);

  leads([
    // Negatives: the one who passes a matter on, the one a report goes to, and a topic are not actors.
    ['对市委交办的事项,一般在10个工作日内办结。', []],
    ['2021年5月底前,以项目名义申请的资金单独核算。', []],
    ['今年的道路修缮项目要求在9月底前全部完工。请示报告另行报送。', []],
    ['在资金到位的情况下,项目建设进度明显加快。全程办理时限压缩到3个工作日。', []],
  ]);
});

describe('a sentence charging the task before it', () => {
  it.each([
    ['2019年6月底前完成充电设施布局规划编制。该项工作由市发改委负责,市住建局配合。', ['市发改委'], ['市住建局']],
    ['(二)2019年9月底前建成公共停车场。此项任务由市城管局牵头,市交通局、市公安局配合。', ['市城管局'], ['市交通局', '市公安局']],
    ['1.2020年底前完成老旧小区改造。上述工作由区住建局负责。', ['区住建局'], []],
    // Negatives: a sentence that points back without naming a unit, and one about why, charge no one.
    ['2019年6月底前完成充电设施布局规划编制。该项工作由于资金不足推迟。', [], []],
    ['2019年6月底前完成充电设施布局规划编制。该项工作由来已久。', [], []],
    // A sentence that is only "由A负责(实施)" or "A负责" closing the item.
    ['(四)该平台6月底前上线运行后,可提供在线查询服务。由区行政审批局负责实施。', ['区行政审批局'], []],
    ['3.该系统2020年底前完成升级改造,实现数据互通。县卫生健康局负责。', ['县卫生健康局'], []],
    ['该工程10月竣工后,可缓解城区交通拥堵。由市交通局负责落实。', ['市交通局'], []],
    ['二、该绿道11月底前全线贯通。由市体育局负责组织实施。', ['市体育局'], []],
    // Who leads and who helps, said as the division a 部门分工 label gives (广东 2022 分工方案 "省工业和信息化厅牵头,各地、
    // …各成员单位配合"; 兰州 "市建设局牵头,市发改委配合"; 江门 "办公室牵头,各科室配合"), as a sentence after the item.
    ['1.2023年6月底前完成全市项目梳理。市发改委牵头,市财政局、市商务局配合。', ['市发改委'], ['市财政局', '市商务局']],
    ['1.2023年6月底前完成全市项目梳理。市发改委负责,市财政局配合。', ['市发改委'], ['市财政局']],
    ['1.2023年6月底前完成全市项目梳理。市发改委牵头,各县(市、区)人民政府、市财政局配合。', ['市发改委'], ['各县(市、区)人民政府', '市财政局']],
    // The roles parted by an enumeration comma, as in brackets.
    ['1.2023年6月底前完成全市项目梳理。市发改委牵头、市财政局配合。', ['市发改委'], ['市财政局']],
    ['1.2023年6月底前完成全市项目梳理。市发改委负责、市财政局配合。', ['市发改委'], ['市财政局']],
    ['(二)2023年9月底前建成公共停车场。市城管局牵头。', ['市城管局'], []],
    // Negatives: units the dated sentence names stand; the next item's charge and an interpretation clause give none.
    ['市财政局要于9月底前完成资金拨付。由市审计局负责实施。', ['市财政局'], []],
    ['(一)该系统12月底前建成。(二)完善管理制度。由市民政局负责实施。', [], []],
    ['该系统12月底前建成,可实现数据共享。\n由市民政局负责实施。', [], []],
    ['各项补助资金于每年3月底前拨付到位。本办法由市财政局负责解释。', [], []],
    ['各项补助资金于每年3月底前拨付到位。由市财政局负责解释。', [], []],
    // Negatives: a division followed by more work is no charge of the item; the dated sentence's own subject stands.
    ['1.2023年6月底前完成全市项目梳理。市发改委牵头,各部门配合,建立长效机制。', [], []],
    ['1.各乡镇要于2023年6月底前完成摸底。县民政局牵头,县财政局配合。', ['各乡镇'], []],
  ])('%s', (body, lead, co) => {
    const o = only(body);
    expect(o.lead).toEqual(lead);
    expect(o.co).toEqual(co);
  });
});

describe('a request naming no one is made to those the notice is addressed to', () => {
  const ADDRESSEES = ['各市、县(市、区)人民政府', '省政府直属各单位'];
  leads([
    ['请于2019年5月底前将普查方案报县统计局。', ADDRESSEES],
    ['请认真贯彻执行,并于每年12月10日前报送年度总结。', ADDRESSEES],
    ['二、请各镇(街道)在9月底前完成整改。', ['各镇(街道)']],
    // The topic asked for may stand before 请.
    ['检查结果请于2019年4月30日前报送县政府办公室。', ADDRESSEES],
    ['三、有关材料请于每月5日前报县统计局。', ADDRESSEES],
  ]);

  leads([
    // Negatives: 请示 is no request to the reader, nor is 请 inside a word (申请, 报请), and a sentence with no 请 is no request.
    ['申请人于2019年5月底前提交材料。', []],
    ['请示报告于2019年10月底前报县政府。', []],
    ['2019年6月底前完成摸底排查。', []],
  ]);
});

describe('由A opening the earlier sentence names its actor', () => {
  it.each([
    ['1.由市审计局组织两次专项检查。第一次检查在2019年4月底前完成。', ['市审计局']],
    // Negative: 由于 gives a reason, not an actor.
    ['由于资金紧张,项目有所推迟。2019年4月底前完成招标。', []],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'chain.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    expect(all.at(-1)!.lead).toEqual(lead);
  });
});

describe('a body holds its own meeting: X全体会议每年召开, X每季度召开1次例会', () => {
  leads([
    ['县减灾委全体会议每年至少召开一次。', ['县减灾委']],
    ['市食安委全体成员会议原则上每年召开2次。', ['市食安委']],
    ['部门联席会议原则上每季度召开1次全体会议。', ['部门联席会议']],
    ['区领导小组一般每半年召开1次例会。', ['区领导小组']],
    // The body named in the meeting's own name after 召开, and a joint-meeting body convened on a schedule.
    ['原则上每月召开镇领导小组例会,听取上月工作进展情况。', ['镇领导小组']],
    ['市联席会议原则上每季度召开一次。', ['市联席会议']],
    // A meeting with no body before it, or a name that is no body, names no holder.
    ['全体会议每年至少召开一次。', []],
    ['年度工作会议每年召开一次。', []],
    ['每季度召开一次项目工作座谈会。', []],
  ]);
});

describe('a unit whose document a clause dates and sends owes it: X工作方案应于…前报…', () => {
  leads([
    ['县统计局年度统计报告应于每年3月15日前报送市统计局。', ['县统计局']],
    ['各乡镇联络员名单于2019年5月10日前报县委组织部。', ['各乡镇']],
    ['市住建局的整改方案应当于2019年9月底前向社会公布。', ['市住建局']],
    // The document only described, or the clause not sending it: no owner is read.
    ['行政机关年度报告应涵盖全年情况,于每年2月底前公布。', []],
    ['县统计局年度统计报告应于每年3月15日前完成审核。', []],
    ['项目实施方案应于2019年6月底前报送县发改局。', []],
  ]);
});

describe('a frame opening a sentence (按照…要求, 根据…, 为确保…) comes before its actor, who is carried', () => {
  it.each([
    ['按照上级部署和要求,各地各部门要结合实际加快推进。要将具体措施于2019年6月10日前公开发布。', ['各地', '各部门']],
    ['(三)根据工作需要,市城管局要加强巡查。2019年6月底前汇总通报巡查结果。', ['市城管局']],
    ['为确保按期完成,各街道要建立工作台账。2019年6月底前完成摸底。', ['各街道']],
    ['结合本地实际,各乡镇要制定方案,2019年5月底前报县农业局。', ['各乡镇']],
    // The units a frame's sentence requires act, as a subject does (see 'units a clause requires act').
    ['结合实际,要求各乡镇开展自查。2019年6月底前完成摸底。', ['各乡镇']],
    // Negatives: a frame with no actor after it, a frame that is a duty of its own, and a unit that is only a topic.
    ['按照省里部署,要加快推进。2019年6月底前完成摸底。', []],
    ['结合实际,要求开展自查。2019年6月底前完成摸底。', []],
    ['根据工作需要,市城管局巡查范围扩大到郊区。2019年6月底前完成摸底。', []],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'frame.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    expect(all.at(-1)!.lead).toEqual(lead);
  });
});

describe('units + 的 + the document each owes, as the subject of its sending', () => {
  leads([
    ['各市统计局、各县统计局的月报于每月五日前报送。', ['各市统计局', '各县统计局']],
    ['县统计局年报于每年2月底前报送市统计局。', ['县统计局']],
    ['县财政局、县审计局的年度报告应于每年3月底前报送市政府。', ['县财政局', '县审计局']],
  ]);
});

// A subject list whose first name is written inside a later one (市长 in 副市长) is addressed as any other: each acts.
describe('a subject list whose first name stands inside a later one', () => {
  leads([
    ['市长、副市长应当在收到报告后5日内审阅。', ['市长', '副市长']],
    ['局长、副局长应当在收到报告后5日内审阅。', ['局长', '副局长']],
    ['省教育厅、省教育厅直属各单位要于2019年6月底前报送自查报告。', ['省教育厅', '省教育厅直属各单位']],
  ]);
});

describe('a subject list parted by commas, as a salutation parts its groups', () => {
  it.each([
    ['各县(市、区)人民政府,市直各部门要于2019年6月底前报送自查报告。', ['各县(市、区)人民政府', '市直各部门']],
    ['各县区政府,市直各部门要加强领导。2019年6月底前完成摸底。', ['各县区政府', '市直各部门']],
    ['各县区政府,市直各部门要加强领导,于2019年6月底前完成摸底。', ['各县区政府', '市直各部门']],
    ['各省民政厅,计划单列市民政局的月报于每月十五日前报送,年报于每年二月底前报送民政部。', ['各省民政厅', '计划单列市民政局']],
    // Negatives: a clause that is not names alone, and a unit the clause's subject acts after, are no part of the list.
    ['关于市财政局,市审计局要在2019年6月底前完成审计。', ['市审计局']],
    ['各地区、各部门要高度重视,主要领导要亲自抓。每月25日前报送推进情况。', ['各地区', '各部门']],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'commas.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    for (const o of all) expect(o.lead).toEqual(lead);
  });
});

describe('a numbered heading run into its body on one line, parted by white space alone', () => {
  it.each([
    ['(二)填表单位 本制度发至县级部门。(三)报送时间 各市统计局于每月五日前报送月报。', ['各市统计局']],
    ['(二)工作要求 各乡镇要加强领导。2019年6月底前完成摸底。', ['各乡镇']],
    ['(三)报送日期 各省民政厅,计划单列市民政局的月报于每月十五日前报送。', ['各省民政厅', '计划单列市民政局']],
    // Negatives: with no white space the words after the number are one clause (报送 takes an object), and a
    // space right after the number parts no heading.
    ['(三)报送各市统计局月报。2019年6月底前完成。', []],
    ['(三) 2019年6月底前完成摸底。', []],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'run-in.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    for (const o of all) expect(o.lead).toEqual(lead);
  });
});

describe('其中…由A负责,…由B负责: the parts of the last task before it, each done by its own unit', () => {
  it.each([
    ['力争2019年10月底前完成三项办法的制定。其中《甲办法》由市财政局负责,《乙办法》由市民政局负责。', ['市财政局', '市民政局']],
    ['2019年12月底前完成标准编制。其中,《甲规范》由市国资委负责;《乙规范》由市政府办公室(以下简称“市府办”)负责。', ['市国资委', '市政府办公室']],
    ['2019年12月底前完成标准编制。其中《甲规范》、《乙规范》由市国资委负责,《丙规范》由市公安局牵头负责。', ['市国资委', '市公安局']],
    // Negatives: one part alone charges no whole task, and a 其中 sentence charging no one names no unit.
    ['力争2019年10月底前完成三项办法的制定。其中《甲办法》由市财政局负责。', []],
    ['力争2019年10月底前完成三项办法的制定。其中,甲办法已经出台。', []],
  ])('%s', (body, lead) => expect(only(body).lead).toEqual(lead));

  it('an earlier step of the sentence is not among the parts', () => {
    const body = '2019年6月份明确责任单位,开展编制工作,力争2019年12月底前完成。其中《甲规范》由市国资委负责,《乙规范》由市公安局负责。';
    const all = extractText(gazetteDocument({ body }), 'parts.txt').obligations;
    expect(all.map((o) => o.lead)).toEqual([[], ['市国资委', '市公安局']]);
  });
});

describe('a numbered heading that is only the names of units heads their duties', () => {
  it.each([
    ['一、巡查规定\n\n1、一级网格办公室\n\n每两个月组织相关部门对二级网格进行检查指导。', ['一级网格办公室']],
    ['(一)市财政局\n\n负责资金拨付,2019年6月底前完成。', ['市财政局']],
    ['(一)市财政局:\n\n1.2019年6月底前完成资金拨付。\n\n2.每季度末通报进度。', ['市财政局']],
    // Negatives: a heading naming work, or a verb and its object, heads no unit; a heading as high ends the section.
    ['(三)加强宣传\n\n2019年10月底前完成宣传。', []],
    ['二、建设“无欠薪”县(市、区)\n\n到2020年底,力争实现全覆盖。', []],
    ['(一)市财政局\n\n负责资金拨付。\n\n(二)工作要求\n\n2019年10月底前完成自查。', []],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'unit-heading.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    expect(all.at(-1)!.lead).toEqual(lead);
  });
});

describe('a target set for several subjects, each in a clause of its own, is each one\'s', () => {
  leads([
    ['到2020年,地级及以上城市基本建成分类系统;其他城市实现公共机构全覆盖。', ['地级及以上城市', '其他城市']],
    ['到2022年,各设区市至少有1个区实现全覆盖,其他各区至少有1个街道建成示范片区,各县至少有1个镇建成示范片区。', ['各设区市', '各县']],
    // Negatives: a deadline that is no target keeps its own subject, and a clause with no subject adds none.
    ['2020年底前,各设区市完成评估;各县完成自查。', ['各设区市']],
    ['到2020年,各设区市基本建成分类系统,实现公共机构全覆盖。', ['各设区市']],
  ]);
});

describe('请 addresses the units after it, who act in the clauses that follow', () => {
  it.each([
    ['当前正值作业时节,请各相关区县结合轮作特点,加快推进,确保2019年11月底圆满完成作业任务。', ['各相关区县']],
    ['请各乡镇加快推进,确保2019年6月底前完成。', ['各乡镇']],
    // A role in quotes names who acts for the units, not another unit.
    ['请各地、各部门“一把手”亲自抓,总负责,于2017年1月23日前将方案报市政府督查室。', ['各地', '各部门']],
    ['各单位“一把手”要于2019年6月底前报送方案。', ['各单位']],
    // Negatives: 请示 addresses no one, and a quoted slogan after a name is no role of it.
    ['请示报告于2019年10月底前报县政府。', []],
    ['开展“三个一”活动,各单位“回头看”于2019年6月底前完成。', []],
  ])('%s', (body, lead) => {
    const all = extractText(gazetteDocument({ body }), 'request.txt').obligations;
    expect(all.length).toBeGreaterThan(0);
    expect(all.at(-1)!.lead).toEqual(lead);
  });
});

describe('a line going on from one ending in ; is a member of the same list, with the same subject', () => {
  it('takes the subject of the line above', () => {
    const body = '(四)加强协调。各单位工作方案于2019年7月底前报市安委办;\n每月25日前将汇总表报送市安委办;\n2019年12月20日前将总结报市安委办。';
    expect(extractText(gazetteDocument({ body }), 'list.txt').obligations.map((o) => o.lead)).toEqual([['各单位'], ['各单位'], ['各单位']]);
  });
  it('a new numbered item starts fresh', () => {
    const body = '各单位工作方案于2019年7月底前报市安委办;\n二、每月25日前将汇总表报送市安委办。';
    expect(extractText(gazetteDocument({ body }), 'list.txt').obligations.map((o) => o.lead)).toEqual([['各单位'], []]);
  });
  it('a line after one closed by 。 does not go on from it', () => {
    const body = '各单位工作方案于2019年7月底前报市安委办。\n每月25日前将汇总表报送市安委办。';
    expect(extractText(gazetteDocument({ body }), 'list.txt').obligations.map((o) => o.lead)).toEqual([['各单位'], []]);
  });
});

describe('a sentence closed by a colon gives its subject to the numbered items under it', () => {
  it.each([
    ['第五条 各乡镇按以下要求报送:\n(一)每月5日前报送上月进展情况;\n(二)每季度末报送季度总结。', [['各乡镇'], ['各乡镇']]],
    ['一、各单位要做好以下工作:\n(一)2019年6月底前完成摸底;\n(二)县财政局于2019年9月底前拨付资金。', [['各单位'], ['县财政局']]],
    // Negatives: a lead-in naming no unit gives none, and the items end at a block that is no deeper item.
    ['主要内容如下:\n(一)2019年6月底前完成摸底。', [[]]],
    ['一、各单位要做好以下工作:\n(一)2019年6月底前完成摸底。\n二、工作要求\n2019年10月底前完成验收。', [['各单位'], []]],
  ])('%s', (body, leads) => {
    expect(extractText(gazetteDocument({ body }), 'lead-in.txt').obligations.map((o) => o.lead)).toEqual(leads);
  });
});

describe('a salutation is no lead-in: the items under it keep their own units', () => {
  it('names no one acting in the items', () => {
    const text = gazetteDocument({ body: '(一)2019年6月底前完成摸底。' });
    expect(extractText(text, 'salutation.txt').obligations.map((o) => o.lead)).toEqual([[]]);
  });
});

describe('a frame before the clause that points at the list, and a service window as a unit', () => {
  it('the clause holding 以下 names the subject of the items', () => {
    const body = '第九条 对在窗口统一办理的事项,局办事窗口对内按以下情况分别办理:\n(一)对当即受理的事项登记后,应于2019年6月底前移交相关处室;';
    expect(extractText(gazetteDocument({ body }), 'window.txt').obligations.map((o) => o.lead)).toEqual([['局办事窗口']]);
  });
});

describe('a list of units marked 牵头 leads whole, with or without 由 before it', () => {
  it.each([
    ['由县发改委、县财政局牵头,各乡镇配合,2019年6月底前完成清理。', ['县发改委', '县财政局'], ['各乡镇']],
    ['由县发改委、县财政局等单位牵头,各乡镇配合,2019年6月底前完成清理。', ['县发改委', '县财政局'], ['各乡镇']],
    ['县发改委、县财政局共同牵头,各乡镇配合,2019年6月底前完成清理。', ['县发改委', '县财政局'], ['各乡镇']],
    // Negatives: 牵头 after one unit marks that one alone; a list that is no one's subject, before a 牵头单位 label, keeps
    // the first-listed rule.
    ['由县发改委牵头,县财政局、各乡镇配合,2019年6月底前完成清理。', ['县发改委'], ['县财政局', '各乡镇']],
    ['县发改委、县财政局2019年6月底前完成清理。', ['县发改委'], ['县财政局']],
  ])('%s', (body, lead, co) => {
    const o = only(body);
    expect(o.lead).toEqual(lead);
    expect(o.co).toEqual(co);
  });
});

describe('units a clause requires act, not the one requiring them', () => {
  it.each([
    ['省建设厅要求各市建设局会同财政部门尽快将任务分解下达到县,并于2018年2月26日前将分解情况上报省建设厅。', ['各市建设局'], ['财政部门']],
    ['会上,县林业局局长提出了整改措施,要求各有关乡镇积极行动起来,务必在2018年9月30日前完成清林整地。', ['各有关乡镇'], []],
    ['县长要求县财政局抓紧拨付资金,2018年8月底前拨付到位。', ['县财政局'], []],
    ['县长责成县交通局于2018年6月底前完成道路修复。', ['县交通局'], []],
    ['市政府要求各县区高度重视。2018年10月底前完成排查。', ['各县区'], []],
    // Negatives: 要求 as a noun and a unit that meets a requirement act as they did; a requirement forbidden charges
    // the units after it with nothing (企业 is no lead).
    ['按照省政府要求,各地要于2018年6月底前完成自查。', ['各地'], []],
    ['各地不得要求企业重复提交材料,2018年6月底前完成清理。', [], []],
    ['县财政局按要求于2018年6月底前完成资金拨付。', ['县财政局'], []],
    // 要求 closing a frame that opens inside the clause (A按照B要求…) is B's requirement: A acts, and what follows 要求 is
    // no unit ("承办单位按照督查督办单要求时限办理" gave the unit 时限办).
    ['承办单位按照督查督办单要求时限办理,2018年6月底前办结。', ['承办单位'], []],
    ['县财政局依照省财政厅工作要求及时拨付资金,2018年6月底前拨付到位。', ['县财政局'], []],
    ['各乡镇根据县政府统一要求抓紧排查,2018年6月底前完成。', ['各乡镇'], []],
    // 雅安 2014 (audit-texts/units-scope/23): the units a later clause requires act in the sentences after it.
    ['宋开慧强调了农房重建的重要性,要求各乡镇务必将农房重建作为头等大事来抓。二是抓未开工情况,必须在2018年9月20日前达到全面开工。', ['各乡镇'], []],
    // Negatives: a sentence opening with its own actor keeps it; a requirement that names no unit carries none.
    ['县财政局要加强资金管理,要求各乡镇积极配合。2018年6月底前完成拨付。', ['县财政局'], []],
    ['县长强调了农房重建的重要性,要求严格把关。2018年9月20日前达到全面开工。', [], []],
    ['第一条根据部门预算管理要求及厅内各处室职责,制定本规程。预算处于2018年12月10日前提供控制数。', ['预算处'], []],
    ['根据预算管理要求各处室职责,制定本规程。2018年12月10日前提供控制数。', [], []],
  ])('%s', (body, lead, co) => {
    const o = only(body);
    expect(o.lead).toEqual(lead);
    expect(o.co).toEqual(co);
  });
});

describe("a paragraph's opening subject speaks for the sentences from its own on", () => {
  it.each([
    // The second sentence's unit is not the first one's: 排水户 and 申请人 name no unit, and the first duty keeps none.
    ['第十二条 排水户应当于每年3月31日前报送上年度排水情况。主管部门应当自收到报告之日起15日内进行核查。', [[], ['主管部门']]],
    ['第十条 申请人应当于2019年6月30日前补齐材料。受理机关应当在5个工作日内予以登记。', [[], ['受理机关']]],
    // A title sentence before it takes nothing; the subject speaks for its sentence and those after it.
    ['(一)加强培训。各地要于2019年6月底前完成轮训。2019年9月底前完成考核。', [['各地'], ['各地']]],
  ])('%s', (body, leads) => {
    const all = extractText(gazetteDocument({ body }), 'opening.txt').obligations;
    expect(all.map((o) => o.lead)).toEqual(leads);
  });
});

// A 职责分工 section gives each unit its duties as a paragraph the unit heads: before a colon ("(一)市安全生产监督管理局:
// 履行…", "县级部门:成立统计办公室,负责…") or as a title sentence of its own ("县环保局。负责对全县秸秆禁烧工作实施统一
// 监督…"), read in audit-texts/units-scope/14, 15, 34, 35.
describe('a unit heading its paragraph speaks for every duty in it', () => {
  it.each([
    ['(一)市发展改革委:负责防汛项目审批,2019年6月底前完成项目批复;每季度报送项目进展。', [['市发展改革委'], ['市发展改革委']]],
    ['县环保局。负责对全县秸秆禁烧工作实施统一监督,2019年6月底前完成执法检查。', [['县环保局']]],
    ['(二)市公安局、消防局:负责消防监督,2019年5月底前完成隐患排查;每月通报检查情况。', [['市公安局', '消防局'], ['市公安局', '消防局']]],
    // Negatives: a member naming a unit of its own keeps it; a title that is no unit, and a label, head nothing.
    ['(一)市发展改革委:负责防汛项目审批;市财政局要于2019年6月底前拨付资金。', [['市财政局']]],
    ['(二)水库巡查。负责水库巡查,2019年5月底前完成安全鉴定。', [[]]],
    ['责任单位:负责水库巡查,2019年5月底前完成安全鉴定;每月报送进展。', [[], []]],
  ])('%s', (body, leads) => {
    const all = extractText(gazetteDocument({ body }), 'heading.txt').obligations;
    expect(all.map((o) => o.lead)).toEqual(leads);
  });
});
