import { describe } from 'vitest';
import { leads } from './last-record.ts';

// A notice asks (请) for a report, a return or an opinion. Whoever stands after 请 is asked and acts, whatever matter
// is fronted before it ("推荐表请各单位于…报送"); a request naming no one is made to those the notice is addressed
// to, never to the office that asks, the issuer speaking of itself (我局) or the unit the report goes to. Synthetic
// cases written from real notices read (统计报表 南宁江南 2018, 征求意见 湖州 2021 and 厦门 2018, 推荐 新乡 2020,
// 会议回执 and 督查 notices), in audit-texts/notices-gen.

const addressees = ['各市、县(市、区)人民政府', '省政府直属各单位'];

describe('the one asked stands after 请, whatever matter is fronted before it', () => {
  leads([
    ['一、年报和季度报表请各单位于1月11日前完成填报。', ['各单位']],
    ['二、自查报告请各乡镇于3月5日前报送县局。', ['各乡镇']],
    ['三、推荐表请县直各单位于4月10日前报送县委宣传部。', ['县直各单位']],
    ['六、参会回执请各参会单位于5月25日前传真至会务组。', ['各参会单位']],
    ['县教育局请各学校在6月1日前完成排查。', ['各学校']],
  ]);
  leads([
    // Negatives: 申请 and 邀请 ask nothing of a unit; a subject before 要 is still the subject.
    ['各乡镇要于5月10日前完成申请材料审核。', ['各乡镇']],
    ['县民政局要于5月10日前邀请专家完成评审。', ['县民政局']],
  ]);
});

describe('a request naming no one is made to the addressees, never to who asks or receives', () => {
  leads([
    ['我局起草了《管理办法》,现公开征求意见,请将意见于7月26日前反馈至市运输中心。', addressees],
    ['县政府将于5月组织督查,请于4月30日前将自查报告报送县政府督查室。', addressees],
    ['本委负责汇总全省情况。请于4月20日前将联系人名单报送本委办公室。', addressees],
    ['有关材料请于5月20日前报送省政府办公厅。', addressees],
  ]);
  leads([
    // Negatives: a subject that is neither asker nor receiver still acts; so does one named after 请.
    ['各乡镇要高度重视,请于5月底前将整改情况报送县政府。', ['各乡镇']],
    ['请各县(市、区)于6月10日前报送工作总结。', ['各县(市、区)']],
  ]);
});

// "各部门请于2023年10月31日14:00前将…发…" (上海应用技术大学 2023, audit-texts/units-scope/28), "2.上报时间:各单位请于7月10日
// 前将两个表格及时返回", "各单位请于每月月底将该考核表收齐交于学生处助贷科" (notices and forms read through find_string): units
// under 各 before a 请 that names no one after it are the ones asked.
describe('units under 各 right before a 请 that names no one are the ones asked', () => {
  leads([
    ['一、各部门请于10月31日前将情况表电子版发资产处。', ['各部门']],
    ['2.上报时间:各单位请于7月10日前将两个表格及时返回。', ['各单位']],
    ['三、各乡镇、各街道请于6月30日前报送自查报告。', ['各乡镇', '各街道']],
  ]);
  leads([
    // Negatives: a single unit before 请 may be the one asking; a unit named after 请 is asked instead of those before it.
    ['县教育局请于6月30日前报送工作总结。', addressees],
    ['各乡镇请县直各单位于6月30日前报送名单。', ['县直各单位']],
  ]);
});

// 请求 is the matter a party asks for (复查请求, 复核请求, 投诉请求), never 请 asking a unit: "收到复核请求的机关、单位应当自
// 收到复核请求之日起30日内提出复核意见" (广东 信访 问答, gdwsxf), "收到复核请求的行政机关应当自收到复核请求之日起30日内…"
// (信访条例 第三十五条 as quoted by uianet), "由收到复查请求的行政机关作出复查意见" (山东 复查复核办法, jxxfw and lfvj),
// "有关国家机关收到信访人维护其合法权益的请求后…" (北京 信访条例 第二十九条), in audit-texts/rules2. The body that receives
// the request is the subject, as the one receiving an application is (收到复核申请的机关); it was read as the one asked after
// 请, a unit called 求的行政机关.
describe('a body named by the request it received is the subject, not one asked', () => {
  leads([
    ['收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见。', ['收到复核请求的机关、单位']],
    ['收到复核请求的行政机关应当自收到复核请求之日起30日内提出复核意见。', ['收到复核请求的行政机关']],
    ['收到复查请求的县信访局应当在15日内答复。', ['收到复查请求的县信访局']],
    ['县信访局收到复查请求后,应当在15个工作日内提出复查意见。', ['县信访局']],
    ['信访人提出投诉请求的,县信访局应当自受理之日起60日内办结。', ['县信访局']],
  ]);
  leads([
    // Negatives: 请 asking still names the one asked, with or without a matter fronted; 申请 reads as before.
    ['复查材料请各乡镇于5月10日前报送县信访局。', ['各乡镇']],
    ['请县信访局于5月10日前答复。', ['县信访局']],
    ['收到复核申请的行政机关应当自收到之日起30日内作出复核决定。', ['收到复核申请的行政机关']],
  ]);
});
