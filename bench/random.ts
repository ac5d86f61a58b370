/**
 * A deterministic pseudo-random sequence (mulberry32), so every run measures the same synthetic
 * ledger. Integer arithmetic throughout: an LCG in doubles loses precision past 2^53 and falls into
 * a short cycle.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
