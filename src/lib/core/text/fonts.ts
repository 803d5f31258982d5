/**
 * The font stack labels are drawn with (Canvas view, image export; the page's CSS should use the same list): system
 * fonts only, nothing remote. A Latin font comes first, so Latin runs inside Chinese labels (curly apostrophes,
 * digits, "xAI’s") are drawn with Latin glyphs and widths instead of the CJK font's full-width ones; Chinese
 * characters, which the Latin fonts lack, fall through to the first installed CJK font. Arial, Helvetica and
 * Liberation Sans share their metrics, which measure.ts models. Constants only.
 */

/** Latin fonts with Arial's metrics, in the order Windows / macOS / Linux have them. */
export const LATIN_FONTS = ['Arial', 'Helvetica', 'Liberation Sans'] as const;
/** CJK fonts: Linux (WenQuanYi, Noto, Source Han), macOS, Windows. */
export const CJK_FONTS = ['WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'] as const;

const quote = (f: string) => (/^[a-z-]+$/i.test(f) ? f : `'${f}'`);

/** CSS font-family list for labels: Latin fonts, CJK fonts, then the generic family. */
export const LABEL_FONT_STACK = [...LATIN_FONTS, ...CJK_FONTS].map(quote).join(', ') + ', sans-serif';
