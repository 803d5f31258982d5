/**
 * A linear-time engine for catalog regex aliases (a Pike VM, as in RE2), so no pattern can make the build hang:
 * a scan keeps at most one thread per instruction, so it costs at most (text length + 1) x (program size) steps.
 * It finds the same matches as JavaScript's RegExp with the same flags (leftmost match; alternatives and greedy /
 * lazy quantifiers in priority order): each single-character atom (a literal, `.`, an escape class, a `[...]`
 * class) is tested by a one-character native RegExp built from the atom's own source and flags, and only the
 * control flow (sequence, alternation, repetition, `^ $ \b \B`, lookarounds) is the VM's. A lookaround is a
 * sub-program run anchored at the position (forwards, or backwards over the reversed body for a lookbehind), its
 * answer cached per position. Captures are not recorded: only the match range is used.
 *
 * Every call counts its steps; `eachMatch` stops with `RegexBudgetExceeded` once a given budget is spent (many
 * matches each followed by a long greedy look-ahead, or lookarounds that read far, can cost more than one scan).
 * Pure: no fs, no DOM.
 */
import { isNullable, parseRegex, RegexUnsupportedError, type Assertion, type RegexNode } from './regex-parse';

export { RegexUnsupportedError } from './regex-parse';

/** Thrown by `eachMatch` when a call has spent its step budget. */
export class RegexBudgetExceeded extends Error {
  constructor(readonly steps: number) {
    super(`regex work budget spent after ${steps} steps`);
    this.name = 'RegexBudgetExceeded';
  }
}

/** Largest program (instructions, lookaround bodies included) a pattern may compile to. */
export const MAX_PROGRAM = 4096;

const CHAR = 0;
const SPLIT = 1;
const JMP = 2;
const CHECK = 3;
const MATCH = 4;

type Predicate = (cp: number) => boolean;
type Check = { kind: Assertion } | { kind: 'look'; program: Program; ahead: boolean; negate: boolean };

/** A compiled program with its own scratch space (thread lists, stamps, stack). */
interface Program {
  op: Uint8Array;
  /** CHAR/CHECK: next pc; SPLIT: preferred branch; JMP: target. */
  a: Int32Array;
  /** SPLIT: other branch; CHAR: predicate index; CHECK: check index. */
  b: Int32Array;
  predicates: Predicate[];
  checks: Check[];
  lists: { pc: Int32Array; start: Int32Array }[];
  /** Per pc: the stamp of the list it was last added to; `stamp` names the list being built. */
  onList: Int32Array;
  stamp: number;
  stack: Int32Array;
}

/** One-character predicate: a native RegExp from the atom's source, cached per code point. */
function predicate(raw: string, flags: string, cache: Map<string, Predicate>): Predicate {
  const known = cache.get(raw);
  if (known) return known;
  let p: Predicate;
  if ([...raw].length === 1 && raw !== '.' && !flags.includes('i')) {
    const cp = raw.codePointAt(0) as number;
    p = (c) => c === cp;
  } else {
    const re = new RegExp(`^(?:${raw})$`, flags);
    const seen = new Map<number, boolean>();
    p = (c) => {
      let v = seen.get(c);
      if (v === undefined) {
        v = re.test(String.fromCodePoint(c));
        seen.set(c, v);
      }
      return v;
    };
  }
  cache.set(raw, p);
  return p;
}

