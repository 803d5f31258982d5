/**
 * Words that never start or end a discovered term, and generic nouns that are never a term on their own.
 * Small on purpose: part-of-speech tags and the common-word penalty do most of the work (see ./rank.ts). Pure.
 */

/** English function words, fillers and vague nouns (keys: lower case, lemmatised). */
export const EN_STOP = new Set(
  (
    'a an the this that these those there here it its it\'s i me my mine we us our you your he him his she her they them their ' +
    'what which who whom whose when where why how whether if then than so such as of in on at by for with about into onto from to ' +
    'up down out over under again further once and or but nor not no yes yeah okay ok oh uh um hmm mm like just really very ' +
    'quite pretty rather kind sort lot lots bit thing things stuff something anything everything nothing someone anyone everyone ' +
    'one ones some any all each every both few many much more most other another same own only also even still ever never ' +
    'way ways time times day days year years people person guy guys fact case point part sense question answer example idea ' +
    'reason world number place end side today tonight tomorrow yesterday now later well actually basically literally maybe ' +
    'perhaps course sure right mean know think say said go get got make made take see look come want need let do does did ' +
    'be is are was were been being have has had will would shall should can could may might must ' +
    'percent decade listener listeners audience guest host minute minutes hour hours week weeks month months half deal problem problems mr mrs ms dr st vs versus times etc e.g i.e episode podcast show today\'s conversation question questions'
  ).split(/\s+/)
);

/** Chinese function words and generic nouns that are not terms alone nor at the ends of one. */
export const ZH_STOP = new Set(
  (
    '时候 东西 事情 事儿 方面 方式 情况 部分 样子 意思 地方 原因 过程 程度 问题 结果 办法 感觉 看法 想法 角度 层面 ' +
    '人 人们 大家 我们 你们 他们 她们 它们 自己 别人 有人 朋友 先生 女士 一点 一些 一下 这样 那样 这种 那种 各种 ' +
    '今天 明天 昨天 现在 当时 以后 之前 之后 未来 过去 时间 年代 世纪 阶段 一天 每天 那里 这里 里面 外面 方向 ' +
    '东西 例子 比如 比方 例如 作用 影响 关系 区别 差别 内容 主题 话题 观点 讨论 对话 访谈 节目 ' +
    '整个 所有 每个 这个 那个 一个 各个 任何 如 像 等 即 会 能 要 可以 应该 是 有 让 使 把 被 做 说 想 看 到 知道 认为 觉得 发生 进行 需要 得到 成为 是否 开始 出现 变得 包括 通过 这是 那是 嘉宾 主持人 旁白 回答 问题 真的 其实 可能 也许 肯定 当然 所以 因为 但是 然后 而且 或者 还是 就是 只是 不是 对于 关于'
  ).split(/\s+/)
);

/** Characters that never occur in a new word found by jieba's HMM (它会, 我会, 认为这是 are not terms). */
export const ZH_FUNCTION_CHARS = /[我你他她它们这那的了是在有就都也要能会吗呢吧啊和与或而但把被让给对从向]/u;

/** Generic speaker-role names: a speaker called like this is not a person concept. */
export const ROLE_NAMES = new Set(
  ['host', 'guest', 'interviewer', 'interviewee', 'narrator', 'speaker', 'moderator', 'audience', 'announcer', 'q', 'a', '主持人', '嘉宾', '旁白', '采访者', '受访者', '观众', '记者'].map((s) => s.toLowerCase())
);
