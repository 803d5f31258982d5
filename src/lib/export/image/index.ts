/**
 * Public API of the image export: SVG (pure, Node or browser) and PNG (browser only) of the current view.
 * Re-exports only; the page imports from here.
 */

export type { ExportScene, ExportNode, ExportEdge, ExportLegendGroup, SceneToSvgOptions } from './types';
export { sceneToSvg } from './svg';
export { DEFAULT_FONT_FAMILY, SVG_DEFAULTS, validateSvgOptions, resolveSvgOptions } from './settings';
export { svgToPngBlob, svgSize } from './png';
export { ExportImageError } from './errors';
export type { ExportImageErrorCode } from './errors';
