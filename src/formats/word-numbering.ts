import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import Nzh from 'nzh';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  format: string;
  text: string;
  start: number;
  /** w:isLgl: the numbers of all levels in this one's text are written as Arabic numbers. */
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
}
interface Num {
  abstractId: string;
  levels: Map<number, Level>;
  /** Levels a w:lvlOverride restarts at the first paragraph of this list. */
  restarts: Map<number, number>;
}

const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
const children = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const child = (el: Element | undefined, name: string) => (el ? children(el, name)[0] : undefined);

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}
const letters = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);

/** A counter written in a level's w:numFmt, as Word shows it (ST_NumberFormat). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return Nzh.cn.encodeS(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]);
    case 'chineseLegalSimplified':
      return Nzh.cn.encodeB(n, { tenMin: false });
    case 'ideographTraditional':
      return n <= HEAVENLY_STEMS.length ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n <= EARTHLY_BRANCHES.length ? EARTHLY_BRANCHES[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevel(lvl: Element): Level {
  const suffix = attr(child(lvl, 'suff'), 'val');
  return {
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    start: Number(attr(child(lvl, 'start'), 'val') ?? 1),
    legal: child(lvl, 'isLgl') !== undefined && attr(child(lvl, 'isLgl'), 'val') !== '0',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
  };
}

function readNums(numbering: Element): Map<string, Num> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of children(numbering, 'abstractNum')) {
    const levels = new Map(children(abstract, 'lvl').map((lvl) => [Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl)]));
    abstracts.set(attr(abstract, 'abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, Num>();
  for (const num of children(numbering, 'num')) {
    const abstractId = attr(child(num, 'abstractNumId'), 'val') ?? '';
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const restarts = new Map<number, number>();
    for (const override of children(num, 'lvlOverride')) {
      const ilvl = Number(attr(override, 'ilvl') ?? 0);
      const lvl = child(override, 'lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
      const start = attr(child(override, 'startOverride'), 'val');
      if (start !== null) restarts.set(ilvl, Number(start));
    }
    nums.set(attr(num, 'numId') ?? '', { abstractId, levels, restarts });
  }
  return nums;
}

/** Each paragraph style's list (w:numPr in the style or a style it is based on). */
function styleLists(styles: Element | undefined): Map<string, { numId: string; ilvl: number }> {
  const byId = new Map<string, Element>();
  for (const style of styles ? children(styles, 'style') : []) byId.set(attr(style, 'styleId') ?? '', style);
  const lists = new Map<string, { numId: string; ilvl: number }>();
  for (const id of byId.keys()) {
    const seen = new Set<string>();
    for (let style = byId.get(id); style && !seen.has(attr(style, 'styleId') ?? ''); style = byId.get(attr(child(style, 'basedOn'), 'val') ?? '')) {
      seen.add(attr(style, 'styleId') ?? '');
      const numPr = child(child(style, 'pPr'), 'numPr');
      const numId = attr(child(numPr, 'numId'), 'val');
      if (numId !== null) {
        lists.set(id, { numId, ilvl: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) });
        break;
      }
    }
  }
  return lists;
}

/**
 * A .docx whose auto-numbered paragraphs carry their numbers as text, "(一)", "一、", "1." as Word
 * shows them. mammoth turns a numbered paragraph into an <li> and forgets its number format and
 * list, so (一)(二) would come out as "1." "2." and the extractor's items would lose their structure.
 * Counters run per abstract list as Word counts them; a paragraph keeps its number and loses its
 * list (numId 0), so mammoth reads it as a plain paragraph. Bullets are left as they are.
 */
export async function numberParagraphs(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const documentFile = zip.file('word/document.xml');
  if (!numberingXml || !documentFile) return bytes;
  const parser = new DOMParser();
  const nums = readNums(parser.parseFromString(numberingXml, 'text/xml').documentElement as Element);
  const stylesXml = await zip.file('word/styles.xml')?.async('string');
  const byStyle = styleLists(stylesXml ? (parser.parseFromString(stylesXml, 'text/xml').documentElement as Element) : undefined);
  const document = parser.parseFromString(await documentFile.async('string'), 'text/xml');

  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  let changed = false;
  for (const paragraph of Array.from(document.getElementsByTagNameNS(W, 'p'))) {
    const pPr = child(paragraph, 'pPr');
    const numPr = child(pPr, 'numPr');
    const styled = byStyle.get(attr(child(pPr, 'pStyle'), 'val') ?? '');
    const numId = attr(child(numPr, 'numId'), 'val') ?? styled?.numId;
    const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? styled?.ilvl ?? 0);
    const num = numId === undefined ? undefined : nums.get(numId);
    const level = num?.levels.get(ilvl);
    if (!num || !level || level.format === 'bullet' || !pPr) continue;

    const counts = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, counts);
    if (!started.has(numId!)) {
      started.add(numId!);
      for (const [restarted, start] of num.restarts) counts[restarted] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const shown = num.levels.get(at);
      const n = counts[at] ?? shown?.start ?? 1;
      return formatNumber(n, level.legal ? 'decimal' : (shown?.format ?? 'decimal'));
    });
    const separator = level.suffix === 'nothing' || !/[\x21-\x7e]$/.test(label) ? '' : ' ';

    const run = document.createElementNS(W, 'w:r');
    const text = document.createElementNS(W, 'w:t');
    text.setAttribute('xml:space', 'preserve');
    text.appendChild(document.createTextNode(label + separator));
    run.appendChild(text);
    paragraph.insertBefore(run, pPr.nextSibling);
    const noList = document.createElementNS(W, 'w:numPr');
    for (const [name, val] of [['ilvl', '0'], ['numId', '0']]) {
      const el = document.createElementNS(W, `w:${name}`);
      el.setAttributeNS(W, 'w:val', val);
      noList.appendChild(el);
    }
    if (numPr) pPr.replaceChild(noList, numPr);
    else pPr.insertBefore(noList, pPr.firstChild);
    changed = true;
  }
  if (!changed) return bytes;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document));
  return zip.generateAsync({ type: 'uint8array' });
}
