import { eastAsianWidth } from 'get-east-asian-width';

/**
 * A character's display width in a terminal, by its Unicode East Asian Width (get-east-asian-width;
 * ambiguous ones such as “ ” — … narrow): 0 for controls, combining marks, variation selectors and
 * default-ignorable characters (zero-width spaces and joiners, soft hyphen). Cell widths are sums of
 * these: measuring each growing prefix with string-width took over a second for a few thousand records.
 * This agrees with string-width character by character (test/extract/table-output.test.ts) except on
 * emoji with text presentation (©, ™, ☎), which string-width counts 2 and a terminal draws in 1.
 */
const ZERO_WIDTH = /^[\p{Cc}\p{Default_Ignorable_Code_Point}\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]$/u;

export function charWidth(codePoint: number): number {
  return ZERO_WIDTH.test(String.fromCodePoint(codePoint)) ? 0 : eastAsianWidth(codePoint);
}

/** charWidth of each BMP character, learnt on first sight (a table costs 64 KB; text meets a few thousand characters). */
const UNKNOWN = 0xff;
const bmpWidths = new Uint8Array(0x10000).fill(UNKNOWN);

/** charWidth, remembered. */
export function codePointWidth(codePoint: number): number {
  if (codePoint > 0xffff) return charWidth(codePoint);
  let width = bmpWidths[codePoint];
  if (width === UNKNOWN) bmpWidths[codePoint] = width = charWidth(codePoint);
  return width;
}

/** How many terminal columns a text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    width += codePointWidth(codePoint);
  }
  return width;
}
