/**
 * The camera: the zoom transform (screen = graph * k + offset), the stage's size, fit to the view (with room for
 * the node radii and a label on each side), zoom by a factor about the centre, centre on a point. The graph view
 * installs `zoomTo` once its zoom behaviour exists, so transforms set here go through it and d3-zoom's own state
 * agrees; until then they are set directly. Remembers whether the user moved the view: a resize then keeps it
 * instead of re-fitting. Runes; no DOM.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import type { CameraState } from '$lib/viz/context';
import { labelLines, textWidth } from '$lib/viz/labels';
import type { LabelLanguage } from '$lib/viz/measures';
import { boundsOf, centreOn, fitTransform, type Transform } from '$lib/viz/scales';

export type { Transform };

/** Size assumed for the prerendered first paint (the centre column at 1440 x 900); re-measured on mount. */
export const DEFAULT_VIEWPORT = { width: 780, height: 720 } as const;
const FIT_PAD = { x: 24, y: 24 };
/** Font size of the graph's labels (px). */
export const LABEL_SIZE = 13;

/** What the camera fits: the nodes on screen, where they are, and the language of their labels. */
export interface FitSource {
  readonly graph: SerializedConceptGraph;
  readonly positions: ReadonlyMap<string, { x: number; y: number }>;
  readonly lang: LabelLanguage;
}

export class Camera implements CameraState {
  transform = $state.raw<Transform>({ k: 1, x: 0, y: 0 });
  viewport = $state.raw<{ width: number; height: number }>(DEFAULT_VIEWPORT);
  userMoved = false;
  zoomTo: ((t: Transform) => void) | null = null;

  private readonly source: () => FitSource;
  private labelWidthMemo: { graph: SerializedConceptGraph; lang: LabelLanguage; w: number } | null = null;

  constructor(source: () => FitSource) {
    this.source = source;
    this.transform = this.fitFor(DEFAULT_VIEWPORT);
  }

  /** The transform that fits the view's nodes (at `positions`, by default where they are) into `vp`. */
  fitFor(vp: { width: number; height: number }, positions?: ReadonlyMap<string, { x: number; y: number }>): Transform {
    const src = this.source();
    const at = positions ?? src.positions;
    const b = boundsOf(src.graph.nodes.map((n) => at.get(n.key) ?? n.attributes));
    // room for the largest radius and a label on each side, at most a third of the viewport
    const padX = Math.min(vp.width / 3, FIT_PAD.x + 20 + this.maxLabelWidth(src));
    const padY = Math.min(vp.height / 3, FIT_PAD.y + 20);
    return fitTransform(b, vp.width, vp.height, { x: padX, y: padY });
  }

  /** Half the widest label (at most 45 px): memoised per view and language, and stops at the cap. */
  private maxLabelWidth(src: FitSource): number {
    const m = this.labelWidthMemo;
    if (m && m.graph === src.graph && m.lang === src.lang) return m.w;
    let w = 0;
    for (const n of src.graph.nodes) {
      for (const l of labelLines(n.attributes.label, src.lang, LABEL_SIZE)) w = Math.max(w, textWidth(l.text, l.size));
      if (w >= 90) break;
    }
    this.labelWidthMemo = { graph: src.graph, lang: src.lang, w: Math.min(w, 90) / 2 };
    return this.labelWidthMemo.w;
  }

  setViewport(width: number, height: number): void {
    if (width < 10 || height < 10) return;
    if (width === this.viewport.width && height === this.viewport.height) return;
    this.viewport = { width, height };
    if (!this.userMoved) this.setTransform(this.fitFor(this.viewport));
  }

  setTransform(t: Transform): void {
    if (this.zoomTo) this.zoomTo(t);
    else this.transform = t;
  }

  zoomToFit(): void {
    this.userMoved = false;
    this.setTransform(this.fitFor(this.viewport));
  }

  zoomBy(factor: number): void {
    const t = this.transform;
    const cx = this.viewport.width / 2;
    const cy = this.viewport.height / 2;
    const k = Math.max(0.1, Math.min(12, t.k * factor));
    this.userMoved = true;
    this.setTransform({ k, x: cx - ((cx - t.x) / t.k) * k, y: cy - ((cy - t.y) / t.k) * k });
  }

  /**
   * Pans (keeping the zoom) so a graph point is on screen within the band [top, bottom] of the viewport (px), with a
   * margin: the part a bottom sheet leaves visible. Leaves the view alone when the point is already there.
   */
  keepInView(p: { x: number; y: number }, band: { top: number; bottom: number }, margin = 24): void {
    const t = this.transform;
    const { width } = this.viewport;
    const top = Math.max(0, band.top);
    const bottom = Math.max(top + 2 * margin, band.bottom);
    const sx = p.x * t.k + t.x;
    const sy = p.y * t.k + t.y;
    const inX = sx >= margin && sx <= width - margin;
    const inY = sy >= top + margin && sy <= bottom - margin;
    if (inX && inY) return;
    const x = inX ? t.x : width / 2 - p.x * t.k;
    const y = inY ? t.y : (top + bottom) / 2 - p.y * t.k;
    this.userMoved = true;
    this.setTransform({ k: t.k, x, y });
  }

  /** Puts a graph point at the centre, keeping the zoom (at least the fitted one). */
  centreOn(p: { x: number; y: number }): void {
    this.userMoved = true;
    this.setTransform(centreOn(p.x, p.y, Math.max(this.transform.k, this.fitFor(this.viewport).k), this.viewport.width, this.viewport.height));
  }
}
