/**
 * Parser of catalog regex aliases into the small syntax tree the linear-time engine (./regex-vm.ts) compiles:
 * single-character atoms (kept as their source text, so a native one-character RegExp can test them with the
 * exact JavaScript semantics), sequences, alternatives, repetitions, the assertions `^ $ \b \B`, and lookarounds.
 * The input must already compile as a native RegExp with the `u` flag (the caller checks), so valid syntax is
 * assumed. Back-references cannot run in linear time and are refused (`RegexUnsupportedError`). Pure.
 */

export type Assertion = 'start' | 'end' | 'word' | 'not-word';

export type RegexNode =
  | { type: 'char'; raw: string }
  | { type: 'assert'; kind: Assertion }
  | { type: 'look'; ahead: boolean; negate: boolean; body: RegexNode }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; options: RegexNode[] }
  | { type: 'repeat'; body: RegexNode; min: number; max: number; greedy: boolean };

/** A construct the linear-time engine cannot run. */
export class RegexUnsupportedError extends Error {
  constructor(
    readonly construct: 'backreference' | 'too-large',
    message: string
  ) {
    super(message);
    this.name = 'RegexUnsupportedError';
  }
}

export function parseRegex(source: string): RegexNode {
  let i = 0;

  const disjunction = (): RegexNode => {
    const options: RegexNode[] = [alternative()];
    while (source[i] === '|') {
      i++;
      options.push(alternative());
    }
    return options.length === 1 ? options[0] : { type: 'alt', options };
  };

  const alternative = (): RegexNode => {
    const items: RegexNode[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(term()));
    return items.length === 1 ? items[0] : { type: 'seq', items };
  };

  const quantified = (atom: RegexNode): RegexNode => {
    const ch = source[i];
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      i++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 40)) as RegExpExecArray;
      i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    let greedy = true;
    if (source[i] === '?') {
      i++;
      greedy = false;
    }
    return { type: 'repeat', body: atom, min, max, greedy };
  };

  const group = (): RegexNode => {
    const inner = disjunction();
    i++; // ')'
    return inner;
  };

  const term = (): RegexNode => {
    const start = i;
    const ch = source[i];
    if (ch === '^' || ch === '$') {
      i++;
      return { type: 'assert', kind: ch === '^' ? 'start' : 'end' };
    }
    if (ch === '(') {
      i++;
      if (source[i] === '?') {
        const next = source[i + 1];
        const behind = next === '<' && (source[i + 2] === '=' || source[i + 2] === '!');
        if (next === '=' || next === '!' || behind) {
          const negate = (behind ? source[i + 2] : next) === '!';
          i += behind ? 3 : 2;
          return { type: 'look', ahead: !behind, negate, body: group() };
        }
        if (next === ':') i += 2;
        else if (next === '<') i = source.indexOf('>', i) + 1;
        else i = source.indexOf(':', i) + 1; // modifier groups, where the engine has them
      }
      return group();
    }
    if (ch === '[') {
      i++;
      while (source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return { type: 'char', raw: source.slice(start, i) };
    }
    if (ch === '\\') {
      const e = source[i + 1];
      if (e === 'b' || e === 'B') {
        i += 2;
        return { type: 'assert', kind: e === 'b' ? 'word' : 'not-word' };
      }
      if ((e >= '1' && e <= '9') || e === 'k') throw new RegexUnsupportedError('backreference', 'back-references (\\1, \\k<name>) are not supported');
      i += 2;
      if (e === 'p' || e === 'P') i = source.indexOf('}', i) + 1;
      else if (e === 'x') i += 2;
      else if (e === 'c') i += 1;
      else if (e === 'u') {
        if (source[i] === '{') i = source.indexOf('}', i) + 1;
        else {
          i += 4;
          // a surrogate pair written as two \u escapes is one character in u mode
          const hi = parseInt(source.slice(i - 4, i), 16);
          if (hi >= 0xd800 && hi <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(source.slice(i, i + 6))) i += 6;
        }
      }
      return { type: 'char', raw: source.slice(start, i) };
    }
    // '.', or a literal code point
    i += String.fromCodePoint(source.codePointAt(i) as number).length;
    return { type: 'char', raw: source.slice(start, i) };
  };

  return disjunction();
}

/** True when `node` can match without consuming a character (assertions and lookarounds count as empty). */
export function isNullable(node: RegexNode): boolean {
  switch (node.type) {
    case 'char':
      return false;
    case 'assert':
    case 'look':
      return true;
    case 'seq':
      return node.items.every(isNullable);
    case 'alt':
      return node.options.some(isNullable);
    case 'repeat':
      return node.min === 0 || isNullable(node.body);
  }
}
