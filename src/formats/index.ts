import { InputError } from '../errors.ts';
import { decodeText, readInputBytes } from '../gazette/read.ts';
import type { ConvertedText } from './converted.ts';

export type { ConvertedText, DocumentFacts } from './converted.ts';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads any gazette file as text lines: PDF, Word (.docx, .doc), an HTML page or plain text.
 * The format is known from the file's first bytes, whatever its name says; an encrypted, scanned
 * or broken file is a one-line InputError naming the file and what is wrong with it.
 */
export async function readGazette(file: string): Promise<ConvertedText> {
  const bytes = readInputBytes(file);
  if (bytes.length === 0) throw new InputError('文件是空的，没有可读的内容', file);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // Each reader loads its library only when a file needs it: reading text loads none of them.
  if (head.includes('%PDF-')) return (await import('./pdf.ts')).pdfText(bytes, file);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (!Buffer.from(bytes).includes('word/')) throw new InputError('是 ZIP 压缩包而不是 Word 文档(.docx)，无法读取', file);
    return (await import('./word.ts')).docxText(bytes, file);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted .docx travels inside an OLE container holding an EncryptedPackage stream.
    if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new InputError('Word 文档已加密(需要密码)，无法读取：请提供未加密的文件', file);
    return (await import('./word.ts')).docText(bytes, file);
  }
  if (head.startsWith('{\\rtf')) throw new InputError('是 RTF 文件，暂不支持：请另存为 .docx 或 PDF', file);
  if (/^(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|<head|<meta)/i.test(head)) {
    return (await import('./html.ts')).htmlText(decodeHtml(bytes, head, file));
  }
  const lines = decodeText(bytes, file).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return { format: 'text', lines, pages: null, facts: {} };
}

/** An HTML page in the charset its meta tag names (GB2312 and GBK read as their superset GB18030). */
function decodeHtml(bytes: Uint8Array, head: string, file: string): string {
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
