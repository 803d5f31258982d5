/**
 * Sanitisers of the SVG export: every value of the scene is untrusted. Colours must match a strict pattern (else a
 * neutral grey), numbers are printed with at most two decimals, text is cleaned of control characters with its bidi
 * controls balanced (../../core/text). XML escaping is the one escapeXml of core/export. Pure.
 */
import { cleanInline } from '$lib/core/text/label-text';
import { escapeXml } from '$lib/core/export/xml';
import { FALLBACK_COLOR } from './settings';

export { cleanInline, escapeXml };

/** Rounds to 2 decimals and prints without trailing zeros and without "-0". */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

const HEX_RE = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNC_RE = /^(?:rgba?|hsla?)\(\s*[-+0-9.%\s,/deg]+\)$/i;
const NAMED_RE = /^[a-z]{3,20}$/i;

/** Returns the colour if it is a hex, rgb()/rgba()/hsl()/hsla() or named colour, else a neutral grey. */
export function safeColor(c: unknown): string {
  if (typeof c !== 'string') return FALLBACK_COLOR;
  const t = c.trim();
  if (HEX_RE.test(t) || FUNC_RE.test(t)) return t.toLowerCase();
  if (NAMED_RE.test(t) && !/^(?:url|none|inherit|initial|unset|revert|transparent)$/i.test(t)) return t.toLowerCase();
  return FALLBACK_COLOR;
}

export const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** Caption: controls removed, line breaks kept, other whitespace collapsed per line. */
export function cleanCaption(c: string): string {
  return String(c ?? '')
    .split(/\r\n?|\n/)
    .map((l) => cleanInline(l))
    .filter(Boolean)
    .join('\n');
}

/** A font-family list (already validated) as an attribute value: double quotes become single ones. */
export function fontFamilyAttr(family: string): string {
  return escapeXml(family.replace(/"/g, "'")).replace(/&apos;/g, "'");
}
