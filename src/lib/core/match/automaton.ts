/**
 * Aho-Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one left-to-right
 * pass over the text, in O(text length + number of occurrences).
 *
 * - The alphabet is compressed: each code unit that occurs in some pattern gets a class 1..K, every other unit
 *   class 0. A unit of class 0 can't continue any match, so the scan drops straight back to the root on it.
 *   "Narrow" units (< U+0100: ASCII and Latin-1, the bulk of English text) get the low classes 1..H.
 * - An optional unit map (e.g. the case-fold table of ./fold.ts) is applied to the text *through the class
 *   table*, so the text is never copied or re-allocated and offsets stay those of the original text.
 * - Transitions are fully deterministic (no failure-link walking while scanning):
 *     narrow classes: a dense table delta[state * W + class] (W = narrow classes + 1; slot 0 of a state's
 *       dense row, which no class uses, holds the state number);
 *     wide classes (CJK, etc.): per state a short sorted "row" of the transitions that do not lead back to
 *       depth <= 1 (own edges + the row of the failure state); a class missing from the row goes to the root's
 *       dense transition array.
 *   Transition targets are stored pre-multiplied (state * W) and bit-inverted (~x, negative) when the target
 *   state ends some pattern, so the hot loop does one load per unit and no multiplication.
 *   Both tables are bounded by budgets; past them (pathological pattern sets) the dense part is dropped and/or
 *   the scan falls back to the textbook goto + failure links.
 * - "Dictionary" links (next state on the failure chain that ends a pattern) give the outputs.
 *
 * Built once per pattern set and reused for every text; holds no per-scan state, so a single instance can be
 * shared. Pure: no fs, no DOM. Patterns must be non-empty; duplicates are allowed (the last index wins).
 */

/** Called for every occurrence: `end` is exclusive (offset just after the match), `pattern` the index. */
export type OccurrenceCallback = (end: number, pattern: number) => void;

export interface AhoCorasickOptions {
  /** Optional table applied to every text code unit before matching (length 65,536), e.g. case folding. */
  unitMap?: Uint16Array;
  /** Max entries of the dense narrow-class table (default 2^22); 0 disables it. */
  denseBudget?: number;
  /** Max entries of the wide-class rows (default max(2^20, 8 x edges)); 0 forces the failure-link scan. */
  rowBudget?: number;
}

const NARROW_LIMIT = 0x100;

export class AhoCorasick {
  /** Number of patterns given to the constructor. */
  readonly patternCount: number;
  /** Length (code units) of each pattern. */
  readonly patternLength: Int32Array;
  /** Length of the longest pattern (0 when there is none). */
  readonly maxPatternLength: number;
  /** Number of trie states, root included. */
  readonly stateCount: number;
  /** How the scan runs: dense narrow table + rows (`dense`), rows only (`rows`), or failure links (`failure`). */
  readonly mode: 'dense' | 'rows' | 'failure';

  /** Code unit of the text -> alphabet class (0 = in no pattern). The unit map is folded in. */
  private readonly classOf: Int32Array;
  /** Classes 1..narrowCount are dense (0 when mode is not 'dense'); a dense row is narrowCount + 1 wide. */
  private readonly narrowCount: number;
  /** Per state s, at s * (narrowCount + 1): the state number s, then the encoded targets of the narrow classes. */
  private readonly dense: Int32Array;
  /** Root transitions, indexed by class; 0 = stay at the root. Raw state numbers. */
  private readonly rootNext: Int32Array;
  /** Root transitions, encoded. */
  private readonly rootEncoded: Int32Array;
  /** Row of state s: rowClass/rowTarget[rowStart[s] .. rowStart[s+1]), sorted by class; targets encoded. */
  private readonly rowStart: Int32Array;
  private readonly rowClass: Int32Array;
  private readonly rowTarget: Int32Array;
  /** Trie edges of state s: edgeClass/edgeTarget[edgeStart[s] .. edgeStart[s+1]), sorted (failure-link scan). */
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

