/** The strict XML reader of the export tests (tests/support/xml.ts) rejects what an XML 1.0 parser rejects. */
import { describe, expect, it } from 'vitest';
import { parseXml, textContent, XmlError } from '../support/xml';

describe('parseXml (test helper)', () => {
  it.each([
    ['unclosed element', '<svg><g></svg>'],
    ['mismatched close', '<svg><g></text></svg>'],
    ['raw < in text', '<svg><text>a < b</text></svg>'],
    ['bare &', '<svg><text>a & b</text></svg>'],
    ['bare & in an attribute', '<svg a="x & y"></svg>'],
    ['unknown entity', '<svg><text>&nbsp;</text></svg>'],
    ['unquoted attribute', '<svg width=10></svg>'],
    ['duplicate attribute', '<svg a="1" a="2"></svg>'],
    ['raw < in attribute', '<svg a="<"></svg>'],
    ['attribute without whitespace', '<svg a="1"b="2"></svg>'],
    ['control character', '<svg><text>\u0007</text></svg>'],
    ['lone surrogate', '<svg><text>\uD800</text></svg>'],
    ['character reference to NUL', '<svg><text>&#0;</text></svg>'],
    ['character reference to a control', '<svg><text>&#x1b;</text></svg>'],
    ['two roots', '<svg></svg><svg></svg>'],
    ['text after root', '<svg></svg>x'],
    ['CDATA', '<svg><![CDATA[x]]></svg>'],
    ['DOCTYPE', '<!DOCTYPE svg><svg></svg>'],
    ['processing instruction', '<?xml-stylesheet href="x.css"?><svg></svg>'],
    ['empty', '']
  ])('rejects %s', (_n, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });

  it('reads a well-formed document with entities, comments and self-closing tags', () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- c & d --><svg a=\'1\' b="x &amp; y"><g/><text>&lt;&#x4E2D;&#25991;&gt;😀</text></svg>\n');
    expect(root.name).toBe('svg');
    expect(root.attrs).toEqual({ a: '1', b: 'x & y' });
    expect(root.children.filter((c) => typeof c !== 'string').map((c) => (typeof c === 'string' ? '' : c.name))).toEqual(['g', 'text']);
    expect(textContent(root)).toBe('<中文>😀');
  });
});
