import { nestingOfCode, unclosedBracketEnds } from './brackets.ts';

/**
 * What reading a paragraph asks again for every finding — the sentence and clauses around it, the
 * bracket enclosing it, the matches of a pattern in the text before it — answered from indexes built
 * once per paragraph, so that reading a paragraph costs time in proportion to its length however many
 * findings it holds (a 96 KB paragraph of repeated duties once took 16 s).
 */

export interface Range {
  start: number;
  end: number;
}

/** The first index in `sorted` whose value is at least `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in `sorted` whose value is more than `value`. */
function upperBound(sorted: ArrayLike<number>, value: number): number {
  return lowerBound(sorted, value + 1);
}

/** The first range in `ranges` (in text order, not overlapping) that ends after `offset`. */
function rangeIndexAt(ranges: Range[], offset: number, from = 0, to = ranges.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every start offset where `pattern` (global, matching no empty text) matches, overlapping ones
 * included, so "is there a match inside [a, b)" is a binary search.
 */
export function matchStarts(text: string, pattern: RegExp): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    pattern.lastIndex = m.index + 1;
  }
  return { starts, ends };
}

/** A match of a global pattern, with its offset in the paragraph. */
export interface Found {
  index: number;
  end: number;
  groups: Array<string | undefined>;
}

/** Characters that no match of a `SegmentPattern` contains: it never runs across them. */
const SEGMENT_BREAKS = ',;。';

/**
 * A global pattern whose matches hold none of `,;。` and are at most `maxLength` long. Its matches
 * in text[a, cut) — the slice as a whole string, `^` at a and `$` at cut — are those of the segments
 * (pieces between `,;。`) of the slice: scanned once per segment, with only the last `maxLength`
 * characters before a cut inside a segment scanned again.
 */
export interface SegmentPattern {
  pattern: RegExp;
  maxLength: number;
}

/**
 * Which `open` bracket is the innermost one still open, offset by offset, kept only where that changes:
 * from offset `from[k]` on (up to the next change) it is the one at `open[k]`, or none for -1. A
 * paragraph holds few brackets, so this is far smaller than a table of every offset.
 */
interface BracketSpans {
  from: number[];
  open: number[];
}

/** The spans of a text that holds no opening bracket of the kind asked for. */
const NO_BRACKETS: BracketSpans = { from: [], open: [] };

function bracketSpans(text: string, open: string, close: string, unclosed: Map<number, number> | null): BracketSpans {
  const spans: BracketSpans = { from: [], open: [] };
  const stack: number[] = [];
  // A bracket that never closes stops where unclosedBracketEnds says: no bracket of its kind stands before that, so it
  // is the innermost one until then.
  const stopUnclosedBefore = (at: number) => {
    const top = stack.length ? stack[stack.length - 1] : -1;
    const end = top >= 0 && unclosed ? unclosed.get(top) : undefined;
    if (end === undefined || end > at) return;
    stack.pop();
    spans.from.push(end);
    spans.open.push(stack.length ? stack[stack.length - 1] : -1);
  };
  // Only the brackets themselves are visited: the text between them changes nothing.
  let nextOpen = text.indexOf(open);
  let nextClose = text.indexOf(close);
  while (nextOpen >= 0 || nextClose >= 0) {
    const opening = nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose);
    if (unclosed) stopUnclosedBefore(opening ? nextOpen : nextClose);
    let at: number;
    if (opening) {
      at = nextOpen;
      stack.push(at);
      nextOpen = text.indexOf(open, at + 1);
    } else {
      at = nextClose;
      stack.pop();
      nextClose = text.indexOf(close, at + 1);
    }
    spans.from.push(at + 1);
    spans.open.push(stack.length ? stack[stack.length - 1] : -1);
  }
  if (unclosed) stopUnclosedBefore(text.length - 1);
  return spans;
}

