/**
 * Text for drawing, without a DOM: width estimate, label text safety (controls, bidi, length), label blocks,
 * wrapping, the font stack, and the label placer with its box grid. Re-exports only.
 */
export { textWidth, BOLD_FACTOR } from './measure';
export { stripControls, cleanInline, closeBidi, isolate, capLabel, drawnLabel, MAX_LABEL_EM } from './label-text';
export { blockSize, lineBaselines, baselineOf, LINE_HEIGHT, type LabelLine } from './block';
export { wrapText } from './wrap';
export { LABEL_FONT_STACK, LATIN_FONTS, CJK_FONTS } from './fonts';
export { BoxGrid, overlaps, overlapArea, grow, anyOverlap, type Box } from './box-grid';
export {
  placeLabels,
  labelAt,
  byImportance,
  viewLabelPolicy,
  LABEL_POSITIONS,
  type LabelPosition,
  type LabelRequest,
  type LabelPlacement,
  type Obstacle,
  type PlaceOptions,
  type TextAnchor
} from './place';
