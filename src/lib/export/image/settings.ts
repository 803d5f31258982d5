/**
 * Settings of the SVG export, in the graphology style: the defaults, a validator that returns what is wrong (or
 * null), and the resolver that merges options over the defaults and throws ExportImageError('bad-option') with the
 * validator's message. Also the figure's fixed style (sizes, gaps, colours), in one place.
 * Constants and option checks only: no drawing.
 */
import { LABEL_FONT_STACK } from '$lib/core/text/fonts';
import { ExportImageError } from './errors';
import type { SceneToSvgOptions } from './types';

/** The label font stack: Latin fonts first (Latin runs get Latin glyphs), then CJK; system fonts only. */
export const DEFAULT_FONT_FAMILY = LABEL_FONT_STACK;
export const DEFAULT_PADDING = 32;
export const MAX_PADDING = 400;

export interface SvgSettings {
  fontFamily: string;
  padding: number;
}

export const SVG_DEFAULTS: Readonly<SvgSettings> = { fontFamily: DEFAULT_FONT_FAMILY, padding: DEFAULT_PADDING };

/** Family names only: letters, digits, spaces, quotes, commas, hyphens, underscores (no url(), no markup). */
const FONT_FAMILY_RE = /^[\p{L}\p{N} ,"'_-]+$/u;

/** What is wrong with the options, or null when they are fine. */
export function validateSvgOptions(options: unknown): string | null {
  if (options === undefined) return null;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return 'options must be an object';
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!(key in SVG_DEFAULTS)) return `unknown option "${key}" (known: ${Object.keys(SVG_DEFAULTS).join(', ')})`;
  if (o.padding !== undefined && !(typeof o.padding === 'number' && Number.isFinite(o.padding) && o.padding >= 0 && o.padding <= MAX_PADDING))
    return `padding must be a number of px in [0, ${MAX_PADDING}], got ${JSON.stringify(o.padding)}`;
  if (o.fontFamily !== undefined && !(typeof o.fontFamily === 'string' && o.fontFamily.trim() && FONT_FAMILY_RE.test(o.fontFamily)))
    return `fontFamily must be a CSS list of family names (letters, digits, spaces, quotes, commas, hyphens), got ${JSON.stringify(o.fontFamily)}`;
  return null;
}

/** The options over the defaults; throws ExportImageError('bad-option') when they do not validate. */
export function resolveSvgOptions(options?: SceneToSvgOptions): SvgSettings {
  const problem = validateSvgOptions(options);
  if (problem) throw new ExportImageError('bad-option', `sceneToSvg: ${problem}.`);
  return { ...SVG_DEFAULTS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) };
}

// ---- the figure's style -------------------------------------------------------------------------------------

/** Width of the graph drawing area in output px. */
export const GRAPH_WIDTH = 1200;
/** Largest enlargement of the on-screen positions. */
export const MAX_SCALE = 4;
/** Radii and edge widths follow the position scale, but are never enlarged more than this. */
export const MAX_SIZE_SCALE = 1.5;
export const LABEL_FONT = 14;
export const TITLE_FONT = 26;
export const SUBTITLE_FONT = 16;
export const LEGEND_TITLE_FONT = 15;
export const LEGEND_FONT = 14;
export const CAPTION_FONT = 13;
export const EMPTY_NOTE = 'No concepts in view';
/** Halo (white outline behind label glyphs) stroke width. */
export const HALO = 3;
/** Gap between a node's rim and its label. */
export const LABEL_GAP = 4;
export const MIN_RADIUS = 1.5;
export const MIN_EDGE_WIDTH = 0.5;
export const SELECTED_RING = 2.5;
export const NODE_OUTLINE = 1;
export const EMPTY_GRAPH_HEIGHT = 240;
export const MIN_GRAPH_HEIGHT = 120;
/** The graph area shrinks to the content width (so the legend sits next to the graph), but not below this. */
export const MIN_GRAPH_WIDTH = 640;
export const LEGEND_GAP = 40;
export const LEGEND_MIN_WIDTH = 150;
export const LEGEND_MAX_WIDTH = 320;
export const SWATCH_WIDTH = 22;
export const SWATCH_GAP = 8;
export const TEXT_COLOR = '#1a1a1a';
export const MUTED_COLOR = '#4a4a4a';
export const FALLBACK_COLOR = '#999999';
