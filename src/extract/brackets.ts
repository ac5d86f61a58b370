/**
 * Brackets, quotes and book-title marks, inside which punctuation cuts neither a sentence nor a
 * list ("各市、县(市、区)政府", "《…,…》"). Text here is normalised: ASCII parentheses.
 */
export function nesting(depth: number, ch: string): number {
  return nestingOfCode(depth, ch.charCodeAt(0));
}

const PAREN_OPEN = '('.charCodeAt(0);
const PAREN_CLOSE = ')'.charCodeAt(0);
const QUOTE_OPEN = '“'.charCodeAt(0);
const QUOTE_CLOSE = '”'.charCodeAt(0);
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);

/** `nesting` of a character given by its code unit: a loop over a text need not make a string of each character. */
export function nestingOfCode(depth: number, code: number): number {
  if (code === PAREN_OPEN || code === QUOTE_OPEN || code === TITLE_OPEN) return depth + 1;
  if ((code === PAREN_CLOSE || code === QUOTE_CLOSE || code === TITLE_CLOSE) && depth > 0) return depth - 1;
  return depth;
}

const OPENING = ['(', '“', '《'].map((ch) => ch.charCodeAt(0));
const CLOSING = [')', '”', '》'].map((ch) => ch.charCodeAt(0));

/**
 * `nesting` after the character at text[i], read by its code: CJK characters taken one by one as
 * strings are each a new string, which a loop over every character of a clause cannot afford.
 */
export function nestingAt(depth: number, text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === OPENING[0] || code === OPENING[1] || code === OPENING[2]) return depth + 1;
  if ((code === CLOSING[0] || code === CLOSING[1] || code === CLOSING[2]) && depth > 0) return depth - 1;
  return depth;
}
