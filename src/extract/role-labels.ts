/**
 * The labels that name the role of the units listed under them: "牵头单位:A", "(牵头处室:A;配合处室:B)", a table's
 * 协办单位 column, "责任科室:办公室" on a line of its own. A label is a word saying what the units do (lead, help, or
 * answer for the work) and a noun saying what kind of body they are. Bracketed lists (units.ts), label lines
 * (item-labels.ts), table headers and the lines that stand on their own (blocks.ts) all read labels by these words.
 * Patterns here are sources to build regular expressions from, read on normalised text (simplified characters).
 */

/** The units lead: 牵头, and 主责 and 主办 (the unit in charge). */
export const LEAD_WORD = '牵头|主责|主办';
/**
 * What those marked 牵头 do as they lead, written after the marker: "A牵头督导,B参与" (潮州 2019 蓝天),
 * "(省发展改革委牵头负责)" (广东 2023 民间投资), "由A牵头组织实施,B配合", "A牵头抓总", "A牵头推进落实". The verb
 * says how they lead; 牵头 says that they do, so "A牵头督导" names A as "A牵头" does. At most two of them follow the
 * marker: a longer phrase is a task of its own ("A牵头组织B、C开展排查").
 */
export const LEAD_ACT = '(?:组织|实施|督导|抓总|负责|推进|推动|落实|办理|协调|统筹|督办|督促|指导)';
/**
 * How a unit charged with the work carries it, said between its name and 负责 or 实施: 具体 (in practice: "地方各级财政部门、
 * 农业部门具体组织实施", 财政部 2015 三项补贴; "由交通运输主管部门具体负责", 公路交通 预案) and 统一 (as one). A unit so charged
 * answers for the work as one named before 负责 alone does.
 */
export const CHARGE_ADVERB = '具体|统一';
/**
 * 负总责: the unit bears the whole responsibility ("改革工作由省级人民政府负总责", "各区对属地疫情防控工作负总责",
 * "培训基地负总责,协同单位…"), as 负责 charges it.
 */
export const OVERALL_CHARGE = '负总责';
/**
 * Units carrying out in practice the work another answers for, after that one: "由省级人民政府负总责,地方各级财政部门、农业部门
 * 具体组织实施" (财政部 2015), "主要领导要亲自抓、负总责,分管领导要具体负责" (民主法治 意见), "单位主要负责人负总责…分管领导具体抓"
 * (武汉 2019). Beside the one answering, they are the others named as responsible.
 */
export const IN_PRACTICE = '具体(?:组织)?(?:实施|落实|负责|承办)';
/**
 * The last group of a division, the units that carry the work out where they are ("市生态环境局牵头,市发展和改革局…参与,各县、区
 * 人民政府(管委会)负责落实" 潮州 2019, "…等参与,县(市、区)政府负责落实" 2020 大气 计划, "由A牵头,B配合,各市政府负责组织实施"): after a
 * lead marked 牵头 they are others responsible, as units after 负责 are.
 */
export const CARRIED_OUT = '负责(?:组织)?(?:落实|实施)';
/** The units help the one that leads. */
export const CO_WORD = '配合|协办|协同|协作|参与|协助';
/**
 * The words closing a list that mark its units as helpers ("B、C配合", "D参加"): the helpers' role words, and 参加, which
 * marks those taking part after their names but makes no label of theirs (参加单位 are those attending a meeting).
 */
export const CO_MARK = `${CO_WORD}|参加`;
/** The units answer for the work, none ranked above another: their list follows the first-listed convention. */
const RESPONSIBLE_WORD = '责任|承办|实施|负责|落实';
/**
 * The bodies a label names: 单位 and 部门, and 处室, 科室 and 股室, a department's own offices ("责任处室:规划处",
 * "明确牵头科室,其他科室积极配合", a county bureau's 股室), named under the same labels inside a department's plans as
 * departments are in a government's.
 */
export const BODY = '单位|部门|处室|科室|股室';
/**
 * The body a label names, with another kind of body beside it where the list may hold either, in brackets or joined by 及, 和 or
 * 、: "牵头科室(单位):计划科、科技资源统筹中心基建办" (延安 2018 科技局 分解, a bureau's offices and the centres under it in one
 * list), "(责任处室及单位:种植业管理处,农技中心)" (武汉 2021 and 2022 农业农村工作要点), "责任科室、单位" (周村 2021, a column's
 * name). Read as one label, not the second body word alone after the first's: "单位:种植业管理处" was read as a unit's name.
 */
const LABEL_BODY = `(?:${BODY})(?:\\((?:${BODY})\\)|(?:及|和|、)(?:${BODY}))?`;
/** A word that ranks a label, not a role (主要协作单位, 具体实施单位, 直接责任单位). */
export const RANK_WORD = '主要|具体|直接';

