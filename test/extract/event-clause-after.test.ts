import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// The event a period counts from is read from the clause of time before it. Two forms kept more than the event:
// - "X后,ACTOR应当于N日内…": the actor between the clause and its modal was taken into the event when X's verb is not
//   one EVENT_VERB knows ("网络安全事件处置工作结束后,网络运营者应当于30日内…" gave the whole opening, item number and
//   actor). Real: 网络安全事件报告管理办法 第八条 (find_string 70500811248), its draft ("事件处置结束后,运营者应当于5个工作
//   日内…", pages: 网信中国 快讯); the same form with a known verb ("事故发生后,事故现场有关人员…;单位负责人接到报告后,应当于
//   1小时内", audit-texts subjects2/03) already read the event alone.
// - "X后的N日内": 后 stayed in the event ("事故发生后"). Real: audit-texts (校园安全事故: "在事故发生后的2小时内,由校方负责人…"),
//   find_string 1687778874 ("应在变更后的5个工作日内书面通知对方"), 43397557162 ("在核算完毕后的5个工作日内一次性支付"),
//   12629852603 ("在不可抗力发生后的5个工作日内履行完毕"), 35709941347 ("在每个核算日之后的5个工作日内…支付托管费"),
//   3476261076 ("在与乙方所有费用结清后的15日内将剩余费用返还乙方"), 48878140102 ("在您提交作业后的5个工作日内批改").
const eventsOf = (body: string) =>
  recordsOf({ body }).filter((r) => r.kind === 'sla').map((r) => [r.expression, r.within!.after ?? r.within!.before]);

