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

/** Each kind of bracket as its opening and closing characters. */
const KINDS = [
  ['(', ')'],
  ['“', '”'],
  ['《', '》'],
];
/** What ends a sentence in normalised text. */
const SENTENCE_ENDS = ['。', '!', '?'];

/**
 * Where each bracket that never closes in the text stops, by its opening's offset: at its sentence's end or at the next
 * opening bracket of its kind, whichever comes first (the offset of that character, which stands outside it). Authors'
 * brackets close inside their sentence: of 1,803 closed brackets in the real pages saved (audit-texts), two held a 。,
 * both closing later on their line. One left open by the author, or whose closing a copy lost, read to the paragraph's
 * end made the rest of it bracketed, a date there a citation and every later sentence one with it. Null when every
 * bracket closes, as in most texts.
 */
export function unclosedBracketEnds(text: string): Map<number, number> | null {
  let ends: Map<number, number> | null = null;
  for (const [open, close] of KINDS) {
    let nextOpen = text.indexOf(open);
    if (nextOpen < 0) continue;
    let nextClose = text.indexOf(close);
    const stack: number[] = [];
    while (nextOpen >= 0 || nextClose >= 0) {
      if (nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose)) {
        stack.push(nextOpen);
        nextOpen = text.indexOf(open, nextOpen + 1);
      } else {
        stack.pop();
        nextClose = text.indexOf(close, nextClose + 1);
      }
    }
    for (const at of stack) {
      let end = text.indexOf(open, at + 1);
      if (end < 0) end = text.length;
      for (const stop of SENTENCE_ENDS) {
        const found = text.indexOf(stop, at + 1);
        if (found >= 0 && found < end) end = found;
      }
      (ends ??= new Map()).set(at, end);
    }
  }
  return ends;
}
