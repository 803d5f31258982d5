/**
 * Aho-Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one left-to-right
 * pass over the text, in O(text length + number of occurrences).
 *
 * - The alphabet is compressed: each code unit that occurs in some pattern gets a class 1..K, every other unit
 *   class 0. A unit of class 0 can't continue any match, so the scan drops straight back to the root on it.
 * - An optional unit map (e.g. the case-fold table of ./fold.ts) is applied to the text *through the class
 *   table*, so the text is never copied or re-allocated and offsets stay those of the original text.
 * - Transitions: dense array for the root (it has the most edges and is visited most), sorted edge lists
 *   (CSR layout) for the other states; failure links and "dictionary" links (next state on the failure chain
 *   that ends a pattern) are precomputed.
 *
 * Built once per pattern set and reused for every text; holds no per-scan state, so a single instance can be
 * shared. Pure: no fs, no DOM. Patterns must be non-empty; duplicates are allowed (the last index wins).
 */

/** Called for every occurrence: `end` is exclusive (offset just after the match), `pattern` the index. */
export type OccurrenceCallback = (end: number, pattern: number) => void;

export class AhoCorasick {
  /** Number of patterns given to the constructor. */
  readonly patternCount: number;
  /** Length (code units) of each pattern. */
  readonly patternLength: Int32Array;
  /** Length of the longest pattern (0 when there is none). */
  readonly maxPatternLength: number;
  /** Number of trie states, root included. */
  readonly stateCount: number;

  /** Code unit of the text -> alphabet class (0 = in no pattern). The unit map is folded in. */
  private readonly classOf: Int32Array;
  /** Root transitions, indexed by class; 0 = stay at the root. */
  private readonly rootNext: Int32Array;
  /** Edges of state s are edgeClass/edgeTarget[edgeStart[s] .. edgeStart[s+1]), sorted by class. */
  private readonly edgeStart: Int32Array;
  private readonly edgeClass: Int32Array;
  private readonly edgeTarget: Int32Array;
  /** Failure link: the state of the longest proper suffix of this state's string that is also a trie state. */
  private readonly fail: Int32Array;
  /** Pattern index ending exactly at this state, or -1. */
  private readonly output: Int32Array;
  /** First state at or after this one on the failure chain that has an output, or 0 (the root has none). */
  private readonly firstOutput: Int32Array;
  /** Next state strictly after this one on the failure chain that has an output, or 0. */
  private readonly nextOutput: Int32Array;

  /**
   * @param patterns non-empty strings, already in the same normal form as the mapped text (e.g. case-folded)
   * @param unitMap optional table applied to every text code unit before matching (length 65,536)
   */
  constructor(patterns: readonly string[], unitMap?: Uint16Array) {
    this.patternCount = patterns.length;
    this.patternLength = new Int32Array(patterns.length);

    // 1. Alphabet classes for every unit used by a pattern.
    const classOfUnit = new Int32Array(0x10000);
    let classCount = 0;
    let maxLen = 0;
    for (let p = 0; p < patterns.length; p++) {
      const pat = patterns[p];
      if (pat.length === 0) throw new Error(`AhoCorasick: pattern ${p} is empty`);
      this.patternLength[p] = pat.length;
      if (pat.length > maxLen) maxLen = pat.length;
      for (let i = 0; i < pat.length; i++) {
        const u = pat.charCodeAt(i);
        if (classOfUnit[u] === 0) classOfUnit[u] = ++classCount;
      }
    }
    this.maxPatternLength = maxLen;
    // Fold the unit map in: text unit u has the class of map[u].
    if (unitMap) {
      const mapped = new Int32Array(0x10000);
      for (let u = 0; u < 0x10000; u++) mapped[u] = classOfUnit[unitMap[u]];
      this.classOf = mapped;
    } else {
      this.classOf = classOfUnit;
    }

    // 2. The trie, with per-state Maps while building (class -> child).
    const children: Map<number, number>[] = [new Map()];
    const output: number[] = [-1];
    for (let p = 0; p < patterns.length; p++) {
      const pat = patterns[p];
      let s = 0;
      for (let i = 0; i < pat.length; i++) {
        const c = classOfUnit[pat.charCodeAt(i)];
        let next = children[s].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          output.push(-1);
          children[s].set(c, next);
        }
        s = next;
      }
      output[s] = p;
    }
    const n = children.length;
    this.stateCount = n;