  /** @param patterns non-empty strings, already in the same normal form as the mapped text (e.g. case-folded) */
  constructor(patterns: readonly string[], options: AhoCorasickOptions = {}) {
    this.patternCount = patterns.length;
    this.patternLength = new Int32Array(patterns.length);

    // 1. Alphabet classes: narrow units first (1..H), then the others.
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
        if (u < NARROW_LIMIT && classOfUnit[u] === 0) classOfUnit[u] = ++classCount;
      }
    }
    const narrowCount = classCount;
    for (const pat of patterns) {
      for (let i = 0; i < pat.length; i++) {
        const u = pat.charCodeAt(i);
        if (classOfUnit[u] === 0) classOfUnit[u] = ++classCount;
      }
    }
    this.maxPatternLength = maxLen;
    const unitMap = options.unitMap;
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
    const queue: number[] = [...children[0].values()]; // every state but the root, in BFS order
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

    // 4. Trie edges (CSR) and root transitions.
    this.rootNext = new Int32Array(classCount + 1);
    for (const [c, child] of children[0]) this.rootNext[c] = child;
    const sortedEdges = children.map((m) => [...m].sort((a, b) => a[0] - b[0]));
    const csr = flatten(sortedEdges);
    this.edgeStart = csr.start;
    this.edgeClass = csr.cls;
    this.edgeTarget = csr.target;
    const edgeCount = csr.cls.length;

    // 5. Dense table for the narrow classes: delta(s, c) = goto(s, c), else delta(fail(s), c); BFS order makes the
    //    failure state's row ready before s. Built with raw state numbers, encoded at the end.
    const denseBudget = options.denseBudget ?? 1 << 22;
    const useDense = narrowCount > 0 && n * (narrowCount + 1) <= denseBudget;
    this.narrowCount = useDense ? narrowCount : 0;
    const width = this.narrowCount + 1; // without dense classes, each state's "row" is just its number
    this.dense = new Int32Array(n * width);
    /** Pre-multiplied target, inverted when the target ends a pattern. */
    const encode = (t: number) => (firstOutput[t] !== 0 ? ~(t * width) : t * width);
    if (useDense) {
      const d = this.dense;
      for (let c = 1; c <= narrowCount; c++) d[c] = this.rootNext[c];
      for (const s of queue) {
        const base = s * width;
        const fbase = fail[s] * width;
        for (let c = 1; c <= narrowCount; c++) d[base + c] = d[fbase + c];
        for (const [c, child] of sortedEdges[s]) if (c <= narrowCount) d[base + c] = child;
      }
      for (let k = 0; k < d.length; k++) d[k] = encode(d[k]);
    }
    for (let st = 0; st < n; st++) this.dense[st * width] = st;
    this.rootEncoded = this.rootNext.map(encode);

    // 6. Rows for the remaining classes: row(s) = own edges + row(fail(s)) on the classes s has no edge on,
    //    never holding transitions back to depth <= 1 (those come from rootNext). Rows only grow along failure
    //    chains, so they stay short for real catalogs; past the budget the scan uses failure links instead.
    const firstWide = this.narrowCount + 1;
    const rows: [number, number][][] = new Array(n);
    rows[0] = [];
    let total = 0;
    const rowBudget = options.rowBudget ?? Math.max(1 << 20, 8 * edgeCount);
    let complete = rowBudget > 0;
    for (let q = 0; q < queue.length && complete; q++) {
      const s = queue[q];
      const own = sortedEdges[s].filter((e) => e[0] >= firstWide);
      const inherited = fail[s] === 0 ? [] : rows[fail[s]];
      const row: [number, number][] = [];
      let a = 0;
      let b = 0;
      while (a < own.length || b < inherited.length) {
        if (b >= inherited.length || (a < own.length && own[a][0] <= inherited[b][0])) {
          if (b < inherited.length && own[a][0] === inherited[b][0]) b++; // own edge wins
          row.push(own[a++]);
        } else {
          row.push(inherited[b++]);
        }
      }
      rows[s] = row;
      total += row.length;
      if (total > rowBudget) complete = false;
    }
    const flatRows = flatten(complete ? rows : []);
    this.rowStart = flatRows.start;
    this.rowClass = flatRows.cls;
    this.rowTarget = flatRows.target.map(encode);
    this.mode = !complete ? 'failure' : useDense ? 'dense' : 'rows';
  }

  /**
   * Reports every occurrence of every pattern in `text[from, to)`, ordered by end offset; for one end offset the
   * longest pattern comes first. Overlapping and nested occurrences are all reported.
   */
  scan(text: string, onOccurrence: OccurrenceCallback, from = 0, to = text.length): void {
    if (this.mode === 'failure') {
      this.scanWithFailureLinks(text, onOccurrence, from, to);
      return;
    }
    const { classOf, dense, narrowCount, rootEncoded, rowStart, rowClass, rowTarget, output, firstOutput, nextOutput } = this;
    let b = 0; // current state * W (dense[b] is the state number)
    for (let i = from; i < to; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === 0) {
        b = 0; // this unit is in no pattern: nothing can match across it
        continue;
      }
      let t: number;
      if (c <= narrowCount) {
        t = dense[b + c];
      } else {
        // Wide class: look in the state's row (sorted), else the root's transition.
        const s = dense[b];
        let lo = rowStart[s];
        let hi = rowStart[s + 1];
        t = rootEncoded[c];
        if (hi - lo <= 8) {
          for (; lo < hi; lo++) {
            const rc = rowClass[lo];
            if (rc >= c) {
              if (rc === c) t = rowTarget[lo];
              break;
            }
          }
        } else {
          hi--;
          while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const mc = rowClass[mid];
            if (mc === c) {
              t = rowTarget[mid];
              break;
            }
            if (mc < c) lo = mid + 1;
            else hi = mid - 1;
          }
        }
      }
      if (t >= 0) {
        b = t;
      } else {
        // The new state ends some pattern: report it and those of its failure chain.
        b = ~t;
        for (let o = firstOutput[dense[b]]; o !== 0; o = nextOutput[o]) onOccurrence(i + 1, output[o]);
      }
    }
  }

  /** The textbook scan (goto, else follow failure links); used when the rows would be too large. */
  private scanWithFailureLinks(text: string, onOccurrence: OccurrenceCallback, from: number, to: number): void {
    const { classOf, rootNext, edgeStart, edgeClass, edgeTarget, fail, output, firstOutput, nextOutput } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === 0) {
        s = 0;
        continue;
      }
      for (;;) {
        if (s === 0) {
          s = rootNext[c];
          break;
        }
        let t = -1;
        for (let k = edgeStart[s], end = edgeStart[s + 1]; k < end; k++) {
          if (edgeClass[k] === c) {
            t = edgeTarget[k];
            break;
          }
        }
        if (t >= 0) {
          s = t;
          break;
        }
        s = fail[s];
      }
      for (let o = firstOutput[s]; o !== 0; o = nextOutput[o]) onOccurrence(i + 1, output[o]);
    }
  }
}

/** Per-state sorted [class, target] lists -> CSR arrays. */
function flatten(lists: readonly (readonly [number, number][])[]): { start: Int32Array; cls: Int32Array; target: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  for (let s = 0; s < lists.length; s++) {
    start[s] = total;
    total += lists[s].length;
  }
  start[lists.length] = total;
  const cls = new Int32Array(total);
  const target = new Int32Array(total);
  let k = 0;
  for (const list of lists) {
    for (const [c, t] of list) {
      cls[k] = c;
      target[k] = t;
      k++;
    }
  }
  return { start, cls, target };
}
