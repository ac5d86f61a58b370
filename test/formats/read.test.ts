import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { extractAnyFormat, extractText } from '../../src/extract/index.ts';
import { readGazette } from '../../src/formats/index.ts';
import { htmlLines } from '../../src/formats/html.ts';
import { formatNumber } from '../../src/formats/word-numbering.ts';
import { tempDir } from '../service/fixtures.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => path.join(root, 'test/fixtures/formats', name);

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

/** A text's table rows as sets of cells, without the leading cells a merged column leaves empty. */
const rowsOf = (lines: string[]) =>
  lines
    .filter((l) => l.includes('\t'))
    .map((l) =>
      l
        .split('\t')
        .map((c) => c.replace(/<\/?b>/g, '').replace(/\s+/g, ''))
        .filter((c, i, all) => c || all.slice(0, i).some(Boolean))
        .join('|'),
    );

describe('readGazette: the format comes from the content', () => {
  it('reads a PDF named .txt as a PDF and a DOCX named .pdf as Word', async () => {
    fs.copyFileSync(fixture('zj-2018-30.pdf'), path.join(dir, 'gazette.txt'));
    fs.copyFileSync(fixture('zj-2018-30.docx'), path.join(dir, 'gazette.pdf'));
    expect((await readGazette(path.join(dir, 'gazette.txt'))).format).toBe('pdf');
    expect((await readGazette(path.join(dir, 'gazette.pdf'))).format).toBe('docx');
    expect((await readGazette(fixture('xuzhuang-2017.doc'))).format).toBe('doc');
    expect((await readGazette(fixture('gov-page.gbk.html'))).format).toBe('html');
    expect((await readGazette(fixture('zj-2018-30.txt'))).format).toBe('text');
  });

  it.each([
    ['scanned.pdf', /扫描/],
    ['encrypted.pdf', /已加密/],
    ['truncated.docx', /已损坏或不完整/],
  ])('refuses %s with one line naming the file and what is wrong', async (name, reason) => {
    const error = await readGazette(fixture(name)).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses an empty file, whatever its name, before any reader is chosen', async () => {
    for (const name of ['empty.pdf', 'empty.docx', 'empty.txt']) {
      fs.writeFileSync(path.join(dir, name), '');
      await expect(readGazette(path.join(dir, name))).rejects.toThrow(new RegExp(`${name}: 文件是空的`));
    }
  });

  it('refuses a ZIP archive that is not a Word document', async () => {
    const zip = path.join(dir, 'notes.docx');
    // A ZIP local header naming another kind of member.
    fs.writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('notes/readme.txt')]));
    await expect(readGazette(zip)).rejects.toThrow(/ZIP 压缩包而不是 Word 文档/);
  });
});

describe('a text file', () => {
  // Its lines are read as they were cut, without being joined and cut again: the records must not tell.
  it.each([
    ['line breaks of every kind', '关于做好数据共享工作的通知\r\n浙政办发〔2018〕9号\r各设区市要在2018年6月底前完成对接。\n\n省发改委每月10日前报送进展。'],
    ['a byte-order mark, and a second one after it', '\uFEFF\uFEFF各设区市要在2018年6月底前完成对接。'],
    ['one line and no line break', '各设区市要在2018年6月底前完成对接。'],
  ])('%s: the records of extracting its text', async (_name, text) => {
    const file = path.join(dir, 'gazette.txt');
    fs.writeFileSync(file, text);
    const clock = { now: () => new Date('2018-03-01T00:00:00Z') };
    const fromFile = await extractAnyFormat(file, clock);
    const fromText = extractText(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), 'gazette.txt', clock);
    expect(fromFile.obligations.length).toBeGreaterThan(0);
    expect(fromFile).toEqual(fromText);
  });
});