describe('the event a period counts from, read from the clause of time before it', () => {
  it.each([
    ['一、网络安全事件处置工作结束后,网络运营者应当于30日内向主管部门报送总结报告。', [['30日内', '网络安全事件处置工作结束']]],
    ['应急响应终止后,县应急管理局应在15个工作日内完成总结评估。', [['15个工作日内', '应急响应终止']]],
    ['工单派发后,承办单位须在24小时内签收。', [['24小时内', '工单派发']]],
    ['项目竣工验收合格后,建设单位应当在15日内办理备案。', [['15日内', '项目竣工验收合格']]],
    ['接警后,消防救援队伍要在5分钟内出动。', [['5分钟内', '接警']]],
    ['事故发生后的2小时内,事发单位应向县应急管理局报告。', [['2小时内', '事故发生']]],
    ['各责任单位在任务交办后的10个工作日内反馈办理情况。', [['10个工作日内', '任务交办']]],
    ['事故发生之后的1小时内,事发单位应当向县政府报告。', [['1小时内', '事故发生']]],
    ['合伙企业应在每个核算日之后的5个工作日内向托管人支付托管费。', [['5个工作日内', '每个核算日']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  // Events read alone before keep their words; a time word closed by 后 (今后, 此后) is no event.
  it.each([
    ['事故发生后,事发单位应在1小时内向县政府报告。', [['1小时内', '事故发生']]],
    ['承办单位接到转办件后,应在5个工作日内办结。', [['5个工作日内', '承办单位接到转办件']]],
    ['行政机关应当自信息形成或者变更之日起20个工作日内予以公开。', [['20个工作日内', '信息形成或者变更']]],
    ['各乡镇在收到督办通知后3日内上报整改情况。', [['3日内', '收到督办通知']]],
    ['发生较大以上突发事件后,事发地乡镇人民政府应在30分钟内电话报告、1小时内书面报告县政府。', [['30分钟内', '发生较大以上突发事件'], ['1小时内', '发生较大以上突发事件']]],
    ['今后,各县要在30日内完成自查。', []],
    ['此后,各单位须在10日内报送名单。', []],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });
});

// "在接报后,应快速向县委、县政府有关领导呈报;…并在10分钟内向市政府总值班室报告" (德化 2014 应急预案, audit-texts): the period's
// clause goes on with 并 after a clause charging the same subject with an act; the act (呈报) was read as the event, and
// 接报 itself, known only as 接报后, was missed where 在 stood before it. The form is common in rules of reporting and
// service (find_string: "应在30分钟内联系信息技术部,并在2小时内提交安全事件单" 60085909750, "煎好的药液应当及时滤过,并在2小时
// 内包装" 15247514650, "请相关负责人立即处理,并在2小时内提交应急处置方案" 66626813263, "我会立即为您处理,并在2小时内给您明确
// 回复" 69785640744, "请及时登录后台查看,并在1小时内处理" 27638194607, "须在15分钟内在应急群通报,并在2小时内向客户发送" 65977740622);
// it misread only where the charged act holds a word of EVENT_VERB. A clause naming another's act before a new subject's
// period ("A应立即向B报送信息,B应于1小时内…") still gives that act: A's report is where B's count starts.
describe('a clause charging the same subject with an act, before its period goes on with 并', () => {
  it.each([
    ['县政府总值班室在接报后,应快速向县委、县政府有关领导呈报,并在10分钟内向市政府总值班室报告。', [['10分钟内', '接报']]],
    ['收到报告后,县政府要立即研究并报送县委,并在2小时内向市政府报告。', [['2小时内', '收到报告']]],
    ['各乡镇接到预警信息后,要及时回复县防指,同时在2小时内上报转移情况。', [['2小时内', '各乡镇接到预警信息']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  it.each([
    ['事发单位应立即向县应急管理局报送信息,县应急管理局应于1小时内向县政府报告。', [['1小时内', '单位应立即向县应急管理局报送信息']]],
    ['县森林防火指挥部办公室接报后,应在30分钟内向县政府报告。', [['30分钟内', '县森林防火指挥部办公室接报']]],
    ['乡镇政府接到预警信息后,要立即组织转移,并在2小时内上报转移情况。', [['2小时内', '乡镇政府接到预警信息']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });
});

// A clause closed by 时 sets the case a count starts from, whatever its verb: with a verb EVENT_VERB does not know (患病, 出现,
// 有…症状, 达到) and none known near it, the period was counted from the document's date (a relative due the next day); near
// another sentence's 发现 it took that sentence for its event. The form is the 学校和托幼机构传染病疫情报告工作规范 template
// copied into school rules: 三杨小学 2020 "…或者共同用餐、饮水史时,学校疫情报告人应当在1小时内报出相关信息", "个别学生出现不明
// 原因的高热、呼吸急促或剧烈呕吐、腹泻等症状时,学校疫情报告人应当在1小时内报出相关信息", "学校发生群体性不明原因疾病…时,…"
// (audit-texts audit12/13), 学校 2020 "…或者有共同用餐、饮水史时,学校疫情报告人应当在24小时内报出相关信息" (24), a school's
// rule "疫情報告人在發現…疑似傳染病病人時,城鎮于2小時內,農村于6小時內…報告" ×3 (25, traditional), 传染病防治法实施办法
// 第三十五条 as quoted ("责任疫情报告人发现…疑似传染病病人时,城镇于6小时内,农村于12小时内…报告", pages fenyunshixun,
// pinxiaotong), 传染病信息报告管理规范 ("…或发现其他传染病和不明原因疾病暴发时,应于2小时内将传染病报告卡通过网络报告",
// pages beiweimall), find_string 55419336598 ("发生医院感染暴发时,应在2小时内向所在地卫生行政部门报告") and 3755710278
// ("当水库水位达到113.5米时,应在2小时内向防指报告"). Words of time ending in 时 (同时, 届时, 17时), a need (必要时) and a state that
// allows a manner of acting (德化 2014 "情况紧急时,可先电话报告,并在10分钟内…": the count runs from 接报) name no case.
describe('a clause closed by 时 is the case its period counts from', () => {
  it.each([
    ['一、出现聚集性疫情时,属地乡镇要在1小时内向县指挥部报告。', [['1小时内', '出现聚集性疫情']]],
    ['二、在同一班级1天内有3例以上发热病例时,学校疫情报告人应当在1小时内报告县疾控中心。', [['1小时内', '同一班级1天内有3例以上发热病例']]],
    ['三、个别学生出现不明原因的高热等症状时,学校疫情报告人应当在24小时内报出相关信息。', [['24小时内', '个别学生出现不明原因的高热等症状']]],
    ['四、当水库水位达到警戒水位时,管理单位应在2小时内向县防指报告。', [['2小时内', '水库水位达到警戒水位']]],
    ['学校疫情报告人发现传染病病人时,应当在2小时内报告。', [['2小时内', '学校疫情报告人发现传染病病人']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });

  it.each([
    ['五、必要时,县疾控中心要在2小时内到达现场。', []],
    ['六、同时,各乡镇要在10日内报送排查情况。', []],
    ['七、届时,各单位要在3日内完成整改。', []],
    ['八、每日17时,各乡镇要在1小时内报送当日情况。', []],
    ['县政府总值班室在接报后,应快速向县领导呈报;情况紧急时,可先电话报告,并在10分钟内向市政府总值班室报告。', [['10分钟内', '接报']]],
  ])('%s', (body, expected) => {
    expect(eventsOf(body)).toEqual(expected);
  });
});
