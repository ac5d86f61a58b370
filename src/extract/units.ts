/**
 * Responsible units: recognising unit names, splitting enumerations of them, and reading the
 * markers (牵头, 配合, 按职责分工负责) that say who leads.
 */

import { nestingAt, nestingOfCode } from './brackets.ts';
import type { LabelField } from './item-labels.ts';
import { type NormalisedText, spaceBefore } from './normalise.ts';
import { RecentAnswers } from './recent.ts';
import { BARE_CO_LABEL, BARE_LEAD_LABEL, BODY, CARRIED_OUT, CHARGE_ADVERB, CO_LABEL, CO_MARK, CO_WORD, LEAD_ACT, LEAD_LABEL, LEAD_WORD, LIST_OPENING_LABEL, OVERALL_CHARGE, RANK_WORD, ROLE_COPULA, UNIT_LIST_LABEL, type UnitRole, labelRole } from './role-labels.ts';

export interface Units {
  lead: string[];
  co: string[];
}

export const NO_UNITS: Units = { lead: [], co: [] };

/**
 * An item's number in normalised text: (一), 一、, 1., ②, 第三条; the one-character numbers a word processor's lists
 * give (⑴, ⒈, ㈠) and their bullets (●, ◆, ★, ——, a list's mark and nothing else where it opens a paragraph).
 */
export const ITEM_NUMBER = /(?:[(][一二三四五六七八九十\d]+[)]|[一二三四五六七八九十]+[、.]|\d+[.、](?!\d)|\d+[.、](?=(?:19|20)\d\d\s*年)|[①-⑳⑴-⒛㈠-㈩]|[●◆◇■□▲△★☆•►▶◎※]|——|第[一二三四五六七八九十百\d]+条)/;
/** An item's number opening a text. */
export const ITEM_OPENING = new RegExp(`^${ITEM_NUMBER.source}`);

/**
 * 以 opening a clause that names its units as those who lead or answer for the work ("以市住建局为牵头单位,…", role-labels.ts
 * ROLE_COPULA): the units are the clause's subject.
 */
const NAMED_AS_LEAD = `以(?=[^,;。]{2,40}?(?:为|作为)(?:${LIST_OPENING_LABEL})(?:[,;。]|$))`;

/**
 * A law's article quoted ahead of its text ("《中华人民共和国行政复议法》第三十一条 行政复议机关应当…", "法律依据:《行政
 * 许可法》第四十二条,…", "行政复议法第十七条 行政复议机关收到…"): the law's name and the article's number, as an
 * article's own number, stand before the subject and are no part of it.
 */
const CITED_ARTICLE = '《+[^《》]{2,40}》+第[\\d一二三四五六七八九十百]+条|[^,;。:《》\\d]{2,16}(?:法|条例)第[\\d一二三四五六七八九十百]+条';

/**
 * What may stand before a clause's subject: punctuation, connectives, 即 spelling out what a name of the work means
 * ("办前面商,即各承办单位在…"), 请 addressing it, an item's number,
 * 一是/二是 of an enumeration, a condition on the whole clause (一般情况下, 原则上).
 */
const CLAUSE_OPENING = new RegExp(`^(?:[,;:、]|并|同时|其中|另外|此外|即(?![将时日刻便使可])|请(?![示求])|${NAMED_AS_LEAD}|涉及(?:到)?的?|(?:一般|特殊|紧急)?情况下|原则上|一般|[一二三四五六七八九十]是|${CITED_ARTICLE}|${ITEM_NUMBER.source})+`);

/** Units spelt as the document writes them, found in the text they were read from. */
export function unitsAsWritten(units: Units, spell: (name: string) => string): Units {
  return { lead: spelt(units.lead, spell), co: spelt(units.co, spell) };
}

/**
 * Names spelt, pushed rather than mapped: map's array is of another kind once the code calling it is
 * optimised, and code reading a finding's units (readDocument's) was thrown away at it (node --trace-deopt: wrong map).
 */
function spelt(names: string[], spell: (name: string) => string): string[] {
  const out: string[] = [];
  for (const name of names) out.push(spell(name));
  return out;
}

/** How a unit's name ends: the organ types of Chinese government and the bodies it works with. */
const UNIT_HEADS = [
  '政府', '人民政府', '办公厅', '办公室', '委员会', '领导小组', '工作组', '小组', '成员单位', '单位', '部门', '机关', '机构',
  '厅', '委', '院', '中心', '集团', '公司', '分公司', '支行', '分行', '银行', '海关', '监管局', '协会',
  '商会', '联合会', '工会', '总工会', '妇联', '团委', '团省委', '团市委', '残联', '科协', '侨联', '文联', '社', '队', '站',
  '室', '股室', '人员', '领导', '班子成员', '领导班子', '专班', '窗口', '党组织', '社会组织', '基层组织', '群团组织', '经济组织', '自治组织', '科室', '馆', '学校', '医院', '企业', '基地', '街道', '乡镇', '财政', '兵团',
  // 社会团体, 人民团体, 群众团体: bodies registered and inspected as social organisations are.
  '团体',
  // The federations and associations people's organisations are named by (省工商联, 县社科联, 市台联, 县消协), and the
  // institutions a sector's notices charge as they charge its offices: schools (各高校, 各中小学, 县委党校, 各中心校,
  // 各幼儿园), broadcasters and weather stations (县广播电视台, 市气象台), banks (县农商行), prisons.
  '工商联', '社科联', '台联', '消协', '党校', '高校', '中学', '小学', '大学', '中心校', '幼儿园', '电视台', '气象台', '农商行', '监狱',
  '开发区', '高新区', '新区', '工业区', '产业区', '园区', '景区', '保税区', '示范区', '试验区',
  // 镇街 (广东, 重庆) and 街镇 (上海): a district's towns and street offices together, the level under it, as 乡镇 is a
  // county's (各镇街配合, 属地镇街应立即发布公告, 各街镇环卫所).
  '镇街', '街镇',
  // The offices of the 河长制 and its kind, each charged by name with patrols and reports.
  '河长', '湖长', '林长', '网格长', '网格员', '巡河员', '保洁员', '护林员',
  // The posts a duty is laid on by name (单位负责人接到报告后,应当于1小时内…; 党委(党组)书记每年至少上党课1次; 县长要…): who holds
  // the post must act, as the office of a 河长 must.
  '负责人', '负责同志', '责任人', '书记', '主任', '领导干部', '法定代表人',
  '省长', '市长', '州长', '县长', '区长', '乡长', '镇长', '乡镇长', '村长', '厅长', '局长', '处长', '科长', '站长', '所长', '校长', '院长',
  '设区市', '县(市、区)', '市、县(市、区)', '区、县(市)', '县(市)', '地区', '各地', '试点地区', '省级有关部门',
];
/**
 * One-character heads that also end common words (学科, 重组, 之处, 场所, 全部, 社会, 部署, 承办): a head only
 * when none of these characters stands right before it.
 */
const HEAD_UNLESS_AFTER: Record<string, string> = {
  科: '学本专外内理工百牙儿眼',
  组: '重改编分机词',
  处: '之好到用益难长短何此彼',
  // 场所, 住所 (a place, a residence: "缴费单位因住所变动…") are words.
  所: '场住',
  // 格局, 布局, 大局, 开局, 结局, 变局, 困局, 僵局…: a pattern, a layout, the whole, a situation, no bureau (政局 is left out:
  // 民政局, 财政局, 邮政局). A plan's target "到2025年,多元共治的生态保护格局基本确立" named a unit called 多元共治的生态保护格局.
  局: '格布大开结变困僵骗赌棋残饭',
  部: '全内局干总细股按',
  // 将会, 也会, 还会, 都会, 就会: the modal after an adverb, not a body's head.
  会: '社机大年约参与开将也还都就',
  署: '部签布',
  // 承办, 交办, 转办, 代办, 主办, 举办, 在办…: verbs of handling a matter, not an office (市政府办, 扶贫办); so is 办 after
  // the manner of holding an event ("喜事缓办、丧事简办、宴会不办", "喜事延办", "“红事”停办"), the slogan of 2020-2022 notices
  // on weddings and funerals, whose headings ("一、倡导婚事缓办", "二、丧事简办。") were read as the units of the items under them.
  办: '承交转代协主包举创开兴在督缓简延停不',
  // A county bureau's offices are 股 (规划股, 财计股, 农业股: 南县 2018 住建局 内设…人事股、财计股、法规股…21个股室; 宿松 2023
  // 县财政局农业股), as a city's are 科 and a province's 处; 入股, 控股, 持股, 炒股, 优先股, 一股 are words.
  股: '入控参持屁配新炒买卖通先一二两几这那每',
  // A town named by its name (昌化镇, 龙头乡) is its government; 城镇, 城乡, 全镇, 本乡, 下乡 are words.
  镇: '城全本我该此各乡集重市县村小古名',
  乡: '城全本我该此各下家返故老',
};

/**
 * The heads grouped by their last character. Subjects are sought by trying every prefix of a
 * clause, so this is asked of many strings: one look-up of the last character settles most of them.
 */
const HEADS_BY_LAST_CHAR: Array<{ heads: string[]; unlessAfter?: string }> = [];
/**
 * For each character code, 1 + the index of its group in HEADS_BY_LAST_CHAR, or 0: a typed array, since
 * an array indexed by the codes themselves, a few entries up to U+9FFF and holes between, is kept by V8
 * as a slow dictionary.
 */
const HEAD_ENTRY_BY_CODE = new Uint8Array(0x10000);
function headsEndingIn(code: number): { heads: string[]; unlessAfter?: string } {
  if (HEAD_ENTRY_BY_CODE[code] === 0) HEAD_ENTRY_BY_CODE[code] = HEADS_BY_LAST_CHAR.push({ heads: [] });
  return HEADS_BY_LAST_CHAR[HEAD_ENTRY_BY_CODE[code] - 1];
}
for (const head of UNIT_HEADS) headsEndingIn(head.charCodeAt(head.length - 1)).heads.push(head);
for (const [head, unlessAfter] of Object.entries(HEAD_UNLESS_AFTER)) headsEndingIn(head.charCodeAt(0)).unlessAfter = unlessAfter;
if (HEADS_BY_LAST_CHAR.length > 255) throw new Error('more last characters of heads than a byte numbers');

/** Does `name` end in a unit's head? */
function endsInUnitHead(name: string): boolean {
  const index = HEAD_ENTRY_BY_CODE[name.charCodeAt(name.length - 1)];
  // Undefined for an empty name, whose last code is NaN.
  if (!index) return false;
  const entry = HEADS_BY_LAST_CHAR[index - 1];
  if (entry.unlessAfter !== undefined && (name.length === 1 || !entry.unlessAfter.includes(name[name.length - 2]))) return true;
  for (const head of entry.heads) if (name.endsWith(head)) return true;
  return false;
}

/**
 * Cities named by their rank or their group (地级及以上城市, 其他设区城市, 重点城市, 各城市): each city's
 * government acts for it, as 各设区市 does. A city named by a quality (智慧城市, 文明城市) is no group of bodies.
 */
const CITY_GROUP = /(?:地级|设区|不设区|重点|试点|省会|副省级|县级|各|其他|其余|所有)(?:及以上)?的?城市$/;

/**
 * A place under 各 (各地, 各设区市, 各县(市、区)) ends in one of these; 居 is a residents' community as a level of
 * its own beside the village (各村居, 各村、居: 村(居)委会).
 */
const DISTRIBUTIVE_PLACE_END = '地省市州盟旗县区镇乡村居级)';

/**
 * 1 for each character a complete unit's name can end in, before a closing 等: a head's last, or a
 * place's under 各. isCompleteUnit and parseUnitList rule names out by it first: a new way for a
 * name to end (in isCompleteUnit's endsAsUnit) must add its last characters here.
 */
