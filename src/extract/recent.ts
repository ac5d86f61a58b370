/**
 * Answers to a question that depends on a text alone, kept for the texts asked most recently. The same
 * text is often asked again a few calls later: the prefixes of a clause, tried as unit names by each
 * reading that seeks the clause's subject (its own clause, the sentence's, the paragraph's opening, a
 * list's item). Each text has one slot, found from its length and three of its characters; a text asked
 * in a taken slot takes it over. A slot is a few instructions and a comparison of strings, where the
 * question may be a dozen regular expressions.
 */
export class RecentAnswers<T> {
  private readonly texts: Array<string | null>;
  private readonly answers: Array<T | null>;
  private readonly mask: number;

  /** `size`, a power of two: how many texts are kept at most. */
  constructor(size: number) {
    this.mask = size - 1;
    this.texts = new Array<string | null>(size).fill(null);
    this.answers = new Array<T | null>(size).fill(null);
    every.push(this as RecentAnswers<unknown>);
  }

  /** The answer kept for `text`, or undefined. */
  get(text: string): T | undefined {
    const slot = slotOf(text, this.mask);
    return this.texts[slot] === text ? (this.answers[slot] as T) : undefined;
  }

  /** Keeps `answer` for `text`, and returns it. */
  set(text: string, answer: T): T {
    const slot = slotOf(text, this.mask);
    this.texts[slot] = text;
    this.answers[slot] = answer;
    return answer;
  }

  forget(): void {
    this.texts.fill(null);
    this.answers.fill(null);
  }
}

const every: Array<RecentAnswers<unknown>> = [];

function slotOf(text: string, mask: number): number {
  const n = text.length;
  return n === 0 ? 0 : (n + 7 * text.charCodeAt(0) + 13 * text.charCodeAt(n - 1) + 3 * text.charCodeAt(n >> 1)) & mask;
}

/**
 * Forgets every kept answer. A text cut from a longer one (a clause, a line) may hold that whole text
 * in memory, which a long-lived process (the inbox's worker) should not keep once an extraction ends.
 */
export function forgetRecentAnswers(): void {
  for (const r of every) r.forget();
}