/** The code units of what ends a sentence (。!?) or a clause (,;:) in normalised text. */
const FULL_STOP = '。'.charCodeAt(0);
const EXCLAMATION = '!'.charCodeAt(0);
const QUESTION = '?'.charCodeAt(0);
const DOT = '.'.charCodeAt(0);

/** Is the code a Chinese character (the unified ideographs)? */
function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * "明确职责,精心组织.各地…要…": a text typed with the ASCII full stop for 。 ends its sentences with it. Between two
 * Chinese characters it can be nothing else but an item's number (一.总体要求): an item's number in digits (1.), a
 * decimal (2.5) or a web address has a digit or a Latin letter beside it.
 */
function isDotEndingSentence(text: string, i: number): boolean {
  if (i === 0 || !isHan(text.charCodeAt(i - 1)) || !isHan(text.charCodeAt(i + 1))) return false;
  // "一.总体要求", "。三.工作要求": a Chinese numeral standing alone before the dot numbers an item.
  return !(CHINESE_NUMERALS.includes(text[i - 1]) && (i === 1 || !isHan(text.charCodeAt(i - 2))));
}

const CHINESE_NUMERALS = '一二三四五六七八九十';
const COMMA = ','.charCodeAt(0);
const SEMICOLON = ';'.charCodeAt(0);
const COLON = ':'.charCodeAt(0);

export class ParagraphLayout {
  readonly sentences: Range[] = [];
  /** Clauses cut at top-level `,;:` and at sentence ends, in text order. */
  readonly clauses: Range[] = [];
  /** For sentence k, its clauses are clauses[clauseFrom[k]] up to clauseFrom[k + 1]. */
  private readonly clauseFrom: number[] = [];
  private opens = new Map<string, BracketSpans>();
  /** Where each bracket that never closes stops (unclosedBracketEnds), or null when every one closes. */
  private readonly unclosed: Map<number, number> | null;
  private breaks: number[] | null = null;
  private clauseBreaks: number[] | null = null;
  private segmentScans = new Map<RegExp, Map<number, Found[]>>();
  private memo = new Map<string, unknown>();

  constructor(readonly text: string) {
    let depth = 0;
    let sentenceStart = 0;
    let clauseStart = 0;
    this.clauseFrom.push(0);
    this.unclosed = unclosedBracketEnds(text);
    const stops = this.unclosed ? [...this.unclosed.values()].sort((a, b) => a - b) : [];
    let stop = 0;
    // Read by code unit: text[i] would make a one-character string of each Chinese character. The length is read
    // once: read at each step, it cost a tenth more instructions a character (callgrind, as in recognise's learnAnchors).
    const length = text.length;
    for (let i = 0; i < length; i++) {
      for (; stop < stops.length && stops[stop] === i; stop++) if (depth > 0) depth--;
      const code = text.charCodeAt(i);
      const next = nestingOfCode(depth, code);
      if (next !== depth) {
        depth = next;
        continue;
      }
      if (depth !== 0) continue;
      const sentenceEnd = code === FULL_STOP || code === EXCLAMATION || code === QUESTION || (code === DOT && isDotEndingSentence(text, i));
      if (sentenceEnd || code === COMMA || code === SEMICOLON || code === COLON) {
        this.clauses.push({ start: clauseStart, end: i + 1 });
        clauseStart = i + 1;
      }
      if (sentenceEnd) {
        this.sentences.push({ start: sentenceStart, end: i + 1 });
        this.clauseFrom.push(this.clauses.length);
        sentenceStart = i + 1;
      }
    }
    if (clauseStart < text.length) this.clauses.push({ start: clauseStart, end: text.length });
    if (sentenceStart < text.length) {
      this.sentences.push({ start: sentenceStart, end: text.length });
      this.clauseFrom.push(this.clauses.length);
    }
  }

  /** The index of the sentence holding `offset`, or -1. */
  sentenceAt(offset: number): number {
    const i = rangeIndexAt(this.sentences, offset);
    return i < this.sentences.length && this.sentences[i].start <= offset ? i : -1;
  }