const MAY_END_UNIT = new Uint8Array(0x10000);
// 场 ends 各乡镇场 (TOWNSHIPS_AND_FARMS).
for (const head of [...UNIT_HEADS, ...Object.keys(HEAD_UNLESS_AFTER), ...DISTRIBUTIVE_PLACE_END, '场']) MAY_END_UNIT[head.charCodeAt(head.length - 1)] = 1;

const DENG = '等'.charCodeAt(0);

const [COMMA, SEMICOLON, FULL_STOP, COLON] = [',', ';', '。', ':'].map((ch) => ch.charCodeAt(0));

/** Is the character at text[i] a clause break (`,;。:`), which no name holds? */
function isClauseBreakAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === COMMA || code === SEMICOLON || code === FULL_STOP || code === COLON;
}

/**
 * Can text[start, end) be a complete unit's name, judged by its last character alone? Most prefixes
 * of a clause cannot, and are ruled out without being cut from it.
 */
function mayEndUnit(text: string, start: number, end: number): boolean {
  // An empty name (isCompleteUnit('')) is ruled out before reading text[-1]: a read out of bounds threw its optimised code away.
  if (end <= start) return false;
  let last = end - 1;
  if (text.charCodeAt(last) === DENG) last--;
  return last >= start && MAY_END_UNIT[text.charCodeAt(last)] === 1;
}

const TOWNSHIPS_AND_FARMS = /^各(?:乡镇|乡|镇)场$/;
const DETERMINED_ORGANISATIONS = /^(?:有关|相关|各类|其他)组织$/;

/** A meeting named by what it is for: 现场会, 推进会, 调度会, 座谈会, 动员大会 (委员会, 联席会议 are bodies). */
const MEETING = /(?:现场|推进|调度|座谈|动员|培训|交办|表彰|部署|总结|汇报|观摩|协调|点评|通报|布置|誓师|启动|碰头|评审|论证|听证|发布)大?会$/;

/**
 * The first words of bodies' names that are also verbs, adverbs or the modal 应: 应急 (各区县应急管理局), 研究
 * (市政府研究室), 全面深化改革 (市委全面深化改革委员会办公室), 依法治市 (市委依法治市办), 编制 (市委编制委员会
 * 办公室), 统一战线 (市委统一战线工作部), 对台/对外/对口 (县对台办, 市对口支援办), 为民服务 (各乡镇为民服务中心),
 * 重点项目/重点工程 (各县重点项目办公室), 以工代赈, 开发区 (各县开发区管委会), 实施 (实施单位). Each only with a head a body's name
 * ends in, so that the verbs themselves still end a subject (市政府研究决定…, 各单位应急处置…, 各县重点抓好…).
 */
const BODY_NAME_OPENING = (() => {
  // A head as a body's name ends in, not the verb it opens (处置, 部署, 办理, 所有).
  const head = '(?:局|厅|部(?!署|分)|办(?!理|法)|委员会|中心|处(?!置|理)|科|站|所(?!有|需)|队|协会)';
  return (
    `(?:应急[^,;。:、]{0,8}?${head}|研究(?:室|中心|院|所)|全面深化改革(?:委员会|领导小组)|依法治[省市县区](?:委员会)?办|编制(?:委员会|办)|` +
    `统一战线|对(?:台|外|口)[^,;。:、]{0,6}?${head}|为民服务(?:中心|站)|重点(?:项目|工程)[^,;。:、]{0,4}?${head}|以工代赈办|开发区|` +
    // A unit named by the work it does (实施单位, 举办单位), as 建设单位 and 申报单位 are; verbs whose object 单位 may be
    // (报送单位名单, 组织单位开展) are not among them.
    `(?:实施|举办|起草|编制|开发)单位)`
  );
})();

/**
 * 组织 naming the organisation departments at the head of a list of fields one head closes ("组织、人事、民政等部门",
 * "组织、人社部门"), as 建设 names the construction ones; before a list of verbs ("组织、协调各部门") it is the verb.
 */
const ORGANISATION_FIELD = '组织(?=(?:、[^、,;。:各有相关]{1,3})+等?部门)';
const OPENS_WITH_ORGANISATION_FIELD = new RegExp(`^${ORGANISATION_FIELD}`);
/**
 * A verb or preposition inside a would-be name: what it names is an act or a relation, no unit. 督促, 指导 and 督导 name a body's
 * work in its name (县农技指导站, 督导组) but before 各 or 有关 they set others to work (县住建局指导各乡镇). 选择 and 若干 pick some
 * units out of a kind ("由各设区市选择若干县(市、区)进行试点", 浙江 2017 无欠薪): the act of choosing, not a name.
 */
const VERB_IN_NAME = new RegExp(`选择|若干|明确|完成|开展|推进|建立|成立|制定|(?:督促|指导|督导)(?=各|有关|相关)|实施(?!单位)|编制(?!委员会|办|单位)|(?<!党|社会|基层|群团|经济|自治|^有关|^相关|^各类|^其他)(?!${ORGANISATION_FIELD})组织(?!部)|提交|报送(?!单位|人员|员)|(?<!自)由|按照|(?<!方)向|通过|把|被(?!(?:检查|督查|巡视|巡察|审计|督导|约谈|通报|抽查|考核|评估|调查|审查|稽查|督办)(?!为|成))|(?<![应针面])对(?![外口台])`);

/**
 * Verbs of an administrative act that also open the names of the bodies doing it (督查室, 统计局, 审批科, 宣传部,
 * 培训中心, 调查队, 登记注册科): after a subject ("县人社局公布考核结果", "县应急管理局赶赴现场", "审批部门作出决定") each
 * opens the predicate, unless a body's head follows within a few characters, where the name goes on.
 */
const ACT_VERB = (() => {
  const bodyHeadNear = '(?![^,;。:、]{0,4}?(?:局|厅|室|办(?!理|法|结|完|妥)|委员会|中心|处(?!置|理)|科(?!学|技)|站|所(?!有|需)|队|组(?!织)|部(?!署|分)))';
  const verbs =
    '作出|做出|公布|公告|公开|通报|申报|申请|开工|竣工|督查|督导|巡查|检查|抽查|自查|核查|复核|审查|审验|审批|批复|验收|考核|评估|' +
    '总结|统计|摸底|调查|清理|清查|整改|招聘|选派|派出|函告|告知|通知|送达|反馈|回复|录入|上传|填报|填写|编写|编发|撰写|修改|更换|' +
    '发出|支付|解决|成立|参加|召集|主持|宣传|培训|赶赴|处置|处理|受理|登记|备案|会商|分解|细化|下拨|核拨|兑付|移送|报请|提请|批准|审定';
  return `(?:${verbs})${bodyHeadNear}`;
})();

/**
 * Words that start a predicate: where a subject ends. Adverbs of norm stand between a subject and its duty or
 * schedule ("承办单位一般应在15天内办结", "各县(市、区)原则上于9月底前完成", "领导小组原则上每季度召开一次");
 * 一般 only before a duty, a time or the expression itself, since it also opens nouns (一般公共预算收入). The words of
 * helping (role-labels.ts's CO_WORD: 配合, 协助…) end a helper's name as a verb does. BODY_NAME_OPENING is not
 * one: words that open a body's name after its level or its superior, though they may open a predicate too.
 */
const PREDICATE_START = new RegExp(
  `^(?!${BODY_NAME_OPENING})(?:原则上|一般(?=应当|应|要|须|必须|在|于|每|按|由|不|均|可|$)|要|务必|决定|应当|应|须|必须|需要|需|将|可|于|在|到|从|对|按照|按|参照|依据|依照|根据|遵照|遵循|对照|围绕|针对|本着|立足|紧扣|结合|会同|联合|(?!${ORGANISATION_FIELD})组织(?!部)|组成(?!人员|部分)|实行|以(?![上下外内及])|牵头|负责(?!人|同志)|${OVERALL_CHARGE}|具体(?=负责|组织|实施|落实|承办|承担|抓|执行|办理)|${CO_WORD}|完成|开展|实现|建成|建立|健全|制定|出台|确定|明确|推进|推动|推广|加快|加强|做好|提交|报送|报|梳理|全面|基本|力争|确保|至少|进行|提出|设立|组建|配备|每|向|与|和|积极|认真|切实|高度(?=重视|关注|警惕)|统一|分别|分级|逐步|整理|收集|汇总|核实|上报|移交|办理|进一步|加大|落实|完善|新建|改造|研究|编制|启动|实施|督促|指导|审核|引导|支持|鼓励|建设|部署|整合|接入|对接|开发|提供|发布(?!时间|日期|机构|单位)|召开|举办|拨付|印发|下达|安排|作为|是|为|共同|协同|承担|抓好|抓紧|做实|加紧|谋划|摸排|排查|公示|答复|办结|发放|起草|修订|签订|兑现|筹集|走访|征求|听取|核定|继续|持续|不断|亲自|带徒|定期|及时|适时|立即|迅速|第一时间|依法|严格|深入|大力|着力|重点|全力|尽快|已|已经|正在|均|都|也|还|并|先行|率先|自(?!然|治)|由|上午|下午|当日|当天|次日)`,
);

/**
 * A unit's refusal, failure or judgement opening the case a rule's sentence provides for ("行政机关不予受理的,", "行政机关
 * 不能当场答复的,", "承办单位无法按期办结的,", "行政机关认为不公开可能对公共利益造成重大影响的,"): the unit is the case's
 * subject, and the subject of the duty after it.
 */
const REFUSAL = '(?:不予|不能|无法|认为)';

/**
 * The modal 会 (will) after a subject's name: "县农业局会在每年3月发布…". Not 会议, 会同, 会商, 会签, 会审, 会员, 会计, 会展,
 * which are words of their own; a name that goes on into 会 (村委会) is read as the longer name (unitEnd).
 */
const WILL = '会(?![议员同商签审计展所场馆])';

/**
 * A unit's receipt of what it must act on, opening the clause after its name: "应急管理部门和负有安全生产监督管理职责的有关部门
 * 接到事故报告后,应当…" (生产安全事故报告和调查处理条例 第十一条), "安監部門和主管部門接到報告後應立即趕赴…". Every name
 * of the list before it receives and acts, as before a modal.
 */
const RECEIVED = '(?:接到|收到|接收|接(?:此|本)?通知)';

/**
 * What may follow a subject's name and open its predicate: PREDICATE_START, or a verb of an administrative act. The
 * verbs are not in PREDICATE_START, which also says what no name begins with: a unit may be named by such a verb
 * (申请单位, 考核结果为不合格的县政府).
 */
const PREDICATE_AFTER_NAME = new RegExp(`${PREDICATE_START.source}|^${ACT_VERB}|^${REFUSAL}|^${WILL}|^${RECEIVED}`);

/**
 * What never begins a unit's name: 关于 (what a text is about), a verb that sends to a receiver (送办公厅, 交还秘书处) or informs
 * one (通知公安机关、劳动保障行政部门、工会和人民检察院: 生产安全事故报告和调查处理条例 第十条), an
 * adverbial, a condition (如需转办), a verb of thinking (充分考虑…部门, 聚焦…地区) or of taking up a means or a topic
 * (采取现场督办, 讨论市政府专题会), a prohibition (不得降低标准、不得按部就班; 严禁…): objects, not subjects; or 除…外,
 * an exception (除上级党委、政府有明确时限要求的外): who is excepted; or a seal affixed (加盖处(局)单位公章后): the seal's owner.
 */
const NOT_A_NAME_START = /^(?:加盖|不得|不能|不要|不准|禁止|严禁|关于|如|若|凡|送|抄送|报送|呈送|通知|交还|送还|交由|交给|提交|转交|转送|充分|考虑|讨论|采取|采用|聚焦|围绕|依托|立足|坚持|针对|利用|借助|随着|经过|经(?![济信贸开管发营侦办手理销纪])|除|转自|摘自|选自|来自|来源)/;
/**
 * "认为不属于本单位办理的,应当…", "不符合受理条件的,…": a verb judging what a case is opens a condition, and a
 * unit inside it (本单位, 本机关) is the case's measure, not an actor. A name that goes on past 的 to its own head
 * ("符合条件的单位", "属于本辖区的企业") is a unit picked out by the condition and stays one.
 */
