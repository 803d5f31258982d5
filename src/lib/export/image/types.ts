/**
 * Types of the image export (SVG / PNG of the current explorer view).
 *
 * The explorer page builds an ExportScene from what is on screen (positions in CSS px of the viewport) and hands it
 * to sceneToSvg (./svg.ts). This file holds types only: no runtime code, safe to import anywhere.
 * It must not import from the page, the store or d3: the scene is a plain, serialisable snapshot.
 */

export interface ExportScene {
  title: string;
  subtitle?: string;
  /** Active filters, measure, source file: a line or two. Wrapped to the figure width; `\n` forces a line break. */
  caption: string;
  /** Informative: size of the on-screen viewport in CSS px (its aspect ratio bounds the height of the graph area). */
  width: number;
  height: number;
  nodes: Array<{
    id: string;
    x: number;
    y: number;
    r: number;
    fill: string;
    /** The whole label (drawn cut to MAX_LABEL_EM with an ellipsis; kept whole in the node's <title>). */
    label: string;
    /** The screen shows this label: the export always draws it. Other labels are drawn where they fit. */
    labelVisible: boolean;
    /** Importance: labels are placed in decreasing priority (default: the radius). */
    priority?: number;
    selected?: boolean;
  }>;
  edges: Array<{ x1: number; y1: number; x2: number; y2: number; width: number; color: string; opacity: number }>;
  legend: Array<{ title: string; items: Array<{ color: string; label: string; shape?: 'circle' | 'line' }> }>;
  background: 'white' | 'transparent';
}

export type ExportNode = ExportScene['nodes'][number];
export type ExportEdge = ExportScene['edges'][number];
export type ExportLegendGroup = ExportScene['legend'][number];

export interface SceneToSvgOptions {
  /** CSS font-family list. Default: the CJK-capable system stack DEFAULT_FONT_FAMILY (no web fonts). */
  fontFamily?: string;
  /** Outer margin in px around everything. Default 32. */
  padding?: number;
}
