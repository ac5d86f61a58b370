import type { DictGroup } from 'opencc-js/core';
// The traditional-to-simplified dictionaries only: the full set also holds the simplified-to-traditional ones.
import { configs } from 'opencc-js/preset/t2cn';
import { RecentAnswers } from './recent.ts';

/**
 * Text made uniform for recognition, with a map back to the input: `originOf(i)` is the offset in the
 * input of normalised character `i`, so a match can be reported as the exact text it came from.
 * The map is built on first use: most paragraphs hold no match and never need it.
 */
export interface NormalisedText {
  readonly text: string;
  /** The offset in the input of normalised character `i`. */
  originOf(i: number): number;
  /** writtenForm's answers for this text, by phrase: every finding of a paragraph spells its units. */
  readonly spellings: Map<string, string>;
}

/** Maps a normalised range back to the input's [start, end). */
export function originalSpan(n: NormalisedText, start: number, end: number): [number, number] {
  return [n.originOf(start), n.originOf(end - 1) + 1];
}

// The preset's types leave out normalizationChain, the compatibility-ideograph step the converter runs first.
const tw2s = configs!.tw2s as NonNullable<typeof configs>[string] & { normalizationChain: readonly DictGroup[] };
const SIMPLIFYING_STEPS = [...tw2s.normalizationChain, ...tw2s.conversionChain].map((group) => {
  const step = new Map<string, string>();
  for (const dict of group) {
    if (typeof dict === 'string') oneCharacterEntries(dict, step);
    else for (const [from, to] of dict) if (isOneCharacter(from, 0, from.length)) step.set(from, to);
  }
  return step;
});

function isOneCharacter(text: string, start: number, end: number): boolean {
  return end - start === 1 || (end - start === 2 && text.codePointAt(start)! > 0xffff);
}

/**
 * The one-character entries of a dictionary as the converter reads it ("from to|from to", a later
 * entry for the same text winning). Found by position, not split: splitting made a string of every
 * phrase entry too, about 40 ms of every start for entries that are then thrown away.
 */
function oneCharacterEntries(dict: string, into: Map<string, string>): void {
  for (let at = 0; at < dict.length; ) {
    const space = dict.indexOf(' ', at);
    if (space < 0) break;
    let end = dict.indexOf('|', space);
    if (end < 0) end = dict.length;
    if (isOneCharacter(dict, at, space)) into.set(dict.slice(at, space), dict.slice(space + 1, end));
    at = end + 1;
  }
}

/**
 * One character's simplified form, as opencc-js's tw→cn converter gives it for that character alone:
 * CJK compatibility ideographs to their unified forms, Taiwan variants to OpenCC's standard forms,
 * then traditional to simplified. Only the one-character entries of each step's dictionaries matter
 * for one character, so they are read into maps (a few ms) instead of building the converter's
 * phrase tries (about 40 ms of every start of the CLI).
 */
export function toSimplified(character: string): string {
  let out = character;
  for (const step of SIMPLIFYING_STEPS) out = step.get(out) ?? out;
  return out;
}

/**
 * Punctuation whose full-width and ASCII forms mean the same to a reader of these documents. A Map, not
 * an object searched with `in`: fold runs inside normalise's optimised code, and an `in` meeting a key it
 * had not seen there threw that code away (node --trace-deopt: wrong name).
 */
const PUNCTUATION = new Map<string, string>([
  ['（', '('],
  ['）', ')'],
  ['，', ','],
  ['：', ':'],
  ['；', ';'],
  ['！', '!'],
  ['？', '?'],
  ['［', '['],
  ['］', ']'],
  ['【', '['],
  ['】', ']'],
  ['–', '—'],
  ['－', '—'],
  ['～', '~'],
  ['〜', '~'],
  ['─', '—'],
  ['―', '—'],
  // The double primes some converters give for the double quotes: "秉承“品质第一,互利共赢〞的经营理念", "坚持“以疏为主、疏导结合〞的
  // 工作原则", "〝IP位置〞与〝網址〞". Left as they came, the quote “…〞 never closed and took in the rest of its sentence.
  ['〝', '“'],
  ['〞', '”'],
  ['〟', '”'],
]);

/**
 * Characters that mean what another does wherever they stand: 翌 is "next" as 次 is (翌日, 翌月, 翌年), so one set of
 * recognisers reads both.
 */
const SAME_MEANING = new Map<string, string>([['翌', '次']]);

/**
 * A character a PDF gave as the radical it is drawn like: text copied from a PDF that Word saved (pdfbox, a preview
 * app) carries the Kangxi radical ⽉ (U+2F49) for 月, ⽇ for 日, ⼯ for 工, and the simplified radicals of the
 * supplement, ⻓ for 长, ⻔ for 门, ⻜ for 飞. Unicode folds the Kangxi radicals to their characters (NFKC); of the
 * supplement it folds only two, so those that write a whole character are listed here (those that write only a part
 * of one, 氵 or 讠, stay). Left as they came, "2019年6⽉30⽇前" held no date and "⼯作⽇" no working day.
 */
