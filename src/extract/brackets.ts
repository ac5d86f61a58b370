/**
 * Brackets, quotes and book-title marks, inside which punctuation cuts neither a sentence nor a
 * list ("各市、县(市、区)政府", "《…,…》"). Text here is normalised: ASCII parentheses.
 */
export function nesting(depth: number, ch: string): number {
  if (ch === '(' || ch === '“' || ch === '《') return depth + 1;
  if ((ch === ')' || ch === '”' || ch === '》') && depth > 0) return depth - 1;
  return depth;
}