/**
 * The labels of those who lead: 牵头单位, 主办部门, 牵头责任单位 (the 责任 adds nothing), and 主要责任单位, the principal
 * ones responsible beside the others ("主要责任单位要…主动对接其他责任单位").
 */
export const LEAD_LABEL = `(?:主要)?(?:${LEAD_WORD})(?:责任)?${LABEL_BODY}|主要责任${LABEL_BODY}`;
/** The labels of those who help: 配合单位, 协同责任单位, 主要协作单位. */
export const CO_LABEL = `(?:主要)?(?:${CO_WORD})(?:责任)?${LABEL_BODY}`;
/**
 * The labels of those responsible, unranked: 责任单位, 承办部门, 具体实施单位, 责任科室, 责任主体; and the division of the
 * work among them, which says in its list who leads and who helps ("部门分工:省发展改革委牵头,各地、各部门配合。").
 */
export const UNITS_LABEL = `(?:具体)?(?:${RESPONSIBLE_WORD})${LABEL_BODY}|责任主体|(?:部门|责任|任务)分工`;
/** A role word standing as a label by itself ("牵头:A;配合:B"). */
export const BARE_LEAD_LABEL = '牵头';
export const BARE_CO_LABEL = '配合|参与|协办';

/**
 * Labels that name a person by post or by name, not a unit (责任领导:张三, 牵头负责领导:金力, 责任人:局长): a role word
 * before 领导 or 人 is no unit's label.
 */
export const PERSON_LABEL = '(?:牵头|责任|分管|督办|包抓|联系|挂点|牵头负责)?(?:[县区市省州]级?)?领导|责任人|具体责任人';

/**
 * The word that gives units the role a label names, the label after it: "市住建局为牵头单位,市财政局为配合单位", "以发改、商务
 * 等相关职能部门为牵头单位,属地镇街为配合单位" (绍兴), "联席会议办公室(佛山市知识产权局)为牵头单位" (佛山), "市司法局作为牵头
 * 单位,联合…" (三门峡), "我局为配合部门" (长春 2025). Those so named take the label's role as those listed under it do.
 */
export const ROLE_COPULA = '为|是|作为';
/** The labels a list of those responsible opens with, which those who help may follow ("牵头单位:A;配合单位:B"). */
export const LIST_OPENING_LABEL = `${LEAD_LABEL}|${UNITS_LABEL}`;
/** Any label of a unit list: the unit labels of the three roles. */
export const UNIT_LIST_LABEL = `${LEAD_LABEL}|${CO_LABEL}|${UNITS_LABEL}`;
/** The characters a label of a unit list may open with: a role word's first, or a rank word's. */
export const UNIT_LIST_LABEL_OPENINGS = new Set([LEAD_WORD, CO_WORD, RESPONSIBLE_WORD, RANK_WORD].flatMap((words) => words.split('|').map((word) => word[0])));

const CO_LABEL_WHOLE = new RegExp(`^(?:${CO_LABEL}|${BARE_CO_LABEL})$`);
const LEAD_LABEL_WHOLE = new RegExp(`^(?:${LEAD_LABEL}|${BARE_LEAD_LABEL})$`);

/** What a unit label says its units do: lead, help, or answer for the work unranked. */
export type UnitRole = 'lead' | 'co' | 'units';

/** The role a unit label gives its units. */
export function labelRole(label: string): UnitRole {
  return CO_LABEL_WHOLE.test(label) ? 'co' : LEAD_LABEL_WHOLE.test(label) ? 'lead' : 'units';
}

/**
 * The marks a table's note sets against the unit that leads ("责任部门(加*号为牵头部门,其余为参与部门)", "标★的为牵头单位"):
 * a mark a reader sees beside one name of a list. (Bold, the other way lists mark their lead, is lost in copying.)
 */
export const LEAD_MARKS = '*★☆△▲※';
/** A note naming the mark its lead carries: the mark, then that those so marked lead ("加*号为牵头部门"). */
export const MARKED_LEAD_NOTE = `([${LEAD_MARKS.replace('*', '\\*')}])[^()]{0,6}?(?:为|是)(?:${LEAD_WORD})`;
/**
 * A note saying the first-listed unit leads, read on normalised text where 第一 is 第1 ("列第一位的为牵头单位", "第一个为牵头单位", "排在第一位的为牵头部门",
 * "列首位的为牵头单位"): what a list without markers says anyway, and under a 牵头单位 column, that the others only help.
 */
export const FIRST_LEADS_NOTE = `(?:第[一1]|首)[位个名]?[^()]{0,4}?(?:为|是)(?:${LEAD_WORD}|汇总)`;