const RADICAL_SUPPLEMENT = new Map<string, string>(
  [...'⺟母⺠民⺩王⺬示⺶羊⺼月⻁虎⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟'].flatMap(
    (ch, i, all) => (i % 2 === 0 ? [[ch, all[i + 1]] as [string, string]] : []),
  ),
);
const RADICALS = /[\u2e80-\u2fd5]/g;
const HOLDS_RADICAL = /[\u2e80-\u2fd5]/;

/** The character a radical is drawn like (RADICAL_SUPPLEMENT), or the radical itself where it writes only a part of one. */
function radicalAsCharacter(radical: string): string {
  const character = RADICAL_SUPPLEMENT.get(radical) ?? radical.normalize('NFKC');
  return character.length === 1 && character.charCodeAt(0) >= 0x3400 ? character : radical;
}

/** A text with each radical a PDF gave for a character written as that character: how a name is quoted. */
function withRadicalsAsCharacters(text: string): string {
  return HOLDS_RADICAL.test(text) ? text.replace(RADICALS, radicalAsCharacter) : text;
}

/**
 * What a reader does not see, dropped wherever it stands: every white space (\s: the en and em spaces a web page
 * indents with, the thin and narrow no-break spaces, the ideographic space, the byte-order mark) and the invisible
 * format characters copied from web pages with the text (zero-width space and joiners, the word joiner, the soft
 * hyphen). Left in, one between "6月" and "30日" cut a date in two: "2019年6月" and a period "30日前".
 */
const UNSEEN_CHARACTERS = '\\s\\u200b-\\u200d\\u2060\\u00ad';
const UNSEEN = new RegExp(`^[${UNSEEN_CHARACTERS}]$`);
const UNSEEN_RUNS = new RegExp(`[${UNSEEN_CHARACTERS}]+`, 'g');

/**
 * Markup a page was copied with, as text: a tag of the page ("<p>", "</p>", "<br/>", "<span style=…>") or an entity
 * of white space ("&nbsp;", "&emsp;", "&#12288;"). It is no part of the text, and reads as white space does: left in,
 * "2019&nbsp;年6月30日前" was no date and "</p><p>市财政局" a unit. Only the tags of running text and the entities of
 * spaces: "<5%" and "&amp;" are the text's own.
 */
const MARKUP =
  /<\/?(?:p|br|div|span|font|b|strong|i|em|u|a|img|table|tbody|thead|tr|td|th|li|ul|ol|h[1-6]|section|article|center|sub|sup|hr|o:p)(?=[\s/>])[^<>]*>|&(?:nbsp|ensp|emsp|thinsp|zwsp|zwnj|zwj|#160|#12288|#819[45]|#820[1-3]|#x[aA]0|#x3000);/gi;

/** The input's markup (MARKUP) made spaces in `codes`, where the input is copied before folding, so that folding drops it. */
function blankMarkup(input: string, codes: Uint16Array): void {
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(input); m; m = MARKUP.exec(input)) codes.fill(0x20, m.index, m.index + m[0].length);
}

/**
 * Does a line hold nothing a reader sees: white space, invisible characters and markup only ("<p>&nbsp;</p>", a line of a
 * zero-width space)? Such a line is blank, as an empty line is: a page's empty paragraph between an item and its 责任单位 line,
 * or between the halves of a sentence, parts neither.
 */
export function holdsNothing(line: string): boolean {
  return withoutMarkup(line).replace(UNSEEN_RUNS, '') === '';
}

/** The input's own text without its markup (MARKUP): how a name or a task is quoted, how a line is read for its layout. */
export function withoutMarkup(text: string): string {
  return text.includes('<') || text.includes('&') ? text.replace(MARKUP, '') : text;
}

const UTF16 = new TextDecoder('utf-16le');
/** A character folded to this is dropped. */
const DROP = 0;
/** An entry of FOLD not yet filled. */
const UNKNOWN = 0;
/** Set in every filled entry of FOLD (above the flags), so that one folding to DROP is told from one not yet filled. */
const KNOWN = 1 << 24;
/** Where the flags of CHARACTER_CLASS stand in an entry of FOLD. */
const CLASS_SHIFT = 16;
/**
 * What each UTF-16 code unit becomes (the low 16 bits) and what that character tells of its text
 * (CHARACTER_CLASS's flags, from CLASS_SHIFT), filled on first sight: white space is dropped,
 * full-width forms fold to ASCII, a traditional character becomes its simplified form when that is
 * one unit too (so offsets stay one-to-one). One lookup per character keeps this at memory speed: a
 * second table for the flags was a second cache miss on most Chinese characters. Signed, though no
 * entry is negative: V8 reads a Uint32Array's entries as numbers that might not fit an int32, which
 * cost the loop a tenth more instructions.
 */
const FOLD = new Int32Array(0x10000);

