/**
 * The current view as an export: the image scene and the file names. Two frames: `whole`, the whole filtered graph
 * at its current layout (the links drawn: backbone or all), fitted to a frame of the stage's shape, without the
 * focus dimming; `view`, what the stage shows: the concepts in sight at the current zoom and pan, with the selection
 * or gap's dimming (dimmed nodes faded toward the background, dimmed links nearly transparent). Both with the
 * screen's colours and sizes, legend, title and caption. Pure functions of the explorer's parts; the SVG / PNG
 * writers are $lib/export/image.
 */
import type { ExportScene } from '$lib/export/image';
import type { NodeView, EdgeView } from '$lib/viz/context';
import type { PlacedLabel } from '$lib/viz/labels';
import { communityLegend } from '$lib/viz/legend';
import { EDGE_MEASURE_INFO, NODE_SIZE_INFO, nodeValue } from '$lib/viz/measures';
import { buildExportScene } from '$lib/viz/scene';
import { formatTime } from '$lib/core/analysis/timeline';
import type { PassageRange } from '$lib/core/count/scope';
import { buildCaption } from './caption';
import type { Choices } from './choices.svelte';
import { exportFilename, type FilenameScope } from './filename';
import type { GraphIndex } from './graph-index';

const EDGE_COLOUR = '#5b6472';

/** The scope part of the file names. */
export function filenameScope(choices: Choices): FilenameScope {
  const p = choices.params({ concept: null, edge: null });
  return { sections: p.sections, dialogueOnly: choices.isDialogueOnly, speakers: p.speakers, kinds: p.kinds, minWeight: p.minWeight };
}

/** `<transcript>_<scope>_<measure><suffix>.<ext>`. */
export function viewFilename(index: GraphIndex, choices: Choices, ext: string, suffix = ''): string {
  return exportFilename(index.transcript, filenameScope(choices), choices.measure, ext, suffix);
}

/** The timeline's range in words for the caption: its ends' times (else lines) and its passage count. */
export function rangeText(index: GraphIndex, range: PassageRange | null): string | null {
  if (!range) return null;
  const ps = index.graph.attributes.passages;
  const [i, j] = [index.passageOrder(range.from), index.passageOrder(range.to)];
  if (!ps[i] || !ps[j]) return null;
  const at = (t: number | null, line: number) => (t !== null ? formatTime(t) : `line ${line}`);
  return `timeline range ${at(ps[i].time, ps[i].lineStart)} – ${at(ps[j].time, ps[j].lineEnd)}, ${j - i + 1} passages`;
}

export interface SceneSource {
  index: GraphIndex;
  choices: Choices;
  nodes: readonly NodeView[];
  edges: readonly EdgeView[];
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** The labels placed on screen: the export draws every one the screen shows. */
  labels: ReadonlyMap<string, PlacedLabel>;
  /** Concepts of the selection (drawn selected, their labels always shown). */
  selected: readonly string[];
  viewport: { width: number; height: number };
  counts: { concepts: number; edges: number; passages: number };
  /** Links drawn of all the view's links, e.g. "backbone: 144 of 776 links" (null: all are drawn). */
  linksNote?: string | null;
}

export type ExportFrame = 'whole' | 'view';

/** `#rrggbb` mixed toward white by `t` (0: as is, 1: white); other colours as they are. */
export function fade(colour: string, t: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!m) return colour;
  const v = parseInt(m[1], 16);
  const mix = (c: number) => Math.round(c + (255 - c) * t);
  return `#${[(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => mix(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The nodes and edges of the frame: all (whole graph, no dimming), or those in sight with their dimming. */
function framed(s: SceneSource, frame: ExportFrame): { nodes: NodeView[]; edges: EdgeView[] } {
  if (frame === 'whole') {
    return { nodes: s.nodes.map((n) => ({ ...n, dimmed: false })), edges: s.edges.map((e) => ({ ...e, dimmed: false })) };
  }
  const { width, height } = s.viewport;
  const nodes = s.nodes.filter((n) => n.sx + n.r >= 0 && n.sy + n.r >= 0 && n.sx - n.r <= width && n.sy - n.r <= height);
  const inSight = new Set(nodes.map((n) => n.id));
  return { nodes, edges: s.edges.filter((e) => inSight.has(e.edge.source) && inSight.has(e.edge.target)) };
}

export function exportScene(s: SceneSource, background: 'white' | 'transparent', frame: ExportFrame = 'whole'): ExportScene {
  const { index, choices } = s;
  const a = index.graph.attributes;
  const p = choices.params({ concept: null, edge: null });
  const caption = buildCaption({
    sourceFile: a.source.file,
    generator: a.generator,
    sections: { all: p.sections === null, dialogueOnly: choices.isDialogueOnly, titles: (p.sections ?? []).map((id) => index.sectionTitle(id)) },
    speakers: p.speakers?.map((id) => index.speakerOptions.find((o) => o.id === id)?.name ?? id) ?? null,
    kinds: p.kinds,
    minWeight: p.minWeight,
    range: rangeText(index, p.range),
    measureExplain: EDGE_MEASURE_INFO[choices.measure].explain,
    sizeLabel: NODE_SIZE_INFO[choices.size].label,
    counts: s.counts,
    unit: a.parameters.unit
  });
  const selected = new Set(s.selected);
  const { nodes, edges } = framed(s, frame);
  // the current view: positions as on screen (the zoom and pan), so the frame shows what the stage shows
  const at = (n: NodeView) => (frame === 'view' ? { x: n.sx, y: n.sy } : (s.positions.get(n.id) ?? n.node.attributes));
  const notes = [s.linksNote, frame === 'view' ? `current view: ${nodes.length} of ${s.nodes.length} concepts in sight` : null].filter(Boolean);
  return buildExportScene({
    title: a.title,
    subtitle: `Concepts mentioned together · edge width: ${EDGE_MEASURE_INFO[choices.measure].label}${notes.map((x) => ` · ${x}`).join('')}`,
    caption,
    width: Math.max(600, s.viewport.width),
    height: Math.max(400, s.viewport.height),
    nodes: nodes.map((n) => {
      const p = at(n);
      return {
        id: n.id,
        x: p.x,
        y: p.y,
        r: n.r,
        fill: n.dimmed ? fade(n.fill, 0.82) : n.fill,
        label: n.ariaLabel,
        priority: nodeValue(n.node.attributes, choices.size),
        selected: selected.has(n.id),
        shown: s.labels.get(n.id)?.visible ?? false
      };
    }),
    edges: edges.map((e) => ({
      source: e.edge.source,
      target: e.edge.target,
      width: e.width,
      opacity: e.dimmed ? 0.06 : e.highlighted ? Math.max(0.75, e.opacity) : e.opacity,
      color: EDGE_COLOUR
    })),
    legend: [
      { title: 'Communities', items: communityLegend(nodes.map((n) => n.node), choices.lang, 3).map((c) => ({ color: c.colour, label: c.label, shape: 'circle' as const })) },
      {
        title: 'Encoding',
        items: [
          { color: '#9ca3af', label: `Node size: ${NODE_SIZE_INFO[choices.size].label.toLowerCase()}`, shape: 'circle' as const },
          { color: EDGE_COLOUR, label: `Edge width: ${EDGE_MEASURE_INFO[choices.measure].label}`, shape: 'line' as const }
        ]
      }
    ],
    background
  });
}
