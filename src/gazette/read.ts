import fs from 'node:fs';
import { InputError } from '../errors.ts';

/** Bytes that never appear in text: NUL and the C0 controls other than tab, LF, FF, CR and ESC. */
const BINARY_BYTE = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

/**
 * Decodes a gazette's bytes. UTF-8 first (with or without BOM), then UTF-16 by its BOM, then
 * GB18030, which is a superset of GBK and GB2312, the encodings older government text comes in.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError('empty file: nothing to read', file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  if (BINARY_BYTE.test(head)) throw new InputError('binary data, not a text gazette', file);
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
      if (!text.trim()) throw new InputError('empty file: only white space', file);
      return text;
    } catch (err) {
      if (err instanceof InputError) throw err;
    }
  }
  throw new InputError('not text in UTF-8, UTF-16 or GB18030', file);
}

/** Reads one input file, turning every way it can be unreadable into a one-line InputError. */
export function readGazetteFile(file: string): string {
  return decodeText(readInputBytes(file), file);
}

/** An input file's bytes; a missing, unreadable or directory path is a one-line InputError. */
export function readInputBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', file);
    if (code === 'EISDIR') throw new InputError('is a directory, not a file', file);
    if (code === 'EACCES') throw new InputError('permission denied', file);
    throw new InputError(`cannot read: ${(err as Error).message}`, file);
  }
}