function fold(code: number): number {
  let mapped = code;
  const ch = String.fromCharCode(code);
  if (UNSEEN.test(ch)) mapped = DROP;
  else if (PUNCTUATION.has(ch)) mapped = PUNCTUATION.get(ch)!.charCodeAt(0);
  else if (SAME_MEANING.has(ch)) mapped = SAME_MEANING.get(ch)!.charCodeAt(0);
  else if (code >= 0xff01 && code <= 0xff5e) mapped = code - 0xfee0;
  else if (code >= 0x2e80 && code <= 0x2fd5) {
    const converted = toSimplified(radicalAsCharacter(ch));
    if (converted !== ch) mapped = converted.charCodeAt(0);
  } else if (code >= 0x3400 && (code < 0xd800 || code > 0xdfff)) {
    const converted = toSimplified(ch);
    if (converted.length === 1) mapped = converted.charCodeAt(0);
  }
  const entry = KNOWN | (CHARACTER_CLASS[mapped] << CLASS_SHIFT) | mapped;
  FOLD[code] = entry;
  return entry;
}

const CHINESE_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/**
 * 廿 and 卅 are 二十 and 三十 in one character, as days are written (廿五日, 卅日): read as tens, or "6月廿五日前"
 * leaves 五日前, a count back of five days.
 */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };
/** ○ and a letter O stand for 〇 in typed dates ("二○○一年", "二OO七年"), but only beside other numerals. */
const NUMERAL_CHARACTERS = '〇零○O一二两三四五六七八九十廿卅百';
const LOOKALIKE_ZEROS = /^[○O]+$/;
/** Four numerals digit by digit with an ASCII 0 among them, before 年: a year and nothing else. */
const YEAR_WITH_DIGIT_ZEROS = /^[〇零○O一二三四五六七八九0]{4}$/;
const COUNTED_WORDS = ['个', '年', '月', '日', '号', '天', '周', '季', '次', '名', '项', '家', '所', '批', '倍', '人', '万', '亿', '小时', '分钟', '工作日'];
/**
 * A numeral converts only when a counted word follows, so words like 一把手 or 十三五 stay words.
 * Sticky: it is tried where a numeral ends, not on a slice cut there.
 */
const COUNTED = new RegExp(`(?:${COUNTED_WORDS.join('|')})`, 'y');
/**
 * An hour of the day in numerals after the part of the day that names it: "于6月6日(本周三)下午三点前" (安庆, audit pool p341),
 * "于9月10日、17日、24日、10月1日下午五点前公布", "于…七月九日上午十时前提交", "1月5日下午五点前". 点 and 时 after a numeral alone
 * count nothing a date needs (三点建议, 一时难以), so the hour converts only right after 上午, 下午, 中午, 晚上, 早上, 凌晨 or 傍晚,
 * and only as an hour (0 to 24); its minutes, 分 right after the hour ("下午四点三十分前"), convert as minutes (0 to 59).
 */
const CLOCK_WORDS = ['时', '点'];
const DAY_PART_BEFORE = /(?:上午|下午|中午|晚上|早上|凌晨|傍晚)$/;
const LAST_HOUR = 24;
const HOUR_BEFORE = /[\d〇零一二两三四五六七八九十][时点]$/;
const LAST_MINUTE = 59;

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const HAS_TONE_MARK = new RegExp(`[${TONE_MARKED}]`);
/**
 * A pinyin reading in parentheses right after a character, as sites that annotate characters leave
 * it in copied text ("責(zé)任", "內(nèi)"): latin letters only, at least one with a tone mark.
 */
const PINYIN_READING = new RegExp(`(?<=[\\u3400-\\u9fff])[(（][a-zêü${TONE_MARKED}]{1,7}[)）]`, 'g');

/**
 * A page's printed number, "第2页共4页", that a document-sharing site or a PDF converter left where the page broke,
 * often inside a sentence, a name or a number: "县政府成立县农作第2页共4页物秸秆禁烧工作领导小组", "以100592.83第3页共3页元的剩余
 * 未付款项为基数". Read in folded text (its spaces gone, its digits ASCII); the text reads on across it.
 */
const PAGE_MARKER = /第\d{1,4}页共\d{1,4}页/g;
/** The same marker in the input, with its spaces and full-width digits, for quoting a name as written. */
const WRITTEN_PAGE_MARKER = /第\s*[0-9０-９]{1,4}\s*[页頁]\s*共\s*[0-9０-９]{1,4}\s*[页頁]/g;

/**
 * What a folded character tells of its text: it may hold a pinyin reading, a page marker, a Chinese numeral, a
 * surrogate, (with an "a") an English "and", or a parenthesis nested as 〔…〕; a counted word may start with it. A numeral
 * converts only before a counted word, so a block where no numeral character stands right before
 * such a start (most blocks that hold a numeral: 一把手, 统一) is not searched for numerals.
 */
const TONE_MARK = 1;
const CHINESE_NUMERAL = 2;
const SURROGATE = 4;
const LETTER_A = 8;
/** The first character of a counted word; the bit is CHINESE_NUMERAL's moved up by NUMERAL_TO_COUNTED. */
const COUNTED_START = 16;
const NUMERAL_TO_COUNTED = 3;
/**
 * The bracket 〔: withNestedParentheses reads only a text that holds one, known from the folding pass, where a search
 * of each block for it cost a sixth of normalising the paragraphs.
 */
