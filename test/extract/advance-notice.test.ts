import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// 提前N天 counts back from an act the sentence sets before it. Epidemic notices of 2020-2022 set it in a clause of its own,
// a condition closed by 的, a time closed by 前 or the persons concerned, and leave the clause of 提前 a bare modal or
// request (必须, 请, 需) or an actor and its modal: the period was missed ("请提前3天", "需提前3天", "要提前10天", "应提前2天")
// or read with the modal for its event ("必须"). Real (audit-texts audit12): 汉中 2022 "確需返回的,必須提前3天向所在村(社區)、
// 單位報備" (06), 渭南 2022 "假期确需返渭或必须外出的人员,请提前3天向居住地所属社区(村)…进行报备" (07), 西藏 2022 "所有进(返)
// 藏人员进(返)藏前,需提前3天通过藏易通“入藏报备”小程序完成报备" (08), 婚丧倡议 "对于确实不能延后延期的,要提前10天向属地村
// (居)委会报备" (17), 运城 "真正需要返乡的,必须提前3天向目的地村(社区)和单位报到" (19), 富阳 2022 "…的来(返)富人员,要提前
// 2天通过“舒心返”小程序进行自主申报" (20), 海阳 "确需出行的返乡人员,必须提前3天通过…小程序向所属村居(社区)报备" (22), 杭州
// 2022 "疫情中高风险及重点地区来杭返杭人员,应提前2天向户籍或常住地所在村(社区)进行报备" (23), 宣城 2022 "请拟从外地特别是
// 上海等市域外疫情发生地返乡的大学生,提前3天通过皖事通APP…报备" (30, the clause of 提前 empty); the same form in rules found by
// find_string ("如需调班,请提前3天向科室主任申请" 28941314864; "提前终止本协议的,须提前15天以书面形式通知对方" 48068917306;
// "任何一方中途解除合同的,须提前30日书面通知对方" 68309256371).
const advancesOf = (body: string) =>
  recordsOf({ body })
    .filter((r) => r.kind === 'sla')
    .map((r) => [r.expression, r.within!.days, r.within!.before ?? null]);

describe('提前 counts back from the act set in the clause before it', () => {
  it.each([
    ['一、确需返乡的,必须提前3天向所在村(社区)报备。', [['提前3天', 3, '确需返乡']]],
    ['二、假期确需返渭或必须外出的人员,请提前3天向居住地所属社区(村)、工作单位进行报备。', [['提前3天', 3, '假期确需返渭或必须外出']]],
    ['三、所有进(返)藏人员进(返)藏前,需提前3天通过小程序完成报备。', [['提前3天', 3, '所有进(返)藏人员进(返)藏']]],
    ['四、举办婚丧嫁娶等活动的,要提前3天向村(居)委会报备。', [['提前3天', 3, '举办婚丧嫁娶等活动']]],
    ['对于确实不能延后延期的,要提前10天向属地村(居)委会报备。', [['提前10天', 10, '确实不能延后延期']]],
    ['七、各类培训机构恢复线下培训的,须提前7日向县教育局书面报告。', [['提前7日', 7, '各类培训机构恢复线下培训']]],
    ['八、确需举办大型活动的,主办单位应提前5个工作日报县疫情防控指挥部审批。', [['提前5个工作日', 5, '确需举办大型活动']]],
    ['5月21日起,疫情中高风险地区来杭返杭人员,应提前2天向所在村(社区)进行报备。', [['提前2天', 2, '疫情中高风险地区来杭返杭人员']]],
    ['2.提前3天报备:确需出行的返乡人员,必须提前3天通过小程序向所属村居(社区)报备。', [['提前3天', 3, '确需出行的返乡人员']]],
    ['確需返回的,必須提前3天向所在村(社區)、單位報備。', [['提前3天', 3, '確需返回']]],
    ['如需调班,请提前3天向科室主任申请。', [['提前3天', 3, '如需调班']]],
    ['一、请拟从外地返乡的大学生,提前3天通过小程序向居住地所在村(社区)报备。', [['提前3天', 3, '拟从外地返乡的大学生']]],
    ['3.确需来琼的,请至少提前24小时向目的居住地所在的镇街进行申报。', [['提前24小时', 1, '确需来琼']]],
  ])('%s', (body, expected) => {
    expect(advancesOf(body)).toEqual(expected);
  });

  // An actor with no clause of its case before it stands for the event as it did; a clause before it that names no case
  // (a heading, a time it was said in) leaves the actor; a clause ending in no modal is the event itself.
  it.each([
    ['五、外地返乡人员要提前24小时向所在社区报告行程。', [['提前24小时', 1, '外地返乡人员']]],
    ['返乡人员需要提前3天进行报备。', [['提前3天', 3, '返乡人员']]],
    ['加强源头管控,返乡人员要提前3天向村(社区)报备。', [['提前3天', 3, '返乡人员']]],
    ['请各单位提前3天报送参会名单。', [['提前3天', 3, '请各单位']]],
    ['工作人员要提前30分钟到达会场。', [['提前30分钟', 0, '工作人员']]],
    ['3.请至少提前24小时向目的居住地所在的镇街进行申报。', [['提前24小时', 1, '请至少']]],
  ])('%s', (body, expected) => {
    expect(advancesOf(body)).toEqual(expected);
  });
});