describe('PDF', () => {
  it('drops running heads and page numbers and rebuilds the task tables row by row, cell by cell', async () => {
    const pdf = await readGazette(fixture('zj-2018-30.pdf'));
    expect(pdf.lines.filter((l) => l === '浙江省人民政府公报' || /^—\s*\d+\s*—$/.test(l))).toEqual([]);
    const text = (await readGazette(fixture('zj-2018-30.txt'))).lines;
    const expected = rowsOf(text);
    expect(expected.length).toBeGreaterThan(40);
    expect(rowsOf(pdf.lines)).toEqual(expected);
  });

  it('drops the running head of a one-page PDF, which no other page repeats', async () => {
    const { lines } = await readGazette(fixture('xuzhuang-2017.pdf'));
    expect(lines[0]).toBe('各行政村、各有关单位:');
    expect(lines).not.toContain('登封市徐庄镇人民政府');
  });

  it('joins wrapped lines into their paragraph and reads two columns one after the other', async () => {
    const { lines } = await readGazette(fixture('zj-2015-28.pdf'));
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
    // Both paragraphs stand whole on one line each, the left column's before the right column's.
    const left = at('(三)促进政务服务网平台向基层延伸,推动政务服务五级联动。2015 年 12 月底前');
    const right = at('(一)进一步完善省市县一体化的行政权力事项库和公共服务事项库。2015 年 6 月底前');
    expect(left).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(left);
    expect(lines[right]).toContain('建立行政权力事项信息动态调整机制。');
  });

  it('gives records the page their line begins on; records from text have no page', async () => {
    const pdf = await extractAnyFormat(fixture('zj-2018-30.pdf'));
    const pages = new Set(pdf.obligations.map((o) => o.page));
    expect([...pages].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const { lines, pages: lineBegins } = await readGazette(fixture('zj-2018-30.pdf'));
    const tableRow = pdf.obligations.find((o) => o.expression.includes('2018 年 4 月底前') && o.lead.includes('省档案局'))!;
    expect(lines[tableRow.line - 1]).toContain('制定《浙江政务服务网电子出证和归档规范》');
    expect(tableRow.page).toBe(lineBegins![tableRow.line - 1]);
    const text = await extractAnyFormat(fixture('zj-2018-30.txt'));
    expect(text.obligations.every((o) => !('page' in o))).toBe(true);
  });
});

describe('Word', () => {
  it('reads a .docx table with its merged cells left empty, as the text reader expects', async () => {
    const docx = await readGazette(fixture('zj-2018-30.docx'));
    expect(rowsOf(docx.lines)).toEqual(rowsOf((await readGazette(fixture('zj-2018-30.txt'))).lines));
  });

  it('reads an old .doc with its table as tab-separated rows', async () => {
    const doc = await extractAnyFormat(fixture('xuzhuang-2017.doc'));
    const text = await extractAnyFormat(fixture('xuzhuang-2017.txt'));
    expect(doc.obligations.map((o) => [o.due ?? o.rrule, o.lead])).toEqual(text.obligations.map((o) => [o.due ?? o.rrule, o.lead]));
  });

  it('writes auto-numbered paragraphs with the numbers Word shows: 一、, (一)(二) and 1. 2. under them', async () => {
    const { lines } = await readGazette(fixture('numbered-list.docx'));
    expect(lines.slice(1)).toEqual([
      '一、工作任务',
      '(一)建立台账。市发展改革委牵头，2019年6月底前完成。',
      '1.各县(市、区)2019年5月15日前报送名单。',
      '2.市财政局配合。',
      '(二)开展检查。市市场监管局负责，2019年9月30日前完成。',
    ]);
    const { obligations } = await extractAnyFormat(fixture('numbered-list.docx'));
    expect(obligations.map((o) => [o.line, o.due])).toContainEqual([3, '2019-06-30']);
    expect(obligations.map((o) => [o.line, o.due])).toContainEqual([6, '2019-09-30']);
  });

  it.each([
    [1, 'chineseCounting', '一'],
    [11, 'chineseCountingThousand', '十一'],
    [20, 'taiwaneseCountingThousand', '二十'],
    [3, 'chineseLegalSimplified', '叁'],
    [2, 'ideographTraditional', '乙'],
    [12, 'ideographDigital', '一二'],
    [3, 'decimalEnclosedCircle', '③'],
    [7, 'decimalFullWidth', '７'],
    [4, 'upperRoman', 'IV'],
    [28, 'lowerLetter', 'bb'],
    [9, 'decimal', '9'],
  ])('writes %i in the number format %s as %s', (n, format, shown) => {
    expect(formatNumber(n, format)).toBe(shown);
  });

  it('numbers list items as they are displayed', () => {
    const lines = htmlLines(parse('<p>工作要求</p><ol><li>按时报送</li><li>加强督查</li></ol><ol start="3"><li>总结</li></ol>'));
    expect(lines).toEqual(['工作要求', '1. 按时报送', '2. 加强督查', '3. 总结']);
  });
});

describe('HTML page from a government site', () => {
  it('reads the GBK page: metadata block as 文号, date and title, the article without navigation, the table as rows', async () => {
    const page = await readGazette(fixture('gov-page.gbk.html'));
    expect(page.facts).toEqual({
      number: '湖政办发〔2020〕15号',
      issued: '2020-05-22',
      issuer: '湖州市人民政府办公室',
      title: '湖州市人民政府办公室关于印发湖州市2020年政务服务“一网通办”攻坚行动方案的通知',
    });
    const all = page.lines.join('\n');
    for (const chrome of ['首页', '您当前的位置', '分享到', '相关阅读', '网站标识码', '浏览次数', 'document.write']) expect(all).not.toContain(chrome);
    expect(page.lines).toContain('2\t实现“一窗受理”平台与部门业务系统对接\t\t2020年9月底前');

    const { obligations } = await extractAnyFormat(fixture('gov-page.gbk.html'));
    expect(obligations.every((o) => o.doc.number === '湖政办发〔2020〕15号' && o.doc.issued === '2020-05-22')).toBe(true);
    const merged = obligations.find((o) => o.due === '2020-09-30')!;
    expect(merged.lead).toEqual(['市政务服务中心']);
    expect(obligations.find((o) => o.kind === 'recurring')?.start).toBe('2020-05-22');
  });

  it('the metadata date wins over a text that shows none', () => {
    const lines = ['关于做好防汛工作的通知', '各乡镇：', '请于2021年6月30日前完成隐患排查。'];
    const { obligations } = extractText(lines.join('\n'), 'page.html', undefined, { facts: { number: '某政办〔2021〕3号', issued: '2021-05-10' } });
    expect(obligations[0].doc).toEqual({ number: '某政办〔2021〕3号', title: '关于做好防汛工作的通知', issued: '2021-05-10' });
  });
});

describe('shixian extract --text', () => {
  it('prints the text the records count lines in: extracting it again gives the same records', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/shixian.js', 'extract', '--text', fixture('zj-2018-30.pdf')], { cwd: root, maxBuffer: 1 << 24 });
    const saved = path.join(dir, 'zj-2018-30.pdf.txt');
    fs.writeFileSync(saved, stdout);
    const again = (await extractAnyFormat(saved)).obligations.map(({ line, expression, due, lead }) => ({ line, expression, due, lead }));
    const fromPdf = (await extractAnyFormat(fixture('zj-2018-30.pdf'))).obligations.map(({ line, expression, due, lead }) => ({ line, expression, due, lead }));
    expect(again).toEqual(fromPdf);
    expect(stdout.split('\n')[fromPdf[0].line - 1]).toContain(fromPdf[0].expression);
  });
});
