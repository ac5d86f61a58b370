import { daysInMonth, isoDate } from '../calendar/dates.ts';
import { normalise, withoutPinyinReadings } from '../extract/normalise.ts';
import { addresseesOf } from '../extract/units.ts';

/** One document of a gazette: its heading facts and the lines its body spans. */
export interface GazetteDocument {
  number: string;
  title: string;
  issuer: string;
  /** The date under the issuer's signature (ISO), or null when the document shows none. */
  issued: string | null;
  /** 1-based line of the title's first line (or of the text's first line). */
  firstLine: number;
  /** 1-based line of the 文号 line, or null. */
  numberLine: number | null;
  /** 1-based line where the body starts: after the 文号, after the title, or the text's first line when it has neither. */
  bodyLine: number;
  /** 1-based last line of the document. */
  lastLine: number;
}

/**
 * The brackets a 文号's year is printed in: 〔〕 as GB/T 9704 sets it, and what copies put for it (the ASCII and full-width
 * square and round ones, 【】, the small ﹝﹞ of many web pages, 〖〗).
 */
const CLOSING_BRACKETS = '〕]）)］】﹞〗';
const OPENING = '〔\\[(（［【﹝〖';
/** CLOSING_BRACKETS as a character class's members. */
const CLOSING = CLOSING_BRACKETS.replace(']', '\\]');
/** A 文号's year in its brackets and its serial, 第 before it in some issuers' numbering ("〔2018〕第7号"). */
const YEAR_AND_SERIAL = `[${OPENING}]\\d{4}[${CLOSING}]第?\\d{1,4}`;
/**
 * The signer GB/T 9704 prints at the right of the 文号 line of a document sent upward ("某政发〔2019〕8号    签发人:张三"),
 * read as the line's end: the number is what stands before it.
 */
const SIGNER = /(?:签发人|簽發人)[:：][\s\S]*$/;
/** The signer on a line of its own, where a copy broke the 文号 line: never a title. */
const SIGNER_LINE = /^(?:签发人|簽發人)[:：]/;
/** A 文号 standing alone on its line: issuer abbreviation, year in brackets, serial, 号 (lost in some copies). */
const DOC_NUMBER_LINE = new RegExp(`^(?:#+)?(?:发文字号|文号|发文号)?[:]?([\\u4e00-\\u9fa5]{1,12}${YEAR_AND_SERIAL}号?)$`);
/**
 * The date a gazette's database prints after the 文号 on its line, under the title, where the signature was taken off the
 * text's end: "川办函〔2017〕113号 2017年6月2日" (四川省人民政府公报's database, 2017).
 */
