/**
 * Brackets, quotes and book-title marks, inside which punctuation cuts neither a sentence nor a
 * list ("各市、县(市、区)政府", "《…,…》"). Text here is normalised: ASCII parentheses.
 * Characters are read by their code: CJK characters taken one by one as strings are each a new
 * string, which a loop over every character of a paragraph cannot afford.
 */

const PAREN_OPEN = '('.charCodeAt(0);
const PAREN_CLOSE = ')'.charCodeAt(0);
const QUOTE_OPEN = '“'.charCodeAt(0);
const QUOTE_CLOSE = '”'.charCodeAt(0);
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);

/** The nesting depth after a character, given by its code unit, at depth `depth`. */
export function nestingOfCode(depth: number, code: number): number {
  if (code === PAREN_OPEN || code === QUOTE_OPEN || code === TITLE_OPEN) return depth + 1;
  if ((code === PAREN_CLOSE || code === QUOTE_CLOSE || code === TITLE_CLOSE) && depth > 0) return depth - 1;
  return depth;
}

/** The nesting depth after the character at text[i]. */
export function nestingAt(depth: number, text: string, i: number): number {
  return nestingOfCode(depth, text.charCodeAt(i));
}
