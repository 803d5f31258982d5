/**
 * Builds the ExportScene (see $lib/export/image) from the explorer's current view: the filtered nodes and edges
 * at their current positions, fitted to a frame of the viewport's size, with the same colours, sizes and
 * collision-free label choice as on screen, plus legend and caption. Pure: no DOM, no state classes.
 */
import type { ExportNode, ExportScene } from '$lib/export/image';
import { drawnLabel } from '$lib/core/text/label-text';
import { placeLabels, viewLabelPolicy } from './labels';
import { boundsOf, fitTransform } from './scales';

/** A node of the view: an export node in graph units (current layout), with its importance. */
export interface SceneNodeInput extends Pick<ExportNode, 'id' | 'x' | 'y' | 'r' | 'fill' | 'label' | 'selected'> {
  priority: number;
  /** The label is drawn on screen now: the export draws it too (default: placed here as the screen would). */
  shown?: boolean;
}

export interface SceneEdgeInput {
  source: string;
  target: string;
  width: number;
  opacity: number;
  color: string;
}

export interface SceneInput {
  title: string;
  subtitle?: string;
  caption: string;
  width: number;
  height: number;
  nodes: SceneNodeInput[];
  edges: SceneEdgeInput[];
  legend: ExportScene['legend'];
  background: 'white' | 'transparent';
  /** Label font size used by the exporter. */
  labelSize?: number;
}

export function buildExportScene(input: SceneInput): ExportScene {
  const size = input.labelSize ?? 14;
  const t = fitTransform(boundsOf(input.nodes), input.width, input.height, { x: 90, y: 40 });
  const pos = new Map(input.nodes.map((n) => [n.id, { x: n.x * t.k + t.x, y: n.y * t.k + t.y }]));
  const placed = placeLabels(
    input.nodes.map((n) => ({ id: n.id, ...pos.get(n.id)!, r: n.r, lines: [{ text: drawnLabel(n.label), size }], priority: n.priority, force: n.selected })),
    { width: input.width, height: input.height, ...viewLabelPolicy(input.nodes.length) }
  );
  return {
    title: input.title,
    subtitle: input.subtitle,
    caption: input.caption,
    width: input.width,
    height: input.height,
    nodes: input.nodes.map((n) => ({
      id: n.id,
      x: pos.get(n.id)!.x,
      y: pos.get(n.id)!.y,
      r: n.r,
      fill: n.fill,
      label: n.label,
      labelVisible: n.shown ?? placed.get(n.id)?.visible ?? false,
      priority: n.priority,
      ...(n.selected ? { selected: true } : {})
    })),
    edges: input.edges
      .filter((e) => pos.has(e.source) && pos.has(e.target))
      .map((e) => {
        const a = pos.get(e.source)!;
        const b = pos.get(e.target)!;
        return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: e.width, color: e.color, opacity: e.opacity };
      }),
    legend: input.legend,
    background: input.background
  };
}