    // 3. Failure and output links, breadth first (a state's failure target is always shallower).
    const fail = new Int32Array(n);
    const firstOutput = new Int32Array(n);
    const nextOutput = new Int32Array(n);
    const queue: number[] = [];
    for (const child of children[0].values()) {
      fail[child] = 0;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const f = fail[s];
      // Outputs: own pattern first (longest), then those of the failure chain (shorter suffixes).
      nextOutput[s] = firstOutput[f];
      firstOutput[s] = output[s] >= 0 ? s : nextOutput[s];
      for (const [c, child] of children[s]) {
        // Follow failure links from s's failure state until one has an edge on c (or the root).
        let t = f;
        let target = 0;
        for (;;) {
          const e = children[t].get(c);
          if (e !== undefined) {
            target = e;
            break;
          }
          if (t === 0) break;
          t = fail[t];
        }
        fail[child] = target;
        queue.push(child);
      }
    }
    this.fail = fail;
    this.output = Int32Array.from(output);
    this.firstOutput = firstOutput;
    this.nextOutput = nextOutput;

    // 4. Flatten the transitions.
    this.rootNext = new Int32Array(classCount + 1);
    for (const [c, child] of children[0]) this.rootNext[c] = child;
    const edgeStart = new Int32Array(n + 1);
    let edges = 0;
    for (let s = 0; s < n; s++) {
      edgeStart[s] = edges;
      edges += children[s].size;
    }
    edgeStart[n] = edges;
    const edgeClass = new Int32Array(edges);
    const edgeTarget = new Int32Array(edges);
    for (let s = 0; s < n; s++) {
      const sorted = [...children[s]].sort((a, b) => a[0] - b[0]);
      let k = edgeStart[s];
      for (const [c, child] of sorted) {
        edgeClass[k] = c;
        edgeTarget[k] = child;
        k++;
      }
    }
    this.edgeStart = edgeStart;
    this.edgeClass = edgeClass;
    this.edgeTarget = edgeTarget;
  }

  /**
   * Reports every occurrence of every pattern in `text[from, to)`, ordered by end offset; for one end offset the
   * longest pattern comes first. Overlapping and nested occurrences are all reported.
   */
  scan(text: string, onOccurrence: OccurrenceCallback, from = 0, to = text.length): void {
    const { classOf, rootNext, edgeStart, edgeClass, edgeTarget, fail, output, firstOutput, nextOutput } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === 0) {
        s = 0; // this unit is in no pattern: nothing can match across it
        continue;
      }
      // Goto with failure fallback.
      for (;;) {
        if (s === 0) {
          s = rootNext[c];
          break;
        }
        let lo = edgeStart[s];
        let hi = edgeStart[s + 1];
        let t = -1;
        if (hi - lo <= 8) {
          for (; lo < hi; lo++) {
            if (edgeClass[lo] === c) {
              t = edgeTarget[lo];
              break;
            }
          }
        } else {
          hi--;
          while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const mc = edgeClass[mid];
            if (mc === c) {
              t = edgeTarget[mid];
              break;
            }
            if (mc < c) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        if (t >= 0) {
          s = t;
          break;
        }
        s = fail[s];
      }
      // Every pattern that ends here: this state's and its failure chain's.
      for (let o = firstOutput[s]; o !== 0; o = nextOutput[o]) onOccurrence(i + 1, output[o]);
    }
  }
}