const JUDGED_CASE = /^(?:认为|确认|属于|不属于|符合|不符合)(?![^的]*的)/;
/**
 * A time that opens a clause (全年对各县…督查, 今年市财政局…): it dates the act, and the name, if any,
 * comes after it.
 */
const TIME_OPENING = /^(?:全年|每年|今年|明年|当年|年内|年底|年初|近期|目前|届时|上半年|下半年|全月|本月|本年|本季度)/;
/** "每周五前报县安委办": the 前 closing a time the time was read without, before a verb: no name starts there (前郭县 does). */
const TIME_CLOSING = /^(?:之|以)?前/;
/**
 * What a name never holds: an item's number ((五), 四、, (1)), a bracket that holds a time (阶段(5月)) or
 * a page's note in square brackets ([接上页]). Where one stands inside a "name", a heading or a
 * note was joined to the line before the body's subject.
 */
const HEADING_INSIDE = /[(][一二三四五六七八九十\d]+[)]|[一二三四五六七八九十]、|[(][^()]*\d[^()]*[)]|[\[\]【】]|^[)]/;
/**
 * 该场馆, 此单位, 上述部门, 本单位: a pointer back to something named before (or to whoever reads the
 * notice), not a name. 本市/本省 + a name is a place's own body and stays one (本市各区人民政府).
 */
const REFERENCE_BACK = /^(?:该|此|这|上述|前述|本(?:单位|部门|机关|机构|系统|行业|企业|科室|级|地区|辖区|场馆|项目))/;
/**
 * A modal with its preposition (须于, 应在), 要求 or 责成 (who requires is not who is required), a verb that sends (抄送, 发至), 是, 了 of a deed done, 或 between alternatives,
 * 至少, a sending verb after 前/后 (受理后报县农业农村局, 汇总后报送市政府) or one that asks (报请, 提请, 请 itself: 推荐表请各单位…)
 * inside, a meeting held (县里将召开…现场会), what a place has or where news comes from (本次大会设有试片室, …电来自国家权威部门),
 * a judgement (信访机构认为不属于本机关处理的) or what a matter belongs to (申请事项不属于自己部门职权范围的): a clause, not a
 * name, unless a 的 after it closes a condition that picks units out (属于本辖区的企业).
 */
const NOT_IN_A_NAME = /(?:须|应|要|必须|应当|务必)(?:于|在|按)|要求|责成|交还|送还|抄送|是|了|[发报送]至|或|至少|[前后](?:报|上报|报送|送交|移交|转交|转送)|报请|提请|呈请|召开|举行|设有|来自|认为|属于(?![^的]*的)|(?<![申邀聘恳])请(?![示求])/;

const recentlyAsked = new RecentAnswers<boolean>(256);

/**
 * A place of two characters whose first is a word a predicate opens with (将乐县, 于都县, 于洪区, 从化区, 从江县, 向阳区,
 * 和平县, 都匀市, 自贡市), before a body of its own (将乐县住建局, 于都县人民政府). The second is no determiner, common
 * noun or direction: 将全县…, 于本市…, 向区住建局报告, 向社区居委会报告, 向新区管委会报告, 向西区教育局报告 are a
 * predicate word and a name; nor is 设 of 设区的市 (…2小时内向设区的市级人民政府或者上一级人民政府报告: 突发公共卫生事件应急
 * 条例 第十九条, once read with the lead "向设区的市级人民政府"). (A county of one character after such a word, 向泾县政府报告,
 * is read as the two-character place: no list of places is kept to tell them apart.)
 */
const PLACE_OPENING = /^[将于从向和都自][^\x00-\u2fff各全本该我此其每他外异原新老城市县区省州镇乡村社辖小山灾片园景校街矿林牧湾特库郊上下邻周两一二三多附治然港厂学考湖病选赛分展产疫禁防营警军战东西南北中前后内左右设](?:县|市|区|旗)(?=.)/;

/**
 * The bodies named by the role they play in the work, a role's verb before a body: "牵头单位要…", "牵頭起草部門應在文件公開后3個工作日內…"
 * (国办 政务公开 要点, layout8/08), "配合单位要建立工作台账" (梁平 2021), "起草单位应当…". The verb opens no predicate there.
 */
const ROLE_HOLDER = new RegExp(`^(?:${LEAD_WORD}|${CO_WORD}|承办|起草|实施|执行)+(?:${BODY}|机关|机构)$`);

/** A name that cannot stand alone before 、: it shares the head of the next one (建设、财政等部门). */
export function isCompleteUnit(name: string): boolean {
  if (!mayEndUnit(name, 0, name.length)) return false;
  // A clause's prefixes are asked again by each reading that seeks its subject: a dozen patterns each time.
  return recentlyAsked.get(name) ?? recentlyAsked.set(name, endsCompleteUnit(name));
}

const BRACKETED = /\([^()]*\)/g;

/** isCompleteUnit of a name that may end a unit (mayEndUnit). */
function endsCompleteUnit(name: string): boolean {
  const n = name.endsWith('等') ? name.slice(0, -1) : name;
  // How a name ends is asked first: subjects are sought by trying every prefix of a clause, and
  // most prefixes end inside a word, which no test of the start or the content need then read.
  const bare = n.endsWith(')') ? n.replace(/\([^()]*\)$/, '') : n;
  const endsAsUnit =
    endsInUnitHead(n) ||
    (bare !== n && endsInUnitHead(bare)) ||
    // 各地, 各设区市, 各县(市、区): a distributive over places is a unit too; what its levels' brackets hold (各镇(街道)、村(社区))
    // is no longer a place.
    (n.startsWith('各') && DISTRIBUTIVE_PLACE_END.includes(n[n.length - 1]) && /^各.{0,10}$/.test(n.includes('(') ? n.replace(BRACKETED, '') : n)) ||
    // 村(社区), 镇(街道): a level and the body standing for it where there is none name that level's bodies.
    LEVEL_ALIAS.test(n) ||
    // 各乡镇场: the townships and the farms governed as townships.
    TOWNSHIPS_AND_FARMS.test(n) ||
    // 相关组织, 有关组织, 各类组织: 组织 after a determiner is the noun, organisations of a kind.
    DETERMINED_ORGANISATIONS.test(n) ||
    CITY_GROUP.test(n);
  // "县农业局会在每年3月发布…", "工作人员会在3个工作日内…": 会 after a whole unit's name is the modal (will), not the head
  // of 协会, 工会, 商会; after 委 it is 委员会 shortened (管委会, 村委会, 常委会, 党委会), and the name goes on.
  if (n.endsWith('会') && n[n.length - 2] !== '委' && isCompleteUnit(n.slice(0, -1))) return false;
  // "隐患320处", "学校12所": a count with its measure word, not an organ; 结合部 (城乡结合部) is a zone between places;
  // a meeting named by what it is for (整治工作现场会, 推进会, 座谈会) is held, no body that acts.
  if (!endsAsUnit || n.endsWith('结合部') || /\d(?:处|所|个|家|座|站|队|组|部|科|室|会|社|馆|院)$/.test(bare) || MEETING.test(n)) return false;
  // A county or a city whose name opens with a function word (将乐县, 于都县, 从化区, 向阳区, 自贡市) opens its body's name
  // as any place does: the words of a predicate are sought after it.
  const place = PLACE_OPENING.exec(n);
  if (place) return endsCompleteUnit(n.slice(place[0].length));
  // A predicate word cannot begin a name, except the nouns among them (建设部门, 建设、财政等部门, 建设主管部门;
  // not 建设“无欠薪”县, a verb and its object).
  // 承担…的 opens a relative clause before the head (承担试点任务的县政府), not a predicate.
  if ((PREDICATE_START.test(n) && !/^(?:建设(?=[、等部单局厅委主行])|每组)/.test(n) && !OPENS_WITH_ORGANISATION_FIELD.test(n) && !/^(?:承担|负责)[^,;。的]{1,16}的/.test(n) && !ROLE_HOLDER.test(n)) || /^(?:在|以|若干|部分|有条件的?|\d(?!\d*个[^,;。]*城市$))/.test(n)) return false;
  const closing = TIME_CLOSING.exec(n);
  if (closing && PREDICATE_START.test(n.slice(closing[0].length))) return false;
  if (NOT_A_NAME_START.test(n) || JUDGED_CASE.test(n) || NOT_IN_A_NAME.test(n) || REFERENCE_BACK.test(n) || TIME_OPENING.test(n) || HEADING_INSIDE.test(n)) return false;
  // 对 before a unit marks it the object of the verb (全年对各县督查); 对外, 对口, 对台 and 应对 are words of names,
  // as 编制 is in 编制委员会 and 编办 (市委机构编制委员会办公室), though a verb elsewhere (编制规划).
  // 被 makes a verb passive (被列为试点单位); a unit that undergoes an inspection or an audit (被检查单位, 被巡视地区)
  // is named by it, and it is that unit that must put right what was found.
  return !VERB_IN_NAME.test(n);
}

/**
 * Splits text at top-level separators, never inside parentheses or quotes. Where several
 * separators start at one place, the first listed is taken (以及 before 及).
 */
function splitTopLevel(text: string, separators: Separators): Array<{ part: string; sep: string }> {
  const out: Array<{ part: string; sep: string }> = [];
  let depth = 0;
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const next = nestingAt(depth, text, i);
    if (next !== depth) depth = next;
    else if (depth === 0) {
      const sep = separatorAt(text, i, separators);
      // 和平县住建局: the 和 opening a place's name parts nothing.
      if (sep && !(sep === '和' && PLACE_OPENING.test(text.slice(i)))) {
        out.push({ part: text.slice(start, i), sep });
        i += sep.length - 1;
        start = i + 1;
      }
    }
  }
  out.push({ part: text.slice(start), sep: '' });
  return out;
}

/** An enumeration comma between two administrative levels (市、县, 区、县) is part of one name. */
const LEVEL = '(?:省|自治区|直辖市|计划单列市|市|州|盟|县|区|旗|乡|镇|街道|村)';
/** The levels of a level's rank standing in its place, in brackets after it: (市), (市、区). */
const LEVEL_ALIASES = `(?:\\(${LEVEL}(?:、${LEVEL})*\\))?`;
/**
 * A level with, in brackets, the levels of its rank that stand in its place where it has none (县(市): a county or a
 * county-level city; 市(州), 县(市、区)): as much a level before an enumeration comma as the bare one ("各县(市)、区卫生局",
 * "各市(州)、县(市、区)人民政府").
 */
const LEVEL_WITH_ALIAS = `${LEVEL}${LEVEL_ALIASES}`;
const LEVEL_PAIR = new RegExp(`${LEVEL_WITH_ALIAS}$`);
const LEVEL_NEXT = new RegExp(`^${LEVEL}(?:[(、]|$|级|政府|人民政府|党委)`);
/**
 * Several bare levels under one 各 ("各省、自治区"): they share the head of the level after them. One level
 * alone (各街道) is a group of its own, and the name after it may be another (县高新区).
 */
const LEVELS_UNDER_EACH = new RegExp(`^各${LEVEL_WITH_ALIAS}(?:、${LEVEL_WITH_ALIAS})+$`);
/** A level opening its own body's name (直辖市民政厅), not a group of its own (市直各部门). */
const LEVEL_WITH_BODY = new RegExp(`^${LEVEL}(?!直)[^各、]+$`);
/** The text up to the next separator or clause break: the part a subject's next name is read from. */
const NEXT_PART = /^[^、,;。:]*/;

/**
 * Does an enumeration comma after `name` stand inside one name: between two levels (市、县政府), or after
 * several levels under one 各 before the last level and the body they share ("各省、自治区、直辖市民政厅(局)")?
 */
