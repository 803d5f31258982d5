/**
 * Typed errors of the image export. Messages say what failed, where, and what to do.
 * No runtime dependencies; safe in Node and the browser.
 */
import { TopicgraphError } from '../../core/errors';

export type ExportImageErrorCode =
  | 'bad-option'
  | 'svg-size'
  | 'bad-scale'
  | 'canvas-too-large'
  | 'no-dom'
  | 'image-load'
  | 'canvas-context'
  | 'png-encode';

export class ExportImageError extends TopicgraphError {
  readonly code: ExportImageErrorCode;
  constructor(code: ExportImageErrorCode, message: string) {
    super(message);
    this.name = 'ExportImageError';
    this.code = code;
  }
}
