/**
 * Speaker labels: recognising them on a line, deciding which names are real speakers, and giving speakers ids.
 * Pure; never throws on any string.
 *
 * Label forms (`:` may be the full-width `：`, a role is `(role)` or `（role）`):
 *   strong  `**Name (role):**` / `**Name:**` / `**Name**:` / `**Name** (role):` on a line of its own (the text follows
 *           on the next lines), or followed by text on the same line (`**Name:** text`);
 *           WebVTT voice tags `<v Name>` (handled in subtitles.ts).
 *   weak    `Name: text`, `Name (role): text`, `[Name] text`, `Name:` alone on a line, and the caption-editor form
 *           `Name  00:01:02` alone on a line. Any label may be preceded by a timestamp (`[00:01:02] Name: text`);
 *           a role that is a timestamp (`Name (12:05):`) becomes the turn's time instead of a role.
 *
 * A name must look like a label, not a clause: 1-40 characters, at least one letter, no sentence punctuation
 * (。！？!?;；,，、quotes, brackets), at most 4 whitespace-separated words and at most 12 CJK characters, not
 * starting with Markdown syntax, and not one of the usual prose lead-ins (Note, Example, 注意, 例如, ...).
 * `**受访者：Dwarkesh Patel (…)**` is no label: the bold closes at the end of the line, not after the colon.
 *
 * Which names are accepted as speakers (decided once per document from all candidate lines, see `decideSpeakers`):
 *   1. a name with strong evidence is accepted: a bold label on its own line, any label carrying a role, or the
 *      bold inline form (`**Name:** text`, the README's form) used at least twice;
 *   2. a name that occurs as a label at least twice is "repeated";
 *   3. the document is a dialogue when at least two names are strong, repeated or written in the bold inline
 *      form; then repeated names and names used once in the bold inline form are accepted too (a host with a
 *      role and a guest who speaks once, or two people who speak once each, are both speakers);
 *   4. everything else stays text. In a dialogue, a skipped label whose name looks like a person's (Title Case
 *      words, or 1-4 CJK characters) gets a ParseWarning, so a one-off speaker is not lost silently.
 * Generic lead-ins that documents put in bold (`**Background:**`, `**Key points:**`) are stopwords, never names.
 * A label alone on its line that is directly followed by a list (`**Pros:**` + `- ...`) is a caption for the list
 * and is not evidence; it still becomes a turn when the name is accepted from elsewhere. A bare `[Name]` line is a
 * label only for an accepted name (otherwise `[Music]` is a stage direction). In Markdown, labels are looked for only
 * on lines outside list items, headings and code fences (`-   **核心论点**：…` is a list item, not a turn), and the
 * line right after a label alone on its line is that turn's text, never a weak label. Speakers get ids when their
 * first turn is emitted, so a speaker without any non-empty turn is not listed.
 *
 * Ids: the lowercase Latin slug of the name (`Russ` -> `russ`, `Dwarkesh Patel` -> `dwarkesh-patel`, diacritics
 * dropped), else (no Latin letter) `speaker-N` with N the 1-based position of the speaker; made unique with `-2`, `-3`.
 * Names are the same speaker when equal after NFKC, case folding and whitespace collapsing.
 */
import type { Speaker } from '../contract/types';
import { CLOCK, leadingTimestamp, parseClock } from './timestamps';

export type LabelForm = 'bold-line' | 'bold-inline' | 'colon-inline' | 'colon-line' | 'bracket-inline' | 'bracket-line' | 'clock-line';

