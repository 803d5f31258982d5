/**
 * Label blocks: a label is one or more lines (Chinese with its English name underneath), each with its own size.
 * The block's size decides where the label fits (./place.ts); the baselines say where each line is drawn inside
 * it. Shared by the screen views and the image export, so they draw the same box. Pure.
 */
import { textWidth } from './measure';

export interface LabelLine {
  text: string;
  size: number;
  /** Secondary lines (the English line under Chinese) are drawn lighter and smaller. */
  secondary?: boolean;
}

/** Line height, in em of the line's font size. */
export const LINE_HEIGHT = 1.2;

/** Width (widest line) and height (sum of line heights) of a label block, in px. */
export function blockSize(lines: readonly LabelLine[], bold = false): { w: number; h: number } {
  let w = 0;
  let h = 0;
  for (const l of lines) {
    w = Math.max(w, textWidth(l.text, l.size, bold));
    h += l.size * LINE_HEIGHT;
  }
  return { w, h };
}

/** Baseline of a line of `size` px whose line box starts at `lineTop`: the glyphs centred in the line height. */
export function baselineOf(lineTop: number, size: number): number {
  return lineTop + (size * LINE_HEIGHT - size) / 2 + size * 0.86;
}

/** The baselines of the lines of a block whose top is at `top`. */
export function lineBaselines(lines: readonly LabelLine[], top: number): number[] {
  const out: number[] = [];
  let t = top;
  for (const l of lines) {
    out.push(baselineOf(t, l.size));
    t += l.size * LINE_HEIGHT;
  }
  return out;
}
