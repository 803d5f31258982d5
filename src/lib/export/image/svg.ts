/**
 * sceneToSvg: turns an ExportScene (a snapshot of the explorer view) into a standalone, publication-grade SVG 1.1
 * document with title, subtitle, the graph, a legend and a wrapped caption.
 *
 * Pure and deterministic: no DOM, no fonts, no clock, no randomness; same scene -> same string. Runs in Node.
 * It must not emit anything that fetches or executes: no <image>, <use>, <a>, <script>, <foreignObject>, no href,
 * no url(...) paints, no on* attributes, no web fonts. Every string from the scene is untrusted and XML-escaped,
 * every colour is checked against a strict pattern (./sanitize.ts).
 *
 * Layout (all in output px):
 *   padding | title (wrapped, 26 px bold) + subtitle (16 px) | graph area (at most GRAPH_WIDTH = 1200 wide) +
 *   legend column on the right (./legend.ts) | caption (13 px, wrapped to the full inner width) | padding.
 * The graph (./fit.ts, ./graph.ts) is fitted into GRAPH_WIDTH x maxGraphHeight, where maxGraphHeight =
 * GRAPH_WIDTH x the viewport aspect (clamped to 0.5..1.25), labels included; the graph area is then cropped to the
 * content (height, and width down to MIN_GRAPH_WIDTH, content centred), so nothing is clipped at the border and
 * the legend sits next to the graph.
 */
import type { ExportScene, SceneToSvgOptions } from './types';
import { clamp, cleanCaption, cleanInline, escapeXml, finite, fmt, fontFamilyAttr } from './sanitize';
import { contentBox, layoutGraph, prepareEdges, prepareNodes } from './fit';
import { renderGraph } from './graph';
import { layoutLegend } from './legend';
import { block, renderBlock } from './text-block';
import {
  CAPTION_FONT,
  EMPTY_GRAPH_HEIGHT,
  EMPTY_NOTE,
  GRAPH_WIDTH,
  LEGEND_GAP,
  MIN_GRAPH_HEIGHT,
  MIN_GRAPH_WIDTH,
  MUTED_COLOR,
  SUBTITLE_FONT,
  TEXT_COLOR,
  TITLE_FONT,
  resolveSvgOptions
} from './settings';

export { DEFAULT_FONT_FAMILY, DEFAULT_PADDING, GRAPH_WIDTH, EMPTY_NOTE } from './settings';

/**
 * Renders the scene as a standalone SVG 1.1 document (string, starting with an XML declaration). Throws
 * ExportImageError('bad-option') on invalid options. See the header comment for the layout rules.
 */
