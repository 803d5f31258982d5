/**
 * Text bound for a terminal: control characters from the data (labels, names, aliases, file names) are shown as
 * escapes (`\x1b`, `\u202e`) instead of being sent raw, so a hostile label cannot move the cursor, recolour or
 * clear the screen, or reorder the line (bidi controls). Newlines and tabs are kept.
 */
// C0 except \t and \n, DEL, C1, and the bidi embedding/override/isolate controls
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