  /** The clauses of sentence `k` as [first, end) indexes into `clauses`. */
  clausesOf(k: number): [number, number] {
    return [this.clauseFrom[k], this.clauseFrom[k + 1]];
  }

  /** The index of the clause holding `offset` among the clauses [from, to), or -1. */
  clauseAt(offset: number, from: number, to: number): number {
    const i = rangeIndexAt(this.clauses, offset, from, to);
    return i < to && this.clauses[i].start <= offset ? i : -1;
  }

  /** The offset of the unclosed `open` bracket enclosing offset `at`, or -1. */
  enclosingOpen(at: number, open: string, close: string): number {
    let spans = this.opens.get(open);
    if (!spans) {
      // Most paragraphs open no 《: they get no spans, and every offset answers -1.
      spans = this.text.includes(open) ? bracketSpans(this.text, open, close, this.unclosed) : NO_BRACKETS;
      this.opens.set(open, spans);
    }
    // The last change at or before `at`: a bracket at offset at - 1 counts, one at `at` does not yet.
    const k = lowerBound(spans.from, at + 1) - 1;
    return k < 0 ? -1 : spans.open[k];
  }

  /** Where the bracket opening at `open` stops if it never closes (unclosedBracketEnds), else undefined. */
  unclosedEnd(open: number): number | undefined {
    return this.unclosed?.get(open);
  }

  /** A value computed once per paragraph and key. */
  once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** The offset of the first `,;。:` (bracketed ones too) at or after `at`, or the text's end. */
  clauseBreakFrom(at: number): number {
    this.clauseBreaks ??= offsetsOf(this.text, ',;。:');
    const b = lowerBound(this.clauseBreaks, at);
    return b < this.clauseBreaks.length ? this.clauseBreaks[b] : this.text.length;
  }

  /** Offsets of the characters `,;。` in text order. */
  private segmentBreaks(): number[] {
    return (this.breaks ??= offsetsOf(this.text, SEGMENT_BREAKS));
  }

  /** The offset of the first `,;。` after `from`, or the text's end. */
  private nextBreak(from: number): number {
    const breaks = this.segmentBreaks();
    const b = lowerBound(breaks, from + 1);
    return b < breaks.length ? breaks[b] : this.text.length;
  }

  /**
   * The matches of `p` in text[from, cut), as `matchAll` over that slice gives them. The complete
   * segments from `from` on are scanned once and kept, so a later cut further on reads only what
   * is new.
   */
  matchesIn(p: SegmentPattern, from: number, cut: number): Found[] {
    const { found, count } = this.completeSegments(p, from, cut);
    const out = found.slice(0, count);
    const segStart = this.lastCompleteEnd(p, from, cut);
    if (segStart < cut) out.push(...this.segmentMatches(p, segStart, this.nextBreak(segStart), cut));
    return out;
  }

  /** The first match of `p` in text[from, cut), or null. */
  firstMatchIn(p: SegmentPattern, from: number, cut: number): Found | null {
    const { found, count } = this.completeSegments(p, from, cut);
    if (count > 0) return found[0];
    const segStart = this.lastCompleteEnd(p, from, cut);
    return segStart < cut ? (this.segmentMatches(p, segStart, this.nextBreak(segStart), cut)[0] ?? null) : null;
  }

  /** Per pattern, per start offset: the complete segments scanned so far. Keyed by the pattern itself, not its (long) source. */
  private prefixes = new Map<RegExp, Map<number, { found: Found[]; segEnds: number[]; counts: number[] }>>();

  private prefix(p: SegmentPattern, from: number) {
    let byStart = this.prefixes.get(p.pattern);
    if (!byStart) this.prefixes.set(p.pattern, (byStart = new Map()));
    let pre = byStart.get(from);
    if (!pre) byStart.set(from, (pre = { found: [], segEnds: [], counts: [] }));
    return pre;
  }