const NESTING_BRACKET = 32;
/** 页: the text may hold a page marker (PAGE_MARKER). */
const PAGE_CHARACTER = 64;
/** A character OCR reads for another in a date: a letter for a digit, 曰 for 日 (withOcrLookalikes). */
const LOOKALIKE = 128;
const CHARACTER_CLASS = new Uint8Array(0x10000);
for (const ch of TONE_MARKED) CHARACTER_CLASS[ch.charCodeAt(0)] |= TONE_MARK;
for (const ch of NUMERAL_CHARACTERS) CHARACTER_CLASS[ch.charCodeAt(0)] |= CHINESE_NUMERAL;
for (const word of COUNTED_WORDS) CHARACTER_CLASS[word.charCodeAt(0)] |= COUNTED_START;
for (const word of [...CLOCK_WORDS, '分']) CHARACTER_CLASS[word.charCodeAt(0)] |= COUNTED_START;
CHARACTER_CLASS.fill(SURROGATE, 0xd800, 0xe000);
CHARACTER_CLASS['a'.charCodeAt(0)] |= LETTER_A;
CHARACTER_CLASS['〔'.charCodeAt(0)] |= NESTING_BRACKET;
CHARACTER_CLASS['页'.charCodeAt(0)] |= PAGE_CHARACTER;
for (const ch of 'lIOo曰') CHARACTER_CLASS[ch.charCodeAt(0)] |= LOOKALIKE;

const NO_SPANS: Array<{ start: number; end: number }> = [];
const NOTHING_DROPPED: number[] = [];

/**
 * The spans of folded text that are no part of it: pinyin readings and page markers, in the order of the text.
 * Both stand between characters of the text they interrupt, so the text reads on without them.
 */
