/**
 * Rasterises an SVG string produced by sceneToSvg into a PNG Blob, in the browser.
 *
 * Path: SVG text -> Blob URL -> HTMLImageElement -> canvas (svg width x scale, svg height x scale) -> white fill
 * unless transparent -> drawImage -> canvas.toBlob('image/png'). The SVG's root width/height are multiplied by
 * `scale` before loading (the viewBox is kept), so the browser rasterises the vectors at the target resolution
 * instead of enlarging a 1x bitmap. Glyphs come from system fonts (the SVG references no web fonts).
 *
 * svgToPngBlob needs a DOM (document, Image, URL.createObjectURL) and throws ExportImageError('no-dom') elsewhere.
 * svgSize is pure and runs anywhere. This module must not touch the DOM at import time.
 */

import { ExportImageError } from './errors';

/** Largest canvas side we ask for (Chromium and Firefox allow 32767 px, Safari less; stay well inside). */
export const MAX_CANVAS_SIDE = 16384;
/** Largest canvas area in px (Safari on iOS limits canvases to about 16.7 Mpx). */
export const MAX_CANVAS_AREA = 16384 * 16384 / 2;

const ROOT_RE = /<svg\b[^>]*>/i;

function rootAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Width and height in px from the root <svg> element's width/height attributes (unitless or "px"). */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = ROOT_RE.exec(svg)?.[0];
  if (!tag) throw new ExportImageError('svg-size', 'svgSize: no <svg> root element found in the input; pass the string returned by sceneToSvg.');
  const read = (name: 'width' | 'height'): number => {
    const raw = rootAttr(tag, name);
    const m = raw === undefined ? null : /^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$/i.exec(raw);
    const v = m ? Number(m[1]) : NaN;
    if (!Number.isFinite(v) || v <= 0) {
      throw new ExportImageError(
        'svg-size',
        `svgSize: the root <svg> ${name} attribute is ${raw === undefined ? 'missing' : `"${raw}"`}; it must be a positive number of px (e.g. ${name}="1200").`
      );
    }
    return v;
  };
  return { width: read('width'), height: read('height') };
}

/** Returns the SVG with the root width/height attributes replaced (viewBox untouched). */
function withRootSize(svg: string, width: number, height: number): string {
  return svg.replace(ROOT_RE, (tag) =>
    tag
      .replace(/(\swidth\s*=\s*)(?:"[^"]*"|'[^']*')/i, `$1"${width}"`)
      .replace(/(\sheight\s*=\s*)(?:"[^"]*"|'[^']*')/i, `$1"${height}"`)
  );
}

/**
 * Rasterises `svg` at `scale` (1, 2, 4, ... any finite number > 0) into a PNG Blob. `background` 'white' fills the
 * canvas white first; 'transparent' keeps the alpha channel. Throws ExportImageError on bad input, missing DOM,
 * an oversized canvas or a browser failure.
 */
export async function svgToPngBlob(svg: string, scale: number, background: 'white' | 'transparent'): Promise<Blob> {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 16) {
    throw new ExportImageError('bad-scale', `svgToPngBlob: scale must be a number in (0, 16], got ${String(scale)}; use 1, 2 or 4.`);
  }
  if (typeof document === 'undefined' || typeof Image === 'undefined' || typeof URL?.createObjectURL !== 'function') {
    throw new ExportImageError('no-dom', 'svgToPngBlob: needs a browser (document, Image, URL.createObjectURL); call it from the page, not from Node.');
  }
  const { width, height } = svgSize(svg);
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  if (w > MAX_CANVAS_SIDE || h > MAX_CANVAS_SIDE || w * h > MAX_CANVAS_AREA) {
    throw new ExportImageError(
      'canvas-too-large',
      `svgToPngBlob: ${w} x ${h} px at scale ${scale} is larger than browsers can rasterise (max ${MAX_CANVAS_SIDE} px a side); choose a smaller scale or export SVG.`
    );
  }

  const url = URL.createObjectURL(new Blob([withRootSize(svg, w, h)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.width = w;
    img.height = h;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () =>
        reject(new ExportImageError('image-load', 'svgToPngBlob: the browser could not load the SVG as an image; check that it is well-formed XML (sceneToSvg output is).'));
      img.src = url;
    });

    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportImageError('canvas-context', 'svgToPngBlob: could not get a 2D canvas context (out of memory?); try a smaller scale.');
    if (background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
    }
    ctx.drawImage(img, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new ExportImageError('png-encode', `svgToPngBlob: canvas.toBlob returned nothing for a ${w} x ${h} canvas; try a smaller scale.`);
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
