import { InputError } from '../errors.ts';
import { decodeText, readInputBytes, textLines } from '../gazette/read.ts';
import type { ConvertedText } from './converted.ts';
import { detectFormat } from './detect.ts';

export type { ConvertedText, DocumentFacts } from './converted.ts';

/**
 * Reads any gazette file as text lines: PDF, Word (.docx, .doc), an HTML page or plain text, by the
 * format its first bytes show (detectFormat, which also refuses an empty, encrypted or unsupported
 * file); a scanned or broken file is a one-line InputError naming the file and what is wrong.
 */
export async function readGazette(file: string): Promise<ConvertedText> {
  const bytes = readInputBytes(file);
  // Each reader loads its library only when a file needs it: reading text loads none of them.
  switch (detectFormat(bytes, file)) {
    case 'pdf':
      return (await import('./pdf.ts')).pdfText(bytes, file);
    case 'docx':
      return (await import('./word.ts')).docxText(bytes, file);
    case 'doc':
      return (await import('./word.ts')).docText(bytes, file);
    case 'html':
      return (await import('./html.ts')).htmlText(decodeHtml(bytes, file));
    case 'text': {
      const lines = textLines(decodeText(bytes, file));
      return { format: 'text', lines, pages: null, facts: {} };
    }
  }
}

/** An HTML page in the charset its meta tag names (GB2312 and GBK read as their superset GB18030). */
function decodeHtml(bytes: Uint8Array, file: string): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      throw new InputError(`网页声明的字符集 ${declared} 无法识别`, file);
    }
  }
  return decodeText(bytes, file);
}