const DATE_AFTER_NUMBER = /(?<=号)(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** The date printed after the 文号 on its line (DATE_AFTER_NUMBER), or null. */
function datedNumber(c: string): string | null {
  const m = DATE_AFTER_NUMBER.exec(c.replace(SIGNER, ''));
  return m ? matchedDay(m) : null;
}
/**
 * A 文号 whose closing bracket a web copy lost with its 号 (a font the page drew them in), the year and the serial run together:
 * "牟政办发〔201746" (牟定 2017), "新密统文〔20182" (新密 2018), "曲水府发〔202321" (梁平 曲水镇 2023), "广安区府办发〔202026" (广安 2020);
 * the same loss in the numbers such pages cite ("明政文〔201764号", 福建省人民政府公报 2017; "黔府办发〔201930号", 六盘水 2020;
 * "宣政秘〔20208号", 宣城 2020). The year is four figures, so the serial is what follows. Round brackets are left out: "(2017" opens
 * a figure's note more often than a number.
 */
const LOST_CLOSING_OPENINGS = '〔[［【﹝〖';
const LOST_CLOSING = new RegExp(`^([\\u4e00-\\u9fa5]{1,12}[${LOST_CLOSING_OPENINGS.replace('[', '\\[')}])((?:19|20)\\d{2})(\\d{1,4})号?$`);
/** A 文号 standing in brackets under its title ("(泰政发[2007]23号)"), or with its date after it, read as if it stood bare. */
function bareNumber(c: string): string {
  return c.replace(SIGNER, '').replace(DATE_AFTER_NUMBER, '').replace(/^\((.*号)\)$/, '$1').replace(LOST_CLOSING, '$1$2〕$3号');
}

/**
 * The heading of an order or an announcement (GB/T 9704's 命令(令) format: the issuer's full name and 令, its serial
 * "第N号" centred below it): "浙江省人民政府令", "德宏州人民政府办公室公告". Such a document has no 文号; the serial is its number.
 */
const ORDER_HEADING = /^[\u4e00-\u9fa5]{2,30}?(?:命令|令|公告|通告)$/;
/** An order's serial on its own line, with its heading ("郑州市人民政府令第101号", "政府令〔2010〕第15号") or without ("第82号"). */
const ORDER_NUMBER = /^((?:[\u4e00-\u9fa5]{2,30}?(?:命令|令|公告|通告))?)(?:〔\d{4}〕|\d{4}年)?第\d{1,5}号$/;
/** The sentence that promulgates an order's text names it: "《浙江省河道管理办法》已经省人民政府第20次常务会议审议通过,现予公布", "现公布《…》". */
const PROMULGATED = /《([^《》]{4,80})》(?:已经|已于)[^。《》]{0,60}(?:通过|同意)[,，]?现予(?:公布|发布|印发)|现(?:予)?(?:公布|发布)《([^《》]{4,80})》/;

/**
 * A title followed by its own 文号 in brackets on one line: "2021年县政府重点工作任务(华政发〔2021〕2号)", also one that names the
 * text it issues ("…印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)"). A title quoted whole before a number
 * ("《某县防汛预案》(某政发〔2019〕3号)") is another text cited, not this one's heading.
 */
const TITLE_WITH_NUMBER = new RegExp(`^((?!《[^《》]*》\\()[^()]{4,80}?)\\(([\\u4e00-\\u9fa5]{1,12}${YEAR_AND_SERIAL}号)\\)$`);

/** The labels of a government site's metadata block, in either script, as plain text or a pipe table. */
const LABELLED_NUMBER = new RegExp(
  `(?<![\\u4e00-\\u9fa5])【?(?:发文字号|發文字號|发布文号|發布文號|文件编号|文件編號|文号|文號|发文号|發文號|字号|字號)】?[:：|]*([\\u4e00-\\u9fa5]{1,12}${YEAR_AND_SERIAL}[号號])`,
);
/** After the start, a cell's bar, a bullet, or the value of the label before it on the line ("废止时间: 2020-01-23 名称: …"). */
/**
 * The space before a number's label that parts it from the value before it: "主题分类: 政务公开 发文字号: 绍政办发〔2025〕6号" (绍兴 2025),
 * "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号" (蔡甸 2023: letter-spaced, no colon, the number after it).
 */
const SPACE_BEFORE_NUMBER_LABEL = new RegExp(
  `\\s+(?=(?:发\\s*文\\s*字\\s*号|發\\s*文\\s*字\\s*號|发\\s*布\\s*文\\s*号|文\\s*件\\s*编\\s*号|文\\s*号|文\\s*號|发\\s*文\\s*号|發\\s*文\\s*號)\\s*[:：]?\\s*[\\u4e00-\\u9fa5]{1,12}\\s*[${OPENING}])`,
  'g',
);
const LABELLED_TITLE = /(?:^|[|•·】\d])【?(?:名称|名稱|标题|標題)】?[:：|]*([^|【】]{4,120})/;
/** A 文号 at the start of a line as it reads with its spaces gone. */
const LEADING_NUMBER = new RegExp(`^[\\u4e00-\\u9fa5]{1,12}${YEAR_AND_SERIAL}[号號]`);
/** Where a title behind 名称 ends: at the next label of the block. */
const NEXT_LABEL = /(?:(?:发布|發布|成文|发文|發文|生成|公开|公開|印发|印發|更新|实施|實施|施行)?(?:日期|时间|時間)|有效性|索引[号號]|主题分类|主題分類|发文单位|發文單位|发布机构|發布機構|文[号號]|字[号號])[:：]/;
/** The signed date only: a database's 公布日期 or a page's 发布日期 is when it was published, not signed. */
const LABELLED_ISSUED = /【?(?:成文日期|发文日期|發文日期|印发日期|印發日期)】?[:：|]*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

/**
 * The note a law or a rule prints under its title in place of a signature, as law databases and gazettes copy it:
 * "(2016年4月20日省人民政府第66次常务会议审议通过 2016年5月20日浙江省人民政府令第345号公布 自2016年7月1日起施行)",
 * "(2019年12月12日市政府令第2号公布 自2020年1月12日起施行)", "【题注】 (2001年4月29日…会议通过 2001年6月3日…会议批准)".
 * The whole line is the bracket (after a 题注 label).
 */
const HEADER_NOTE = /^(?:【题注】|\[题注\])?[(（](.*(?:通过|公布|发布|颁布|批准).*)[)）]$/;
/** A date in such a note and the act it dates: the text is made public (公布) on one, passed (通过, 批准) on others. */
const NOTED_ACT = /(\d{4})年(\d{1,2})月(\d{1,2})日([^;；]{0,60}?)(公布|发布|颁布|通过|批准)/g;

/**
 * The day a header note says the text was made public, else the last day it says it was passed or approved (a law
 * passed by a city's congress is made public after the province approves it); the day it takes effect is another
 * (inForce). Undefined when the line is no such note.
 */
function headerNoteDate(compacted: string, written: string): string | undefined {
  if (!/^(?:【|\[|[(（])/.test(compacted) || !/[)）]$/.test(compacted)) return undefined;
  // A long line is compacted without its numerals or its traditional characters read (compact): "(一九九七年…通过)",
  // "(2002年10月14日市人民政府令第46號公佈…)" are read here, once.
  const note = HEADER_NOTE.exec(normalise(written).text);
  if (!note) return undefined;
  let passed: string | undefined;
  for (const act of note[1].matchAll(NOTED_ACT)) {
    // "根据2021年2月22日…第一次修订": a later revision dates the revision, not the text's making.
    if (/根据$/.test(note[1].slice(0, act.index))) continue;
    const day = matchedDay(act);
    if (/公布|发布|颁布/.test(act[5])) return day;
    if (!passed || day > passed) passed = day;
  }
  return passed;
}

/** What a web copy's metadata block or title line says of the text, read from its first lines. */
interface PageFacts {
  number?: string;
  title?: string;
  issued?: string;
  /** The day a header note under the title gives the text (headerNoteDate), when it has no signature. */
  noted?: string;
  /** 0-based line of a "title(文号)" line: the body starts below it. */
  titleLine?: number;
}

function pageFacts(lines: string[], compacted: CompactLines): PageFacts {
  const facts: PageFacts = {};
  // Fifteen lines of text: a block's labels and values are often set apart by blank lines.
  for (let i = 0, seen = 0; i < lines.length && seen < 15; i++) {
    if (!compacted.at(i)) continue;
    seen++;
    const written = withoutPinyinReadings(withValueBelow(lines, compacted, i));
    const flat = written.replace(/\s+/g, '');
    // "主题分类: 政务公开 发文字号: 绍政办发〔2025〕6号": the space before a label parts it from the value before it.
    // Only in a block of labels and values: a sentence is no such block.
    const number = LABELLED_NUMBER.exec(flat) ?? (/[。,，;；]/.test(written) ? null : LABELLED_NUMBER.exec(written.replace(SPACE_BEFORE_NUMBER_LABEL, '|').replace(/\s+/g, '')));
    if (number && !facts.number) facts.number = number[1];
    const title = LABELLED_TITLE.exec(flat);
    if (title && !facts.title) {
      const end = NEXT_LABEL.exec(title[1]);
      // "标 题 | 江政办〔2020〕2 号 区人民政府办公室关于印发…的通知": a site may put the number before the title it files.
      const text = (end ? title[1].slice(0, end.index) : title[1]).replace(/\|+$/, '').replace(LEADING_NUMBER, '');
      if (text.length >= 4) facts.title = text;
    }
    const issued = LABELLED_ISSUED.exec(flat);
    if (issued && !facts.issued) facts.issued = matchedDay(issued);
    facts.noted ??= headerNoteDate(compacted.at(i), lines[i]);
    const own = facts.number ? null : TITLE_WITH_NUMBER.exec(compacted.at(i));
    if (own && isTitleLine(own[1])) {
      const written = /^(.*)[(（]([^()（）]*)[)）]\s*$/.exec(flat);
      facts.number = written ? written[2] : own[2];
      facts.title ??= written ? written[1] : own[1];
      facts.titleLine = i;
    }
    const beside = facts.number ? null : numberBesideTitle(lines[i]);
    if (beside) {
      facts.number = beside.number;
      facts.title ??= beside.title;
      facts.titleLine = i;
    }
  }
  return facts;
}

/** Line i, and the value on the next line written after it when line i is a label alone ("• 发文日期:" over "2024年04月06日 16:40"). */
function withValueBelow(lines: string[], compacted: CompactLines, i: number): string {
  if (!LABEL_ALONE.test(compacted.at(i))) return lines[i];
  let below = i + 1;
  while (below < lines.length && !compacted.at(below)) below++;
  return below < lines.length && !LABEL_ALONE.test(compacted.at(below)) ? `${lines[i]}${lines[below]}` : lines[i];
}

/** A 文号 as a line writes it, spaces allowed inside ("江政办〔2020〕2 号"). */
const WRITTEN_NUMBER = `[\\u4e00-\\u9fa5]{1,12}\\s*[${OPENING}]\\s*\\d{4}\\s*[${CLOSING}]\\s*第?\\s*\\d{1,4}\\s*[号號]`;
const TITLE_THEN_NUMBER = new RegExp(`^(.+?)\\s+(${WRITTEN_NUMBER})$`);
const NUMBER_THEN_TITLE = new RegExp(`^(${WRITTEN_NUMBER})\\s*(.+)$`);

/**
 * A title and its 文号 on one line, apart by spaces, in either order: "泾县人民政府关于分解落实政府工作报告目标任务的通知 泾政〔2023〕1号"
 * (泾县 2023), "江政办〔2020〕2 号 区人民政府办公室关于印发…责任分解方案的通知" (江汉 2020). The title must read as one: it names
 * its kind of document or what it is about (关于).
 */
function numberBesideTitle(line: string): { number: string; title: string } | null {
  const written = withoutPinyinReadings(line).replace(MARKDOWN_HEADING, '').trim();
  if (written.length > 160 || !/[号號]/.test(written)) return null;
  const after = TITLE_THEN_NUMBER.exec(written);
  const before = after ? null : NUMBER_THEN_TITLE.exec(written);
  const title = after ? after[1] : before?.[2];
  const number = after ? after[2] : before?.[1];
  if (title === undefined || number === undefined) return null;
  const flat = simplified(title.replace(/\s+/g, ''));
  if (!isTitleLine(flat) || !(DOCUMENT_KIND.test(flat) || flat.includes('关于'))) return null;
  return { number, title: displayText([title]) };
}

/** What opens a line that cites a text rather than heads one: "根据…的通知(某政发〔2019〕8号)", "附件:…". */
const CITING_OPENING = /^(?:根据|依据|按照|依照|参照|贯彻|落实|为|见|详见|附件|转发)/;

/**
 * A document's title with its own 文号 on its line, as a web copy heads each text of a gazette: "…的通知(岳办发〔2017〕2号)"
 * (岳阳 2017), "鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》", "泾县人民政府关于…的通知 泾政〔2023〕1号".
 * The title names its kind or what it is about (关于); a text it cites ("…《X办法》(某政发〔2019〕8号)", "根据…的通知(…)") is no heading.
 */
function headingWithNumber(lines: string[], compacted: CompactLines, i: number): { number: string; title: string } | null {
  const c = compacted.at(i);
  // A long line is compacted without its brackets made ASCII (compact): a title's own closes the line.
  const own = TITLE_WITH_NUMBER.exec(c.length > 60 && /[)）]$/.test(c) ? simplified(c) : c);
  if (own) {
    const title = simplified(own[1]);
    if (!isTitleLine(own[1]) || CITING_OPENING.test(title) || title.endsWith('》') || !(DOCUMENT_KIND.test(title) || title.includes('关于'))) return null;
    const written = /^(.*)[(（]([^()（）]*)[)）]\s*$/.exec(withoutPinyinReadings(lines[i]).replace(MARKDOWN_HEADING, '').trim());
    return { number: written ? written[2] : own[2], title: displayText([written ? written[1] : own[1]]) };
  }
  const beside = numberBesideTitle(lines[i]);
  return beside && !CITING_OPENING.test(simplified(beside.title)) ? beside : null;
}

/** Do the number lines and the headings with their numbers hold two numbers or more? */
function holdsSeveralNumbers(numberLines: number[], headings: Map<number, { number: string }>, compacted: CompactLines): boolean {
  const numbers = new Set<string>();
  for (const n of numberLines) numbers.add(normaliseDocNumber(bareNumber(compacted.at(n))));
  for (const { number } of headings.values()) numbers.add(normaliseDocNumber(number));
  return numbers.size >= 2;
}

/** A signature date on its own line, also in brackets under a title ("(2016年1月9日)"). */
const DATE_LINE = /^\(?(\d{4})年(\d{1,2})月(\d{1,2})日\)?$/;
const ISSUER_WORD = '(?:政府|办公厅|办公室|委员会|人民政府|厅|局|委|办)';
const ISSUER_LINE = new RegExp(`${ISSUER_WORD}$`);
/**
 * The note GB/T 9704 prints under the signed date, saying how far the text goes ("(此件公开发布)", "(此件主动公开)",
 * "(此件依申请公开)", "(此件不予公开)"): only a signature has it.
 */
const CIRCULATION_NOTE = '\\((?:此件|本件)[\\u4e00-\\u9fa5]{2,8}\\)';
const ISSUER_NAME = `[\\u4e00-\\u9fa5()]{1,28}${ISSUER_WORD}`;
/**
 * The signature run onto one line, where a copy lost its breaks: the issuer before the date ("政協寶雞市金臺區委員會辦公室 2020年1月26日",
 * 金台 2020), the note after it ("2019年3月5日(此件公开发布)"), or both; groups 1-3 the date (signedIssuer reads the issuer).
 */
const SIGNED_LINE = new RegExp(`^(?:${ISSUER_NAME})?\\(?(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\)?(?:${CIRCULATION_NOTE})?$`);
/**
 * A signature inside a text copied as one line, the notice's last sentence before it and the text it issues after it: "…请认真抓好贯彻落实。
 * 安顺市人民政府2023年9月5日（此件公开发布）安顺市市级储备粮管理办法第一章…" (安顺 2023), "…海南省人民政府办公厅2014年7月17日(此件主动公开)
 * 海南省'十三五'规划编制工作方案…" (海南 2014), "福建省经济和信息化委员会2017年7月21日（此件主动公开）" (福建 2017). The note says it is one.
 */
const RUN_IN_SIGNATURE = new RegExp(`(?:^|[。!])(?:${ISSUER_NAME})?(\\d{4})年(\\d{1,2})月(\\d{1,2})日${CIRCULATION_NOTE}`);
const ISSUER_BEFORE_DATE = new RegExp(`(?:^|[。!])(${ISSUER_NAME})\\(?\\d{4}年`);
/** The issuer a signature names before its date on the same line (SIGNED_LINE, RUN_IN_SIGNATURE's match), or ''. */
function signedIssuer(signature: string): string {
  return ISSUER_BEFORE_DATE.exec(signature)?.[1] ?? '';
}
const MARKDOWN_HEADING = /^\s*#+\s*/;
/**
 * A line of a web page's furniture, in either script: its source, its hit counter, its update date, a
 * link to the page before or after it or to related ones, a banner with the day it is read (今天是:2025年12月06日), the site's own
 * links at its top ("• 设为首页", "• 加入收藏", "• 无障碍阅读", "• 长者版", 下陆 2021; "• 长辈版|", 宣城 2020; "返回顶部", 镇巴 2024;
 * "使用帮助 | 网站地图 | 旧版"), several of them on one line ("无障碍浏览 长者模式", 二连浩特 2024; "无障碍阅读 关怀版 返回首页", 聊城 2020), and the link back alone ("返 回", 杭州 2020). It is never a title, and its dates are the page's or another text's, not this text's.
 */
const SITE_LINK = /(?:设为首页|設為首頁|加入收藏|无障碍(?:阅读|浏览)?|無障礙|长者版|長者版|长辈版|長輩版|长者模式|長者模式|关怀版|關懷版|返回顶部|返回頂部|返回首页|返回首頁|返回|网站地图|網站地圖|使用帮助)/.source;
const FURNITURE_WORDS =
  /(?<![\u4e00-\u9fa5])(?:信息|文章|稿件)?[来來]源[:：]|[浏瀏][览覽](?:次[数數]|量)|[点點][击擊](?:次[数數]|[数數量])|[阅閱][读讀](?:次[数數]|量)|[访訪][问問]量|(?:更新|修改)(?:日期|[时時][间間])|^\s*(?:上一|下一|上|下)[篇条條][:：]|^\s*相[关關](?:[链鏈]接|[阅閱][读讀]|文章|新[闻聞]|信息)[:：]|^\s*(?:今天是|今日是|当前日期|當前日期|现在是|現在是)[:：]?\s*\d{4}年/.source;
export const PAGE_FURNITURE = new RegExp(`${FURNITURE_WORDS}|^[\\s•·*]*${SITE_LINK}(?:\\s*[|｜]?\\s*${SITE_LINK})*(?:\\s*[|｜]|$)`);

const FIRST_OPENING = new RegExp(`[${OPENING}]`);
const FIRST_CLOSING = new RegExp(`[${CLOSING}]`);

/**
 * The form every record carries: brackets made 〔〕, spaces gone ("浙政发[2017]31 号", "财会【2019】6号" → "浙政发〔2017〕31号",
 * "财会〔2019〕6号"), the bracket and 号 a copy lost put back (LOST_CLOSING), figures in ASCII and characters simplified, as the
 * issuer wrote it: a copy in traditional characters or full-width figures prints the same number ("武政辦〔2019〕1號" and
 * "武政办〔2019〕1号" are one document's, 武汉 2019's two copies).
 */
export function normaliseDocNumber(raw: string): string {
  return normalise(raw.replace(/\s+/g, '').replace(/^#+/, ''))
    .text.replace(FIRST_OPENING, '〔')
    .replace(FIRST_CLOSING, '〕')
    .replace(LOST_CLOSING, '$1$2〕$3号');
}

/**
 * A line as the patterns read it. Only short lines can be a 文号, a date or an issuer, so long
 * body lines skip the full normalisation.
 */
function compact(line: string): string {
  if (line.length > 60 || !/[号號日]/.test(line)) return line.replace(/\s+/g, '').replace(MARKDOWN_HEADING, '');
  return normalise(line.replace(MARKDOWN_HEADING, '')).text;
}

/**
 * A gazette's lines as the patterns read them (`compact`), each made when first asked for: most lines
 * are only asked whether they could be a 文号 or a date line, which their own characters answer.
 */
class CompactLines {
  private readonly made: Array<string | undefined>;

  constructor(readonly lines: string[]) {
    this.made = new Array<string | undefined>(lines.length);
  }

  at(i: number): string {
    return (this.made[i] ??= compact(this.lines[i]));
  }

  /** Lines [from, to) compacted and joined. */
  joined(from: number, to: number): string {
    let out = '';
    for (let i = from; i < to; i++) out += this.at(i);
    return out;
  }

  /** Could line i be a 文号 line? It holds 号 or 號, or ends with a bracket and its serial when 号 was lost. */
  mayBeNumber(i: number): boolean {
    // Every line of the gazette is asked: two searches for one character each are about twice as fast as one pattern.
    const line = this.lines[i];
    return line.includes('号') || line.includes('號') || endsWithBracketedSerial(line);
  }

  /** Could line i be a date line? Nothing but 日 becomes the 日 it ends with; a short line opening with a year may have lost it. */
  mayBeDate(i: number): boolean {
    const line = this.lines[i];
    return line.includes('日') || (YEAR_OPENING.test(line) && line.trim().length <= 60);
  }
}

/**
 * Does the line end with a closing bracket and a serial of one to four digits, spaces allowed between
 * and after ("治政办发[2012] 6"), or with an opening bracket and a year run into its serial (LOST_CLOSING: "牟政办发〔201746")?
 * Read from the end, where a pattern ending in $ would try every character.
 */
function endsWithBracketedSerial(line: string): boolean {
  const text = line.trimEnd();
  let start = text.length;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  const digits = text.length - start;
  const before = text.slice(0, start).trimEnd();
  if (before.length === 0) return false;
  if (digits >= 5 && digits <= 8) return LOST_CLOSING_OPENINGS.includes(before.charAt(before.length - 1));
  return digits >= 1 && digits <= 4 && CLOSING_BRACKETS.includes(before.charAt(before.length - 1));
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Title text as printed: line-break and layout spaces dropped, Markdown marks and tags gone, and
 * the 《》 a web page puts round a title it quotes as a whole (a title that cites another keeps its own).
 */
function displayText(parts: string[]): string {
  const text = withoutPinyinReadings(parts.map((p) => p.replace(MARKDOWN_HEADING, '').replace(/<\/?b>/g, '').replace(/\s+/g, '')).join('')).replace(COLUMN_LABEL, '');
  // "【市政府重点工作及责任分解】滁州市人民政府关于…的通知" (滁州 2020): the column a site files a title under, in 【】 before a title
  // that is whole without it (it holds 关于 and names its kind), is no part of it.
  const filed = /^【[^【】]{1,20}】(.+)$/.exec(text);
  if (filed && filed[1].includes('关于') && DOCUMENT_KIND.test(filed[1])) return filed[1];
  const quoted = /^《([^《》]*)》$/.exec(text);
  return quoted ? quoted[1] : text;
}

/**
 * The label of the site column a page stands in, before its title: "政策解读:", "【政策解读】", "图解:"; and the kind of
 * reading a site files an explainer as, in 【】 before or after its title ("【文字解读】凤凰县人民政府办公室关于印发…的通知", 凤凰
 * 2024; "【文字解读】后湖管理区清洁家园行动方案", 后湖 2025; "【文字解读】《黑龙江省深入实施“人工智能+”行动的实施方案》政策解读";
 * "…新型储能实施方案【文字解读】", "…设备更新方案【政策解读】", "…新能源十条【音频解读】"). It says where the page was filed and in what
 * medium, not what the text is called.
 */
const COLUMN_LABEL =
  /^(?:【(?:[\u4e00-\u9fa5]{0,4}解读|政策文件|图解|原文|全文|通知公告|公告公示|政府文件|规范性文件)】|(?:政策解读|文件解读|图文解读|图解|解读|一图读懂|原文|全文|通知公告|公告公示|政府文件|规范性文件|政策文件)[:：])|(?<=[\u4e00-\u9fa5》)）])【[\u4e00-\u9fa5]{0,4}解读】$/;

/** The day a match's groups 1-3 write as year, month and day. */
function matchedDay(m: RegExpMatchArray): string {
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Splits a gazette into documents at their 文号 lines. The title is the heading just above the
 * 文号 (one line, or a Markdown heading broken over two); a text with no 文号 is one document.
 */
export function splitGazette(lines: string[]): GazetteDocument[] {
  const compacted = new CompactLines(lines);
  const numberLines: number[] = [];
  /** An order's number by its serial's line: the heading joined to a serial printed below it. */
  const orderNumbers = new Map<number, string>();
  /** A title with its own 文号 on one line, by its line: it opens its document as a number does. */
  const headings = new Map<number, { number: string; title: string }>();
  for (let i = 0; i < lines.length; i++) {
    if (!compacted.mayBeNumber(i)) continue;
    const line = bareNumber(compacted.at(i));
    // An order's serial is read first: "政府令〔2010〕第15号" has a 文号's form too, and the order is known by the text it promulgates.
    const order = orderNumber(compacted, i, line);
    if (order) {
      numberLines.push(i);
      orderNumbers.set(i, order);
    } else if (DOC_NUMBER_LINE.test(line)) numberLines.push(i);
    else {
      const heading = headingWithNumber(lines, compacted, i);
      if (heading) headings.set(i, heading);
    }
  }
  // A heading with its number opens its document in a text of several; in a text of one, the page's own facts read it (pageFacts).
  if (headings.size > 0 && holdsSeveralNumbers(numberLines, headings, compacted)) {
    numberLines.push(...headings.keys());
    numberLines.sort((a, b) => a - b);
  } else headings.clear();
  if (numberLines.length === 0) return [singleDocument(lines, compacted)];
  if (numberLines.length > 1) numberLines.splice(0, numberLines.length, ...printedOnce(numberLines, compacted, orderNumbers, headings));

  // Pushed, not mapped: map makes a packed or a holey array by which of V8's tiers runs it, and the optimised code
  // reading this one was thrown away at the kind it had not seen (node --trace-deopt: wrong map).
  const heads: Array<{ title: string; first: number }> = [];
  for (const n of numberLines) {
    const heading = headings.get(n);
    heads.push(heading ? { title: heading.title, first: n } : titleAbove(lines, compacted, n));
  }
  const preamble = documentBeforeNumbers(lines, compacted, heads[0].first);
  const numbered = numberLines.map((n, k) => {
    const firstLine = heads[k].first;
    const lastLine = k + 1 < numberLines.length ? heads[k + 1].first - 1 : lines.length - 1;
    // A page that is one document may give its date only in its metadata block (成文日期, 发文日期), when it prints no signature.
    const signature = signatureDate(compacted, n + 1, lastLine) ?? (numberLines.length === 1 ? blockDate(lines, compacted) : null);
    const order = orderNumbers.get(n);
    const title = order === undefined ? heads[k].title || issuedPlanTitle(lines, n + 1, lastLine) : orderTitle(lines, n + 1, lastLine, heads[k].title);
    const heading = headings.get(n);
    return {
      number:
        order ??
        (heading && normaliseDocNumber(heading.number)) ??
        normaliseDocNumber(
          withoutPinyinReadings(lines[n])
            .replace(SIGNER, '')
            .replace(/^\s*#*\s*(?:发文字号|文号|发文号|發文字號|文號)?\s*[:：]?/, '')
            .replace(/^\s*[(（](.*)[)）]\s*$/, '$1'),
        ).replace(DATE_AFTER_NUMBER, ''),
      title,
      issuer: signature?.issuer || (order === undefined ? issuerFromTitle(title) : orderIssuer(order)),
      issued: signature?.issued ?? datedNumber(compacted.at(n)),
      firstLine: firstLine + 1,
      numberLine: n + 1,
      bodyLine: n + 2,
      lastLine: lastLine + 1,
    };
  });
  const docs = preamble ? [preamble, ...numbered] : numbered;
  const split: GazetteDocument[] = [];
  for (const doc of docs) split.push(...withUnnumberedAfter(doc, lines, compacted));
  return split;
}

/** A circulation note alone on its line under a signature ("(此件公开发布)"). */
const NOTE_LINE = new RegExp(`^${CIRCULATION_NOTE}$`);

/**
 * The document and those printed after it with no 文号 (a notice sent without one, as a gazette prints it after a numbered one):
 * under a signature, a title that names its kind or 关于 (over up to four lines) with its addressees on the line below
 * ("各县区人民政府,市直各部门:") opens a document, dated by the signature in it. The plan a notice issues (its title, then its
 * text) and an annexed table stay the notice's: no addressees stand under them.
 */
function withUnnumberedAfter(doc: GazetteDocument, lines: string[], compacted: CompactLines): GazetteDocument[] {
  const docs = [doc];
  let current = doc;
  const end = doc.lastLine;
  for (let i = doc.bodyLine - 1; i < end; i++) {
    // A signature is a short line: the text's long lines are not compacted to be asked.
    if (lines[i].length > 80 || !compacted.mayBeDate(i) || !SIGNED_LINE.test(compacted.at(i))) continue;
    let first = i + 1;
    while (first < end && (!compacted.at(first) || NOTE_LINE.test(compacted.at(first)))) first++;
    const head = first < end ? titleBelow(lines, compacted, first) : null;
    if (!head || head.last >= end) continue;
    const title = simplified(head.title);
    if (!(DOCUMENT_KIND.test(title) || title.includes('关于'))) continue;
    let salutation = head.last + 1;
    while (salutation < end && !compacted.at(salutation)) salutation++;
    if (salutation >= end || !addresseesOf(simplified(compacted.at(salutation)))) continue;
    const signature = signatureDate(compacted, salutation + 1, end - 1);
    const next: GazetteDocument = {
      number: '',
      title: head.title,
      issuer: signature?.issuer || issuerFromTitle(head.title),
      issued: signature?.issued ?? null,
      firstLine: first + 1,
      numberLine: null,
      bodyLine: head.last + 2,
      lastLine: end,
    };
    current.lastLine = first;
    docs.push(next);
    current = next;
    i = salutation;
  }
  return docs;
}

/**
 * A line of a gazette's front matter, before its first document: its name ("某市人民政府公报"), its issue ("2019年第3期", "(总第120期)"),
 * 目录, an entry of the contents (its leaders, its page number alone), a section head in 【】.
 */
const FRONT_MATTER = /公报$|^\d{4}年第\d+期|^\(?总第\d+期\)?$|^目录$|…|·{3,}|\.{4,}|^【[^【】]{1,20}】$|^\(?\d{1,3}\)?$/;

/**
 * The document printed before the first 文号 of a gazette with no 文号 of its own (a 政府工作报告, a notice sent without one): its
 * lines were in no document, and their deadlines gave no record. Only text that holds a sentence is one; the gazette's name,
 * issue and contents above it are none of it. Null when the lines before `end` hold no sentence.
 */
function documentBeforeNumbers(lines: string[], compacted: CompactLines, end: number): GazetteDocument | null {
  let start = 0;
  let prose = -1;
  for (let i = 0; i < end; i++) {
    const c = compacted.at(i);
    // An entry of the contents holds no sentence: a line that does is text, whatever leaders it holds ("……等").
    if (c.includes('。')) {
      prose = i;
      break;
    }
    if (FRONT_MATTER.test(c)) start = i + 1;
  }
  if (prose < 0) return null;
  while (start < prose && (!compacted.at(start) || isPageChrome(compacted.at(start)))) start++;
  const head = start < prose ? titleBelow(lines, compacted, start) : null;
  const title = head?.title ?? '';
  const signature = signatureDate(compacted, start, end - 1);
  return {
    number: '',
    title,
    issuer: signature?.issuer || issuerFromTitle(title),
    issued: signature?.issued ?? null,
    firstLine: start + 1,
    numberLine: null,
    bodyLine: head ? head.last + 2 : start + 1,
    lastLine: end,
  };
}

/** The date a page's metadata block gives its one text, as a signature would give it (with no issuer), or null. */
function blockDate(lines: string[], compacted: CompactLines): { issued: string; issuer: string } | null {
  const facts = pageFacts(lines, compacted);
  const issued = facts.issued ?? facts.noted;
  return issued ? { issued, issuer: '' } : null;
}

/**
 * The number lines that start documents. A number printed twice in a row with nothing between ("京政办发〔2016〕26号" over
 * "京政办发〔2016〕26号", 北京 2016 政务公开 web copy) is the same heading, which starts at the first. A number met again
 * further on leaves the earlier line a citation only when nothing up to the next number is signed and dated (a contents
 * entry whose page number is on the title's line, "(浙政办发〔2015〕20号)" below it); a signed document keeps its number
 * though a later text cites it on a line of its own (a 政策解读 printed after it, its source's number under its title).
 */
function printedOnce(numberLines: number[], compacted: CompactLines, orderNumbers: Map<number, string>, headings: Map<number, { number: string }>): number[] {
  // Where each number is printed next, found from the end: one pass, where asking every later line made a gazette of
  // many documents quadratic.
  const nextPrinted: number[] = new Array(numberLines.length);
  const laterAt = new Map<string, number>();
  for (let k = numberLines.length - 1; k >= 0; k--) {
    const n = numberLines[k];
    const key = orderNumbers.get(n) ?? normaliseDocNumber(headings.get(n)?.number ?? bareNumber(compacted.at(n)));
    nextPrinted[k] = laterAt.get(key) ?? numberLines.length;
    laterAt.set(key, k);
  }
  const kept: number[] = [];
  const repeated = new Set<number>();
  for (let k = 0; k < numberLines.length; k++) {
    if (repeated.has(k)) continue;
    const again = nextPrinted[k];
    if (again === numberLines.length) kept.push(numberLines[k]);
    else if (onlyBlankBetween(compacted, numberLines[k], numberLines[again])) {
      kept.push(numberLines[k]);
      repeated.add(again);
    } else if (signatureDate(compacted, numberLines[k] + 1, numberLines[k + 1] - 1)) kept.push(numberLines[k]);
  }
  return kept;
}

function onlyBlankBetween(compacted: CompactLines, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (compacted.at(i)) return false;
  return true;
}

/**
 * The number of an order whose serial stands on line i, or null: the serial with its heading on the same line, or a
 * bare serial ("第82号") under an order's heading, which the number then opens with ("内蒙古自治区人民政府令第82号").
 */
function orderNumber(compacted: CompactLines, i: number, line: string): string | null {
  const m = ORDER_NUMBER.exec(line);
  if (!m) return null;
  if (m[1]) return normaliseDocNumber(line);
  let above = i - 1;
  while (above >= 0 && !compacted.at(above)) above--;
  return above >= 0 && ORDER_HEADING.test(compacted.at(above)) ? compacted.at(above) + normaliseDocNumber(line) : null;
}

/**
 * An order is known by the text it promulgates ("《X》已经…通过,现予公布"), else by the title printed above its heading;
 * never by the heading itself ("浙江省人民政府令"), which every order shares.
 */
function orderTitle(lines: string[], from: number, to: number, above: string): string {
  return textNamedIn(lines, from, to, PROMULGATED) || (ORDER_HEADING.test(above) ? '' : above);
}

/** Who issued an order: its heading without the kind ("浙江省人民政府令第375号" → "浙江省人民政府"). */
function orderIssuer(number: string): string {
  return /^(.*?)(?:命令|令|公告|通告)(?:〔\d{4}〕|\d{4}年)?第/.exec(number)?.[1] ?? '';
}

/**
 * A text with no 文号 is one document. Its first lines are its title only when they read as one (a
 * short line with no sentence punctuation, not an item or an address): many copies start inside the
 * body, and a title guessed from a body line would drop that line's deadlines.
 */
function singleDocument(lines: string[], compacted: CompactLines): GazetteDocument {
  let first = 0;
  while (first < lines.length && compacted.at(first).length === 0) first++;
  if (first === lines.length) first = -1;
  let titleFrom = Math.max(first, 0);
  while (titleFrom < lines.length && titleFrom - first < HEAD_CHROME_LINES && (!compacted.at(titleFrom) || isPageChrome(compacted.at(titleFrom)))) titleFrom++;
  const head = first >= 0 && titleFrom < lines.length ? titleBelow(lines, compacted, titleFrom) : null;
  const facts = pageFacts(lines, compacted);
  const title = facts.title ?? head?.title ?? issuedPlanTitle(lines, Math.max(first, 0), lines.length - 1);
  const signature = signatureDate(compacted, Math.max(first, 0), lines.length - 1);
  const bodyLine = facts.titleLine !== undefined ? facts.titleLine + 2 : head ? head.last + 2 : Math.max(first, 0) + 1;
  return {
    number: facts.number ? normaliseDocNumber(facts.number) : '',
    title,
    issuer: signature?.issuer ?? issuerFromTitle(title),
    issued: facts.issued ?? signature?.issued ?? facts.noted ?? null,
    firstLine: Math.max(first, 0) + 1,
    numberLine: null,
    bodyLine: Math.max(bodyLine, head ? head.last + 2 : 0),
    lastLine: lines.length,
  };
}

/**
 * A web page's trail to the text ("当前位置:首页", "> 政务公开 > 组织机构 > …", "首页 > 太湖县人民政府办公室信息公开 > 信息浏览",
 * "您当前的位置:首页 > 信息公开 > …", "广东规范性文件 > 正文阅览"): never a title. A title that quotes with angle brackets
 * ("<政府工作报告>任务分解表") is none.
 */
const BREADCRUMB = /^(?:您当前的位置|您现在的位置|您的位置|当前位置|所在位置|位置)[:：]|^(?:网站首页|首页|主页)\s*(?:>|»|-|—|→|$)|^[>»]|^[^<>《》。,;:]{1,30}(?:>{1,2}|»|→)[^<>《》。,;]{1,60}$/;
/** A line holding two labels of a metadata block ("信息分类:通知发布机构:太湖县人民政府办公室"). */
const LABELS_LINE = /[\u4e00-\u9fa5]{2,6}[:：][^:：]*[\u4e00-\u9fa5]{2,6}[:：]/;
/** How many lines of a page's trail, furniture and metadata may stand above its title. */
const HEAD_CHROME_LINES = 12;

/**
 * The name of the site's column a page stands in, alone on its line above the title: "政府信息公开" (聊城 2020, 资阳 2022, 荥经
 * 2017, 芦山 2018, "• 政府信息公开" 灵璧 2021), "通知公告" (华中师大 2016), "新闻公告" (a college's page, 2023).
 */
const COLUMN_NAME_LINE = /^[•·*]?(?:政府信息公开|信息公开|政务公开|通知公告|新闻公告|公告公示|政策文件|政府文件|规范性文件|政策解读)$/;

/** A line of what a site prints round a text, above its title: its trail, its furniture, its metadata, its column's name. */
function isPageChrome(c: string): boolean {
  return BREADCRUMB.test(c) || PAGE_FURNITURE.test(c) || METADATA_LINE.test(c) || LABEL_ALONE.test(c) || LABELS_LINE.test(c) || COLUMN_NAME_LINE.test(c);
}

const DOCUMENT_KIND = /(?:通知|意见|方案|办法|规定|决定|制度|细则|要点|计划|规划|清单|安排|报告|通报|公告|通告|批复|函|纲要|条例|实事|任务)(?:\([^()]*\))?$/;

/** A 文号 however it is printed, 号 lost included ("治政办发[2012] 6"): never a title. */
const DOC_NUMBER_FORM = new RegExp(`^[\\u4e00-\\u9fa5]{1,12}${YEAR_AND_SERIAL}号?$`);

function isTitleLine(c: string): boolean {
  if (c.length < 4 || c.length > 80 || /[|\t。;,]|:$/.test(c) || SIGNED_LINE.test(c) || DOC_NUMBER_FORM.test(c)) return false;
  return !/^(?:\(?[一二三四五六七八九十\d]+[)、.]|第[一二三四五六七八九十百\d]+[条章节]|[•·-])/.test(c);
}

/** How many lines a title printed below its issuer may take: the issuer's, and up to three of 关于…的通知. */
const MAX_TITLE_LINES = 4;

const simplified = (text: string) => normalise(text).text;

/**
 * The title printed from line `first` down: at the top of a text with no 文号, or below a 文号 that opens the text or
 * stands under a red header ("…文件"). A title broken over lines ("…人民政府" over "关于…" over "…的通知") joins the
 * lines below while it has not yet named its kind of document.
 */
function titleBelow(lines: string[], compacted: CompactLines, first: number): { title: string; last: number } | null {
  const glued = titleBeforeAddressees(lines[first]);
  if (glued) return { title: displayText([glued]), last: first };
  if (!isTitleLine(compacted.at(first))) return null;
  let last = first;
  // Read in simplified characters: only lines that may be a 文号 or a date are normalised (compact), and "關于" is 关于.
  let sofar = simplified(compacted.at(first));
  for (let joined = 0; joined < MAX_TITLE_LINES - 1; joined++) {
    let j = last + 1;
    while (j < lines.length && !compacted.at(j)) j++;
    // A page's line under its title (its source, its time, its hit counter: "2020-09-14 10:33:42 来源:平安锡市", 锡林浩特 2020;
    // "瀏覽量: 時間:2018-11-13 15:36:26", 成都 2001's copy) is none of it, though the title has not yet named its kind.
    if (j >= lines.length || !isTitleLine(compacted.at(j)) || isPageChrome(compacted.at(j)) || compacted.at(j).length > 40) break;
    const next = simplified(compacted.at(j));
    const named = DOCUMENT_KIND.test(sofar);
    if (named && !/^的|的(?:通知|意见|决定|批复|函)$/.test(next)) break;
    if (!named && !/^关于|的(?:通知|意见|决定|批复|函|方案|办法|规定)$/.test(next) && !/关于/.test(sofar)) break;
    last = j;
    sofar += next;
  }
  return { title: displayText(lines.slice(first, last + 1).filter((l) => l.trim())), last };
}

/** Where a title may end: the kind of document it names, with a note in brackets ("(试行)"). */
const TITLE_END = /(?:通知|意见|方案|办法|规定|决定|细则|要点|计划|规划|清单|通报|公告|批复|函|纲要|条例)(?:\([^()]*\)|（[^（）]*）)?/g;

/**
 * A copy that ran a title into the salutation below it ("…关于做好防汛工作的通知各乡镇人民政府,县直各部门:"):
 * the title, when the rest of the line is made only of the units it is sent to. Null otherwise.
 */
function titleBeforeAddressees(line: string): string | null {
  const flat = line.replace(/\s+/g, '').replace(MARKDOWN_HEADING, '');
  if (!/[:：]$/.test(flat) || flat.length > 240) return null;
  for (const end of flat.matchAll(TITLE_END)) {
    const cut = end.index + end[0].length;
    const title = flat.slice(0, cut);
    // "…方案的通知": a kind word the title goes on from is not where it ends.
    if (title.length < 6 || /^[的之和及与]/.test(flat.slice(cut)) || !isTitleLine(normalise(title).text)) continue;
    if (addresseesOf(normalise(flat.slice(cut)).text)) return title;
  }
  return null;
}

/**
 * The labels of a law database's or a site's metadata block ("时效性:现行有效", "发文机关:某省人民政府", "发布日期:2018年03月27"),
 * and those the blocks of county sites print: 发文字号, 发文机构 (镇巴 2024), 文号, 组配分类, 信息分类, 生成日期, 生效时间,
 * 废止时间, 关键词 (太湖 2019, 宣城 2020), 公文目录, 主题词 (牟定 2017); a law database's, in 【】 and with no colon, as copies
 * print them ("•【制定机关】延安市科学技术局", "•【字号】延市科发〔2018〕24号", "•【效力等级】地方规范性文件", 延安 2018 from a law
 * database; 【发布部门】, 【发文字号】, 【实施日期】, 【效力级别】 of the databases' pages). The title's own labels (标题, 名称) are not among them.
 */
const METADATA_LABELS =
  '时效性|時效性|效力级别|效力級別|效力等级|效力等級|发文机关|發文機關|发文机构|發文機構|发布部门|發布部門|发布机构|發布機構|制定机关|制定機關|批准部门|批准部門|发文字号|發文字號|文号|文號|字号|字號|发布日期|發布日期|生成日期|生效日期|生效时间|生效時間|废止日期|废止时间|廢止時間|实施日期|實施日期|施行日期|成文日期|发文日期|發文日期|公布日期|批准日期|索引号|索引號|主题分类|主題分類|组配分类|組配分類|信息分类|信息分類|公文目录|公文目錄|主题词|主題詞|关键词|關鍵詞|有效性|分类|分類';
/**
 * A line of such a block above or below the 文号: it describes the text, it is never its title ("【效力级别】地方规范性文件" is no
 * red header's "…文件" either). Normalised, a line's 【】 are [].
 */
const METADATA_LINE = new RegExp(`^[•·*-]?(?:[【\\[](?:${METADATA_LABELS})[】\\]]|(?:${METADATA_LABELS})[:：|])`);
/**
 * A label alone on its line, its value on the line below, as a site's list of fields reads as text ("• 发文字号:" over
 * "镇政发〔2024〕7号", "• 发文机构:" over "县政府网站", 镇巴 2024). The value is the label's, never a title.
 */
const LABEL_ALONE = new RegExp(`^[•·*-]?(?:${METADATA_LABELS}|信息[来來]源|[来來]源)[:：|]?$`);
/** The block's last label, alone on its line, whose value is the text below it ("• 内容概述:" over the title, 镇巴 2024). */
const CONTENT_LABEL = /^[•·*-]?(?:内容概述|內容概述|内容摘要|內容摘要)[:：|]?$/;

/** Is line i of a page's metadata block: a label with its value, a label alone, or the value under a label alone? */
function isMetadata(compacted: CompactLines, i: number): boolean {
  const line = compacted.at(i);
  if (METADATA_LINE.test(line) || LABEL_ALONE.test(line) || CONTENT_LABEL.test(line)) return true;
  let above = i - 1;
  while (above >= 0 && !compacted.at(above)) above--;
  return above >= 0 && LABEL_ALONE.test(compacted.at(above));
}

/**
 * A title is written in Chinese: a line with no Han character above a 文号 (a normative document's registration code
 * "HHCR-2023-01005", a page number, a date in figures) is no title.
 */
const HAN = /[\u4e00-\u9fa5]/;

/** The first line under the 文号 that is not blank, its signer or the page's metadata (lines.length when none is). */
function lineUnderNumber(lines: string[], compacted: CompactLines, numberLine: number): number {
  let below = numberLine + 1;
  while (below < lines.length && (!compacted.at(below) || SIGNER_LINE.test(compacted.at(below)) || isMetadata(compacted, below))) below++;
  return below;
}

/** The title printed under the 文号, or null. */
function titleUnderNumber(lines: string[], compacted: CompactLines, numberLine: number): { title: string; last: number } | null {
  const below = lineUnderNumber(lines, compacted, numberLine);
  return below < lines.length ? titleBelow(lines, compacted, below) : null;
}

/**
 * Could the line above a 文号 be its title, or its last line ("的通知" under "…工作要点")? Not a date ("2019年3月5日",
 * "(2019年3月5日)"), a note in brackets alone ("(此件公开发布)"), or a line no title is (a sentence, an item).
 */
function mayBeTitleAbove(c: string): boolean {
  return (isTitleLine(c) || (c.length < 4 && DOCUMENT_KIND.test(simplified(c)))) && !/^[(（][^()（）]*[)）]$/.test(c);
}

/** Walks up from the 文号 line over blank lines and lines of no title to the title; a Markdown title may take two headings. */
function titleAbove(lines: string[], compacted: CompactLines, numberLine: number): { title: string; first: number } {
  let i = numberLine - 1;
  while (i >= 0 && (!compacted.at(i) || PAGE_FURNITURE.test(compacted.at(i)) || isMetadata(compacted, i) || !HAN.test(compacted.at(i)))) i--;
  if (i < 0) {
    // A 文号 opening the text prints its title below it (issuer, 关于…, …的通知), if it has one there.
    return { title: titleUnderNumber(lines, compacted, numberLine)?.title ?? '', first: numberLine };
  }
  // A line above the number that could be no title ("(此件公开发布)", a sentence, an article, a date over a title below) is
  // the last of the document before, which keeps it: the number opens its document. Its title is below it, in the order of
  // the red header (上海 2017 "沪府发〔2017〕92号" over "上海市人民政府印发…的通知", 广州 2015 and 2006, 东莞 2021, 嵊泗 2021,
  // 水城 2011); an order's heading and serial on one line ("某省人民政府令第376号") has none there. A date with no title
  // below may be the one printed under this document's title, and is left where it stands.
  if (!mayBeTitleAbove(compacted.at(i))) {
    const under = titleUnderNumber(lines, compacted, numberLine);
    if (under && (DOCUMENT_KIND.test(simplified(under.title)) || under.title.includes('关于'))) return { title: under.title, first: numberLine };
    if (!DATE_LINE.test(compacted.at(i))) return { title: '', first: numberLine };
  }
  // A red-header document ("浙江省人民政府文件" over the 文号) prints its title below the 文号.
  if (/文件$/.test(compacted.at(i)) && compacted.at(i).length <= 20) {
    const below = lineUnderNumber(lines, compacted, numberLine);
    return { title: below < lines.length ? (titleBelow(lines, compacted, below)?.title ?? displayText([lines[below]])) : '', first: i };
  }
  let first = i;
  let title = compacted.at(i);
  const top = wrappedTitleTop(compacted, i);
  if (top !== i) {
    first = top;
    title = simplified(compacted.joined(top, i + 1));
  }
  // "# 浙江省人民政府办公厅" + "## 关于…的意见": the issuer heading stands apart from the rest.
  if (title.startsWith('关于')) {
    let j = first - 1;
    while (j >= 0 && !compacted.at(j)) j--;
    if (j >= 0 && ISSUER_LINE.test(compacted.at(j)) && compacted.at(j).length <= 20) {
      title = compacted.at(j) + title;
      first = j;
    }
  }
  return { title: displayText(lines.slice(first, i + 1).filter((l) => l.trim())), first };
}

/**
 * Does a line end a title of its own, its kind of document after 的 ("…的报告", "…的实施方案")? A line of a title broken
 * mid-phrase may end in a kind word that the next line goes on from: "省《政府工作报告》重点任务" over "分工方案的通知" (广东 2021,
 * 粤府〔2021〕22号), "关于印发2019年重点工作任务" over "分解方案的通知".
 */
function endsOwnTitle(line: string): boolean {
  return DOCUMENT_KIND.test(line) && /的[\u4e00-\u9fa5]{1,4}(?:\([^()]*\))?$/.test(line);
}

/**
 * The first line of a title broken over lines above its 文号 (广东 2023: "广东省人民政府办公厅关于印发广东省" / "进一步加大力度支持民间投资
 * 发展" / "实施方案的通知" / "粤府办〔2023〕5号"), or `last` itself. The last line names the kind of document but holds no 关于; the
 * lines above it join, up to four in all, to the one that holds 关于. A line that ends a title of its own (…的报告, unless the
 * line below goes on with 的; endsOwnTitle) or holds a label's colon (附件:…) stops the walk, and none joins when no 关于 is reached.
 */
function wrappedTitleTop(compacted: CompactLines, last: number): number {
  const bottom = simplified(compacted.at(last));
  // "的通知" alone is shorter than a title line may be.
  if (bottom.includes('关于') || !DOCUMENT_KIND.test(bottom) || !(isTitleLine(bottom) || /^的[\u4e00-\u9fa5]{1,3}$/.test(bottom)) || bottom.length > 40) return last;
  let top = last;
  for (let joined = 1; joined < MAX_TITLE_LINES; joined++) {
    let j = top - 1;
    while (j >= 0 && !compacted.at(j)) j--;
    if (j < 0) return last;
    const above = simplified(compacted.at(j));
    if (!isTitleLine(above) || above.length > 40 || /[:：]/.test(above)) return last;
    if (endsOwnTitle(above) && !simplified(compacted.at(top)).startsWith('的')) return last;
    top = j;
    if (above.includes('关于')) return top;
  }
  return last;
}

function signatureDate(compacted: CompactLines, from: number, to: number): { issued: string; issuer: string } | null {
  for (let i = from; i <= to; i++) {
    if (!compacted.mayBeDate(i)) continue;
    const line = compacted.at(i);
    // A row of a table ("县教育局\t2019年6月30日") reads as a unit and a date once its cells' parting is gone: it signs nothing.
    if (/[\t|]/.test(compacted.lines[i].trim())) continue;
    const m = SIGNED_LINE.exec(line) ?? (line.length > 60 && compacted.lines[i].includes('此件') ? RUN_IN_SIGNATURE.exec(simplified(line)) : null);
    const issued = m ? matchedDay(m) : glyphlessSignature(compacted, i, from, to);
    if (!issued) continue;
    const issuer = m ? signedIssuer(m[0]) : '';
    if (issuer) return { issued, issuer };
    const above = nearestAbove(compacted, i, from);
    return { issued, issuer: signsAbove(above) ? above : '' };
  }
  return null;
}

/** Is a line right above a signature date its issuer's: an issuer's name, no longer than a body's name runs? */
const signsAbove = (line: string): boolean => ISSUER_LINE.test(line) && line.length <= 30;

/** The nearest line above i (from `from` on) that holds anything, compacted, or ''. */
function nearestAbove(compacted: CompactLines, i: number, from: number): string {
  let j = i - 1;
  while (j >= from && !compacted.at(j)) j--;
  return j >= from ? compacted.at(j) : '';
}

/** The nearest line below i (up to `to`) that holds anything, compacted, or ''. */
function nearestBelow(compacted: CompactLines, i: number, to: number): string {
  let j = i + 1;
  while (j <= to && !compacted.at(j)) j++;
  return j <= to ? compacted.at(j) : '';
}

const YEAR_OPENING = /^\s*[{}]?\s*(?:19|20)\d{2}/;
/**
 * A signature date some of whose 年, 月 and 日 a web copy lost (a font the page drew them in), the digits left run together or
 * parted by spaces: "2020928" (六盘水 2020), "2017919" (福建省人民政府公报 2017), "2023515" (梁平 曲水镇 2023), "2024327" (芜湖
 * 2024), "{ 2017 6 23" (牟定 2017, a stray brace for the lost 年), "20181月2日" (新密 2018), "2018年210" (苏州 2018). Groups: the
 * year, the 年 if kept, the month and day as left.
 */
const GLYPHLESS_DATE = /^[{}]?((?:19|20)\d{2})(年?)(\d{1,2}月\d{1,2}日?|\d{3,4}日?)$/;
const NOTE_NEAR = /^[(（](?:此件|本件)[\u4e00-\u9fa5]{2,8}[)）]$/;

/**
 * The date a line reads as under GLYPHLESS_DATE, where only one month and day fit the digits ("2020928" is 9月28日, 92月 being
 * none; "2024115", 沈阳 辽中 2024, may be 1月15日 or 11月5日 and reads as none), as the spec reads a date whose 月 was lost. Three
 * digits at least stand for month and day where no 月 was kept: "2025年11" is a month wrapped before its 月 more often than a
 * 1月1日. A run of bare digits, which a count or a telephone number may also be, signs only beside an issuer above it or the
 * circulation note ("(此件公开发布)") next to it; a line that kept 年, 月 or 日, or its spaces, shows it was a date.
 */
function glyphlessSignature(compacted: CompactLines, i: number, from: number, to: number): string | null {
  const m = GLYPHLESS_DATE.exec(compacted.at(i));
  // A date broken by a line wrap ("2025年11" over "月") goes on below: its digits are no day.
  if (!m || /^[月日号]/.test(nearestBelow(compacted, i, to))) return null;
  const year = Number(m[1]);
  const rest = m[3].replace(/日$/, '');
  const readings: Array<[number, number]> = [];
  if (rest.includes('月')) {
    const [month, day] = rest.split('月');
    if (!/^0/.test(month) && !/^0/.test(day)) readings.push([Number(month), Number(day)]);
  } else {
    for (let cut = 1; cut < rest.length && cut <= 2; cut++) {
      const month = rest.slice(0, cut);
      const day = rest.slice(cut);
      if (!/^0/.test(month) && !/^0/.test(day) && day.length <= 2) readings.push([Number(month), Number(day)]);
    }
  }
  const real = readings.filter(([month, day]) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month));
  if (real.length !== 1) return null;
  const keptMark = m[2] !== '' || /[月日]/.test(m[3]) || /\d\s+\d/.test(compacted.lines[i]);
  if (!keptMark) {
    const above = nearestAbove(compacted, i, from);
    const anchored = signsAbove(above) || NOTE_NEAR.test(above) || NOTE_NEAR.test(nearestBelow(compacted, i, to));
    if (!anchored) return null;
  }
  return isoDate(year, real[0][0], real[0][1]);
}

/** The one plan a covering notice issues: "现将《X》印发给你们", "《X》已经县政府同意,现印发" (not 《A》和《B》). */
const ISSUED_PLAN = /[现現][将將]《([^《》]{4,80})》(?:印[发發]|下[发發]|[转轉][发發])|(?<![》和、及与與])《([^《》]{4,80})》(?:已[经經][^,，。]{0,20})?[,，]?(?:[现現])?(?:印[发發]|下[发發])(?![^,，。]{0,12}《)/;

/**
 * A copy that lost its own title but opens with the notice that issues a plan is known by the plan's
 * name, as its readers cite it; only the notice's first lines are read, not a plan cited further on.
 */
function issuedPlanTitle(lines: string[], from: number, to: number): string {
  return textNamedIn(lines, from, to, ISSUED_PLAN);
}

/** The text the first lines from `from` name in 《》 by `pattern` (its first or second group), or ''. */
function textNamedIn(lines: string[], from: number, to: number, pattern: RegExp): string {
  for (let i = from; i <= Math.min(to, from + 8); i++) {
    const m = pattern.exec(withoutPinyinReadings(lines[i]).replace(/\s+/g, ''));
    if (m) return m[1] ?? m[2];
  }
  return '';
}

function issuerFromTitle(title: string): string {
  const k = title.indexOf('关于');
  return k > 0 ? title.slice(0, k) : '';
}
