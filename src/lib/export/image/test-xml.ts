/**
 * TEST HELPER ONLY (imported by *.test.ts in this folder, never by app code): a minimal, strict XML reader for the
 * SVG export tests, because Node has no DOMParser and the project takes no new packages.
 *
 * It checks well-formedness the way an XML parser would for the subset sceneToSvg emits: one optional XML
 * declaration, optional comments, exactly one root element, balanced and properly nested tags, well-formed
 * attributes (quoted, unique, no raw `<` in values), no raw `<` / `&` in text except valid entity references
 * (the five predefined ones and numeric ones), no CDATA, no DOCTYPE, no processing instructions after the prolog.
 * It returns a tree with decoded attribute values and text. Throws XmlError with the offset on the first problem.
 */

export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'XmlError';
  }
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, at: number): string {
  if (BAD_CHAR.test(raw)) throw new XmlError('control character not allowed in XML', at);
  return raw.replace(/&([^;&\s]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new XmlError(`bare "&" (write &amp;)`, at);
    if (ref in PREDEFINED) return PREDEFINED[ref];
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new XmlError(`unknown entity &${ref};`, at);
    const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
    if (cp === 0 || cp > 0x10ffff || (cp < 0x20 && ![9, 10, 13].includes(cp))) throw new XmlError(`invalid character reference &${ref};`, at);
    return String.fromCodePoint(cp);
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const len = xml.length;
  const skipWs = (): void => {
    while (i < len && /\s/.test(xml[i])) i++;
  };
  const readName = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) throw new XmlError('expected a name', i);
    i += m[0].length;
    return m[0];
  };
  const skipMisc = (): void => {
    for (;;) {
      skipWs();
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) throw new XmlError('unterminated comment', i);
        if (xml.slice(i + 4, end).includes('--')) throw new XmlError('"--" inside a comment', i);
        i = end + 3;
      } else return;
    }
  };

  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) throw new XmlError('unterminated XML declaration', i);
    i = end + 2;
  }
  skipMisc();
  if (xml[i] !== '<') throw new XmlError('expected the root element', i);

  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < len) {
    if (!stack.length && root) {
      skipMisc();
      if (i < len) throw new XmlError('content after the root element', i);
      break;
    }
    if (xml.startsWith('<!--', i)) {
      skipMisc();
      continue;
    }
    if (xml.startsWith('<![CDATA[', i) || xml.startsWith('<!', i) || xml.startsWith('<?', i)) {
      throw new XmlError('CDATA, DOCTYPE and processing instructions are not expected here', i);
    }
    if (xml.startsWith('</', i)) {
      i += 2;
      const name = readName();
      skipWs();
      if (xml[i] !== '>') throw new XmlError(`expected ">" to close </${name}`, i);
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`closing </${name}> does not match <${open?.name ?? '(none)'}>`, i);
      continue;
    }
    if (xml[i] === '<') {
      i++;
      const el: XmlElement = { name: readName(), attrs: {}, children: [] };
      for (;;) {
        const before = i;
        skipWs();
        if (xml.startsWith('/>', i)) {
          i += 2;
          break;
        }
        if (xml[i] === '>') {
          i++;
          stack.push(el);
          break;
        }
        if (i === before) throw new XmlError(`expected whitespace before an attribute in <${el.name}>`, i);
        const an = readName();
        skipWs();
        if (xml[i] !== '=') throw new XmlError(`attribute ${an} has no value`, i);
        i++;
        skipWs();
        const q = xml[i];
        if (q !== '"' && q !== "'") throw new XmlError(`attribute ${an} value is not quoted`, i);
        const end = xml.indexOf(q, i + 1);
        if (end < 0) throw new XmlError(`unterminated value of ${an}`, i);
        const raw = xml.slice(i + 1, end);
        if (raw.includes('<')) throw new XmlError(`raw "<" in the value of ${an}`, i);
        if (an in el.attrs) throw new XmlError(`duplicate attribute ${an} in <${el.name}>`, i);
        el.attrs[an] = decode(raw, i);
        i = end + 1;
      }
      const parent = stack[stack.length - (stack[stack.length - 1] === el ? 2 : 1)];
      if (parent) parent.children.push(el);
      else if (!root) root = el;
      else throw new XmlError('second root element', i);
      continue;
    }
    // text
    const next = xml.indexOf('<', i);
    const end = next < 0 ? len : next;
    const raw = xml.slice(i, end);
    if (!stack.length) {
      if (raw.trim()) throw new XmlError('text outside the root element', i);
    } else {
      if (raw.includes(']]>')) throw new XmlError('"]]>" in text', i);
      stack[stack.length - 1].children.push(decode(raw, i));
    }
    i = end;
  }
  if (stack.length) throw new XmlError(`unclosed <${stack[stack.length - 1].name}>`, len);
  if (!root) throw new XmlError('no root element', 0);
  return root;
}

/** All elements of the tree, depth first, root included. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    out.push(el);
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

/** Concatenated text content of an element. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** Value of an attribute on the element or its nearest ancestor that has it (inheritance of presentation attrs). */
export function inherited(root: XmlElement, target: XmlElement, name: string): string | undefined {
  const path: XmlElement[] = [];
  const find = (el: XmlElement): boolean => {
    path.push(el);
    if (el === target) return true;
    for (const c of el.children) if (typeof c !== 'string' && find(c)) return true;
    path.pop();
    return false;
  };
  if (!find(root)) return undefined;
  for (let k = path.length - 1; k >= 0; k--) if (name in path[k].attrs) return path[k].attrs[name];
  return undefined;
}
