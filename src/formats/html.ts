import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import { isoDate } from '../calendar/dates.ts';
import type { ConvertedText, DocumentFacts } from './converted.ts';

/** Elements that end a line of text where they open and close. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'ul', 'ol', 'dl', 'form', 'td', 'th', 'tr', 'caption', 'address', 'figure', 'figcaption', 'header', 'footer', 'nav', 'aside']);
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'select', 'button', 'input', 'textarea', 'svg', 'head']);

const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/**
 * The lines a reader sees in an HTML fragment: a line per paragraph or heading, a tab-separated
 * line per table row (a cell under a rowspan left empty, as a merged cell is in the text the table
 * reader knows; a colspan repeated in the columns it covers), list items numbered as displayed.
 */
export function htmlLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const endLine = () => {
    const text = squeeze(current);
    if (text) lines.push(text);
    current = '';
  };
  const walk = (node: Node, listNumber?: string) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += (node as unknown as { text: string }).text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (UNSEEN.has(tag)) return;
    if (tag === 'br') return endLine();
    if (tag === 'table') {
      endLine();
      lines.push(...tableRows(el));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) endLine();
    if (listNumber) current += listNumber;
    if (tag === 'ol') {
      let n = Number(el.getAttribute('start') ?? 1);
      for (const child of el.childNodes) {
        const isItem = child.nodeType === NodeType.ELEMENT_NODE && (child as HTMLElement).tagName?.toLowerCase() === 'li';
        walk(child, isItem ? `${n++}. ` : undefined);
      }
    } else for (const child of el.childNodes) walk(child);
    if (block) endLine();
  };
  walk(root);
  endLine();
  return lines;
}

function tableRows(table: HTMLElement): string[] {
  const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
  const grid: string[][] = [];
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of tr.childNodes) {
      if (!(cell instanceof HTMLElement) || !/^t[dh]$/i.test(cell.tagName)) continue;
      while (grid[r][c] !== undefined) c++;
      // A nested table reads as its own rows inside the cell, joined.
      const text = htmlLines(cell).join(' ').replace(/\t/g, ' ');
      const colspan = Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1);
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan') ?? 1) || 1);
      for (let k = 0; k < colspan; k++) {
        grid[r][c + k] = text;
        for (let down = 1; down < rowspan; down++) {
          grid[r + down] ??= [];
          grid[r + down][c + k] = '';
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid
    .map((row) => Array.from({ length: width }, (_, k) => row[k] ?? ''))
    .filter((row) => row.some((cell) => cell))
    .map((row) => row.join('\t'));
}

/** Where sites put the article: ids and classes of the common government CMSs. */
const ARTICLE = ['#zoom', '.TRS_Editor', '#UCAP-CONTENT', '.pages_content', '.article-content', '.art_con', '#art_content', '.wzcon', '.content_text', 'article', '#content', '.content'];
/** Page furniture: navigation, breadcrumb, share bars, footers. */
const FURNITURE = /(?:^|[-_ ])(?:nav|menu|header|footer|crumb|breadcrumb|share|related|top-bar|topbar|login|search|sidebar|toolbar|tools|print|foot|head|links?)(?:$|[-_ \d])/i;

/**
 * A page saved from a government site as gazette text: the article alone (no navigation), its
 * title, and the page's metadata block (发文字号, 成文日期, 发布机构) as the document's facts. The
 * 文号 is printed under the title, as a gazette prints it, so the text reads as a gazette does.
 */
export function htmlText(html: string): ConvertedText {
  const page = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const facts = metadata(htmlLines(page));
  for (const el of page.querySelectorAll('nav, header, footer, aside')) el.remove();
  const article = findArticle(page);
  for (const el of article.querySelectorAll('*')) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(name) && el.parentNode) el.remove();
  }
  const body = htmlLines(article);
  const title = facts.title ?? titleOf(page);
  const head: string[] = [];
  const squash = (s: string) => s.replace(/\s+/g, '');
  if (title && !body.slice(0, 5).some((l) => squash(l).includes(squash(title)))) head.push(title);
  if (facts.number && !body.some((l) => squash(l) === squash(facts.number!))) head.push(facts.number);
  return { format: 'html', lines: [...head, ...body], pages: null, facts: { ...facts, ...(title ? { title } : {}) } };
}

function findArticle(page: HTMLElement): HTMLElement {
  for (const selector of ARTICLE) {
    const found = page.querySelector(selector);
    if (found && squeeze(found.text).length > 50) return found;
  }
  // The element whose own paragraphs hold the most text.
  let best = page.querySelector('body') ?? page;
  let bestLength = 0;
  for (const el of page.querySelectorAll('div, td, section')) {
    const own = el.childNodes.filter((n) => n instanceof HTMLElement && /^(p|table|h\d)$/i.test(n.tagName));
    const length = own.reduce((sum, n) => sum + squeeze(n.text).length, 0);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

function titleOf(page: HTMLElement): string | undefined {
  const h1 = page.querySelector('h1');
  if (h1 && squeeze(h1.text)) return squeeze(h1.text);
  const title = page.querySelector('title');
  // "关于…的通知_浙江省人民政府门户网站": the site's name follows an underscore or a dash.
  return title ? squeeze(title.text).split(/[_|]| - /)[0] || undefined : undefined;
}

const LABEL = '\\s*[:：]?\\s*(?:\\t|\\n)?\\s*';

/** The 发文字号 / 成文日期 / 发布机构 block that government sites print above the article. */
export function metadata(lines: string[]): DocumentFacts {
  const text = lines.join('\n');
  const facts: DocumentFacts = {};
  const number = new RegExp(`(?:发文字号|文\\s*号)${LABEL}([^\\t\\n]{2,30}?号)`).exec(text);
  if (number) facts.number = number[1].replace(/\s+/g, '');
  const date = new RegExp(`(?:成文日期|发文日期|印发日期)${LABEL}(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})`).exec(text);
  if (date) facts.issued = isoDate(Number(date[1]), Number(date[2]), Number(date[3]));
  const issuer = new RegExp(`(?:发布机构|发文机关|发文单位)${LABEL}([^\\t\\n]{2,40})`).exec(text);
  if (issuer) facts.issuer = issuer[1].trim().split(/\s{2,}/)[0];
  const title = new RegExp(`(?:^|\\n|\\t)(?:标\\s*题|名\\s*称)${LABEL}([^\\t\\n]{4,120})`).exec(text);
  if (title) facts.title = title[1].trim();
  return facts;
}