function levelsGoOn(name: string, next: string): boolean {
  return LEVEL_PAIR.test(name) && (LEVEL_NEXT.test(next) || ((LEVELS_UNDER_EACH.test(name) || levelUnderEachGoesOn(name, next)) && LEVEL_WITH_BODY.test(next)));
}

/** The rank of a level from the top (省 1, 市 2, 县 3, 乡 4, 村 5); 辖市 (县级市, 江苏's "各辖市、区") is a county's peer. */
const LEVEL_RANK: Record<string, number> = { 省: 1, 自治区: 1, 直辖市: 1, 市: 2, 州: 2, 盟: 2, 计划单列市: 2, 县: 3, 区: 3, 旗: 3, 辖市: 3, 乡: 4, 镇: 4, 街道: 4, 村: 5 };
/** A level LEVEL_RANK ranks, the longer names tried first (直辖市 before 市). */
const RANKED_LEVEL = `(${Object.keys(LEVEL_RANK)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const ONE_LEVEL_UNDER_EACH = new RegExp(`^各${RANKED_LEVEL}${LEVEL_ALIASES}$`);
const LEVEL_OPENING = new RegExp(`^${RANKED_LEVEL}`);

/**
 * "各市、县教育局", "各辖市、区统计局": one level under 各 with a level of its own rank or below after it shares the body named
 * after that one, as 各省、自治区 does; a higher level after it opens a unit of its own ("各街道、县高新区").
 */
function levelUnderEachGoesOn(name: string, next: string): boolean {
  const level = ONE_LEVEL_UNDER_EACH.exec(name);
  const after = level ? LEVEL_OPENING.exec(next) : null;
  return after !== null && LEVEL_RANK[after[1]] >= LEVEL_RANK[level![1]];
}

/**
 * Splits an enumeration of units ("省发改委、省经信委和各市、县(市、区)政府") into names. A part
 * that is no unit by itself (建设 in 建设、财政等部门, 当地人力社保 in 当地人力社保、财政部门) joins the
 * next, since they share its head.
 */
/**
 * A noun of up to five characters with no determiner of its own (办事处, 州, 地区管委会): no 各, no
 * level or place before a head of its own (县财政局, 市直部门), no 有关/所属. It takes a 各 before it.
 */
function isBareNoun(part: string): boolean {
  const p = cleanUnit(part);
  if (LOWER_LEVEL_BODY.test(p)) return true;
  // "村(社区)": a level with the body that stands for it where there is none, in brackets, is as bare as the level.
  const core = p.endsWith(')') ? p.replace(LEVEL_ALIAS, '$1') : p;
  if (core.length < 1 || core.length > 5 || /各|[()]/.test(core) || PREDICATE_START.test(core)) return false;
  return !OWN_DETERMINER.test(core) || LEVEL_ALONE.test(core);
}
const LEVEL_ALIAS = /^(乡|镇|村|街道|社区)\((?:乡|镇|村|街道|社区|办事处|居委会|村委会|场|农场|林场|牧场)\)$/;
/**
 * The body of a township, a sub-district or a village named by its level alone (街道办事处, 乡镇人民政府, 村委会): not
 * one body but every one of that level, as a bare level is, so it takes a 各 before it ("各乡镇人民政府、街道办事处").
 */
const LOWER_LEVEL_BODY = /^(?:乡镇|乡|镇|街道|村|社区)(?:人民政府|政府|办事处|党委|党工委|居委会|村委会|居民委员会|村民委员会)$/;
const OWN_DETERMINER = new RegExp(`^(?:${LEVEL}.|有关|相关|所属|其他|其余|全)`);
const LEVEL_ALONE = new RegExp(`^${LEVEL}$`);

/**
 * One 各 governs the bare nouns listed after it ("各乡镇、办事处", "各区县政府和地区管委会"), and a list of
 * levels sharing one head ("各行署、市、县政府"); a head alone shares the determiners of any name before
 * it ("市直有关部门、单位"): one unit.
 */
function sharesDeterminer(previous: string | undefined, sep: string, part: string): boolean {
  if (previous === undefined || !/^(?:、|和|及|与)$/.test(sep)) return false;
  if (previous.startsWith('各')) return isBareNoun(part) || LEVELS_SHARING_HEAD.test(part);
  return BARE_HEAD.test(part) || (EACH_BEFORE_LAST_NOUN.test(previous) && isBareNoun(part));
}
/**
 * A 各 inside a name before its last noun ("市政府各委、办、局", "行署各局、委、办、处"): it governs that noun and the
 * bare nouns listed after it, all under the body the name opens with, as a 各 opening a name governs those after it.
 */
const EACH_BEFORE_LAST_NOUN = /.各(?:[^各、()]{1,4}、)*[^各、()]{1,4}$/;
/**
 * A head with nothing before it (单位 in 市直有关部门、单位): it names no one alone, and shares the
 * determiners of the name before it, as a bare noun shares a 各.
 */
const BARE_HEAD = /^(?:单位|部门|机构|企业|团体|组织)$/;
/** Levels listed before the head they share: 市、县政府, 县、乡(镇)人民政府. */
const LEVELS_SHARING_HEAD = new RegExp(`^${LEVEL}(?:、${LEVEL})+(?:\\([^()]*\\))?(?:级|政府|人民政府|党委)?$`);

/**
 * Two distributives written one after the other, each with its own 各 ("各地各相关部门", "各市各有关单位"):
 * two groups, as if a 、 stood between them. 各级 only says which levels the next noun spans
 * (各级各部门 is one group), so it never stands alone.
 */
function splitDistributives(name: string): string[] {
  // Most names hold no second 各.
  if (name.indexOf('各', 2) < 0) return [name];
  const out: string[] = [];
  let rest = name;
  for (let i = 2, depth = 0; i < rest.length; i++) {
    depth = nestingAt(depth, rest, i - 1);
    if (depth > 0 || rest[i] !== '各') continue;
    const head = rest.slice(0, i);
    if (isDistributive(head) && startsWithDistributive(rest.slice(i))) {
      out.push(head);
      rest = rest.slice(i);
      i = 1;
    }
  }
  out.push(rest);
  return out;
}

function isDistributive(name: string): boolean {
  return name.startsWith('各') && !name.endsWith('级') && isCompleteUnit(name);
}

/** Does `text` open with a whole 各-name (各部门, 各有关单位(部门))? Reads at most a name's length. */
function startsWithDistributive(text: string): boolean {
  if (!text.startsWith('各')) return false;
  for (let end = 2, depth = 0; end <= Math.min(text.length, 36); end++) {
    depth = nestingAt(depth, text, end - 1);
    if (/[,;。:、]/.test(text[end - 1]) && depth === 0) return false;
    if (depth === 0 && isDistributive(text.slice(0, end))) return true;
  }
  return false;
}

/**
 * Words that part a list, with the codes of their first characters, which most characters of a text are not: `opens`
 * holds 1 for each such code, so a character that opens none is passed over with one look-up, not one per word.
 */
interface Separators {
  words: readonly string[];
  firstCodes: readonly number[];
  opens: Uint8Array;
}

function separators(...words: string[]): Separators {
  const firstCodes = words.map((w) => w.charCodeAt(0));
  const opens = new Uint8Array(0x10000);
  for (const code of firstCodes) opens[code] = 1;
  return { words, firstCodes, opens };
}

/** The first of `separators` that text[i] starts, if any. */
function separatorAt(text: string, i: number, separators: Separators): string | undefined {
  const code = text.charCodeAt(i);
  if (separators.opens[code] === 0) return undefined;
  for (let k = 0; k < separators.words.length; k++) {
    if (separators.firstCodes[k] === code && text.startsWith(separators.words[k], i)) return separators.words[k];
  }
  return undefined;
}

/** What parts the names of a list. */
const LIST_SEPARATORS = separators('、', ',', '以及', '及', '和', '与');

/**
 * The texts split recently, with their names: a table cell is split again straight after it is asked whether it
 * is a list of units (cellKind, then parseUnitList; parseUnitList, then rowUnits' own split), and again for each
 * placing of its row that reads its kind; half the splits of a pass are of a text split before.
 */
const recentSplits = new RecentAnswers<readonly string[]>(256);

export function splitUnits(text: string): string[] {
  const names = recentSplits.get(text) ?? recentSplits.set(text, namesOfList(text));
  // A copy: callers may change the list they get.
  return names.slice();
}

function namesOfList(text: string): string[] {
  const parts = splitTopLevel(text, LIST_SEPARATORS);
  // Where each part first stands, learnt only when a level pair (市、县) asks.
  let firstIndex: Map<string, number> | undefined;
  const partAfter = (part: string) => {
    if (!firstIndex) {
      firstIndex = new Map();
      for (let i = 0; i < parts.length; i++) if (!firstIndex.has(parts[i].part)) firstIndex.set(parts[i].part, i);
    }
    return parts[firstIndex.get(part)! + 1]?.part ?? '';
  };
  const names: string[] = [];
  let pending = '';
  let previousSep = '';
  // The separator before the part that opened `pending`: a pending level pair may turn out governed by 各.
  let pendingSep = '';
  // Was the last name closed by 等 and its head, left out (省政务办等各有关部门)? A bare head after it (和单位) closes the same 等.
  let closedByDeng = false;
  for (const { part, sep } of parts) {
    if (!pending && closedByDeng && BARE_HEAD.test(part)) {
      previousSep = sep;
      continue;
    }
    const joined = pending + part;
    // -1 before the first name, which is never read as names[-1]: an index below 0 is no element but a property name,
    // which V8 makes a string of and looks up through the prototype chain at every read.
    const last = names.length - 1;
    // The part after this one, read only before an enumeration comma where a level ends the name (levelsGoOn).
    const keepTogether =
      sep === '、' && (LEVEL_PAIR.test(part) || LEVEL_PAIR.test(joined)) && (levelsGoOn(part, partAfter(part)) || levelsGoOn(joined, partAfter(part)));
    if (!pending && !keepTogether && last >= 0 && sharesDeterminer(names[last], previousSep, part)) {
      names[last] += `${previousSep}${cleanUnit(part)}`;
      previousSep = sep;
      continue;
    }
    if (!pending) pendingSep = previousSep;
    previousSep = sep;
    if (sep && (keepTogether || (!isCompleteUnit(part) && !isNamedPlace(part) && sep !== ','))) {
      pending = joined + sep;
      continue;
    }
    pending = '';
    const name = cleanUnit(joined);
    closedByDeng = joined.includes('等') && !name.includes('等');
    if (name && joined !== part && last >= 0 && sharesDeterminer(names[last], pendingSep, name)) names[last] += `${pendingSep}${name}`;
    else if (name) names.push(name);
  }
  if (pending) {
    const name = cleanUnit(pending.replace(/(?:、|,|以及|及|和|与)$/, ''));
    if (name) names.push(name);
  }
  const out: string[] = [];
  for (const name of names) for (const part of splitDistributives(name)) out.push(part);
  return out;
}

// cleanUnit's patterns, made once: it is run on every name of every list.
const SPACES = /\s+/g;
/**
 * "市安委会有关成员单位(详见任务分工)": a note pointing elsewhere is no part of the name; nor is the short form a name
 * defines for the text after it ("国务院第四次全国经济普查领导小组办公室(以下简称“国务院经普办”)").
 */
const NOTE_ELSEWHERE = /\((?:详见|具体见|另见|见|以下简称|简称)[^()]*\)$/;
const LEADING_CONNECTIVE = /^(?:由|请|并|及|和|与|以及|其中|同时)/;
const CONNECTIVE_OPENINGS = [...'由请并及和与以其同'].map((ch) => ch.charCodeAt(0));
/**
 * 等 closing a list, with its count, its level or determiner, and its head: 等单位, 等部门, 等12个部门, 等三家单位, 等有关部门,
 * 等相关单位, 等省有关部门, 等市直单位, 等各有关部门和单位.
 */
const CLOSING_DENG = /等(?:(?:\d+|[一二三四五六七八九十]+)(?:个|家))?(?:[省市县区]直?|各)?(?:有关|相关)?(?:(?:单位|部门)(?:[和及、](?:单位|部门))?)?$/;
const EDGE_SEPARATORS = /^[,、]+|[,、]+$/g;

const EDGE_SEPARATOR_CODES = [','.charCodeAt(0), '、'.charCodeAt(0)];

/**
 * Might `text` hold white space (\s)? Read by code, a superset of \s: most texts asked are normalised and hold none,
 * and are spared a replace, which calls into the runtime even where it replaces nothing.
 */
function mayHoldWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || (code >= 0x1680 && code <= 0x3000) || code === 0xfeff) return true;
  }
  return false;
}

function cleanUnit(name: string): string {
  // A pattern that needs a character at an edge or a 等 is tried only where that stands: most names need none.
  let out = mayHoldWhiteSpace(name) ? name.replace(SPACES, '') : name;
  if (out.endsWith(')')) out = out.replace(NOTE_ELSEWHERE, '');
  if (CONNECTIVE_OPENINGS.includes(out.charCodeAt(0)) && !PLACE_OPENING.test(out)) out = out.replace(LEADING_CONNECTIVE, '');
  // "县卫健委等部门" names 县卫健委; "建设、财政等部门" keeps the head its parts share.
  if (out.includes('等')) {
    out = out.replace(CLOSING_DENG, (m, at: number, whole: string) => (m === '等' || (!whole.includes('、') && isCompleteUnit(whole.slice(0, at))) ? '' : m));
  }
  if (EDGE_SEPARATOR_CODES.includes(out.charCodeAt(0)) || EDGE_SEPARATOR_CODES.includes(out.charCodeAt(out.length - 1))) out = out.replace(EDGE_SEPARATORS, '');
  return out;
}

/** What parts the groups of a unit list, each with its own role. */
const GROUP_SEPARATORS = separators(',', ';');
/** The marker of those who lead or answer for the work, then an enumeration comma and more names ("A牵头、B配合"). */
const LEAD_MARKER_ENUMERATED = new RegExp(`(${LEAD_WORD}|负责)、(?=[^、])`, 'g');
const LEAD_MARKER_BEFORE_COMMA = new RegExp(LEAD_MARKER_ENUMERATED.source);

/** 分别 before 牵头 (丽水 2023 "责任单位:市人力社保局、市农业农村局分别牵头"). */
const EACH_LEADS = /分别(?=牵头)/g;
const ALL_LEAD = /(?:按照?|根据|依据)?(?:职责分工|职能分工|各自职责)(?:分别)?(?:负责|落实)|分别负责|各负其责|按职责(?:负责|落实)/;
/** The labels of a list's groups (role-labels.ts), and the role words a group's label may be a bare one of. */
const GROUP_LABEL = `${UNIT_LIST_LABEL}|${BARE_LEAD_LABEL}|${BARE_CO_LABEL}`;
const GROUP_AFTER_STOP = new RegExp(`^(?:${GROUP_LABEL})[:]`);
// Not inside a longer label: 责任单位 closes 协同责任单位, 牵头责任单位 and 主要责任单位, 实施单位 closes 具体实施单位.
const LABEL_RUN_ON = new RegExp(`(?<=[^;,:(、])(?<!${LEAD_WORD}|${CO_WORD}|${RANK_WORD})(?=(?:${GROUP_LABEL})[:])`, 'g');
const LABELLED_GROUP = new RegExp(`(${GROUP_LABEL})[:](.+?)(?=[;,](?:${GROUP_LABEL})[:]|;|$)`, 'g');
/** A list's label, with a word that ranks it (主要责任单位, 具体实施单位, 直接责任单位): none of it is a name. */
const LIST_PREFIX = new RegExp(`^((?:${RANK_WORD})?(?:${LIST_OPENING_LABEL}))[:]?`);
/** A lead's label in brackets after its name (县住建局(牵头), 法规处(牵头处室)). */
const LEAD_IN_BRACKETS = new RegExp(`\\((?:${LEAD_LABEL}|${BARE_LEAD_LABEL})\\)$`);
/**
 * The marker closing a group, with the role it gives; "A牵头负责", "A牵头督导", "A牵头组织实施" lead as "A牵头" does
 * (role-labels.ts, LEAD_ACT), "A负责落实" and "A负责组织实施" answer as "A负责" does (CARRIED_OUT), and so do "A具体负责",
 * "A具体组织实施", "A负总责" (CHARGE_ADVERB, OVERALL_CHARGE). 主办 and 主责 mark the unit in charge as 牵头 does, the words
 * their labels are made of (主办单位, LEAD_WORD): "(省财政厅主办,省国税局、地税局协办)" (黑龙江 2013 责任分工), as "由宁波市商务局
 * 主办,创合汇宁波分院协办" divides an event's work.
 */
const ROLE_MARKER = new RegExp(`(?:(${LEAD_WORD})${LEAD_ACT}{1,2}|(?:${CHARGE_ADVERB})?(${LEAD_WORD}|${CO_MARK}|${OVERALL_CHARGE}|${CARRIED_OUT}|负责|(?:组织)?实施|落实|承办|分工负责)|(?:${ROLE_COPULA})(${UNIT_LIST_LABEL}))$`);
/**
 * The role a group's marker gives: its role word, or the one the label the units are named as stands for (ROLE_COPULA):
 * "A为责任单位" answers for the work as "A负责" does.
 */
function markedRole(marker: RegExpExecArray): string {
  if (marker[3] === undefined) {
    const word = marker[1] ?? marker[2];
    return LEAD_ROLE_WORD.test(word) ? '牵头' : word;
  }
  const role = labelRole(marker[3]);
  return role === 'lead' ? '牵头' : role === 'co' ? '配合' : '负责';
}
const CO_ROLE = new RegExp(`^(?:${CO_MARK})$`);
const LEAD_ROLE_WORD = new RegExp(`^(?:${LEAD_WORD})$`);

/**
 * The remark that the first-listed unit leads, after the list or in brackets closing it: "列第一位者为牵头单位",
 * "(列第一位者为工作牵头单位或汇总单位,下同)", "(除标注为“牵头”单位外,列第一位的为牵头或汇总单位,下同)",
 * "第一为牵头单位,下同" (东阳 2025), "列在首位的为牵头单位,其他为主要参加单位" (广东 2019). It restates the convention
 * the list follows anyway (units marked 牵头 lead where any are).
 */
const FIRST_LISTED_LEADS =
  /\([^()]*第一位[^()]*\)|[,;]?(?:其中)?(?:除标注?为“?牵头”?(?:单位)?外,)?(?:排?列(?:在)?)?(?:第[一1]|首)[位个名]?(?:者|的)?(?:单位)?(?:为|是)(?:工作)?(?:牵头|主责|主办)(?:单位|部门)?(?:或汇总单位)?(?:,其[他余]为[^,;()]{1,10}?(?:单位|部门))?(?:,下同)?/g;
/** What FIRST_LISTED_LEADS's remark holds, asked before it is run: most lists hold none. */
const FIRST_OR_HEAD = /第[一1]|首[位个名]?(?:者|的)?(?:单位)?[为是]/;

/** A remark in brackets, brackets inside it, saying names are not listed again ("(以下任务均需A落实,不再列出)"). */
const NOT_LISTED_AGAIN = /\((?:[^()]|\([^()]*\))*?不再(?:[^()]|\([^()]*\))*\)/g;

/**
 * Reads an explicit unit list ("省编办牵头,省级有关单位和各市、县(市、区)政府负责"; "A、B按职责分工
 * 负责"; "责任单位:A、B,C"). Returns null when the text is not made of units and markers.
 */
export function parseUnitList(text: string): Units | null {
  // Most bracketed text is no list: without a character a unit's name ends in, it names no unit,
  // and without two colons it has no labelled groups ("牵头单位:A;配合单位:B"), whose names are not asked to be complete.
  if (!holdsUnitEnding(text) && !holdsTwoColons(text)) return null;
  // "列第一位者为牵头单位" restates the convention the list follows anyway.
  let body = mayHoldWhiteSpace(text) ? text.replace(SPACES, '') : text;
  // A full stop ends the list: what follows it is a remark ("…。以下任务均需各区落实,不再一一列出"), unless a
  // group of its own follows ("牵头单位:A。配合单位:B"), which it parts as a ; does.
  const stop = body.indexOf('。');
  if (stop >= 0 && stop < body.length - 1) {
    body = GROUP_AFTER_STOP.test(body.slice(stop + 1)) ? `${body.slice(0, stop)};${body.slice(stop + 1)}` : body.slice(0, stop);
  }
  if (FIRST_OR_HEAD.test(body)) body = body.replace(FIRST_LISTED_LEADS, '');
  // "各县(市、区)人民政府,A管委会(以下任务均需…落实,不再列出),市住建局": a remark in brackets among the names, which
  // puts units on the later items (sections.ts, NOTED_FOR_ALL_LATER), is none of this list's names.
  if (body.includes('不再')) body = body.replace(NOT_LISTED_AGAIN, '');
  if (body.endsWith('。') || body.endsWith(';')) body = body.slice(0, -1);
  // "牵头单位:A 配合单位:B": a label parted from the group before it by a space alone (gone once normalised) opens a group all the same.
  if (holdsTwoColons(body)) body = body.replace(LABEL_RUN_ON, ';');
  // "牵头单位:A;配合单位:B" names its groups by label (a comma may part them once a deadline is cut out),
  // each with a colon of its own: most lists have one colon at most.
  const colon = body.indexOf(':');
  const labelledGroups = colon >= 0 && body.includes(':', colon + 1) ? [...body.matchAll(LABELLED_GROUP)] : [];
  // Each pattern is replaced only where it was found: most texts asked are table cells of a few characters, where every pass counts.
  const label = LIST_PREFIX.exec(body);
  if (label) body = body.slice(label[0].length);
  // "牵头单位:A、B": the units a label of those who lead names all lead, as "A、B牵头" do.
  const unmarkedRole = label && labelRole(label[1]) === 'lead' ? '牵头' : '';
  if (labelledGroups.length > 1) {
    // Read as the label lines under an item are: a list's names are spelt by whoever reads it from the input.
    const units = unitsOfFields(labelledGroups.map((g) => ({ role: labelRole(g[1]), value: g[2], spell: unspelt })));
    return units && units.lead.length ? units : null;
  }
  const allLead = ALL_LEAD.test(body);
  if (allLead) body = body.replace(ALL_LEAD, '');
  // "A、B分别牵头": each of them leads, as every unit of "A、B牵头" does; 分别 says no more of the role.
  if (body.includes('分别牵头')) body = body.replace(EACH_LEADS, '');
  // "A牵头、B配合", "A负责、B配合": the marker of those who lead or answer closes their group, whatever mark follows it;
  // the enumeration comma after it parts the roles as a comma would, where it made "A牵头、B" the name of one helper.
  // Asked by a test first: a global replace costs several times a test even where it finds nothing, as in most lists.
  if (body.includes('、') && LEAD_MARKER_BEFORE_COMMA.test(body)) body = body.replace(LEAD_MARKER_ENUMERATED, '$1,');
  // Pushed, not mapped and filtered: those arrays' kinds vary, and parseUnitList's optimised code was thrown away at one (node --trace-deopt: wrong map).
  const groups: string[] = [];
  for (const { part } of splitTopLevel(body, GROUP_SEPARATORS)) if (part) groups.push(part);
  let sawLead = false;
  const tagged: Array<{ names: string[]; role: string }> = [];
  for (const g of groups) {
    const marker = ROLE_MARKER.exec(g);
    let namesText = marker ? g.slice(0, marker.index) : g;
    // "由A负责", "以A为牵头单位": 由 and 以 open the clause, not the name.
    if (namesText.startsWith('由') || namesText.startsWith('以')) namesText = namesText.slice(1);
    if (namesText.endsWith('等')) namesText = namesText.slice(0, -1);
    // "(省发改委会同省财政厅负责)": those 会同 joins act with the unit before it, which leads, as in a sentence.
    const joined = namesText.indexOf('会同');
    if (joined > 0) {
      const leads = completeNames(namesText.slice(0, joined));
      const joining = completeNames(namesText.slice(joined + 2).replace(/等(?:有关)?(?:单位|部门)$/, ''));
      if (!leads || !joining) return null;
      tagged.push({ names: leads, role: '牵头' }, { names: joining, role: '配合' });
      sawLead = true;
      continue;
    }
    // "(责任单位:市移民局,西秀区、普定县、镇宁自治县)": in a list its label, its markers or another unit of it shows to be one of
    // units, a county or a city named by its name stands for its government.
    const names = completeNames(namesText) ?? (label || marker || tagged.length ? completeNames(namesText, true) : null);
    if (!names) {
      // "(县住建局牵头组织县财政局、各乡镇实施)", "(县住建局指导各乡镇实施)": the unit organising, guiding or urging leads and those
      // it sets to the work help, as in a sentence (paragraph.ts, COOPERATING); "(A牵头,会同B、C实施)": those joined to the lead
      // named before help (with no lead before, 会同 joins no one: no list).
      const organised = ORGANISING.exec(namesText);
      const leads = organised && completeNames(organised[1]);
      const helping = organised ? completeNames(organised[2]) : sawLead && namesText.startsWith('会同') ? completeNames(namesText.slice(2)) : null;
      if (!helping || (organised && !leads)) return null;
      if (leads) tagged.push({ names: leads, role: '牵头' });
      tagged.push({ names: helping, role: '配合' });
      sawLead ||= leads !== null;
      continue;
    }
    const role = marker ? markedRole(marker) : unmarkedRole;
    // "县住建局(牵头)、县财政局": a marker in brackets after a name marks that unit alone.
    const bracketLeads = names.filter((n) => LEAD_IN_BRACKETS.test(n));
    if (bracketLeads.length) tagged.push({ names: bracketLeads.map((n) => n.replace(LEAD_IN_BRACKETS, '')), role: '牵头' });
    const others = names.filter((n) => !LEAD_IN_BRACKETS.test(n));
    if (role === '牵头' || bracketLeads.length) sawLead = true;
    if (others.length) tagged.push({ names: others, role });
  }
  if (tagged.length === 0) return null;
  const all = namesOf(tagged);
  if (!label && tagged.every((t) => !t.role) && !allLead && all.length < 2) return null;
  if (allLead && !sawLead) return { lead: all, co: [] };
  // "(市疾控中心参与)", "(县财政局、县审计局配合)": a list of those who only help names no lead of its own;
  // the one they help is named elsewhere (市卫健委牵头, the sentence's subject).
  if (!sawLead && tagged.every((t) => CO_ROLE.test(t.role))) return { lead: [], co: all };
  if (sawLead) {
    return {
      lead: namesOf(tagged.filter((t) => t.role === '牵头')),
      co: namesOf(tagged.filter((t) => t.role !== '牵头')),
    };
  }
  return firstLeads(all);
}

/** What bounds a run of names that spaces may part: the marks of a list, and a colon after its label. */
const RUN_BOUNDS = new Set([...':,;、。'].map((ch) => ch.charCodeAt(0)));

/**
 * A list of units with the spaces that part its names written as 、: "(责任单位:县教体局 各相关乡镇政府)", "(县卫健委 各相关乡镇
 * 政府负责)", as a web table sets them apart in a cell ("县教体局 各相关乡镇政府", 吉水 2021 民生实事; "农村办 规划建设办 国土所
 * 村(社区)", 长兴 2025). Spaces part a run of the list (between its marks) only where every piece they
 * leave is a whole name of a unit, its role marker after it set aside ("县住建局牵头 县财政局配合", where the space after the
 * marker parts the groups as a comma does); a space inside one name ("县 住建局", "县住 建局", "长兴县 住建局", a PDF's wrap or
 * a place before its office) or before a marker ("县住建局 牵头") leaves the run one text, read as it was. `spaceAt(i)`:
 * whether the input set a space before text[i] (normalise.ts, spaceBefore).
 */
export function spacesParting(text: string, spaceAt: (i: number) => boolean): string {
  let out = '';
  let runStart = 0;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28) depth++;
    else if (code === 0x29 && depth > 0) depth--;
    if (i < text.length && (depth > 0 || !RUN_BOUNDS.has(code))) continue;
    out += partedRun(text, runStart, i, spaceAt);
    if (i < text.length) out += text[i];
    runStart = i + 1;
  }
  return out;
}

/**
 * A name that says whose it is: it opens with its level (县, 市, 区), a place (长兴县, 吉水县) or a determiner (各, 有关, 相关).
 * A body's own organs are named after it ("县委 组织部", "县政府 办公室", "县发改委 价格科"): after a name that says whose it
 * is, a name that does not is the same body's organ, one name the space wrapped, not a second unit. Names of one level that
 * say it of none ("农村办 规划建设办 国土所", a township's offices) are peers.
 */
const OWN_PLACE = /^(?:各|有关|相关|全|[省市县区乡镇村]|[\u4e00-\u9fa5]{2,6}?(?:省|市|县|区|州|盟|旗))/;

/** A normalised text with the spaces that part its list's names written as 、 (spacesParting); a cell's line breaks too. */
export function spacesPartingIn(n: NormalisedText, written: string, lineBreaks = false): string {
  const spaceAt = spaceBefore(n, written, lineBreaks);
  return spaceAt ? spacesParting(n.text, spaceAt) : n.text;
}

/** One run of a list (spacesParting), its names parted where spaces part whole names. */
function partedRun(text: string, start: number, end: number, spaceAt: (i: number) => boolean): string {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = start + 1; i < end; i++) {
    if (depth === 0 && spaceAt(i)) cuts.push(i);
    const code = text.charCodeAt(i);
    if (code === 0x28) depth++;
    else if (code === 0x29 && depth > 0) depth--;
  }
  const run = text.slice(start, end);
  if (cuts.length === 0) return run;
  const bounds = [start, ...cuts, end];
  const separators: string[] = [];
  const names: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = text.slice(bounds[k], bounds[k + 1]);
    const marker = ROLE_MARKER.exec(piece);
    const name = marker ? piece.slice(0, marker.index) : piece;
    if (name.length < 2 || !isCompleteUnit(name) || (k > 0 && OWN_PLACE.test(names[k - 1]) && !OWN_PLACE.test(name))) return run;
    names.push(name);
    separators.push(marker ? ',' : '、');
  }
  let out = '';
  for (let k = 0; k + 1 < bounds.length; k++) out += (k > 0 ? separators[k - 1] : '') + text.slice(bounds[k], bounds[k + 1]);
  return out;
}

/** A unit, then the verb by which it sets others to the work (组织, 指导, 督促), then those others. */
const ORGANISING = /^(.+?)(?:牵头)?(?:组织|指导|督促|督导)(.+)$/;

/** The names a group of a list holds, or null when it holds none or one is no complete name of a unit. */
function completeNames(text: string, places = false): string[] | null {
  const names = splitUnits(text);
  return names.length > 0 && names.every((n) => isCompleteUnit(n) || (places && isNamedPlace(n))) ? names : null;
}

/**
 * A county, a district, a city, a banner or a prefecture named by its own name (西秀区, 普定县, 镇宁自治县, 宜昌市, 鄂托克旗): two
 * characters or more before the level, as a place's name has and a level alone (县, 市区) has not. An area named by what it is
 * (主城区, 中心城区, 智慧城市) is no place with a government; a district named X城区 is (东城区, 鲤城区).
 */
const NAMED_PLACE = /^[\u4e00-\u9fa5]{2,9}(?:县|区|市|旗|州|盟)$/;
const AREA_BY_KIND = /(?:城市|市区)$|^(?:主|老|新|旧|全|中心|核心)城区$/;

/** Can `name` be a named place standing for its government, judged by its form alone? */
function isNamedPlace(name: string): boolean {
  return (
    NAMED_PLACE.test(name) &&
    !AREA_BY_KIND.test(name) &&
    !name.startsWith('各') &&
    !PREDICATE_START.test(name) &&
    !NOT_A_NAME_START.test(name) &&
    !REFERENCE_BACK.test(name) &&
    !TIME_OPENING.test(name) &&
    !NOT_IN_A_NAME.test(name) &&
    !VERB_IN_NAME.test(name)
  );
}

/** The names of some groups, in order. (Array flatMap costs V8 far more than this loop.) */
function namesOf(groups: Array<{ names: string[] }>): string[] {
  const out: string[] = [];
  for (const g of groups) for (const name of g.names) out.push(name);
  return out;
}

/** Does the text hold a character that a complete unit's name can end in? */
function holdsUnitEnding(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (MAY_END_UNIT[text.charCodeAt(i)] === 1) return true;
  return false;
}

function holdsTwoColons(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 0 && text.includes(':', colon + 1);
}

/**
 * The units a notice is addressed to, from its salutation line ("各乡镇、办事处,尖山风景区管理委员会:"),
 * or null when the line is not made of unit names. Each addressee acts: all lead.
 */
export function addresseesOf(line: string): Units | null {
  const m = /^([^:。;]{2,120}):$/.exec(line);
  // Each addressee is a complete name or a 各-name: a line with neither a name's ending nor 各 (一、工作目标:) has none.
  if (!m || !(holdsUnitEnding(m[1]) || m[1].includes('各'))) return null;
  const names = splitUnits(m[1]);
  return names.length && names.every((n) => isCompleteUnit(n) || /^各/.test(n)) ? { lead: names, co: [] } : null;
}

/** What a unit hands in or makes public as its own: a report, a plan, a list, a periodic return (月报, 季报, 快报). */
export const OWED_DOCUMENT = '报告|方案|材料|名单|电话|计划|总结|清单|报表|[月季年旬周]报|快报';

/**
 * A duty word addressed to the subject before it, after a note in brackets and a word of each (均, 分别);
 * 于 and the day it is due by ("A、B于3月28日前填报…"), a notice's directive as much as 要于 is, where a
 * milestone puts its time before the list or leaves 于 out; a routine's frequency right after it
 * ("A和B每季度报送…"): a routine is kept by each who keeps it; or
 * 的 and the document each owes ("A、B的月报于…报送"): each hands in its own; or 牵头 marking every unit of the list
 * ("由A、B牵头,C配合", "A、B等部门共同牵头"): those marked lead, as the spec reads "A、B牵头".
 */
const ADDRESSED_BY_DUTY = new RegExp(
  `^(?:等(?:单位|部门)?)?、?(?:\\([^()]*\\))?(?:(?:共同)?牵头(?!单位|部门)|(?:均|都|也|还|各自|分别)?(?:要|应|须|必须|务必|需|可)|于|分别|各自|(?:按照?|根据|依据)(?:各自|职责|职能|(?:任务|工作)?分工)|每(?:个|一)?(?:季度|月|年|周|半年|旬|日|天)|的[^,;。的]{0,10}?(?:${OWED_DOCUMENT}))`,
);
const ITEM_NUMBER_CLOSING = new RegExp(`${ITEM_NUMBER.source}$`);
/** How far from a record its subject is looked for: a paragraph's subject opens it, within a few sentences. */
const SUBJECT_WINDOW = 600;

/**
 * Is the list of units `names`, the subject of a sentence in `text` near `at`, addressed as the
 * ones who must act: a duty word right after it ("A、B要于…", "A和B应当…"), words saying each acts
 * on its own ("A、B分别于…", "A、B按各自职责…"), 请 before it, the opening of a numbered item
 * ("(1)A与B整理…"), or the opening of a sentence ("A、B对…进行自查")? Then each must act and all lead (the spec's
 * subject lists). A list that only states a plan's milestone ("…前,A和B完成…", "A和B 6月底前完成…") names no one
 * addressed: it keeps the convention of responsibility lists, the first-listed leading.
 */
export function isAddressedList(text: string, names: string[], at: number): boolean {
  if (names.length < 2) return false;
  const first = names[0];
  const last = names[names.length - 1];
  // Read within a window around `at`, so that many records in one long paragraph stay linear.
  const windowStart = Math.max(0, at - SUBJECT_WINDOW);
  const near = text.slice(windowStart, at + SUBJECT_WINDOW);
  // The last name is found first: the first may be written inside it (市长、副市长), and would be found there.
  let lastAt = near.lastIndexOf(last, at - windowStart);
  if (lastAt < 0) lastAt = near.indexOf(last);
  const from = lastAt > 0 ? near.lastIndexOf(first, lastAt - 1) : -1;
  if (from < 0 || lastAt - from > 120) return false;
  if (ADDRESSED_BY_DUTY.test(near.slice(lastAt + last.length, lastAt + last.length + 40))) return true;
  // "A或B汇总后…": units named as alternatives are each the one who may act; none leads the other.
  if (near.slice(from + first.length, lastAt).includes('或')) return true;
  const before = near.slice(Math.max(0, from - 12), from);
  if (before.endsWith('请')) return true;
  const mark = ITEM_NUMBER_CLOSING.exec(before);
  const markAt = windowStart + from - (mark ? mark[0].length : 0);
  const opensSentence = markAt === 0 || /[。;:]/.test(text[markAt - 1]);
  if (mark !== null) return opensSentence;
  // "各级政府、各部门、各相关单位对…进行自查自纠", "市委、市政府及整治领导小组将对…进行检查验收": a list opening its sentence
  // before the predicate is that sentence's subject, and each must act. A list before a colon heads what follows as a
  // responsibility list does, and one before its time ("A和B 2021年6月底前完成…") states a milestone, as one after it does.
  return opensSentence && !LIST_BEFORE_COLON_OR_TIME.test(near.slice(lastAt + last.length, lastAt + last.length + 6));
}

/** What after a list of units makes it a heading or a milestone rather than a sentence's subject: a colon, or a time. */
const LIST_BEFORE_COLON_OR_TIME = /^(?::|\d|[〇零一二三四五六七八九十]{2,4}年|[今明本当次]年|年[底末内中初]|[上下]半年)/;

/** The units a subject names: all lead when addressed as a list, else the first-listed leads. */
export function subjectUnits(text: string, names: string[], at: number): Units {
  return isAddressedList(text, names, at) ? { lead: names, co: [] } : firstLeads(names);
}

/** Values that say no unit is named: 无, 略, a dash. */
const NONE = /^(?:无|略|暂无|[-—//]+)?$/;

/** The units a run of labels names (item-labels.ts's fields): those of its unit labels, a person's or a time's aside. */
export function unitsOfLabels(fields: readonly LabelField[]): Units | null {
  const unitFields: Array<{ role: UnitRole; value: string; spell: (name: string) => string }> = [];
  for (const f of fields) if (f.role === 'lead' || f.role === 'co' || f.role === 'units') unitFields.push({ role: f.role, value: f.value, spell: unspelt });
  return unitsOfFields(unitFields);
}

/**
 * The units labelled lists name together, each list's names spelt by its `spell`: those under a 牵头 label lead,
 * wherever it stands; a 责任单位 list beside them names the others responsible (as "(牵头单位:A;责任单位:B、C)"
 * does), and alone follows the convention of responsibility lists (the first-listed leads, unless each acts on its
 * own: 按职责分工负责); 配合 units help. The label lines under an item and the groups of a bracket or a cell are read
 * alike. Null when no list names a unit.
 */
export function unitsOfFields(fields: ReadonlyArray<{ role: UnitRole; value: string; spell: (name: string) => string }>): Units | null {
  const lead: string[] = [];
  const responsible: Units[] = [];
  const co: string[] = [];
  const add = (to: string[], names: string[]) => {
    for (const name of names) if (!NONE.test(name) && !to.includes(name)) to.push(name);
  };
  for (const f of fields) {
    if (NONE.test(f.value)) continue;
    if (f.role === 'lead') add(lead, splitUnits(f.value).map(f.spell));
    else if (f.role === 'co') add(co, splitUnits(f.value).map(f.spell));
    else if (f.role === 'units') {
      const units = parseUnitList(f.value) ?? firstLeads(splitUnits(f.value));
      responsible.push({ lead: units.lead.map(f.spell), co: units.co.map(f.spell) });
    }
  }
  const others: string[] = [];
  for (const u of responsible) add(others, lead.length ? [...u.lead, ...u.co] : u.co);
  add(others, co);
  if (lead.length === 0) for (const u of responsible) add(lead, u.lead);
  const rest = others.filter((name) => !lead.includes(name));
  return lead.length || rest.length ? { lead, co: rest } : null;
}

const unspelt = (name: string) => name;

/** The common convention: the first-listed unit leads and the rest co-operate. */
export function firstLeads(names: string[]): Units {
  return names.length ? { lead: [names[0]], co: names.slice(1) } : NO_UNITS;
}

/**
 * The clause without what may stand before its subject. Read by exec and slice: a replace costs
 * more, and this runs for every clause a subject is sought in.
 */
function afterOpening(clause: string): string {
  const opening = CLAUSE_OPENING.exec(clause);
  return opening ? clause.slice(opening[0].length) : clause;
}

/** 每个 and 每一个 add nothing to the units they open; 各个 is 各. */
const EACH = /^(?:每个|每一个|各个)/;

/**
 * The subjects of the clauses asked recently. A clause is asked for its subject by several readings in turn (its
 * sentence's, its item's task, the record's task, the section's lead-in): a third of a pass's asks are of a clause
 * asked a little before, each trying every prefix as a unit's name. The names are kept apart from any asker's array.
 */
const recentSubjects = new RecentAnswers<readonly string[] | null>(256);
/** The longest clause whose subject is kept: a sentence's clauses are far shorter. */
const KEPT_CLAUSE_LENGTH = 400;

/**
 * The subject at the start of a clause: the run of unit names before its predicate
 * ("省级有关单位和各市、县(市、区)完成…" → 省级有关单位, 各市、县(市、区)). Each name is the
 * shortest complete one, so "各设区市完成市级平台建设" stops at 各设区市. Null when the clause does
 * not start with a unit.
 */
export function subjectAt(clause: string): string[] | null {
  // A long clause (a line with no punctuation, megabytes of it) is not kept: telling it from another kept in its slot
  // compares them character by character, and the 4 MB pathological line took 2.5 times as long so.
  if (clause.length > KEPT_CLAUSE_LENGTH) return subjectNames(clause);
  const known = recentSubjects.get(clause);
  if (known !== undefined) return known && [...known];
  const names = subjectNames(clause);
  recentSubjects.set(clause, names && [...names]);
  return names;
}

function subjectNames(clause: string): string[] | null {
  let text = afterOpening(clause);
  const each = EACH.exec(text);
  if (each) text = (each[0] === '各个' ? '各' : '') + text.slice(each[0].length);
  const names: string[] = [];
  let pos = 0;
  let previousSep = '';
  let closedByDeng = false;
  for (;;) {
    let end = unitEnd(text, pos);
    if (end < 0) return null;
    const raw = text.slice(pos, end);
    const name = cleanUnit(raw);
    // The first name has none before it, and names[-1] is a lookup by name through the prototype chain, not an element.
    // "省政务办等各有关部门和单位要…": a bare head after a name closed by 等 closes that same 等, and names no one.
    const closesDeng = names.length > 0 && closedByDeng && BARE_HEAD.test(name);
    if (!closesDeng) {
      if (names.length > 0 && sharesDeterminer(names[names.length - 1], previousSep, name)) names[names.length - 1] += previousSep + name;
      else names.push(name);
    }
    closedByDeng = raw.includes('等') && !name.includes('等');
    // "各乡镇、村要…", "各地、州、市于…": a level too short to be a name alone shares the 各 of the name before it.
    for (let level = levelUnderEach(text, end, names[names.length - 1]); level > 0; level = levelUnderEach(text, end, names[names.length - 1])) {
      names[names.length - 1] += text.slice(end, level);
      end = level;
    }
    // "A或者B应当…", "由主管部门或所在地人事部门汇总": units named as alternatives are each the subject, as a list's are.
    const sep = /^(?:、|和|及(?!时)|以及|与|或者|或)/.exec(text.slice(end)) ?? (distributivesMeet(text, pos, end) ? [''] : null);
    if (sep && unitEnd(text, end + sep[0].length) > 0) {
      pos = end + sep[0].length;
      previousSep = sep[0];
      continue;
    }
    // "镇政府、各行政村、要按照分工…": a stray 、 before the duty word closes the list all the same; and
    // "各地、各部门“一把手”亲自抓": a role in quotes names who acts for the units, not another unit.
    const rest = (text.startsWith('、', end) && /^(?:要|应|须|必须|务必)/.test(text.slice(end + 1, end + 3)) ? text.slice(end + 1) : text.slice(end)).replace(QUOTED_ROLE, '');
    // "市财政局配合市发改委于…完成": the unit helped, named after 配合 or 协助, acts; those helping are the others
    // responsible (paragraph.ts, COOPERATING).
    const helping = HELPS_ANOTHER.exec(rest);
    const helped = helping && subjectAt(rest.slice(helping[0].length));
    if (helped) return helped;
    // "市财政局配合": a co-operating unit, not the subject of the clause.
    if (HELPS.test(rest)) return null;
    // "机关企事业单位和公共场所生活垃圾强制分类…": a unit joined by 和 or 及 to a noun that is no unit is part of a
    // noun phrase naming what the clause covers, not its subject. (与 may still be the preposition: "A与企业签订…".)
    const joined = /^(?:和|及(?!时)|以及)/.exec(rest);
    if (joined && !opensWithUnit(rest.slice(joined[0].length))) return null;
    // "市发改委、市财政局:2023年底前完成…": units before a colon name who does what follows; a list's label does not.
    if (rest.startsWith(':')) return names.some((n) => LIST_LABEL.test(n)) ? null : names;
    // "责任单位为市住建局,…": a label said with 为 is none itself; the units it names after it are the clause's (paragraph.ts,
    // LABEL_SAID), unless it names helpers ("配合单位为市财政局").
    if ((rest.startsWith('为') || rest.startsWith('是')) && names.length === 1 && LIST_LABEL.test(names[0])) return labelRole(names[0]) === 'co' ? null : subjectAt(rest.slice(1));
    // "区政府召开的会议…": a unit before a verb closed by 的 is in a relative clause naming whose the topic is.
    if (namesWhoseTopic(names, rest)) return null;
    return rest === '' || PREDICATE_AFTER_NAME.test(rest) || /^(?:[,;]|\d+(?:\.\d+)?%)/.test(rest) ? names : null;
  }
}

/**
 * A bare level after an enumeration comma, with the bracket naming its counterpart (、村, 、乡(镇), 、州); 场, the state
 * farm or forest farm governed as a township is (各乡(镇)、场, 各乡镇场), and 居, the residents' community beside the village.
 */
const COMMA_BARE_LEVEL = new RegExp(`^、(?:乡镇|居(?!民)|场|${LEVEL})(?:\\([^()]{1,6}\\))?`);

/**
 * Where a bare level listed right after a 各-name ends ("各乡镇、村要…": 、村; "各地、州、市": 、州), when what follows it
 * may follow a subject; -1 when none stands there. Too short to be found as a name, it is governed by the 各.
 */
function levelUnderEach(text: string, end: number, name: string): number {
  if (!name.startsWith('各') || text[end] !== '、') return -1;
  const level = COMMA_BARE_LEVEL.exec(text.slice(end, end + 12));
  // "各乡镇、县开发区": a level opening a name of its own (县开发区) is that name's, read as any name is.
  if (!level || unitEnd(text, end + 1) > 0) return -1;
  const after = end + level[0].length;
  const rest = text.slice(after);
  // "各地、州、市人民政府": a level that the next one goes on from shares that one's head, not the 各 alone.
  if (rest.startsWith('、')) return levelUnderEach(text, after, name) > 0 ? after : -1;
  return rest === '' || PREDICATE_AFTER_NAME.test(rest) || /^(?:和|及|以及|与|,|;|。|:)/.test(rest) ? after : -1;
}

/** Does `text` open with a complete unit's name, whatever follows it ("县政府信息公开报告…")? Reads at most a name's length. */
function opensWithUnit(text: string): boolean {
  for (let end = 2, depth = 0; end <= Math.min(text.length, 36); end++) {
    const code = text.charCodeAt(end - 1);
    if (code === COMMA || code === SEMICOLON || code === FULL_STOP || code === COLON) return false;
    depth = nestingOfCode(depth, code);
    if (depth === 0 && MAY_END_UNIT[code] === 1 && isCompleteUnit(text.slice(0, end))) return true;
  }
  return false;
}

/** The names of a clause made of unit names and nothing else ("各省、自治区、直辖市民政厅(局)"), or null. */
export function unitsOnly(clause: string): string[] | null {
  const names = subjectAt(clause);
  if (!names) return null;
  const bare = (t: string) => t.replace(/以及|[、和及与]/g, '').length;
  return bare(names.join('')) === bare(clause) ? names : null;
}

/** What follows the names of those who only help ("市财政局配合", "县审计局积极协作", "市财政局为配合单位"). */
const HELPS = new RegExp(`^(?:(?:积极|共同)?(?:${CO_MARK})|(?:${ROLE_COPULA})(?:${CO_LABEL}))`);

/**
 * What follows the names of those who help another unit named right after it, the one who acts: "市财政局配合市发改委于…完成"
 * (常务副县长配合县长主持日常工作; 意向合伙人…积极配合县电子商务公共服务中心的安排). A duty word before the verb makes helping
 * the subject's own duty, the one the text puts on it, and the subject acts (有关地方政府要协助法院于2005年年底前执结; 承储企业
 * 应当积极配合市发展改革委…开展的监督检查). 密切配合 is working together, not helping one.
 */
const HELPS_ANOTHER = /^(?:积极|主动|全力|认真|全面)?(?:配合|协助)/;

/** A role in quotes right after the names of units: “一把手”, “第一责任人”. */
const QUOTED_ROLE = /^“[^“”,;。]{1,6}”/;

/** A list's label, which names a role, not a unit: 责任单位, 牵头部门, 其他责任单位, 成员单位. */
const LIST_LABEL = new RegExp(`^(?:${RANK_WORD}|其他)?(?:${UNIT_LIST_LABEL}|成员(?:${BODY}))$`);

/**
 * 建设 before the head of a body (建设局, 建设主管部门): the name goes on; 建设 before a word of duty ("基层党组织建设
 * 要加强") is the noun, the building of the body, and the body is no subject.
 */
const FIELD_BEFORE_HEAD = /^建设(?:(?:行政)?(?:主管)?(?:部门|局|厅|委|处|科|站)|(?:工作)?(?:要|应|须|必须))/;

/** Where the shortest complete unit name starting at `pos` ends, if one is followed by a boundary. */
function unitEnd(text: string, pos: number): number {
  let depth = 0;
  // The bound worked out once, not at every step.
  const last = Math.min(text.length, pos + 36);
  for (let end = pos + 1; end <= last; end++) {
    // Each character is read once, for all three questions: this is asked of every clause a subject is sought in.
    const code = text.charCodeAt(end - 1);
    // A name never holds a clause break, so no longer one can either.
    if (code === COMMA || code === SEMICOLON || code === FULL_STOP || code === COLON) break;
    depth = nestingOfCode(depth, code);
    if (end < pos + 2 || depth > 0 || (code === DENG ? end - 2 < pos || MAY_END_UNIT[text.charCodeAt(end - 2)] !== 1 : MAY_END_UNIT[code] !== 1)) continue;
    const name = text.slice(pos, end);
    if (!isCompleteUnit(name)) continue;
    const rest = text.slice(end);
    // "村委会于…": a name that goes on into 会 is the longer one's start (村委 of 村委会), not a subject before the modal; nor
    // is 会 the modal where it closes a word (经济社会, 参会, 开会). 会同 after a name is the verb all the same (省发展和改革委会同…).
    if (rest.startsWith('会') && !PREDICATE_START.test(rest) && (isCompleteUnit(name + '会') || HEAD_UNLESS_AFTER.会.includes(name[name.length - 1]))) continue;
    const levelPair = rest.startsWith('、') && levelsGoOn(name, NEXT_PART.exec(rest.slice(1))![0]);
    if (levelPair) continue;
    // "各县住房城乡建设主管部门", "各县建设局": 建设 here names the field of the body the name goes on to.
    if (FIELD_BEFORE_HEAD.test(rest)) continue;
    if (rest.startsWith('“') && PREDICATE_AFTER_NAME.test(rest.replace(QUOTED_ROLE, ''))) return end;
    // A subject may be followed by its topic's figure: "各地、各部门50%以上事项达到…".
    if (rest === '' || PREDICATE_AFTER_NAME.test(rest) || /^(?:、|和|及|以及|与|或|,|;|。|:|\d+(?:\.\d+)?%)/.test(rest)) return end;
    if (distributivesMeet(text, pos, end)) return end;
  }
  return -1;
}

/** Does the 各-name at pos..end run straight into another ("各地各部门")? */
function distributivesMeet(text: string, pos: number, end: number): boolean {
  return text[end] === '各' && isDistributive(cleanUnit(text.slice(pos, end))) && startsWithDistributive(text.slice(end, end + 36));
}

/** Heads of four characters a shorter name grows by (各乡镇 → 各乡镇人民政府); shorter ones may be any. */
const LONG_HEAD = /^(?:人民政府|领导小组|工作小组)$/;

/**
 * A one-character head that opens a word with the character after it: 社 of 社会 ("用人单位社会保险登记事项发生变更的" names
 * 用人单位, no 用人单位社), 所 of 所在 and 所属. No name is lengthened to end there.
 */
const HEAD_RUNS_ON = /^(?:社会|所[在属])/;

/** What follows a name inside a longer noun phrase (市财政局的意见, 市财政局等单位): no subject ends there. */
const NOUN_CONTINUES = /^(?:的|之|等|、|和|与|及|或|\()/;
/**
 * A verb of deciding, convening or handing down closed by 的 right after a name: a relative clause (区政府召开的会议,
 * 县委交办的事项, 市政府印发的方案), whose unit is no actor of the clause. (接到交办的建议 is a receipt, read as one.)
 */
const RELATIVE_VERB = /^(?:召开|举办|印发|下达|交办|批办|转办|确定|提出|制定|出台|部署|安排|承担|负责|审定|批准|认定|通报|督办)的/;

/**
 * Whether units before such a relative clause only name whose the topic is. A superior hands down (区政府召开的会议,
 * 市政府印发的方案: others carry it out), but units under 各 are the addressed units themselves, and what they made or
 * took on is their own to deliver (各牵头单位制定的工作计划要于…报送, 各地承担的任务要在…前完成).
 */
function namesWhoseTopic(names: readonly string[], rest: string): boolean {
  return RELATIVE_VERB.test(rest) && !names.every((n) => n.startsWith('各'));
}
/**
 * What after a head makes it the verb of handling a matter, not the office the head names: 办结, 办理, 办完, 办妥 (扶贫办);
 * 处置, 处理, 处罚 (综合处), as in "应急处置结束后", "案件处理完毕后", "行政处罚决定作出后".
 */
const HANDLED: Record<string, RegExp> = { 办: /^[结理完妥]/, 处: /^[置理罚]/ };
/**
 * Does the unit's own clause, text[end, ownEnd) after its name, make it the subject of the case a rule provides for, closed by
 * 的 ("经营性人力资源服务机构设立分支机构的,应当自…15日内,书面报告…", "用人单位失业保险登记事项发生变更或者依法终止的,应当自…",
 * "缴费单位被工商行政管理机关吊销营业执照的,应当…")? The duty after it is the unit's, as after its refusal (REFUSAL). A 的 before
 * the last makes a noun of what comes before it ("下级机关报送的请示不符合要求的": the request is the case's subject, not its
 * sender), and a verb of handing down right after the name a relative clause (RELATIVE_VERB), so only one 的 closing the clause counts.
 */
function opensCase(text: string, end: number, ownEnd: number): boolean {
  return ownEnd - end > 1 && text[ownEnd - 1] === '的' && text.indexOf('的', end) === ownEnd - 1;
}

/** A verb of receipt or an event opening the clause after a unit (X收到…, X受理…, X接通知后…, X就…). */
export const RECEIPT_OPENING = new RegExp(`^(?:${RECEIVED}|受理|就)`);

/** The offset of the first clause break (`,;。:`, bracketed ones too) in `text` at or after `from`, or its length. */
function clauseBreakFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isClauseBreakAt(text, i)) return i;
  return text.length;
}

/**
 * Where a name ends when a bracket right after it gives the unit another name of its own
 * ("乡镇政府(街道办事处)", the body that does the same job where there are no townships): the bracket
 * belongs to the name. A bracket holding anything else (市财政局(盖章)) is left out, and the name ends before it.
 */
function withBracketedAlias(text: string, end: number): number {
  if (text[end] !== '(') return end;
  const bracket = /^\(([^()]{2,16})\)/.exec(text.slice(end, end + 18));
  const names = bracket ? splitUnits(bracket[1]) : [];
  return names.length > 0 && names.every((n) => isCompleteUnit(n)) ? end + bracket![0].length : end;
}

/**
 * A single unit opening a clause whose verb the predicate words do not know: "审批部门受理后",
 * "承办单位接到转办件", "文秘科通知各单位". The name is the shortest complete one, lengthened while a
 * longer one ends within three characters (市长热线办 → 市长热线办公室) or by 人民政府 (各乡镇). With
 * `evidence`, the clause must show it is the unit's act: a verb of receipt or an event clause closing in 后/时 (a modal
 * later in the clause is no proof: "行政机关年度报告应涵盖…" names a report, not its maker).
 * `breakFrom` finds the clause's next break as `clauseBreakFrom` does: a caller reading many
 * prefixes of one long clause answers it from an index, so no call reads the clause to its end.
 */
export function openingUnitAt(clause: string, evidence: boolean, breakFrom = (at: number) => clauseBreakFrom(clause, at)): string[] | null {
  const strict = subjectAt(clause);
  if (strict) return strict;
  const text = afterOpening(clause);
  let depth = 0;
  let end = -1;
  for (let e = 1; e <= Math.min(text.length, 36); e++) {
    if (isClauseBreakAt(text, e - 1)) break;
    depth = nestingAt(depth, text, e - 1);
    if (e < 2 || depth > 0) continue;
    const complete = end < 0 || e - end <= 3 ? mayEndUnit(text, 0, e) && !HEAD_RUNS_ON.test(text.slice(e - 1, e + 1)) && isCompleteUnit(text.slice(0, e)) : LONG_HEAD.test(text.slice(end, e));
    if (complete) end = e;
    else if (end >= 0 && e - end > 4) break;
  }
  if (end < 0) return null;
  end = withBracketedAlias(text, end);
  const rest = text.slice(end);
  // "事项办结后", "事件处置结束后": 办 running on into 办结, 处 into 处置, is the verb, and what stands before it the matter, no office.
  if (HANDLED[text[end - 1]]?.test(rest)) return null;
  if (rest === '' || NOUN_CONTINUES.test(rest) || namesWhoseTopic([text.slice(0, end)], rest)) return null;
  if (evidence && !RECEIPT_OPENING.test(rest)) {
    // The unit's own clause runs from the name to the next break: only its last character is read.
    const shift = clause.length - text.length;
    const ownEnd = breakFrom(shift + end) - shift;
    if (ownEnd <= end || (text[ownEnd - 1] !== '后' && text[ownEnd - 1] !== '时' && !opensCase(text, end, ownEnd))) return null;
  }
  return [cleanUnit(text.slice(0, end))];
}
