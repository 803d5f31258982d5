/**
 * Seeded synthetic inputs for the benches (same seed -> same output, on every machine):
 * - `syntheticCatalog(count)`: K concepts, each with CJK and/or Latin aliases (single words, two-word names,
 *   acronyms with digits), valid for compileMatcher (no alias shared by two concepts) and checkCatalog.
 * - `syntheticTranscript({catalog, bytes})`: a Markdown interview in the bundled file's style (# title, bold
 *   受访者/采访者 lines, `## 一、 ...` sections, `**Russ (主持人):**` speaker turns in Chinese with embedded English
 *   and some all-English turns, a few list items), about one concept mention per ~41 passage characters (the
 *   bundled file: 43), concepts Zipf-distributed with per-section topics. Generation is a stream: a bigger size
 *   with the same seed starts with the same text as a smaller one.
 * - `syntheticGraph({nodes})`: a SerializedConceptGraph with N nodes, ~3 edges per node, communities, positions,
 *   passages and mentions, valid per validateGraph (src/lib/core/contract/schema.ts), for the page benches.
 *
 * Pure (no fs, no clock). Not used by the app.
 */
import type {
  Catalog,
  CatalogConcept,
  Mention,
  Passage,
  Section,
  SerializedConceptGraph,
  SerializedEdge,
  SerializedNode,
  Speaker
} from '../src/lib/core/contract/types';
import { DEFAULT_BUILD_PARAMETERS, KNOWN_KINDS, SCHEMA_VERSION, edgeKey } from '../src/lib/core/contract/types';

// ---------------------------------------------------------------------------------------------------------------
// Random source
// ---------------------------------------------------------------------------------------------------------------

/** A seeded pseudo-random source (mulberry32) with the few helpers the generators need. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** UTF-8 length of a string (what a file of it would weigh). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u < 0x80) n += 1;
    else if (u < 0x800) n += 2;
    else if (u >= 0xd800 && u <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

/** Characters concept aliases are made of (technical-sounding, partly shared with the filler words). */
const ALIAS_CHARS = Array.from(
  '算力模型数据规模化智能学习神经网络训练推理参数向量梯度语言图像机器人类通用超级系统架构注意深度强化监督预测分布式并行集群芯片能源' +
    '经济增长生产率市场资本劳动价值效用理论悖论定律效应假说实验观察认知意识心灵哲学伦理安全对齐风险治理政策监管开源闭源基准评测' +
    '量子物理化学生物基因蛋白结构进化演化文明历史战争帝国城市科技革命工业电力计算编程代码软件硬件存储带宽延迟吞吐优化搜索规划记忆'
);

/** Chinese filler words in the register of an interview transcript. */
const ZH_WORDS = [
  '我们', '这个', '因为', '但是', '可能', '认为', '问题', '时候', '发展', '技术', '一个', '什么', '没有', '已经', '知道', '需要',
  '其实', '如果', '那么', '更多', '未来', '社会', '公司', '方式', '时间', '东西', '觉得', '可以', '现在', '真的', '部分', '不同',
  '关于', '一些', '所有', '开始', '进行', '成为', '工作', '生活', '结果', '影响', '过程', '重要', '变化', '比如', '非常', '就是',
  '他们', '你', '我', '的', '了', '在', '是', '有', '和', '也', '都', '很', '会', '说', '要', '这', '那', '就', '还', '对', '把',
  '让', '被', '从', '到', '看', '想', '做', '去', '来', '里', '上', '下', '中', '大', '小', '多', '少', '好', '新', '老', '事情',
  '世界', '人们', '一样', '似乎', '或者', '而且', '所以', '然后', '当然', '确实', '某种', '程度', '意义', '角度', '方面', '情况'
];

