/**
 * Strict XML reading for the export tests (SVG, GEXF, GraphML). @xmldom/xmldom parses; any warning, error or fatal
 * error it reports fails the read, and so do the well-formedness rules of XML 1.0 it does not check itself:
 * characters outside the Char production (controls, lone surrogates, U+FFFE/FFFF), character references to them,
 * and a bare `&`. Exporters never write a DOCTYPE, CDATA or processing instructions, so those fail too.
 *
 * `parseXml` returns a plain tree (name, decoded attributes, children) that the SVG tests query; `parseXmlDocument`
 * returns xmldom's Document for getElementsByTagName-style queries.
 */
import { DOMParser } from '@xmldom/xmldom';

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BARE_AMP = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
const CHAR_REF = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;

function checkCharacters(xml: string): void {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const bad = NOT_CHAR.exec(body);
  if (bad) throw new XmlError(`character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
  const amp = BARE_AMP.exec(body);
  if (amp) throw new XmlError(`bare "&" at ${JSON.stringify(body.slice(amp.index, amp.index + 12))} (write &amp;)`);
  for (const ref of body.matchAll(CHAR_REF)) {
    const cp = ref[1] !== undefined ? parseInt(ref[1], 16) : parseInt(ref[2], 10);
    if (cp > 0x10ffff || NOT_CHAR.test(String.fromCodePoint(cp))) throw new XmlError(`character reference ${ref[0]} names a character not allowed in XML`);
  }
}

/** Parses `xml` strictly (see above) and returns xmldom's Document. Throws XmlError on the first problem. */
export function parseXmlDocument(xml: string, mimeType: 'application/xml' | 'image/svg+xml' = 'application/xml') {
  checkCharacters(xml);
  const reports: string[] = [];
  const parser = new DOMParser({ onError: (level, message) => void reports.push(`${level}: ${message.split('\n')[0]}`) });
  let doc;
  try {
    doc = parser.parseFromString(xml, mimeType);
  } catch (err) {
    // a fatal error stops xmldom with its own ParseError, after reporting it
    throw new XmlError(reports.join('; ') || String(err));
  }
  if (reports.length) throw new XmlError(reports.join('; '));
  if (doc.doctype) throw new XmlError('a DOCTYPE is not expected in an export');
  return doc;
}

type DomNode = { nodeType: number; nodeName: string; nodeValue: string | null; childNodes: ArrayLike<DomNode>; attributes?: ArrayLike<{ name: string; value: string }> };

function toTree(node: DomNode): XmlElement {
  const attrs: Record<string, string> = {};
  for (const a of Array.from(node.attributes ?? [])) attrs[a.name] = a.value;
  const children: XmlNode[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1) children.push(toTree(child));
    else if (child.nodeType === 3) children.push(child.nodeValue ?? '');
    else if (child.nodeType !== 8) throw new XmlError(`unexpected ${child.nodeName} inside <${node.nodeName}> (no CDATA or processing instructions in an export)`);
  }
  return { name: node.nodeName, attrs, children };
}

/** Parses `xml` strictly and returns its root element as a plain tree. */
export function parseXml(xml: string): XmlElement {
  const doc = parseXmlDocument(xml);
  for (const child of Array.from(doc.childNodes as unknown as ArrayLike<DomNode>))
    if (child.nodeType === 7 && child.nodeName !== 'xml') throw new XmlError(`unexpected processing instruction <?${child.nodeName}?>`);
  if (!doc.documentElement) throw new XmlError('no root element');
  return toTree(doc.documentElement as unknown as DomNode);
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