function insertions(text: string, classes: number): Array<{ start: number; end: number }> {
  const readings = classes & TONE_MARK ? pinyinReadings(text) : NO_SPANS;
  if (!(classes & PAGE_CHARACTER)) return readings;
  const markers = [...text.matchAll(PAGE_MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (markers.length === 0) return readings;
  return [...readings, ...markers].sort((a, b) => a.start - b.start);
}

/** The spans of the pinyin readings in a text. */
function pinyinReadings(text: string): Array<{ start: number; end: number }> {
  if (!HAS_TONE_MARK.test(text)) return [];
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(PINYIN_READING)) {
    if (HAS_TONE_MARK.test(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function withoutSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = '';
  let last = 0;
  for (const r of spans) {
    out += text.slice(last, r.start);
    last = r.end;
  }
  return out + text.slice(last);
}

/** A piece of the input without its pinyin readings: how a unit name is quoted. */
export function withoutPinyinReadings(text: string): string {
  const readings = pinyinReadings(text);
  return readings.length ? withoutSpans(text, readings) : text;
}

/** The value of a Chinese numeral (二〇一八 digit by digit; 三十一; 一百二十), or null. */
export function chineseNumeralValue(run: string): number | null {
  if (!/[十廿卅百]/.test(run)) {
    let v = 0;
    for (const ch of run) v = v * 10 + CHINESE_DIGIT[ch];
    // Without 十 or 百 only a single digit or a year written digit by digit (二〇一八) is a number.
    return run.length === 1 || run.length === 4 ? v : null;
  }
  let total = 0;
  let digit: number | null = null;
  for (const ch of run) {
    if (ch === '廿' || ch === '卅') {
      // 廿 holds its own digit and stands in the tens' place once: "二廿" and "廿卅" are no numerals.
      if (digit !== null || total % 100 !== 0) return null;
      total += TENS[ch];
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (digit ?? 1) * unit;
      digit = null;
    } else if (ch in CHINESE_DIGIT) {
      if (digit !== null && digit !== 0) return null;
      digit = CHINESE_DIGIT[ch];
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * The table cells normalised last, with their normalised forms. A table's cell is normalised where its row
 * is asked whether it is a header, where its kind places it under a column, where it is read and where its
 * units are, up to four times; with a fixed cost a call (the copies in and out of the buffer, the object)
 * that outweighs the few characters most cells hold, and cells half of all texts normalised (2,400 of
 * 4,550 calls over the sample gazettes). The same text gives the same normalised text, which no reader
 * changes (its map back to the input and its spellings are each made once, the same for every reader).
 * Only cells are kept: a paragraph or a line is normalised once, and the lookup, inlined by V8 into every
 * caller of a memoised normalise, cost its optimising compiler more than it saved in a whole process.
 */
const recentCells = new RecentAnswers<NormalisedText>(256);

/** normalise, for a table's cell (or a header's name), which is normalised again where it is read again. */
export function normaliseCell(input: string): NormalisedText {
  return recentCells.get(input) ?? recentCells.set(input, normalise(input));
}

/**
 * Normalises one block of text: white space dropped (it stands anywhere inside expressions in text
 * taken from PDF), full-width forms folded to ASCII, traditional characters simplified, and Chinese
 * numerals before a counted word turned into Arabic digits.
 */
export function normalise(input: string): NormalisedText {
  if (codes.length < input.length) {
    codes = new Uint16Array(Math.max(input.length, 2 * codes.length));
    codeBytes = Buffer.from(codes.buffer);
  }
  // Locals, not the module's tables: the bundle makes those mutable variables, loaded again at every character.
  const foldOf = FOLD;
  const out = codes;
  let k = 0;
  // Any bit set where a kept character differs from its input's: with the count kept, whether the text changed.
  let differs = 0;
  // Learnt in the same pass, so that most blocks skip the searches for pinyin readings, page markers and numerals.
  let seen = 0;
  let previous = 0;
  let numeralBeforeCounted = 0;
  // Where white space was dropped: the map back to the input is built from these, without a second pass.
  let dropped: number[] | null = null;
  // The input's code units are copied into `out` at once and folded there (a character is read before any is
  // written at or after it): read one by one from the input, a line cut from the whole text or lines joined into a
  // paragraph, each read cost V8 a look at how that string is stored.
  codeBytes.write(input, 0, 'utf16le');
  if (input.includes('<') || input.includes('&')) blankMarkup(input, out);
  // The length read once, and one branch a character for keeping or dropping it: a loop that read the length at each
  // step, set a flag where a character changed and skipped on with `continue` where one was dropped ran a sixth more
  // instructions a character (callgrind, over the texts recognise reads).
  const length = input.length;
  for (let i = 0; i < length; i++) {
    const code = out[i];
    let entry = foldOf[code];
    if (entry === UNKNOWN) entry = fold(code);
    const mapped = entry & 0xffff;
    if (mapped !== DROP) {
      differs |= mapped ^ code;
      out[k++] = mapped;
      seen |= entry;
      numeralBeforeCounted |= (previous << NUMERAL_TO_COUNTED) & entry;
      previous = entry;
    } else (dropped ??= []).push(i);
  }
  const changed = differs !== 0 || k !== length;
  const classes = seen >> CLASS_SHIFT;
  // A block that folds to itself is its own folded text; decoding would only change a lone surrogate.
  const folded = classes & SURROGATE ? UTF16.decode(out.subarray(0, k)) : changed ? codeBytes.toString('utf16le', 0, 2 * k) : input;
  const inserted = classes & (TONE_MARK | PAGE_CHARACTER) ? insertions(folded, classes) : NO_SPANS;
  const unread = inserted.length ? withoutSpans(folded, inserted) : folded;
  const bracketed = classes & NESTING_BRACKET ? withNestedParentheses(unread) : unread;
  const plain = classes & LOOKALIKE ? withOcrLookalikes(bracketed) : bracketed;
  // A reading or a page marker taken out may bring a numeral and a counted word together.
  const mayConvert = inserted.length ? classes & CHINESE_NUMERAL : numeralBeforeCounted & (COUNTED_START << CLASS_SHIFT);
  const numerals = mayConvert ? numeralRuns(plain) : NO_RUNS;
  const spoken = classes & LETTER_A && input.includes(' and ') ? withWordsRead(plain, numerals, CONJUNCTION, '和') : numerals;
  const natural = plain.includes('自然日') ? withWordsRead(plain, spoken, NATURAL_DAYS, '日') : spoken;
  const tian = plain.includes('工作天') ? withWordsRead(plain, natural, WORKING_DAYS_CALLED_TIAN, '工作日') : natural;
  const runs = plain.includes('年') ? withRepublicYears(plain, tian) : tian;
  return new FoldedText(input.length, dropped ?? NOTHING_DROPPED, inserted, plain, runs);
}

/** A bracket 〔…〕 that opens with no numeral: a parenthesis nested in another, not a document number's year. */
const NESTED_PARENTHESIS = /〔([^〔〕\d〇零○一二三四五六七八九][^〔〕]*)〕/g;

/**
 * "(省财政厅,各市、县〔市、区〕政府按职责分工负责)": official style writes a parenthesis inside another as 〔…〕,
 * which reads as (…) does, so the comma inside parts no units; 〔2016〕 in a document number keeps its form.
 * Same length, so offsets stay one to one and names are still spelt as written.
 */
function withNestedParentheses(text: string): string {
  return text.replace(NESTED_PARENTHESIS, '($1)');
}

/**
 * A number that OCR read with a letter for a digit, l or I for 1 and O or o for 0, before a unit of time: "l949年3月15日",
 * "2000年l0月2日", "1928年l2月", "5月l5日", "2O25年O8月l5日", "l8O日内". A letter inside a number before 年, 月 or 日 has
 * no other reading, where the digits alone read a wrong date ("l2月" as 2月). The number must hold a digit, and no
 * Latin letter may stand on either side (a word: "Top10", "Vol1"); a run of letters alone ("IO月") is not read.
 */
const LOOKALIKE_DIGITS = /(?<![A-Za-z])(?=[lIOo]*\d)[\dlIOo]*[lIOo][\dlIOo]*(?=年|月|日|号|天|个|周|小时)/g;

/**
 * 曰 ("says") that OCR read for 日 after a day's number: "2015年9月7曰上午", "计划于2018年1月31曰前完成系统上线",
 * "2015年10月15曰,在…被我局民警抓获". After a number 曰 has no reading of its own; after a name it says ("子曰").
 */
const SAYS_FOR_DAY = /(?<=\d|月[〇零一二三四五六七八九十]{1,3})曰/g;

/** Same length, so offsets stay one to one and the record quotes the date as the input wrote it. */
function withOcrLookalikes(text: string): string {
  const days = text.includes('曰') ? text.replace(SAYS_FOR_DAY, '日') : text;
  return days.replace(LOOKALIKE_DIGITS, (run) => run.replace(/[lI]/g, '1').replace(/[Oo]/g, '0'));
}

/** A class rather than an object literal with a getter: V8 builds one of these per block far faster. */
class FoldedText implements NormalisedText {
  readonly text: string;
  private map: number[] | null = null;

  constructor(
    private readonly inputLength: number,
    private readonly dropped: number[],
    private readonly inserted: Array<{ start: number; end: number }>,
    plain: string,
    private readonly numerals: NumeralRun[],
  ) {
    this.text = numerals.length ? withDigits(plain, numerals) : plain;
  }

  originOf(i: number): number {
    // A text that dropped nothing and replaced no run of characters has each character where the input has it: most
    // paragraphs that are read for their units (full-width punctuation folds one to one), and their map, as long as
    // the paragraph, is not made.
    if (this.dropped.length === 0 && this.inserted.length === 0 && this.numerals.length === 0) return i;
    return (this.map ??= originMap(this.inputLength, this.dropped, this.inserted, this.numerals))[i];
  }

  // Kept on the text itself rather than in a WeakMap beside it, whose entries cost the collector more.
  private spelt: Map<string, string> | null = null;

  get spellings(): Map<string, string> {
    return (this.spelt ??= new Map());
  }
}

/** Reused for every block: folding writes here before the text is decoded from it. */
let codes = new Uint16Array(1 << 16);
/**
 * The same memory as bytes, to decode from: Buffer copies UTF-16 units as they are, several times
 * faster than a TextDecoder on the short texts of lines and cells. The two agree on any text without
 * a surrogate; one with a surrogate is left to the TextDecoder, which replaces a lone one.
 */
let codeBytes = Buffer.from(codes.buffer);

/**
 * A stretch of folded text that the normalised text replaces: a Chinese numeral by its digits, an English conjunction by 和,
 * 自然日 by 日, 工作天 by 工作日, a year of the Republic by the common era's.
 */
interface NumeralRun {
  start: number;
  end: number;
  digits: string;
}

const NO_RUNS: NumeralRun[] = [];

const ZERO_CODE = '0'.charCodeAt(0);

/**
 * The Chinese numerals of folded text that convert (a counted word follows, or an hour or its minutes: see CLOCK_WORDS), with
 * their digits. A run opens with a Chinese numeral (NUMERAL_CHARACTERS); an ASCII 0 inside or after it is the 〇 of a year typed with the wrong zero
 * ("二00九年三月二十五日", "二0一0年"), read only as such a year (see YEAR_WITH_DIGIT_ZEROS).
 */
function numeralRuns(text: string): NumeralRun[] {
  const runs: NumeralRun[] = [];
  // Runs are found by the class table, a code unit at a time: a pattern whose class holds the numerals' eighteen
  // characters cost five times as long a character, V8 testing a class of more than sixteen ranges by a call.
  const classOf = CHARACTER_CLASS;
  const length = text.length;
  for (let end = 0; end < length; ) {
    if ((classOf[text.charCodeAt(end)] & CHINESE_NUMERAL) === 0) {
      end++;
      continue;
    }
    const start = end;
    end++;
    while (end < length && ((classOf[text.charCodeAt(end)] & CHINESE_NUMERAL) !== 0 || text.charCodeAt(end) === ZERO_CODE)) end++;
    const run = text.slice(start, end);
    COUNTED.lastIndex = end;
    const digitZero = run.includes('0');
    const hour = !digitZero && CLOCK_WORDS.includes(text[end]) && DAY_PART_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    const minute = !digitZero && text[end] === '分' && HOUR_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    const value =
      (COUNTED.test(text) || opensCountedRange(text, start, end) || hour || minute) && !LOOKALIKE_ZEROS.test(run) && (!digitZero || (YEAR_WITH_DIGIT_ZEROS.test(run) && text[end] === '年'))
        ? chineseNumeralValue(digitZero ? run.replaceAll('0', '〇') : run)
        : null;
    if (value !== null && ((hour && value > LAST_HOUR) || (minute && value > LAST_MINUTE))) continue;
    // "9、10两个月", "7、8两月": a numeral right after a digit would run into it as one number (102个月).
    if (value === null || (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57)) continue;
    runs.push({ start, end, digits: String(value).padStart(run.length === 4 && !/[十廿卅百]/.test(run) ? 4 : 1, '0') });
  }
  return runs;
}

/** The words that join a range's two ends: 至, 到 and the dashes. */
const RANGE_JOINERS = '至到-—~';
/** Words that end in a numeral's character (统一, 同一, 逐一, 之一, 初一, 周一, 星期一): the numeral is no count of its own. */
const WORD_BEFORE_NUMERAL = /[统同唯逐万之单专划如合归初周期]/;

/**
 * "用三至五年时间", "一至三月", "三到五个工作日内", "一至两个月": the numeral opening a range counts what the numeral closing
 * it counts, the counted word being written once after the second; its first number was left a word, and the time read
 * from the second alone ("至三月" a goal, "五个工作日内" cut from its range). "统一至三月底", "周一至…": a numeral closing a
 * word is none.
 */
function opensCountedRange(text: string, start: number, end: number): boolean {
  if (!RANGE_JOINERS.includes(text[end] ?? '') || (start > 0 && WORD_BEFORE_NUMERAL.test(text[start - 1]))) return false;
  let next = end + 1;
  if (next >= text.length || (CHARACTER_CLASS[text.charCodeAt(next)] & CHINESE_NUMERAL) === 0) return false;
  while (next < text.length && (CHARACTER_CLASS[text.charCodeAt(next)] & CHINESE_NUMERAL) !== 0) next++;
  COUNTED.lastIndex = next;
  return COUNTED.test(text);
}

/**
 * An English " and " standing between two Chinese phrases ("民政部门 and 乡镇政府"), left by a
 * conversion in some gazettes, reads as 和; between Latin words it stays as it is. Its spaces are
 * already gone from folded text, so it is sought as "and" with a Chinese character on each side.
 */
const CONJUNCTION = /(?<=[\u3400-\u9fff)）])and(?=[\u3400-\u9fff(（])/g;

/**
 * "自受理之日起20个自然日内", "非广东省户籍:20个自然日", "在收到发票及验收证明后30个自然日内付款": a count of natural days is
 * one of calendar days and reads as 日 does (the spec's N日内); 工作日 alone leaves weekends and holidays out. 自然日 with
 * no count right before it (单个自然日内, 每个自然日) is left as written.
 */
const NATURAL_DAYS = /(?<=[\d〇一二两三四五六七八九十百千]个?)自然日/g;

/**
 * "25 個工作天" (承諾時間, Macau's 旅遊局), "2個工作天內以電話回覆" (Macau's 行政公職局), "5个工作天内" (Hong Kong's 康文署),
 * "1個工作天內獲得初步回覆" (Taiwan): Macau, Hong Kong and Taiwan call a working day 工作天, and after a count it is the
 * mainland's 工作日. 工作天 with no count right before it (工作天数, 每个工作天) is left as written.
 */
const WORKING_DAYS_CALLED_TIAN = /(?<=[\d〇一二两三四五六七八九十百千]个?)工作天/g;

/**
 * Taiwan dates its documents by the years of the Republic (民國): year N is 1911 + N. "中華民國一百十二年十二月二十一日內政部台內消字
 * 第1120827499號令訂定" (law.moj.gov.tw), "民國 112 年 12 月 01 日修正" (laws.mol.gov.tw), "中籤者應於113年6月17日前繳費" (臺北市
 * 大安區公所), "請於101年9月21日前完成報名" (中央大學), "可供申請借用之日期區間為115年01月02日至12月31日" (新竹市). A year after 民國
 * is one of the Republic in any form. Written alone it is one only as three digits from 100 (2011) to 129 (2040) right before a
 * month or 年度: no year of the common era is written so, while a count of years (建党100年, 已有110年历史) has no month after
 * it, and 第113年 is an ordinal. Two digits alone ("98年8月") stay as they are: the mainland shortens its years to two digits
 * too ("08年5月").
 */
const REPUBLIC_YEAR = /(?<=民国)\d{1,3}(?=年)|(?<![\d.第])1[0-2]\d(?=年(?:\d{1,2}月|[〇零一二三四五六七八九十]{1,2}月|度))/g;
const REPUBLIC_ERA_BEFORE = /民国$/;
const REPUBLIC_FIRST_YEAR = 1911;

/** The runs to replace, with each year of the Republic as the common era's: its digits, or a numeral run's value, plus 1911. */
function withRepublicYears(text: string, runs: NumeralRun[]): NumeralRun[] {
  const written = [...text.matchAll(REPUBLIC_YEAR)];
  const named = runs.some((run) => text[run.end] === '年' && REPUBLIC_ERA_BEFORE.test(text.slice(Math.max(0, run.start - 2), run.start)));
  if (written.length === 0 && !named) return runs;
  const spelt = runs.map((run) =>
    text[run.end] === '年' && REPUBLIC_ERA_BEFORE.test(text.slice(Math.max(0, run.start - 2), run.start))
      ? { ...run, digits: String(Number(run.digits) + REPUBLIC_FIRST_YEAR) }
      : run,
  );
  const years = written.map((m) => ({ start: m.index, end: m.index + m[0].length, digits: String(Number(m[0]) + REPUBLIC_FIRST_YEAR) }));
  return years.length ? [...spelt, ...years].sort((a, b) => a.start - b.start) : spelt;
}

/** The runs to replace and the words `pattern` finds, each read as `as`, in the order of the text. */
function withWordsRead(text: string, runs: NumeralRun[], pattern: RegExp, as: string): NumeralRun[] {
  const words: NumeralRun[] = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, digits: as }));
  if (words.length === 0) return runs;
  return [...runs, ...words].sort((a, b) => a.start - b.start);
}

function withDigits(text: string, runs: NumeralRun[]): string {
  let out = '';
  let last = 0;
  for (const r of runs) {
    out += text.slice(last, r.start) + r.digits;
    last = r.end;
  }
  return out + text.slice(last);
}

/**
 * Where each character of the normalised text stands in the input. Plain arrays: a typed array keeps
 * its store off the heap, which costs far more to make and free for a paragraph's few hundred offsets.
 */
function originMap(inputLength: number, dropped: number[], inserted: Array<{ start: number; end: number }>, runs: NumeralRun[]): number[] {
  // The folded text's origins: the input's offsets less the characters dropped.
  let foldedOrigin: number[] = [];
  let i = 0;
  for (const drop of dropped) {
    for (; i < drop; i++) foldedOrigin.push(i);
    i = drop + 1;
  }
  for (; i < inputLength; i++) foldedOrigin.push(i);
  if (inserted.length) {
    const kept: number[] = [];
    let last = 0;
    for (const r of [...inserted, { start: foldedOrigin.length, end: foldedOrigin.length }]) {
      for (let f = last; f < r.start; f++) kept.push(foldedOrigin[f]);
      last = r.end;
    }
    foldedOrigin = kept;
  }
  if (runs.length === 0) return foldedOrigin;
  const origin: number[] = [];
  let last = 0;
  for (const r of runs) {
    for (let f = last; f < r.start; f++) origin.push(foldedOrigin[f]);
    for (let d = 0; d < r.digits.length; d++) {
      // Spread the digits over the run so the last digit maps to the run's last character.
      const from = d === r.digits.length - 1 ? r.end - 1 : Math.min(r.start + d, r.end - 1);
      origin.push(foldedOrigin[from]);
    }
    last = r.end;
  }
  for (let f = last; f < foldedOrigin.length; f++) origin.push(foldedOrigin[f]);
  return origin;
}

/** White space within a line: a line break inside a paragraph is where a PDF wrapped it, no space the writer set. */
const SPACE_IN_LINE = /^[^\S\r\n]+$/;
const WHITE_SPACE = /^\s+$/;

/**
 * Whether the input set white space before normalised character `i`, which normalising dropped: where a list of units
 * parts its names by spaces alone (units.ts, spacesParting). Within a line only, unless `lineBreaks`: a table's cell
 * breaks its lines where its writer did ("县教体局" over "各相关乡镇政府"), a paragraph where a PDF wrapped it. Null where the
 * input holds no such space.
 */
export function spaceBefore(n: NormalisedText, original: string, lineBreaks = false): ((i: number) => boolean) | null {
  const space = lineBreaks ? WHITE_SPACE : SPACE_IN_LINE;
  if (!(lineBreaks ? /\s/ : /[^\S\r\n]/).test(original)) return null;
  // Asked of every character of a list: most follow the one before with nothing dropped between, no slice to test.
  return (i) => {
    if (i <= 0 || i >= n.text.length) return false;
    const from = n.originOf(i - 1) + 1;
    const to = n.originOf(i);
    return to > from && space.test(original.slice(from, to));
  };
}

/**
 * A phrase told in the input's own spelling (a task, an event), only where the spelling found reads back as the
 * phrase: a phrase put together from several places (an item and its label line) has no one span to map back.
 */
export function writtenPhrase(n: NormalisedText, original: string, phrase: string): string {
  const form = writtenForm(n, original, phrase);
  return form === phrase || normalise(form).text === phrase ? form : phrase;
}

/**
 * A task told in the input's own spelling; one put together from several places (a topic and the verb after the time:
 * 各單位聯繫電話 + 報送…) is told piece by piece, each the longest run of it the text holds.
 */
export function writtenTask(n: NormalisedText, original: string, task: string): string {
  return !task || n.text.includes(task) ? writtenPhrase(n, original, task) : writtenPieces(n, original, task);
}

function writtenPieces(n: NormalisedText, original: string, phrase: string): string {
  let out = '';
  for (let at = 0; at < phrase.length; ) {
    // The longest run from `at` found in the text: a shorter one is found wherever a longer one is.
    let low = 0;
    let high = phrase.length - at;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (n.text.includes(phrase.slice(at, at + mid))) low = mid;
      else high = mid - 1;
    }
    if (low === 0) {
      out += phrase[at++];
      continue;
    }
    const piece = phrase.slice(at, at + low);
    const form = writtenForm(n, original, piece);
    out += form === piece || normalise(form).text === piece ? form : piece;
    at += low;
  }
  return out;
}

/**
 * The input's own spelling of a phrase found in normalised text (traditional characters and
 * full-width forms as written, spaces, invisible characters, markup, page markers and line breaks removed); the phrase itself when absent.
 */
export function writtenForm(n: NormalisedText, original: string, phrase: string): string {
  // Every finding of a paragraph spells its units: each name is searched for once per paragraph.
  const spelt = n.spellings;
  let form = spelt.get(phrase);
  if (form === undefined) {
    const at = n.text.indexOf(phrase);
    if (at < 0 || !phrase) form = phrase;
    else {
      const [start, end] = originalSpan(n, at, at + phrase.length);
      const written = original.slice(start, end);
      // Written as it reads, most names hold nothing the cleaning below takes out: normalising took the same out of the
      // text the phrase is found in (markup, page markers, white space, pinyin readings, radicals).
      form = written === phrase ? phrase : withRadicalsAsCharacters(withoutPinyinReadings(withoutMarkup(written).replace(WRITTEN_PAGE_MARKER, '').replace(UNSEEN_RUNS, '')));
    }
    spelt.set(phrase, form);
  }
  return form;
}
