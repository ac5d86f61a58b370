import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { decodeText, readGazetteFile, textLines } from '../../src/gazette/read.ts';

const TEXT = '时限:2018年6月底前完成';
// The same text in GBK, as iconv writes it.
const GBK = [
  0xca, 0xb1, 0xcf, 0xde, 0x3a, 0x32, 0x30, 0x31, 0x38, 0xc4, 0xea, 0x36, 0xd4, 0xc2, 0xb5, 0xd7, 0xc7, 0xb0, 0xcd, 0xea, 0xb3,
  0xc9,
];

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...le]);
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from(TEXT, 'utf8'))],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(TEXT, 'utf8')])],
    ['UTF-16LE with a BOM', utf16(TEXT, false)],
    ['UTF-16BE with a BOM', utf16(TEXT, true)],
    ['GBK', new Uint8Array(GBK)],
  ])('decodes %s', (_name, bytes) => {
    expect(decodeText(bytes, 'x.txt')).toBe(TEXT);
  });

  it.each([
    ['a character outside the basic plane', '𠀀时限:2018年'],
    ['a BOM that does not open the text, kept', '时限\ufeff2018年'],
    ['ASCII only', 'Deadline: 2018-06-30'],
  ])('decodes UTF-8 holding %s as written', (_name, text) => {
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf8')), 'x.txt')).toBe(text);
  });

  it.each([
    ['an empty file', new Uint8Array(), /空/],
    ['only white space', new Uint8Array(Buffer.from(' \n\t\r\n')), /空文件/],
    ['binary data', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), /二进制/],
    ['bytes neither UTF-8 nor GB18030', new Uint8Array([0x41, 0xff, 0x41]), /不是 UTF-8、UTF-16 或 GB18030/],
  ])('rejects %s, naming the file', (_name, bytes, reason) => {
    let error: unknown;
    try {
      decodeText(bytes, 'gazette.txt');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^gazette\.txt: /);
    expect((error as InputError).message).toMatch(reason);
  });
});

describe('textLines', () => {
  it.each([
    ['LF', '一\n二\n', ['一', '二', '']],
    ['CRLF', '一\r\n二', ['一', '二']],
    ['lone CR', '一\r二\r\n三', ['一', '二', '三']],
    ['a byte-order mark, dropped once', '\uFEFF\uFEFF一\n二', ['\uFEFF一', '二']],
    ['no break', '一二', ['一二']],
    ['empty', '', ['']],
  ])('cuts a text with %s', (_name, text, lines) => {
    expect(textLines(text)).toEqual(lines);
  });
});

describe('readGazetteFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-read-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a file from disk', () => {
    const file = path.join(dir, 'ok.txt');
    fs.writeFileSync(file, Buffer.from(GBK));
    expect(readGazetteFile(file)).toBe(TEXT);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'missing.txt'), /找不到文件/],
    ['a directory', () => dir, /是文件夹/],
    ['an empty file', () => (fs.writeFileSync(path.join(dir, 'empty.txt'), ''), path.join(dir, 'empty.txt')), /文件是空的/],
    ['a PDF', () => (fs.writeFileSync(path.join(dir, 'notice.txt'), '%PDF-1.7\n'), path.join(dir, 'notice.txt')), /是 PDF 文件,不是文本公报/],
  ])('rejects %s with a one-line error naming it', (_name, file, reason) => {
    const name = file();
    expect(() => readGazetteFile(name)).toThrow(InputError);
    expect(() => readGazetteFile(name)).toThrow(reason);
    try {
      readGazetteFile(name);
    } catch (err) {
      expect((err as Error).message.startsWith(`${name}: `)).toBe(true);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});