/** English filler words (also used inside Chinese turns, as the bundled transcript does). */
const EN_WORDS = [
  'the', 'a', 'of', 'to', 'and', 'in', 'that', 'is', 'it', 'we', 'you', 'I', 'think', 'really', 'about', 'what', 'this',
  'there', 'people', 'just', 'like', 'so', 'know', 'more', 'would', 'could', 'thing', 'things', 'model', 'models', 'data',
  'scale', 'world', 'question', 'because', 'then', 'when', 'which', 'much', 'very', 'kind', 'point', 'idea', 'ideas', 'maybe',
  'years', 'time', 'work', 'growth', 'progress', 'big', 'new', 'lot', 'going', 'right', 'different', 'whole', 'way', 'mean'
];

const SYLLABLES = [
  'ka', 'lo', 'mir', 'eth', 'zor', 'vex', 'tan', 'qui', 'bel', 'dra', 'nov', 'sen', 'tor', 'lum', 'pra', 'xen', 'gal', 'rin',
  'sol', 'dex', 'mon', 'var', 'pel', 'cor', 'fin', 'hal', 'jor', 'kel', 'lis', 'mar', 'nu', 'os', 'pi', 'ru', 'sta', 'ul', 'wen', 'yi'
];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function latinWord(rng: Rng, syllables = rng.range(2, 3)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES);
  return w;
}

function latinAlias(rng: Rng): string {
  const r = rng.next();
  if (r < 0.4) return capitalize(latinWord(rng));
  if (r < 0.7) return `${capitalize(latinWord(rng))} ${capitalize(latinWord(rng, 2))}`;
  // Acronym, sometimes with a version number: "ZQX", "KM-7", "Lumra 3.5".
  const letters = Array.from({ length: rng.range(2, 4) }, () => String.fromCharCode(65 + rng.int(26))).join('');
  if (r < 0.85) return letters;
  if (r < 0.95) return `${letters}-${rng.range(1, 99)}`;
  return `${capitalize(latinWord(rng, 2))} ${rng.range(1, 9)}.${rng.range(0, 9)}`;
}

function cjkAlias(rng: Rng): string {
  const r = rng.next();
  const len = r < 0.2 ? 2 : r < 0.6 ? 3 : 4;
  let s = '';
  for (let i = 0; i < len; i++) s += rng.pick(ALIAS_CHARS);
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Catalog
// ---------------------------------------------------------------------------------------------------------------

export interface SyntheticCatalogOptions {
  /** Number of concepts (K). */
  concepts: number;
  seed?: number;
}

/**
 * K concepts `syn-0001`, `syn-0002`, ... with 1-2 CJK aliases and/or 1-2 Latin aliases each (about 10% Latin only,
 * 20% CJK only); every alias unique after lower-casing, so the catalog compiles without conflicts. About one in
 * five concepts has a `broader` concept among the earlier ones (no cycles).
 */
export function syntheticCatalog(options: SyntheticCatalogOptions): Catalog {
  const rng = new Rng(options.seed ?? 1);
  const used = new Set<string>();
  const fresh = (make: () => string): string => {
    for (;;) {
      const a = make();
      const key = a.toLowerCase();
      if (!used.has(key) && !ZH_WORDS.includes(a) && !EN_WORDS.includes(key)) {
        used.add(key);
        return a;
      }
    }
  };
  const width = String(options.concepts).length;
  const concepts: CatalogConcept[] = [];
  for (let i = 0; i < options.concepts; i++) {
    const r = rng.next();
    const cjk = r < 0.1 ? 0 : rng.range(1, 2);
    const latin = r >= 0.1 && r < 0.3 ? 0 : rng.range(1, 2);
    const zh = Array.from({ length: cjk }, () => fresh(() => cjkAlias(rng)));
    const en = Array.from({ length: latin }, () => fresh(() => latinAlias(rng)));
    const concept: CatalogConcept = {
      id: `syn-${String(i + 1).padStart(width, '0')}`,
      label: { ...(zh.length ? { zh: zh[0] } : {}), ...(en.length ? { en: en[0] } : {}) },
      kind: KNOWN_KINDS[rng.int(KNOWN_KINDS.length)],
      aliases: [...zh, ...en]
    };
    if (i > 0 && rng.chance(0.2)) concept.broader = concepts[rng.int(i)].id;
    concepts.push(concept);
  }
  return { title: `Synthetic catalog (${options.concepts} concepts)`, language: 'zh', concepts };
}

// ---------------------------------------------------------------------------------------------------------------
// Transcript
// ---------------------------------------------------------------------------------------------------------------

export interface SyntheticTranscriptOptions {
  catalog: Catalog;
  /** Target size in UTF-8 bytes; the text stops at the first turn boundary at or past it. */
  bytes: number;
  seed?: number;
  /** Probability that a word slot holds a concept alias. Default 0.04 (about one mention per 41 passage characters; the bundled file has one per 43). */
  mentionRate?: number;
}

/** Cumulative Zipf weights (s = 1) over n ranks, for sampling by binary search. */
function zipfTable(n: number): Float64Array {
  const t = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) t[i] = sum += 1 / (i + 1);
  return t;
}

