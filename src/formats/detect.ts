import { InputError } from '../errors.ts';

export type GazetteFormat = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * A gazette file's format from its first bytes, whatever its name says. The one place that looks
 * at a file before it is read: an empty file, a ZIP that is no Word document, an encrypted Word
 * file and RTF are refused here, by a one-line InputError naming the file.
 */
export function detectFormat(bytes: Uint8Array, file: string): GazetteFormat {
  if (bytes.length === 0) throw new InputError('文件是空的，没有可读的内容', file);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (!Buffer.from(bytes).includes('word/')) throw new InputError('是 ZIP 压缩包而不是 Word 文档(.docx)，无法读取', file);
    return 'docx';
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted .docx travels inside an OLE container holding an EncryptedPackage stream.
    if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new InputError('Word 文档已加密(需要密码)，无法读取：请提供未加密的文件', file);
    return 'doc';
  }
  if (head.startsWith('{\\rtf')) throw new InputError('是 RTF 文件，暂不支持：请另存为 .docx 或 PDF', file);
  if (/^(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|<head|<meta)/i.test(head)) return 'html';
  return 'text';
}
