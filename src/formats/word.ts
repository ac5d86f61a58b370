import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import WordExtractor from 'word-extractor';
import { InputError } from '../errors.ts';
import type { ConvertedText } from './converted.ts';
import { htmlLines } from './html.ts';
import { numberParagraphs } from './word-numbering.ts';

/**
 * A .docx through mammoth's HTML: paragraphs, headings and tables as the document has them (a
 * vertically merged cell left empty below its first row, as the table reader expects), numbered
 * lists with the numbers Word shows ("(一)", "一、", "1.").
 */
export async function docxText(bytes: Uint8Array, file: string): Promise<ConvertedText> {
  let html: string;
  try {
    const numbered = await numberParagraphs(bytes);
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(numbered) }, { ignoreEmptyParagraphs: true }));
  } catch (err) {
    throw new InputError(`Word 文件(.docx)已损坏或不完整，无法读取(${(err as Error).message.split('\n')[0]})`, file);
  }
  return { format: 'docx', lines: htmlLines(parse(html)), pages: null, facts: {} };
}

/** An old binary .doc through word-extractor: its body text, table cells separated by tabs. */
export async function docText(bytes: Uint8Array, file: string): Promise<ConvertedText> {
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  } catch (err) {
    throw new InputError(`Word 文件(.doc)已损坏或不是 Word 文档，无法读取(${(err as Error).message.split('\n')[0]})`, file);
  }
  const lines = body.split(/\r\n|\r|\n/).map((l) => l.replace(/[\s\u3000]+$/, '').replace(/^[ \u3000]+/, '')).filter((l) => l.trim());
  return { format: 'doc', lines, pages: null, facts: {} };
}