function sampleTable(table: Float64Array, rng: Rng): number {
  const x = rng.next() * table[table.length - 1];
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

const SPEAKERS = [
  { label: '**Russ (主持人):**', english: false, weight: 0.45 },
  { label: '**Dwarkesh (嘉宾):**', english: false, weight: 0.45 },
  { label: '**李明 (评论员):**', english: false, weight: 0.1 }
];

/** Chinese section numerals for headings. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const sectionNumber = (n: number) => (n <= 10 ? NUMERALS[n - 1] : String(n));

/**
 * A Markdown interview transcript of about `bytes` UTF-8 bytes (normalised: LF line endings, no BOM) that mentions
 * the catalog's concepts. Deterministic for a given catalog, size and seed.
 */
export function syntheticTranscript(options: SyntheticTranscriptOptions): string {
  const rng = new Rng(options.seed ?? 7);
  const rate = options.mentionRate ?? 0.04;
  const concepts = options.catalog.concepts;
  const literal = concepts.map((c) => c.aliases.filter((a): a is string => typeof a === 'string'));
  const latinOf = literal.map((as) => as.filter((a) => /[A-Za-z0-9]/.test(a)));
  // Concept popularity: a fixed random permutation of the catalog, Zipf over it.
  const order = concepts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const zipf = zipfTable(order.length);
  let topics: number[] = [];
  const concept = (): number => (topics.length && rng.chance(0.6) ? rng.pick(topics) : order[sampleTable(zipf, rng)]);

  const parts: string[] = [];
  let size = 0;
  const emit = (s: string) => {
    parts.push(s);
    size += utf8Length(s);
  };

  const zhSentence = (): string => {
    const n = rng.range(4, 14);
    let s = '';
    // Latin words sit directly against Chinese characters ("如ChatGPT的"), but get a space between each other.
    const add = (word: string) => {
      if (s !== '' && LATIN_END.test(s) && LATIN_START.test(word)) s += ' ';
      s += word;
    };
    for (let w = 0; w < n; w++) {
      if (rng.chance(rate * 1.6)) {
        const c = concept();
        if (literal[c].length) add(rng.pick(literal[c]));
      } else if (rng.chance(0.04)) add(rng.pick(EN_WORDS));
      else add(rng.pick(ZH_WORDS));
      if (w > 2 && w < n - 1 && rng.chance(0.12)) s += '，';
    }
    return s + rng.pick(['。', '。', '。', '？', '！', '……']);
  };
  const enSentence = (): string => {
    const n = rng.range(6, 18);
    const words: string[] = [];
    for (let w = 0; w < n; w++) {
      if (rng.chance(rate * 2.2)) {
        const c = concept();
        const forms = latinOf[c].length ? latinOf[c] : literal[c];
        if (forms.length) words.push(rng.pick(forms));
      } else words.push(rng.pick(EN_WORDS));
    }
    if (words.length === 0) words.push('Right');
    words[0] = capitalize(words[0]);
    return words.join(' ') + rng.pick(['.', '.', '.', '?', '!']);
  };
  const turnText = (english: boolean): string => {
    const sentences = rng.range(2, 9);
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(english ? enSentence() : zhSentence());
    return out.join(english ? ' ' : '');
  };
  const label = (c: number) => concepts[c].label.zh ?? concepts[c].label.en ?? concepts[c].id;

  emit(`# 合成访谈：规模化时代的对话（seed ${options.seed ?? 7}）\n\n`);
  emit('**受访者：Dwarkesh Patel (播客作者)**\n**采访者：Russ Roberts (EconTalk 主持人)**\n\n---\n\n');
  let section = 0;
  while (size < options.bytes) {
    section++;
    topics = Array.from({ length: 8 }, () => order[sampleTable(zipf, rng)]);
    emit(`## ${sectionNumber(section)}、 ${label(topics[0])}与${label(topics[1])}\n\n`);
    const turns = rng.range(8, 20);
    for (let t = 0; t < turns && size < options.bytes; t++) {
      const r = rng.next();
      const speaker = r < SPEAKERS[0].weight ? SPEAKERS[0] : r < SPEAKERS[0].weight + SPEAKERS[1].weight ? SPEAKERS[1] : SPEAKERS[2];
      emit(`${speaker.label}\n${turnText(rng.chance(0.15))}\n\n`);
    }
    if (rng.chance(0.3) && size < options.bytes) {
      emit(`### 小结\n\n`);
      const items = rng.range(2, 4);
      for (let i = 0; i < items; i++) emit(`- ${zhSentence()}\n`);
      emit('\n');
    }
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Serialized graph
// ---------------------------------------------------------------------------------------------------------------

export interface SyntheticGraphOptions {
  /** Number of nodes (concepts). */
  nodes: number;
  /** Edges added per node (the graph has about nodes * edgesPerNode edges). Default 3. */
  edgesPerNode?: number;
  seed?: number;
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
};

/** 64 lowercase hex digits derived from a string (a stand-in sha256; not a real hash of anything). */
function fakeSha(text: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let k = 0; k < 8; k++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ k, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * A concept graph as the build step would serialise it: `nodes` concepts in ~sqrt(N)/2 communities laid out as
 * clusters (positions in px around the origin), ~`edgesPerNode` edges per node (80% inside the community), one
 * passage per node on average, every node mentioned at least once, edge evidence passages that really mention
 * both ends, counts (passageCount, bySection, degree, Jaccard, NPMI, modularity) consistent with those mentions.
 * Passes validateGraph; nodes sorted by key, edges by edgeKey.
 */
export function syntheticGraph(options: SyntheticGraphOptions): SerializedConceptGraph {
  const N = Math.max(1, Math.floor(options.nodes));
  const perNode = options.edgesPerNode ?? 3;
  const seed = options.seed ?? 11;
  const rng = new Rng(seed);
  const width = String(N).length;
  const ids = Array.from({ length: N }, (_, i) => `n-${String(i + 1).padStart(width, '0')}`);
  const wanted = Math.max(1, Math.round(Math.sqrt(N) / 2));
  // Community ids 0..C-1 in order of first appearance (as Louvain's output is), none empty.
  const renumber = new Map<number, number>();
  const community = ids.map(() => {
    const raw = rng.int(wanted);
    let c = renumber.get(raw);
    if (c === undefined) renumber.set(raw, (c = renumber.size));
    return c;
  });
  const C = renumber.size;
  const members: number[][] = Array.from({ length: C }, () => []);
  community.forEach((c, i) => members[c].push(i));

  // Edges: each node links to `perNode` others, mostly in its own community.
  const edgeSet = new Map<string, [number, number]>();
  for (let i = 0; i < N && N > 1; i++) {
    for (let k = 0; k < perNode; k++) {
      for (let attempt = 0; attempt < 6; attempt++) {
        const own = members[community[i]];
        const j = rng.chance(0.8) && own.length > 1 ? rng.pick(own) : rng.int(N);
        if (j === i) continue;
        const a = Math.min(i, j);
        const b = Math.max(i, j);
        const key = `${a}:${b}`;
        if (edgeSet.has(key)) continue;
        edgeSet.set(key, [a, b]);
        break;
      }
    }
  }
  const edgeList = [...edgeSet.values()];

  // Passages: about one per node, grouped by community so evidence stays local; ~50 passages per section.
  const P = Math.max(4, N);
  const passageCommunity = Array.from({ length: P }, (_, p) => (p < C ? p : rng.int(C)));
  const passagesOf: number[][] = Array.from({ length: C }, () => []);
  passageCommunity.forEach((c, p) => passagesOf[c].push(p));
  const pickPassage = (c: number) => (passagesOf[c].length ? rng.pick(passagesOf[c]) : rng.int(P));
  const inPassage: Set<number>[] = Array.from({ length: P }, () => new Set());
  const mentioned = new Uint8Array(N);
  const edgePassages = edgeList.map(([a, b]) => {
    const chosen = new Set<number>();
    const count = rng.chance(0.6) ? 1 : rng.range(2, 3);
    for (let k = 0; k < count; k++) chosen.add(pickPassage(rng.chance(0.5) ? community[a] : community[b]));
    for (const p of chosen) {
      inPassage[p].add(a);
      inPassage[p].add(b);
    }
    mentioned[a] = mentioned[b] = 1;
    return chosen;
  });
  // Every node mentioned at least once; half of them once more on their own.
  for (let i = 0; i < N; i++) if (rng.chance(0.5) || !mentioned[i]) inPassage[pickPassage(community[i])].add(i);

  const labels = ids.map(() => ({ zh: cjkAlias(rng), en: capitalize(latinWord(rng)) }));
  const sectionCount = Math.max(1, Math.ceil(P / 50));
  const sections: Section[] = Array.from({ length: sectionCount }, (_, s) => ({
    id: `s${s + 1}`,
    title: `第${s + 1}节 合成章节`,
    parent: null,
    order: s,
    depth: 2,
    time: null,
    line: 1 + s * 101
  }));
  const speakers: Speaker[] = [
    { id: 'russ', name: 'Russ', role: '主持人' },
    { id: 'dwarkesh', name: 'Dwarkesh', role: '嘉宾' }
  ];

  // Passage texts with the mentioned labels in them; mention offsets recorded as we write.
  const mentions: Mention[][] = ids.map(() => []);
  const passages: Passage[] = [];
  let offset = 0;
  let line = 2;
  for (let p = 0; p < P; p++) {
    const id = `p${p + 1}`;
    let text = '';
    const mentioned = [...inPassage[p]].sort((x, y) => x - y);
    for (const i of mentioned) {
      text += rng.pick(ZH_WORDS) + rng.pick(ZH_WORDS);
      const lab = rng.chance(0.8) ? labels[i].zh : labels[i].en;
      mentions[i].push({ passage: id, start: text.length, end: text.length + lab.length });
      text += lab + rng.pick(['，', '。', '的', '和']);
    }
    text += rng.pick(ZH_WORDS) + '。';
    const section = sections[Math.min(sectionCount - 1, Math.floor(p / 50))].id;
    passages.push({
      id,
      kind: 'turn',
      section,
      speaker: speakers[p % 2].id,
      text,
      start: offset,
      end: offset + text.length,
      lineStart: line,
      lineEnd: line + 1,
      time: null
    });
    offset += text.length + 2;
    line += 2;
  }

  // Per-node counts.
  const passageIdx = (pid: string) => Number(pid.slice(1)) - 1;
  const units = mentions.map((ms) => new Set(ms.map((m) => m.passage)).size);
  const degree = new Array<number>(N).fill(0);
  const weighted = new Array<number>(N).fill(0);
  const edges: SerializedEdge[] = edgeList.map(([a, b], e) => {
    const ps = [...edgePassages[e]].sort((x, y) => x - y);
    const w = ps.length;
    degree[a]++;
    degree[b]++;
    weighted[a] += w;
    weighted[b] += w;
    const ua = units[a];
    const ub = units[b];
    const npmi = w >= P ? 1 : Math.max(-1, Math.min(1, Math.log((w * P) / (ua * ub)) / -Math.log(w / P)));
    const [s, t] = ids[a] < ids[b] ? [ids[a], ids[b]] : [ids[b], ids[a]];
    return {
      key: edgeKey(s, t),
      source: s,
      target: t,
      undirected: true,
      attributes: { weight: w, jaccard: round(w / (ua + ub - w), 6), npmi: round(npmi, 6), passages: ps.map((p) => `p${p + 1}`) }
    };
  });
  edges.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  // Modularity of the community assignment (weighted).
  const m2 = 2 * edges.reduce((s, e) => s + e.attributes.weight, 0);
  const inner = new Array<number>(C).fill(0);
  const total = new Array<number>(C).fill(0);
  edgeList.forEach(([a, b], e) => {
    const w = edgePassages[e].size;
    if (community[a] === community[b]) inner[community[a]] += 2 * w;
  });
  weighted.forEach((w, i) => (total[community[i]] += w));
  const modularity = m2 === 0 ? 0 : inner.reduce((q, x, c) => q + x / m2 - (total[c] / m2) ** 2, 0);

  // Layout: communities on a spiral, nodes scattered around their centre.
  const spread = 30 + 6 * Math.sqrt(N / C);
  const centres = Array.from({ length: C }, (_, c) => {
    const r = spread * 2.2 * Math.sqrt(c + 0.5);
    const a = c * 2.399963; // golden angle
    return [r * Math.cos(a), r * Math.sin(a)];
  });
  const maxDegree = Math.max(1, ...degree);
  const nodes: SerializedNode[] = ids.map((key, i) => {
    const ms = mentions[i];
    const bySection: Record<string, number> = {};
    const bySpeaker: Record<string, number> = {};
    for (const pid of new Set(ms.map((m) => m.passage))) {
      const p = passages[passageIdx(pid)];
      bySection[p.section as string] = (bySection[p.section as string] ?? 0) + 1;
      bySpeaker[p.speaker as string] = (bySpeaker[p.speaker as string] ?? 0) + 1;
    }
    const sortKeys = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort(([x], [y]) => (x < y ? -1 : 1)));
    const [cx, cy] = centres[community[i]];
    return {
      key,
      attributes: {
        label: labels[i],
        kind: KNOWN_KINDS[i % KNOWN_KINDS.length],
        broader: null,
        description: null,
        aliases: [labels[i].zh, labels[i].en],
        mentions: ms,
        passageCount: units[i],
        unitCount: units[i],
        mentionCount: ms.length,
        bySection: sortKeys(bySection),
        bySpeaker: sortKeys(bySpeaker),
        community: community[i],
        degree: degree[i],
        weightedDegree: weighted[i],
        betweenness: round((degree[i] / maxDegree) ** 2 * 0.5, 6),
        x: round(cx + rng.normal() * spread, 2),
        y: round(cy + rng.normal() * spread, 2)
      }
    };
  });

  return {
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      title: `Synthetic graph (${N} nodes)`,
      source: {
        file: `synthetic-${N}.md`,
        sha256: fakeSha(`transcript:${N}:${seed}`),
        format: 'markdown',
        catalog: `synthetic-${N}.concepts.json`,
        catalogSha256: fakeSha(`catalog:${N}:${seed}`)
      },
      sections,
      speakers,
      passages,
      parameters: { ...DEFAULT_BUILD_PARAMETERS, seed },
      unitCount: P,
      unmatched: [],
      communityCount: C,
      modularity: round(modularity, 6),
      generator: 'topicgraph bench/synthetic'
    },
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    nodes,
    edges
  };
}
