/**
 * Web Worker for a large graph file (graph-load-host.ts: parse, preview, full validation), started by
 * graph-load-client.ts ahead of the data. Sets up this thread's fonts and canvas while the file downloads: the
 * first text drawn in a thread loads and matches the label fonts, which would otherwise add about 100 ms to the
 * first picture.
 */
import { FONT_FAMILY } from '../viz/canvas-draw';
import { serveJobs } from './host';
import { graphLoadJobs } from './graph-load-host';

function warmUp(): void {
  try {
    if (typeof OffscreenCanvas === 'undefined') return;
    const ctx = new OffscreenCanvas(96, 40).getContext('2d');
    if (!ctx) return;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    for (const size of [12, 10]) {
      ctx.font = `${size}px ${FONT_FAMILY}`;
      ctx.strokeText('图谱 Graph', 4, 20);
      ctx.fillText('图谱 Graph', 4, 20);
    }
    ctx.beginPath();
    ctx.arc(10, 10, 4, 0, 2 * Math.PI);
    ctx.moveTo(0, 0);
    ctx.lineTo(90, 30);
    ctx.fill();
    ctx.stroke();
    ctx.canvas.transferToImageBitmap().close();
  } catch {
    /* nothing to warm: the first picture pays for it */
  }
}

serveJobs(graphLoadJobs);
warmUp();