/** Compiles a tree; `reverse` lays sequences out backwards (lookbehind bodies run right to left). */
function compile(root: RegexNode, flags: string, reverse: boolean, cache: Map<string, Predicate>, budget: { left: number }): Program {
  const op: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const predicates: Predicate[] = [];
  const checks: Check[] = [];
  const emit = (code: number, x = 0, y = 0) => {
    if (--budget.left < 0)
      throw new RegexUnsupportedError('too-large', `the pattern compiles to more than ${MAX_PROGRAM} instructions (large repetition counts such as {1000} multiply it)`);
    op.push(code);
    a.push(x);
    b.push(y);
    return op.length - 1;
  };
  const split = (pc: number, greedy: boolean, body: number, out: number) => {
    a[pc] = greedy ? body : out;
    b[pc] = greedy ? out : body;
  };
  const gen = (node: RegexNode): void => {
    switch (node.type) {
      case 'char': {
        const p = predicate(node.raw, flags, cache);
        let k = predicates.indexOf(p);
        if (k < 0) k = predicates.push(p) - 1;
        const pc = emit(CHAR, 0, k);
        a[pc] = pc + 1;
        return;
      }
      case 'assert':
      case 'look': {
        const pc = emit(CHECK, 0, checks.length);
        a[pc] = pc + 1;
        if (node.type === 'assert') checks.push({ kind: node.kind });
        else checks.push({ kind: 'look', ahead: node.ahead, negate: node.negate, program: compile(node.body, flags, !node.ahead, cache, budget) });
        return;
      }
      case 'seq':
        for (const item of reverse ? [...node.items].reverse() : node.items) gen(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.options.forEach((option, k) => {
          if (k === node.options.length - 1) return gen(option);
          const pc = emit(SPLIT, op.length + 1);
          gen(option);
          jumps.push(emit(JMP));
          b[pc] = op.length;
        });
        for (const j of jumps) a[j] = op.length;
        return;
      }
      case 'repeat': {
        const { body, min, max, greedy } = node;
        for (let k = 0; k < min; k++) gen(body);
        if (max === Infinity) {
          const pc = emit(SPLIT);
          gen(body);
          emit(JMP, pc);
          split(pc, greedy, pc + 1, op.length);
          return;
        }
        const splits: number[] = [];
        for (let k = min; k < max; k++) {
          splits.push(emit(SPLIT));
          gen(body);
        }
        for (const pc of splits) split(pc, greedy, pc + 1, op.length);
        return;
      }
    }
  };
  gen(root);
  emit(MATCH);
  const size = op.length;
  const list = () => ({ pc: new Int32Array(size), start: new Int32Array(size) });
  return {
    op: Uint8Array.from(op),
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    predicates,
    checks,
    lists: [list(), list()],
    onList: new Int32Array(size).fill(-1),
    stamp: 0,
    stack: new Int32Array(2 * size + 2)
  };
}

/** A compiled regex alias. Construct once, call `eachMatch` per text (not re-entrant). */
export class RegexVM {
  private readonly program: Program;
  /** True when the pattern can match the empty string (assertions count as empty): such aliases are refused. */
  readonly nullable: boolean;
  /** Instructions, lookaround bodies included. */
  readonly size: number;
  /** Steps spent by the last `eachMatch` call. */
  steps = 0;
  private readonly word: RegExp;
  // state of the current call
  private text = '';
  private budget = Infinity;
  private lookCache = new Map<Check, Map<number, boolean>>();

  /** Throws RegexUnsupportedError for back-references and too large programs. */
  constructor(
    readonly source: string,
    readonly flags: string
  ) {
    const root = parseRegex(source);
    this.nullable = isNullable(root);
    const budget = { left: MAX_PROGRAM };
    this.program = compile(root, flags, false, new Map(), budget);
    this.size = MAX_PROGRAM - budget.left;
    this.word = new RegExp('^\\w$', flags);
  }

  private isWord(cp: number): boolean {
    return cp >= 0 && this.word.test(String.fromCodePoint(cp));
  }