export interface LabelMatch {
  form: LabelForm;
  name: string;
  role: string | null;
  /** Seconds from a timestamp before the label or in place of the role. */
  time: number | null;
  /** Offset inside the line where the turn text begins (the line length for a label alone on its line). */
  textStart: number;
  /** True when nothing but the label is on the line (the text follows on the next lines). */
  labelOnly: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const FORBIDDEN = /[。！？!?;；,，、"“”„«»「」『』《》〈〉【】\[\]{}()（）<>*_`#|:：…\\/=~^$@]/u;
const STOPWORDS = new Set(
  [
    'note', 'notes', 'nb', 'n.b.', 'example', 'examples', 'e.g.', 'eg', 'i.e.', 'ie', 'warning', 'caution', 'tip', 'tips',
    'important', 'update', 'edit', 'source', 'sources', 'summary', 'see', 'see also', 'ps', 'p.s.', 'todo', 'fixme', 'url',
    'link', 'links', 'date', 'time', 'title', 'author', 'authors', 'tags', 'location', 'duration', 'transcript', 'episode',
    'result', 'results', 'conclusion', 'definition', 'answer key', 'step', 'hint', 'pros', 'cons', 'yes', 'no', 'why',
    'how', 'what', 'so', 'but', 'and', 'or', 'then', 'also', 'however', 'therefore', 'thus', 'first', 'second', 'finally',
    '注', '注意', '备注', '例如', '比如', '注释', '来源', '总结', '提示', '警告', '更新', '说明', '时间', '地点', '标题',
    'background', 'context', 'overview', 'introduction', 'intro', 'abstract', 'method', 'methods', 'findings', 'discussion',
    'highlights', 'takeaway', 'takeaways', 'key takeaway', 'key takeaways', 'key point', 'key points', 'main point',
    'bottom line', 'agenda', 'goal', 'goals', 'objective', 'objectives', 'purpose', 'scope', 'status', 'next steps',
    'action items', 'decision', 'decisions', 'outcome', 'outcomes', 'reference', 'references', 'resources', 'quote',
    'keywords', 'topic', 'topics', 'description', 'problem', 'solution', 'remark', 'remarks',
    '背景', '概述', '简介', '摘要', '要点', '关键词', '主题', '目标', '方法', '讨论', '参考', '引用', '核心观点', '核心论点',
    '作者', '日期', '链接', '视频链接', '官方频道', '结论', '问题', '答案', '原文', '译者', '翻译', '编者按', '按', '即',
    '也就是说', '换句话说', '首先', '其次', '最后', '然后', '但是', '所以', '因此'
  ].map((w) => w.toLowerCase())
);

/** Canonical key of a name: NFKC, case-folded, whitespace collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when `name` is shaped like a speaker label (see the module header). */
export function isLabelName(name: string): boolean {
  const n = name.trim();
  if (n.length === 0 || n.length > 40) return false;
  if (!/\p{L}/u.test(n)) return false;
  if (FORBIDDEN.test(n)) return false;
  if (/^[-+>.'’&]/u.test(n)) return false;
  if (n.split(/\s+/).length > 4) return false;
  if ((n.match(CJK)?.length ?? 0) > 12) return false;
  if (STOPWORDS.has(nameKey(n))) return false;
  if (parseClock(n) !== null) return false;
  return true;
}

/** Splits `Name (role)` into name and role; a timestamp in the parentheses is returned as time. */
function splitRole(inner: string): { name: string; role: string | null; time: number | null } | null {
  const m = /^(.*?)[ \t]*[(（]([^()（）]{0,60})[)）]$/u.exec(inner.trim());
  if (!m) return { name: inner.trim(), role: null, time: null };
  const role = m[2].trim();
  const clock = parseClock(role);
  if (clock !== null) return { name: m[1].trim(), role: null, time: clock };
  return { name: m[1].trim(), role: role === '' ? null : role, time: null };
}

// whitespace runs inside labels are bounded ({0,10}) so that no pattern backtracks over long blank stretches
const BOLD_COLON_INSIDE = /^\*\*[ \t]{0,10}([^*\n]{1,120}?)[ \t]{0,10}[:：][ \t]{0,10}\*\*/u;
const BOLD_COLON_OUTSIDE = /^\*\*[ \t]{0,10}([^*\n]{1,120}?)[ \t]{0,10}\*\*[ \t]{0,10}(?:([(（][^()（）\n]{0,60}[)）])[ \t]{0,10})?([:：])/u;
const ROLE_COLON = /^([^\n:：*[\]()（）]{1,60}?)[ \t]{0,10}([(（][^()（）\n]{0,60}[)）])[ \t]{0,10}([:：])/u;
const PLAIN_COLON = /^([^\n:：*[\]]{1,100}?)[ \t]{0,10}([:：])/u;
const BRACKET = /^\[([^\]\n]{1,60})\](?![(:\[])/u;
const CLOCK_LINE = new RegExp(String.raw`^(.{1,60}?)[ \t]{1,10}(${CLOCK})[ \t]{0,10}$`, 'u');

function build(
  form: LabelForm,
  inner: string,
  line: string,
  after: number,
  leadTime: number | null,
  extraRole?: string
): LabelMatch | null {
  const parts = splitRole(extraRole ? `${inner} ${extraRole}` : inner);
  if (!parts || !isLabelName(parts.name)) return null;
  let textStart = after;
  while (textStart < line.length && /\s/.test(line[textStart])) textStart++;
  const labelOnly = textStart >= line.length;
  let kind = form;
  if (labelOnly && form === 'bold-inline') kind = 'bold-line';
  if (labelOnly && form === 'colon-inline') kind = 'colon-line';
  if (labelOnly && form === 'bracket-inline') kind = 'bracket-line';
  return { form: kind, name: parts.name.replace(/\s+/g, ' '), role: parts.role, time: parts.time ?? leadTime, textStart, labelOnly };
}

/**
 * The speaker label at the start of `line` (leading spaces allowed), or null. Shape checks only; whether the name
 * is accepted is decided by `decideSpeakers`.
 */
export function matchLabel(line: string): LabelMatch | null {
  let offset = 0;
  while (offset < line.length && (line[offset] === ' ' || line[offset] === '\t')) offset++;
  let leadTime: number | null = null;
  const ts = leadingTimestamp(line.slice(offset, offset + 40));
  if (ts && ts.length < line.length - offset) {
    leadTime = ts.seconds;
    offset += ts.length;
    while (offset < line.length && (line[offset] === ' ' || line[offset] === '\t')) offset++;
  }
  const rest = line.slice(offset);
  if (rest.startsWith('**')) {
    let m = BOLD_COLON_INSIDE.exec(rest);
    if (m) return build('bold-inline', m[1], line, offset + m[0].length, leadTime);
    m = BOLD_COLON_OUTSIDE.exec(rest);
    if (m) {
      const after = offset + m[0].length;
      // `**Name**: text` needs a space after an ASCII colon (`**Note**:x` is no label)
      if (m[3] === ':' && after < line.length && !/\s/.test(line[after])) return null;
      return build('bold-inline', m[1], line, after, leadTime, m[2]);
    }
    return null;
  }
  if (rest.startsWith('[')) {
    const m = BRACKET.exec(rest);
    if (!m || parseClock(m[1]) !== null) return null;
    return build('bracket-inline', m[1], line, offset + m[0].length, leadTime);
  }
  const r = ROLE_COLON.exec(rest);
  if (r) {
    const after = offset + r[0].length;
    const spaced = r[3] === '：' || after >= line.length || /\s/.test(line[after]);
    const label = spaced ? build('colon-inline', r[1], line, after, leadTime, r[2]) : null;
    if (label) return label;
  }
  const m = PLAIN_COLON.exec(rest);
  if (m) {
    const after = offset + m[0].length;
    const spaced = m[2] === '：' || after >= line.length || /\s/.test(line[after]);
    const label = spaced ? build('colon-inline', m[1], line, after, leadTime) : null;
    if (label) return label;
  }
  if (leadTime === null) {
    const c = CLOCK_LINE.exec(rest.trimEnd());
    if (c) {
      const seconds = parseClock(c[2]);
      if (seconds === null) return null;
      const r = build('clock-line', c[1], line, line.length, seconds);
      return r ? { ...r, time: seconds } : null;
    }
  }
  return null;
}

export function isStrongForm(form: LabelForm): boolean {
  return form === 'bold-line' || form === 'bold-inline';
}

export interface LabelCandidate {
  match: LabelMatch;
  /** 1-based line. */
  line: number;
  /** A label alone on its line whose next non-blank line is a list item. */
  followedByList: boolean;
}

/** A name a reader would take for a person: Title Case Latin words, or 1-4 CJK characters. */
export function looksLikePersonName(name: string): boolean {
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,4}$/u.test(name)) return true;
  return name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^\d+$/.test(w));
}

export interface SpeakerDecision {
  /** Keys (see nameKey) of the accepted names. */
  accepted: Set<string>;
  dialogue: boolean;
  /** Weak labels skipped in a dialogue (for warnings). */
  skipped: LabelCandidate[];
}

/** Applies the acceptance policy of the module header to all label candidates of a document. */
export function decideSpeakers(candidates: LabelCandidate[]): SpeakerDecision {
  interface Tally {
    strong: boolean;
    count: number;
    boldInline: boolean;
  }
  const tally = new Map<string, Tally>();
  for (const c of candidates) {
    const { match } = c;
    if (match.form === 'bracket-line') continue;
    if (match.labelOnly && c.followedByList) continue;
    const key = nameKey(match.name);
    const t = tally.get(key) ?? { strong: false, count: 0, boldInline: false };
    t.count++;
    if (match.form === 'bold-line' || match.role !== null) t.strong = true;
    if (match.form === 'bold-inline') t.boldInline = true;
    tally.set(key, t);
  }
  const accepted = new Set<string>();
  let evident = 0;
  for (const [key, t] of tally) {
    if (t.strong || (t.boldInline && t.count >= 2)) accepted.add(key);
    if (t.strong || t.count >= 2 || t.boldInline) evident++;
  }
  const dialogue = evident >= 2;
  if (dialogue) for (const [key, t] of tally) if (t.count >= 2 || t.boldInline) accepted.add(key);
  const skipped = dialogue
    ? candidates.filter(
        (c) =>
          !accepted.has(nameKey(c.match.name)) &&
          c.match.form !== 'bracket-line' &&
          !(c.match.labelOnly && c.followedByList) &&
          looksLikePersonName(c.match.name)
      )
    : [];
  return { accepted, dialogue, skipped };
}

/** Lowercase Latin slug of a name, '' when it has no Latin letters or digits after dropping diacritics. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Speakers in order of first use, with stable unique ids. */
export class SpeakerRegistry {
  private readonly byKey = new Map<string, Speaker>();
  private readonly ids = new Set<string>();
  readonly list: Speaker[] = [];

  /** Id of the speaker called `name`, registering it on first use; fills in a role seen later. */
  idFor(name: string, role: string | null): string {
    const key = nameKey(name);
    const known = this.byKey.get(key);
    if (known) {
      if (known.role === null && role !== null) known.role = role;
      return known.id;
    }
    const slug = slugify(name);
    const base = /[a-z]/.test(slug) ? slug : `speaker-${this.list.length + 1}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    const speaker: Speaker = { id, name: name.trim(), role };
    this.byKey.set(key, speaker);
    this.ids.add(id);
    this.list.push(speaker);
    return id;
  }
}
