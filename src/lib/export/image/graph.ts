/**
 * The graph part of the SVG export: edges as lines, nodes as circles each with a <title> (the whole label, for
 * hover and assistive technology, even when the drawn label is cut or left out), and the placed labels with a
 * white halo, each bidi-isolated so that one label's direction never leaks into another. Selected nodes and their
 * labels are drawn last, on top. Pure string building; every value is sanitised or escaped.
 */
import { isolate } from '$lib/core/text/label-text';
import { edgeWidth, labelSpot, nodeRadius, type Placement, type PreparedEdge, type PreparedNode } from './fit';
import { escapeXml, fmt } from './sanitize';
import { HALO, LABEL_FONT, NODE_OUTLINE, SELECTED_RING, TEXT_COLOR } from './settings';

/** Draws the graph fitted at scale s, with the scaled origin at (ox, oy) in the figure. */
export function renderGraph(nodes: readonly PreparedNode[], edges: readonly PreparedEdge[], s: number, placement: Placement, ox: number, oy: number): string {
  const X = (v: number): string => fmt(ox + v * s);
  const Y = (v: number): string => fmt(oy + v * s);
  const lines = edges.map(
    (e) =>
      `<line x1="${X(e.x1)}" y1="${Y(e.y1)}" x2="${X(e.x2)}" y2="${Y(e.y2)}" stroke="${e.color}" stroke-width="${fmt(edgeWidth(e, s))}" stroke-opacity="${fmt(e.opacity)}"/>`
  );
  const order = nodes.map((_, i) => i).sort((a, b) => Number(nodes[a].selected) - Number(nodes[b].selected) || a - b);
  const circles = order.map((i) => {
    const n = nodes[i];
    const stroke = n.selected ? `stroke="${TEXT_COLOR}" stroke-width="${SELECTED_RING}"` : `stroke="#ffffff" stroke-width="${NODE_OUTLINE}"`;
    const title = n.title ? `<title>${escapeXml(n.title)}</title>` : '';
    return `<circle cx="${X(n.x)}" cy="${Y(n.y)}" r="${fmt(nodeRadius(n, s))}" fill="${n.fill}" ${stroke}>${title}</circle>`;
  });
  const labels = order.flatMap((i) => {
    const at = placement[i];
    if (!at) return [];
    const n = nodes[i];
    const spot = labelSpot(n, i, at, s);
    const weight = n.selected ? ' font-weight="700"' : '';
    const anchor = spot.anchor === 'start' ? '' : ` text-anchor="${spot.anchor}"`;
    return [`<text x="${fmt(ox + spot.x)}" y="${fmt(oy + spot.y)}"${anchor}${weight}>${escapeXml(isolate(n.label))}</text>`];
  });
  return (
    `<g class="edges" fill="none" stroke-linecap="round">${lines.join('')}</g>` +
    `<g class="nodes">${circles.join('')}</g>` +
    `<g class="labels" font-size="${LABEL_FONT}" fill="${TEXT_COLOR}" stroke="#ffffff" stroke-width="${HALO}" stroke-linejoin="round" paint-order="stroke">${labels.join('')}</g>`
  );
}
