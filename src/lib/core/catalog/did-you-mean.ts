/**
 * "Did you mean ...?" for misspelt names (catalog keys, command-line options and commands): the candidate with
 * the smallest edit distance (insertions, deletions, substitutions and swaps of neighbours, case-insensitive),
 * when that distance is small for the word's length. Pure.
 */

/** Optimal string alignment distance between `a` and `b` (a swap of two neighbours costs 1). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/**
 * The closest of `candidates` to `word`, or null when none is close: at most 1 edit for words of up to 4
 * characters, 2 up to 8, 3 beyond; a candidate that starts with the word (or the word with it) also counts
 * (`--trans` -> `--transcript`, `alias` -> `aliases`). Ties go to the earlier candidate.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase();
  if (w === '') return null;
  const limit = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    if (lc === w) return c;
    let d = editDistance(w, lc);
    if (w.length >= 3 && (lc.startsWith(w) || w.startsWith(lc))) d = Math.min(d, 1);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