// A period looking back over where a person has been, or over how fresh a test is, says who is concerned or what to
// carry; nothing is done within it. Real (audit-texts audit12): 西藏 2022 "7日内有低风险旅居史的人员执行“三天两检”" (08),
// 聊城 2022 "要将返乡时间、14天内旅居史和接触史、个人联系方式等详细事项主动报备", "提前将返乡时间、14日内旅居史和接触史…报备",
// "并须持48小时内核酸检测阴性证明来聊" (18), each an sla; the same forms read right already where no event stood near
// (拉萨 2022 "14天内有中高风险地区所在县(区、旗,直辖市的街道、乡镇)旅居史的来(返)拉人员", 内蒙古 2020 "入境我区前14日内有过
// 确诊病例或疑似病例密切接触史", 富阳 2022 "7天内有中高风险区…旅居史人员", "回来时携带48小时内核酸检测阴性证明").
describe('a period that looks back over a travel history or a test', () => {
  it.each([
    ['返乡人员抵达后,7日内有低风险旅居史的人员执行“三天两检”。', []],
    ['返乡人员抵达后,要将返乡时间、14天内旅居史和接触史等详细事项主动报备。', []],
    ['疫情重点地区人员确需返回的,抵达后须持48小时内核酸检测阴性证明。', []],
    ['14天内有中高风险地区所在县(区、旗,直辖市的街道、乡镇)旅居史的人员,抵达后一律集中隔离。', []],
    ['收到通知后,须持7日内核酸检测报告进场。', []],
  ])('%s', (body, expected) => {
    expect(advancesOf(body)).toEqual(expected);
  });

  // A report or act named between the period and the history is a duty; so is a test to take within the period.
  it.each([
    ['返乡人员抵达后,应在12小时内向所在社区报告旅居史。', [['12小时内', 1, null]]],
    ['返乡人员抵达后,应在24小时内完成核酸检测。', [['24小时内', 1, null]]],
    ['返乡人员抵达后,须在3日内申报14天内旅居史。', [['3日内', 3, null]]],
  ])('%s', (body, expected) => {
    expect(advancesOf(body)).toEqual(expected);
  });
});

// A period in which acts are forbidden has nothing to be done by its end. Real: 北京 2022 "返京后7日内不聚餐、不聚会、不前往
// 人群密集场所" (audit-texts audit12/34, and the same sentence in 北京 pages of 清明 2022 and 3月 2022: "進返京後7日內不聚餐、
// 不聚會", "7日内不聚餐、不聚会、少外出"), 北京 考试院 "抵京7日内不聚餐、不聚会、不前往人员密集场所" (find_string 52154209990),
// 郑州 "建议市域外抵郑人员7日内不聚餐、不聚会、不前往人群密集场所,不探亲访友" (36060775902), 苏州 2022 "倡导来(返)苏州人员7日内
// 不聚餐、不聚会、不前往人群密集场所" (pages, qubaike): each was an sla of 7 days.
describe('a period in which acts are forbidden', () => {
  it.each([
    ['进返京人员返京后7日内不聚餐、不聚会、不前往人群密集场所。', []],
    ['建议市域外抵郑人员7日内不聚餐、不聚会、不前往人群密集场所,不探亲访友。', []],
    ['解除隔离人员返回后14天内不得参加聚集性活动。', []],
    ['入境人员抵达后7日内严禁进入学校、养老机构。', []],
  ])('%s', (body, expected) => {
    expect(advancesOf(body)).toEqual(expected);
  });

  // A trigger settled after it, an act charged beside the ban, a count opened by 不 and a duty with 要 stay as they were.
  it.each([
    ['返乡人员抵达后3天内不得外出,并完成2次核酸检测。', [['3天内', 3, null]]],
    ['出院患者出院后14天内要做好居家健康监测。', [['14天内', 14, null]]],
    ['冷链从业人员收到通知后7日内不少于2次核酸检测。', [['7日内', 7, null]]],
    ['申请人收到通知后10日内不提交材料的,视为放弃。', []],
  ])('%s', (body, expected) => {
    expect(advancesOf(body)).toEqual(expected);
  });
});
