/**
 * Safety checks for regular-expression aliases: they must compile (with the flags the matcher uses), must not
 * match the empty string, and must not be prone to catastrophic backtracking. The last check is static and
 * conservative: it rejects a quantified group that itself contains a quantifier or an alternation
 * ((a+)+, (a*)*, (a|aa)+, (.*)*, (\w+\s?)*), and back-references. The matcher also runs regexes per passage only,
 * never over the whole file, which bounds the work of any pattern that passes. Pure.
 */
export interface RegexProblem {
  message: string;
  hint: string;
}

/** True when a quantifier (*, +, ?, {n,}) follows a group that contains a quantifier or an alternation. */
export function hasNestedQuantifier(source: string): boolean {
  const stack: Array<{ inner: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ inner: false });
      continue;
    }
    const isQuant = ch === '*' || ch === '+' || (ch === '{' && /^\{\d+,\d*\}/.test(source.slice(i)));
    if (ch === ')') {
      const group = stack.pop();
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d+,\d*\}/.test(source.slice(i + 1)));
      if (group?.inner && quantified) return true;
      if (group?.inner && stack.length) stack[stack.length - 1].inner = true;
      continue;
    }
    if ((isQuant || ch === '|') && stack.length) stack[stack.length - 1].inner = true;
  }
  return false;
}

export function regexAliasProblem(source: string, flags = 'iu'): RegexProblem | undefined {
  let re: RegExp;
  try {
    re = new RegExp(source, [...new Set((flags + 'gu').split(''))].join(''));
  } catch (err) {
    return { message: `invalid regular expression /${source}/: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`, hint: 'Fix the pattern (JavaScript RegExp syntax, no slashes), or use a literal alias' };
  }
  if (/\\[1-9]|\\k</.test(source))
    return { message: `regular expression /${source}/ uses a back-reference`, hint: 'Back-references can backtrack without bound: list the forms as literal aliases instead' };
  if (hasNestedQuantifier(source))
    return { message: `regular expression /${source}/ can backtrack catastrophically (a repeated group that itself repeats)`, hint: 'Remove the nested repetition, e.g. (a+)+ -> a+, or list the forms as literal aliases' };
  re.lastIndex = 0;
  if (re.test('') || new RegExp(`^(?:${source})$`, flags.includes('u') ? 'u' : '').test(''))
    return { message: `regular expression /${source}/ matches the empty string`, hint: 'Make the pattern match at least one character' };
  return undefined;
}