  /** The matches of the segments from `from` that end by `cut`: `found[0, count)`. */
  private completeSegments(p: SegmentPattern, from: number, cut: number): { found: Found[]; count: number } {
    const pre = this.prefix(p, from);
    for (;;) {
      const segStart = pre.segEnds.length ? pre.segEnds[pre.segEnds.length - 1] : from;
      const segEnd = this.nextBreak(segStart);
      if (segStart >= this.text.length || segEnd > cut) break;
      for (const f of this.segmentMatches(p, segStart, segEnd, segEnd)) pre.found.push(f);
      pre.segEnds.push(segEnd);
      pre.counts.push(pre.found.length);
    }
    const k = upperBound(pre.segEnds, cut);
    return { found: pre.found, count: k === 0 ? 0 : pre.counts[k - 1] };
  }

  private lastCompleteEnd(p: SegmentPattern, from: number, cut: number): number {
    const pre = this.prefix(p, from);
    const k = upperBound(pre.segEnds, cut);
    return k === 0 ? from : pre.segEnds[k - 1];
  }

  /**
   * Matches in the segment [segStart, segEnd) cut at `cut`. A segment after the first starts with
   * its break character, where `^` of the segment cannot start a match since no match holds a break.
   */
  private segmentMatches(p: SegmentPattern, segStart: number, segEnd: number, cut: number): Found[] {
    let scans = this.segmentScans.get(p.pattern);
    if (!scans) this.segmentScans.set(p.pattern, (scans = new Map()));
    let whole = scans.get(segStart);
    if (!whole) scans.set(segStart, (whole = scan(p.pattern, this.text.slice(segStart, segEnd), segStart, 0)));
    if (cut === segEnd) return whole;
    // Matches that end well before the cut are the same in the cut segment; only the last
    // maxLength characters (where `$` now holds) are scanned again.
    const bound = cut - p.maxLength - 2;
    const kept = whole.filter((f) => f.index < bound);
    const restart = Math.max(kept.length ? kept[kept.length - 1].end : segStart, bound, segStart);
    return [...kept, ...scan(p.pattern, this.text.slice(segStart, cut), segStart, restart - segStart)];
  }
}

function scan(pattern: RegExp, slice: string, offset: number, from: number): Found[] {
  const out: Found[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    out.push({ index: offset + m.index, end: offset + m.index + m[0].length, groups: m.slice(1) });
  }
  return out;
}

/** The offsets in `text` of any of the characters of `chars`, in order. */
function offsetsOf(text: string, chars: string): number[] {
  // Each character is found by indexOf, which skips the text between at native speed; they are few.
  const out: number[] = [];
  for (const ch of chars) for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) out.push(at);
  return chars.length > 1 ? out.sort((a, b) => a - b) : out;
}

/**
 * Lookups into a text built on first use, so a recogniser asking about the text before each match
 * ("the sentence so far", "a 力争 in this clause") does not read that text again each time.
 */
export class TextMarks {
  /** For each set of characters asked about, the offsets where one of them stands, in text order. */
  private positions = new Map<string, number[]>();
  private hits = new Map<RegExp, { starts: number[]; ends: number[] }>();

  constructor(readonly text: string) {}

  /** The offset of the last character of `chars` before offset `at`, or -1. */
  lastBefore(chars: string, at: number): number {
    let found = this.positions.get(chars);
    if (!found) this.positions.set(chars, (found = offsetsOf(this.text, chars)));
    // Punctuation is sparse: a short list searched by halving costs less than a table of every offset.
    const k = lowerBound(found, at) - 1;
    return k < 0 ? -1 : found[k];
  }

  /** Is there a match of `pattern` (global) lying wholly inside text[from, to)? */
  holds(pattern: RegExp, from: number, to: number): boolean {
    let found = this.hits.get(pattern);
    if (!found) this.hits.set(pattern, (found = matchStarts(this.text, pattern)));
    // Matches are short: past the first few starting after `from`, one ends by `to` or none starts before it.
    for (let i = lowerBound(found.starts, from); i < found.starts.length && found.starts[i] < to; i++) {
      if (found.ends[i] <= to) return true;
    }
    return false;
  }
}
