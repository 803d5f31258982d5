/**
 * Where JSON text first breaks the grammar (RFC 8259), and why, independently of the JavaScript engine's
 * JSON.parse wording (V8 sometimes gives no position at all: `Unexpected token 'x', "xyz" is not valid JSON`).
 * Called only after JSON.parse has failed, to point the catalog author at a line and column. Pure; iterative
 * (no recursion, so deep nesting cannot overflow the stack). `readJson` is the one way the catalog and project
 * loaders read JSON text: BOM stripped, empty text and syntax errors told apart, the error at a line and column.
 */

/** Line and column (1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** JSON text read: its value, or why not (empty, or the first syntax error with its line and column). */
export type JsonRead = { value: unknown } | { empty: true } | { syntax: { line: number; column: number; message: string } };

export function readJson(text: string): JsonRead {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { empty: true };
  try {
    return { value: JSON.parse(body) };
  } catch (err) {
    // the engine's wording varies (and sometimes has no position): find the first error ourselves
    const problem = jsonSyntaxProblem(body) ?? { offset: body.length, message: (err as Error).message };
    return { syntax: { ...lineColumn(body, problem.offset), message: problem.message } };
  }
}

export interface JsonSyntaxProblem {
  /** UTF-16 offset of the offending character (the text length for an unexpected end). */
  offset: number;
  message: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const ch = text[i];
  return /[\x00-\x1f]/.test(ch) ? `a control character (U+${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()})` : `'${ch}'`;
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const n = text.length;
  /** Open containers: '{' or '['. */
  const stack: string[] = [];
  const fail = (message: string, at = i): JsonSyntaxProblem => ({ offset: at, message: `${message}, found ${describe(text, at)}` });
  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };

  /** Reads a string starting at the quote; returns a problem or null. */
  const string = (): JsonSyntaxProblem | null => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return fail('a string cannot contain a raw line break or control character (write \\n)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('\\u must be followed by 4 hex digits', i + 2);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('unknown escape in a string (valid: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)', i + 1);
      } else i++;
    }
    return { offset: n, message: 'a string is not closed (missing ")' };
  };

  /** Reads `"name":` (at a property name, blanks before it skipped); returns a problem or null. */
  const propertyName = (): JsonSyntaxProblem | null => {
    if (text[i] !== '"') return fail(text[i] === "'" ? 'property names must use double quotes' : 'expected a property name in double quotes');
    const p = string();
    if (p) return p;
    skip();
    if (text[i] !== ':') return fail("expected ':' after the property name");
    i++;
    return null;
  };

  /** Reads one scalar value (string, number, literal) or opens a container; returns a problem or null. */
  const value = (): JsonSyntaxProblem | null => {
    skip();
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      return null;
    }
    const lit = /^(?:true|false|null)/.exec(text.slice(i, i + 5));
    if (lit) {
      i += lit[0].length;
      return null;
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num && num[0] !== '-') {
      i += num[0].length;
      if (/[\d.]/.test(text[i] ?? '')) return fail('malformed number (no leading zeros; digits after the point)');
      return null;
    }
    if (ch === "'") return fail('strings must use double quotes');
    return fail('expected a value (a string in double quotes, a number, true, false, null, { or [)');
  };

  /** After a value or an opened container: the next structural token, until the stack is empty. */
  let expectValue = true;
  let justOpened = false;
  for (;;) {
    if (expectValue) {
      const before = stack.length;
      const p = value();
      if (p) return p;
      justOpened = stack.length > before;
      expectValue = false;
      if (justOpened) {
        skip();
        const top = stack[stack.length - 1];
        if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
          stack.pop();
          i++;
        } else if (top === '{') {
          const p2 = propertyName();
          if (p2) return p2;
          expectValue = true;
          continue;
        } else {
          expectValue = true;
          continue;
        }
      }
    }
    skip();
    if (stack.length === 0) return i < n ? fail('unexpected text after the end of the JSON value') : null;
    const top = stack[stack.length - 1];
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ',') return fail(`expected ',' or '${close}'`);
    i++;
    skip();
    if (text[i] === close) return fail(`a trailing comma is not allowed before '${close}'`);
    if (top === '{') {
      const p = propertyName();
      if (p) return p;
    }
    expectValue = true;
  }
}
