/**
 * SRT and WebVTT: every cue is one `cue` passage whose range is the cue's text block (the lines after the timing
 * line, up to the blank line), so text === source slice still holds; cue numbers, identifiers and timing lines are
 * not passage text. `time` is the cue start in seconds. Pure; never throws.
 *
 * Speakers: a WebVTT voice tag `<v Name>` (or `<v.class Name>`) at the start of the cue is always a speaker and
 * the passage starts after the tag (a closing `</v>` at the very end is cut off); otherwise a `Name: ` prefix
 * is a speaker when speakers.ts accepts the name (used at least twice in a dialogue of two or more names, or
 * with a role), and the passage starts after the prefix. Other inline tags (`<i>`, `<c.x>`, `<00:01.000>`) stay in
 * the text.
 *
 * Choices: no sections (NOTE, STYLE and REGION blocks and the WEBVTT header are skipped). A block without a
 * timing line right after a cue is taken as more text of that cue (some SRT files have blank lines inside
 * cues); elsewhere it is skipped with a warning.
 */
import type { DocumentBuilder } from './builder';
import { isBlank, lineText } from './lines';
import { decideSpeakers, matchLabel, nameKey, type LabelCandidate, type LabelMatch } from './speakers';
import { CLOCK, parseClock } from './timestamps';

const TIMING = new RegExp(String.raw`^[ \t]*(${CLOCK})[ \t]*-->[ \t]*(${CLOCK})`);
const VOICE = /^<v(?:\.[^\s>]*)?[ \t]+([^>\n]{1,80})>/;

interface Cue {
  /** 0-based line of the timing line. */
  timingLine: number;
  time: number;
  start: number;
  end: number;
  voice: string | null;
  label: LabelMatch | null;
}

export function parseSubtitles(b: DocumentBuilder, format: 'srt' | 'vtt'): void {
  const t = b.lines;
  const n = t.count;
  const cues: Cue[] = [];
  let i = 0;
  let first = true;
  while (i < n) {
    if (isBlank(lineText(t, i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isBlank(lineText(t, j))) j++;
    block(i, j, first);
    first = false;
    i = j;
  }

  const candidates: LabelCandidate[] = [];
  for (const cue of cues) if (cue.label) candidates.push({ match: cue.label, line: cue.timingLine + 2, followedByList: false });
  const decision = decideSpeakers(candidates);
  for (const c of decision.skipped)
    b.warn(c.line, `"${c.match.name}" looks like a speaker prefix but is used only once; kept as cue text`, 'speaker-looking label');
  for (const cue of cues) {
    let start = cue.start;
    let end = cue.end;
    let speaker: { name: string; role: string | null } | null = null;
    if (cue.voice !== null) {
      const m = VOICE.exec(b.text.slice(start, start + 100));
      start += m ? m[0].length : 0;
      if (b.text.slice(Math.max(start, end - 4), end) === '</v>') end -= 4;
      speaker = { name: cue.voice, role: null };
    } else if (cue.label && decision.accepted.has(nameKey(cue.label.name))) {
      start += cue.label.textStart;
      speaker = { name: cue.label.name, role: cue.label.role };
    }
    b.addPassage({ kind: 'cue', start, end, speaker, time: cue.time, stripTimestamps: false });
  }

  /** Lines [from, to) are one block of non-blank lines. */
  function block(from: number, to: number, isFirst: boolean): void {
    const head = lineText(t, from).replace(/^\uFEFF/, '').trim();
    if (format === 'vtt' && isFirst && /^WEBVTT(?:[ \t]|$)/.test(head)) return;
    if (format === 'vtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) return;
    let timing = -1;
    for (let k = from; k < Math.min(to, from + 2); k++) {
      if (TIMING.test(lineText(t, k))) {
        timing = k;
        break;
      }
    }
    if (timing === -1) {
      const prev = cues[cues.length - 1];
      if (prev && prev.end === t.ends[lastTextLine(from)]) {
        prev.end = t.ends[to - 1];
        return;
      }
      b.warn(from + 1, `no cue timing line ("00:00:01,000 --> 00:00:04,000") in this block; skipped`, 'block without timing');
      return;
    }
    const m = TIMING.exec(lineText(t, timing));
    const time = parseClock(m?.[1] ?? '');
    if (time === null) {
      b.warn(timing + 1, `invalid cue start time "${m?.[1] ?? ''}"; cue skipped`, 'invalid cue time');
      return;
    }
    if (timing + 1 >= to) return; // a cue without text
    const start = t.starts[timing + 1];
    const firstLine = lineText(t, timing + 1);
    const voice = VOICE.exec(firstLine);
    cues.push({
      timingLine: timing,
      time,
      start,
      end: t.ends[to - 1],
      voice: voice && voice[1].trim() ? voice[1].trim() : null,
      label: voice ? null : colonLabel(firstLine)
    });
  }

  /** The last line before `from` that is not blank (the end of the previous block). */
  function lastTextLine(from: number): number {
    let k = from - 1;
    while (k > 0 && isBlank(lineText(t, k))) k--;
    return Math.max(k, 0);
  }
}

function colonLabel(line: string): LabelMatch | null {
  const m = matchLabel(line);
  return m && !m.labelOnly && (m.form === 'colon-inline' || m.form === 'bold-inline') ? m : null;
}