export function sceneToSvg(scene: ExportScene, options: SceneToSvgOptions = {}): string {
  const { padding: pad, fontFamily } = resolveSvgOptions(options);
  const nodes = prepareNodes(scene.nodes);
  const edges = prepareEdges(scene.edges);
  const legend = layoutLegend(scene.legend);
  const title = cleanInline(scene.title);
  const subtitle = cleanInline(scene.subtitle ?? '');
  const caption = cleanCaption(scene.caption);

  // graph layout first: its width decides the figure width
  const vw = finite(scene.width) && scene.width > 0 ? scene.width : 4;
  const vh = finite(scene.height) && scene.height > 0 ? scene.height : 3;
  const maxGraphHeight = GRAPH_WIDTH * clamp(vh / vw, 0.5, 1.25);
  const fitted = nodes.length ? layoutGraph(nodes, edges, GRAPH_WIDTH, maxGraphHeight) : null;
  const box = fitted ? contentBox(nodes, edges, fitted.s, fitted.placement) : null;
  const contentW = box ? box.x1 - box.x0 : GRAPH_WIDTH;
  const contentH = box ? box.y1 - box.y0 : EMPTY_GRAPH_HEIGHT;
  const graphWidth = Math.ceil(clamp(contentW, MIN_GRAPH_WIDTH, GRAPH_WIDTH));
  const innerWidth = graphWidth + (legend ? LEGEND_GAP + legend.width : 0);
  const width = Math.ceil(pad * 2 + innerWidth);

  // header
  const titleBlock = block(title, innerWidth, TITLE_FONT, true, 1.25);
  const subtitleBlock = block(subtitle, innerWidth, SUBTITLE_FONT);
  let y = pad;
  const titleTop = y;
  if (titleBlock.lines.length) y += titleBlock.height;
  const subtitleTop = y + (titleBlock.lines.length && subtitleBlock.lines.length ? 4 : 0);
  if (subtitleBlock.lines.length) y = subtitleTop + subtitleBlock.height;
  if (titleBlock.lines.length || subtitleBlock.lines.length) y += 20;
  const bodyTop = y;

  // graph
  let graphHeight: number;
  let graphSvg: string;
  if (!fitted || !box) {
    graphHeight = EMPTY_GRAPH_HEIGHT;
    graphSvg =
      `<rect x="${fmt(pad)}" y="${fmt(bodyTop)}" width="${fmt(graphWidth)}" height="${fmt(graphHeight)}" fill="none" stroke="#cccccc" stroke-width="1" stroke-dasharray="6 4"/>` +
      `<text x="${fmt(pad + graphWidth / 2)}" y="${fmt(bodyTop + graphHeight / 2 + 0.35 * SUBTITLE_FONT)}" font-size="${SUBTITLE_FONT}" text-anchor="middle" fill="${MUTED_COLOR}">${escapeXml(EMPTY_NOTE)}</text>`;
  } else {
    graphHeight = Math.max(MIN_GRAPH_HEIGHT, contentH);
    const ox = pad + (graphWidth - contentW) / 2 - box.x0;
    const oy = bodyTop + (graphHeight - contentH) / 2 - box.y0;
    graphSvg = renderGraph(nodes, edges, fitted.s, fitted.placement, ox, oy);
  }
  const bodyHeight = Math.max(graphHeight, legend ? legend.height : 0);

  // caption
  const captionBlock = block(caption, innerWidth, CAPTION_FONT, false, 1.45);
  const captionTop = bodyTop + bodyHeight + 20;
  const height = Math.ceil(captionBlock.lines.length ? captionTop + captionBlock.height + pad : bodyTop + bodyHeight + pad);

  // accessibility text
  const labelled = fitted ? fitted.placement.filter(Boolean).length : 0;
  const descParts = [
    subtitle,
    nodes.length
      ? `Concept graph: ${nodes.length} concept${nodes.length === 1 ? '' : 's'} (${labelled} labelled), ${edges.length} link${edges.length === 1 ? '' : 's'}.`
      : `${EMPTY_NOTE}.`,
    caption.replace(/\n/g, ' ')
  ].filter(Boolean);

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="no"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tg-export-title tg-export-desc" font-family="${fontFamilyAttr(fontFamily)}">`
  );
  out.push(`<title id="tg-export-title">${escapeXml(title || 'Concept graph')}</title>`);
  out.push(`<desc id="tg-export-desc">${escapeXml(descParts.join(' '))}</desc>`);
  if (scene.background !== 'transparent') out.push(`<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  const header =
    renderBlock(titleBlock, pad, titleTop, `font-weight="700" fill="${TEXT_COLOR}"`) + renderBlock(subtitleBlock, pad, subtitleTop, `fill="${MUTED_COLOR}"`);
  if (header) out.push(`<g class="header">${header}</g>`);
  out.push(`<g class="graph">${graphSvg}</g>`);
  if (legend) out.push(legend.render(pad + graphWidth + LEGEND_GAP, bodyTop));
  const captionSvg = renderBlock(captionBlock, pad, captionTop, `fill="${MUTED_COLOR}"`);
  if (captionSvg) out.push(`<g class="caption">${captionSvg}</g>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
