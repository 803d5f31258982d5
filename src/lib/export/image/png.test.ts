/**
 * Tests of png.ts that run in Node: svgSize parsing and the typed errors of svgToPngBlob before any DOM use.
 * Rasterisation itself needs a browser and was checked by hand in headless Chromium (see the module header).
 */
import { describe, expect, it } from 'vitest';
import { svgSize, svgToPngBlob } from './png';
import { ExportImageError } from './errors';
import { sceneToSvg } from './svg';

describe('svgSize', () => {
  it.each([
    ['plain', '<svg width="1200" height="800" viewBox="0 0 10 10"></svg>', 1200, 800],
    ['px units and prolog', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="12.5px" height="7px"/>', 12.5, 7],
    ['single quotes', "<svg height='3' width='4'/>", 4, 3],
    ['stroke-width on root is not width', '<svg stroke-width="9" width="5" height="6"/>', 5, 6],
    ['nested svg ignored', '<svg width="10" height="20"><svg width="99" height="99"/></svg>', 10, 20]
  ])('%s', (_n, svg, width, height) => {
    expect(svgSize(svg)).toEqual({ width, height });
  });

  it('matches sceneToSvg output', () => {
    const svg = sceneToSvg({ title: 't', caption: '', width: 1, height: 1, nodes: [], edges: [], legend: [], background: 'white' });
    const m = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    expect(svgSize(svg)).toEqual({ width: Number(m?.[1]), height: Number(m?.[2]) });
  });

  it.each([
    ['no svg', '<html></html>', /no <svg> root/],
    ['missing width', '<svg height="4"/>', /width attribute is missing/],
    ['percent', '<svg width="100%" height="4"/>', /width attribute is "100%"/],
    ['em units', '<svg width="10" height="2em"/>', /height attribute is "2em"/],
    ['zero', '<svg width="0" height="4"/>', /positive number/]
  ])('%s -> ExportImageError', (_n, svg, message) => {
    expect(() => svgSize(svg)).toThrow(ExportImageError);
    expect(() => svgSize(svg)).toThrow(message);
  });
});

describe('svgToPngBlob outside a browser', () => {
  it.each([0, -1, NaN, Infinity, 17])('scale %s -> bad-scale', async (scale) => {
    await expect(svgToPngBlob('<svg width="1" height="1"/>', scale, 'white')).rejects.toMatchObject({ code: 'bad-scale' });
  });
  it('in Node -> no-dom, with a message that says what to do', async () => {
    await expect(svgToPngBlob('<svg width="1" height="1"/>', 2, 'white')).rejects.toMatchObject({
      name: 'ExportImageError',
      code: 'no-dom',
      message: expect.stringMatching(/needs a browser/)
    });
  });
});
