// The one XML escape of the exports (GraphML, SVG): the five specials, and what XML 1.0 forbids removed.
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlSafe } from './xml';

describe('escapeXml', () => {
  it.each([
    ['all five specials', `&<>"'`, '&amp;&lt;&gt;&quot;&apos;'],
    ['entity stays literal', '&amp;', '&amp;amp;'],
    ['script', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['attribute breakout', '" onload="x', '&quot; onload=&quot;x'],
    ['C0 controls other than tab, LF, CR removed', 'a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh', 'abcde\tf\ng\rh'],
    ['lone surrogates removed, pairs kept', '\uD800x\uDC00y\uD840\uDC00', 'xy\uD840\uDC00'],
    ['noncharacters removed', 'a\uFFFEb\uFFFF', 'ab'],
    ['CJK untouched', '莫拉维克悖论', '莫拉维克悖论']
  ])('%s', (_n, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
  it('xmlSafe only removes, never escapes', () => {
    expect(xmlSafe('<a>\u0001&')).toBe('<a>&');
  });
});
