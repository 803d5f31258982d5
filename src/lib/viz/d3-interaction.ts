/**
 * The d3 modules behind pointer interaction in the SVG view (zoom and pan, node drag), as one chunk the view loads
 * after hydration (d3-load.ts): they are not needed to draw the prerendered graph or to make it clickable, so their ~55 KB of
 * script is compiled and evaluated off the path to an interactive page. No DOM access at import.
 */
export { drag } from 'd3-drag';
export { select } from 'd3-selection';
export { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';

