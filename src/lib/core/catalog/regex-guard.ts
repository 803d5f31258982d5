/**
 * Static safety check for catalog regex aliases: rejects patterns that can backtrack catastrophically.
 *
 * Deliberately conservative (false alarms are fine, a hang is not). A pattern is rejected when
 *   1. a group repeated more than once (`*`, `+`, `{n,}`, `{n,m}` with m > 1) contains a variable quantifier
 *      anywhere inside it (`*`, `+`, `?`, `{n,m}` with n != m): `(a+)+`, `(a*)*`, `(\w+\s?)+`, `(.*)*`, `((ab)?c)+`;
 *   2. a repeated group has an alternation whose branches may start with the same character (a branch that is
 *      empty or starts with a class, `.`, an escape class, a group or an assertion counts as "may start with
 *      anything"): `(a|a)*`, `(a|ab)+`, `(\w|\d)+`, `(a|)+`.
 *   3. it uses a back-reference (`\1`, `\k<name>`): matching with back-references can take exponential time.
 * Everything else (including `.*.*` at top level, whose cost is polynomial and bounded by the short passage
 * texts the matcher runs regexes on) passes.
 *
 * Input must already be valid `u`-mode syntax (the caller compiles the regex first). Pure: no fs, no DOM.
 */

export interface RegexHazard {
  /** Machine-readable kind of the problem. */
  kind: 'nested-quantifier' | 'overlapping-alternation' | 'backreference';
  /** Human-readable explanation with the offending fragment. */
  detail: string;
}

interface Frame {
  /** Offset of the `(` in the source (-1 for the top level). */
  open: number;
  /** True when a variable quantifier occurs inside this group (nested groups included). */
  variable: boolean;
  /** First character of each alternative: a folded literal, null = "may be anything", undefined = empty so far. */
  firsts: (string | null | undefined)[];
}

/** What the last parsed atom was, so a following quantifier knows what it applies to. */
interface Atom {
  /** The closed group when the atom is a group. */
  group: Frame | null;
  /** Source offset where the atom starts. */
  start: number;
  /** True when the atom was the first of its alternative (its first character became the alternative's). */
  wasFirst: boolean;
}

const ESCAPE_LITERAL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** Returns the first hazard found in `source`, or null when the pattern looks safe. */
export function findRegexHazard(source: string, ignoreCase: boolean): RegexHazard | null {
  const fold = (ch: string) => (ignoreCase ? ch.toLowerCase() : ch);
  const stack: Frame[] = [{ open: -1, variable: false, firsts: [undefined] }];
  let last: Atom | null = null;
  let i = 0;

  const top = () => stack[stack.length - 1];
  /** Records an atom in the current alternative: `first` is its first character, or null when unknown. */
  const atom = (start: number, first: string | null, group: Frame | null) => {
    const f = top();
    const alt = f.firsts.length - 1;
    const wasFirst = f.firsts[alt] === undefined;
    if (wasFirst) f.firsts[alt] = first;
    last = { group, start, wasFirst };
  };

  while (i < source.length) {
    const ch = source[i];
    const start = i;
    if (ch === '\\') {
      const e = source[i + 1] ?? '';
      i += 2;
      if ((e >= '1' && e <= '9') || (e === 'k' && source[i] === '<')) {
        return { kind: 'backreference', detail: `it uses the back-reference ${source.slice(start, e === 'k' ? source.indexOf('>', i) + 1 : i)}, which can backtrack without bound` };
      }
      if (e === 'p' || e === 'P') {
        if (source[i] === '{') i = source.indexOf('}', i) + 1;
        atom(start, null, null);
      } else if (e === 'u') {
        let cp: number;
        if (source[i] === '{') {
          const close = source.indexOf('}', i);
          cp = parseInt(source.slice(i + 1, close), 16);
          i = close + 1;
        } else {
          cp = parseInt(source.slice(i, i + 4), 16);
          i += 4;
        }
        atom(start, fold(String.fromCodePoint(cp)), null);
      } else if (e === 'x') {
        atom(start, fold(String.fromCharCode(parseInt(source.slice(i, i + 2), 16))), null);
        i += 2;
      } else if (e === 'c') {
        i += 1;
        atom(start, null, null);
      } else if (/[dDwWsSbB]/.test(e)) {
        atom(start, null, null); // classes and assertions
      } else {
        atom(start, fold(ESCAPE_LITERAL[e] ?? e), null);
      }
      continue;
    }
    if (ch === '[') {
      // Character class: skip to the unescaped closing bracket (u mode has no nested classes).
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      atom(start, null, null);
      continue;
    }
    if (ch === '(') {
      i++;
      if (source[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name> and modifier groups (?i:...)
        if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') i = source.indexOf('>', i) + 1;
        else if (source[i + 1] === '<') i += 3;
        else if (source[i + 1] === ':' || source[i + 1] === '=' || source[i + 1] === '!') i += 2;
        else i = source.indexOf(':', i) + 1;
      }
      stack.push({ open: start, variable: false, firsts: [undefined] });
      last = null;
      continue;
    }
    if (ch === ')') {
      i++;
      const closed = stack.pop() as Frame;
      top().variable ||= closed.variable;
      atom(closed.open, null, closed);
      continue;
    }
    if (ch === '|') {
      i++;
      top().firsts.push(undefined);
      last = null;
      continue;
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
      let min: number;
      let max: number;
      if (ch === '{') {
        const close = source.indexOf('}', i);
        const [a, b] = source.slice(i + 1, close).split(',');
        min = Number(a);
        max = b === undefined ? min : b === '' ? Infinity : Number(b);
        i = close + 1;
      } else {
        min = ch === '+' ? 1 : 0;
        max = ch === '?' ? 1 : Infinity;
        i++;
      }
      if (source[i] === '?') i++; // lazy modifier
      const target = last as Atom | null;
      if (!target) continue; // cannot happen for valid syntax
      const variable = min !== max;
      const repeated = max > 1;
      if (repeated && target.group) {
        const g = target.group;
        const fragment = source.slice(target.start, i);
        if (g.variable) {
          return {
            kind: 'nested-quantifier',
            detail: `the repeated group ${fragment} contains another quantifier (like (a+)+), which can backtrack exponentially`
          };
        }
        if (g.firsts.length > 1 && alternativesMayOverlap(g.firsts)) {
          return {
            kind: 'overlapping-alternation',
            detail: `the repeated group ${fragment} has alternatives that can start with the same character (like (a|ab)*), which can backtrack exponentially`
          };
        }
      }
      if (variable) top().variable = true;
      // An optional first atom means the alternative may start with whatever follows it.
      if (min === 0 && target.wasFirst) {
        const f = top();
        f.firsts[f.firsts.length - 1] = null;
      }
      last = null;
      continue;
    }
    // Plain character (code point aware), `.`, `^`, `$`.
    const cp = source.codePointAt(i) as number;
    const text = String.fromCodePoint(cp);
    i += text.length;
    atom(start, ch === '.' || ch === '^' || ch === '$' ? null : fold(text), null);
  }
  return null;
}

function alternativesMayOverlap(firsts: readonly (string | null | undefined)[]): boolean {
  const seen = new Set<string>();
  for (const f of firsts) {
    if (f === null || f === undefined) return true;
    if (seen.has(f)) return true;
    seen.add(f);
  }
  return false;
}