  /** Code point starting at `i` (dir 1) or ending at `i` (dir -1), or -1 outside the text. */
  private cp(i: number, dir: number): number {
    const t = this.text;
    if (dir > 0) return i < t.length ? (t.codePointAt(i) as number) : -1;
    if (i <= 0) return -1;
    const lo = t.charCodeAt(i - 1);
    if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
      const hi = t.charCodeAt(i - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) return t.codePointAt(i - 2) as number;
    }
    return lo;
  }

  private holds(check: Check, pos: number): boolean {
    if (check.kind !== 'look') {
      if (check.kind === 'start') return pos === 0;
      if (check.kind === 'end') return pos === this.text.length;
      return (this.isWord(this.cp(pos, -1)) !== this.isWord(this.cp(pos, 1))) === (check.kind === 'word');
    }
    let cache = this.lookCache.get(check);
    if (!cache) this.lookCache.set(check, (cache = new Map()));
    let found = cache.get(pos);
    if (found === undefined) {
      found = this.anchored(check.program, pos, check.ahead ? 1 : -1);
      cache.set(pos, found);
    }
    return found !== check.negate;
  }

  /** Adds thread (pc0, start) and all it reaches without consuming to `list`, in priority order; new count. */
  private add(p: Program, list: { pc: Int32Array; start: Int32Array }, count: number, pc0: number, start: number, pos: number): number {
    const { op, a, b, onList, stack } = p;
    let sp = 0;
    stack[sp++] = pc0;
    while (sp > 0) {
      const pc = stack[--sp];
      if (onList[pc] === p.stamp) continue;
      onList[pc] = p.stamp;
      this.steps++;
      const code = op[pc];
      if (code === JMP) stack[sp++] = a[pc];
      else if (code === SPLIT) {
        stack[sp++] = b[pc]; // explored after everything `a` reaches: lower priority
        stack[sp++] = a[pc];
      } else if (code === CHECK) {
        if (this.holds(p.checks[b[pc]], pos)) stack[sp++] = a[pc];
      } else {
        list.pc[count] = pc;
        list.start[count] = start;
        count++;
      }
    }
    return count;
  }

  private spend(): void {
    if (this.steps > this.budget) throw new RegexBudgetExceeded(this.steps);
  }

  /** Whether `p` matches starting at `pos` going forwards (dir 1) or ending at `pos` going backwards (dir -1). */
  private anchored(p: Program, pos: number, dir: number): boolean {
    let [cur, next] = p.lists;
    p.stamp++;
    let count = this.add(p, cur, 0, 0, pos, pos);
    while (count > 0) {
      this.spend();
      const cp = this.cp(pos, dir);
      const to = pos + dir * (cp > 0xffff ? 2 : 1);
      p.stamp++;
      let n = 0;
      for (let t = 0; t < count; t++) {
        const pc = cur.pc[t];
        this.steps++;
        if (p.op[pc] === MATCH) return true;
        if (cp >= 0 && p.predicates[p.b[pc]](cp)) n = this.add(p, next, n, p.a[pc], 0, to);
      }
      [cur, next] = [next, cur];
      count = n;
      pos = to;
    }
    return false;
  }

  /** The leftmost(-first) match starting at `from` or later, as [start, end], or null. */
  private find(from: number): [number, number] | null {
    const p = this.program;
    const n = this.text.length;
    let [cur, next] = p.lists;
    let count = 0;
    let match: [number, number] | null = null;
    let pos = from;
    p.stamp++;
    for (;;) {
      // the start thread has the lowest priority; `stamp` is the one the current list was built with
      if (match === null) count = this.add(p, cur, count, 0, pos, pos);
      const cp = this.cp(pos, 1);
      const to = cp > 0xffff ? pos + 2 : pos + 1;
      if (count === 0) {
        if (match !== null || pos >= n) return match;
        pos = to;
        p.stamp++;
        continue;
      }
      this.spend();
      p.stamp++;
      let k = 0;
      for (let t = 0; t < count; t++) {
        const pc = cur.pc[t];
        this.steps++;
        if (p.op[pc] === MATCH) {
          match = [cur.start[t], pos];
          break; // lower-priority threads are cut
        }
        if (cp >= 0 && p.predicates[p.b[pc]](cp)) k = this.add(p, next, k, p.a[pc], cur.start[t], to);
      }
      if (pos >= n) return match;
      [cur, next] = [next, cur];
      count = k;
      pos = to;
    }
  }

  /**
   * Calls `take(start, end)` for each match in `text`, left to right and non-overlapping, as a global native
   * RegExp finds them (after an empty match, should one occur, the search moves on by one code point). Throws
   * RegexBudgetExceeded once more than `budget` steps were spent.
   */
  eachMatch(text: string, take: (start: number, end: number) => void, budget = Infinity): void {
    this.text = text;
    this.steps = 0;
    this.budget = budget;
    this.lookCache = new Map();
    try {
      let from = 0;
      while (from <= text.length) {
        const m = this.find(from);
        if (m === null) break;
        take(m[0], m[1]);
        from = m[1] > m[0] ? m[1] : m[1] + (this.cp(m[1], 1) > 0xffff ? 2 : 1);
      }
    } finally {
      this.text = '';
      this.lookCache = new Map();
    }
  }
}
