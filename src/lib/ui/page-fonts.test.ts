// The page's own text uses the labels' font stack ($lib/core/text/fonts): Latin fonts before CJK ones, so a curly
// apostrophe in Latin text is not drawn a full em wide ("xAI’ s"), and the page agrees with its Canvas labels and
// image exports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CJK_FONTS, LABEL_FONT_STACK, LATIN_FONTS } from '$lib/core/text/fonts';

describe('the page stylesheet', () => {
  const page = readFileSync(new URL('../../routes/+page.svelte', import.meta.url), 'utf8');
  const css = /--font-ui:\s*([^;]+);/.exec(page)?.[1];
  it('uses the labels’ font stack for --font-ui, and --font-ui for the document', () => {
    expect(css).toBe(LABEL_FONT_STACK);
    expect(page).toMatch(/:global\(html, body\) \{[^}]*font-family: var\(--font-ui\);/);
  });
  it('lists every Latin font before the first CJK font', () => {
    const at = (f: string) => css!.indexOf(f);
    expect(Math.max(...LATIN_FONTS.map(at))).toBeLessThan(Math.min(...CJK_FONTS.map(at)));
    expect(Math.min(...LATIN_FONTS.map(at))).toBeGreaterThanOrEqual(0);
  });
});
