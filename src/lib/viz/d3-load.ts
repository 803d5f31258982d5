/**
 * Loads the d3 interaction chunk (d3-interaction.ts) once; the SVG view and its node layer share the promise.
 * Nothing else here, so importing this module statically costs nothing.
 */
export type D3Interaction = typeof import('./d3-interaction');

let loading: Promise<D3Interaction> | null = null;
export const loadD3 = (): Promise<D3Interaction> => (loading ??= import('./d3-interaction'));
