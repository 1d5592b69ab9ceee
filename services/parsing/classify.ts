/**
 * Weighted-rule scoring of kind, category, priority and system from the cue dictionaries in data/.
 * Each matched cue adds its weight to its label (once per cue); the rules that combine scores are below and
 * documented with the data. Evidence lists every cue that counted.
 */
import type { Category, Priority, SystemCode } from '../tickets/types.ts'
import { CATEGORY_CUES, CATEGORY_DEFAULT_BIAS } from './data/category-cues.ts'
import { NEUTRAL_PHRASES } from './data/neutral.ts'
import {
  DISPUTED_BEFORE, DISPUTED_WINDOW, HOWTO_PHRASES, NEVER_REQUESTED, NEW_PROBLEM, THANKED_WINDOW, THANKS, HOWTO_QUESTION_BONUS, KIND_CUES, PERSIST_WINDOW, PERSIST_WORDS, REQUEST_AFTER, REQUEST_PHRASES, REQUEST_WINDOW,
  TOLD_BEFORE_FIX_FACTOR, KIND_THRESHOLD, NOT_A_QUESTION_BEFORE, NOT_A_QUESTION_WORD_AFTER, QUESTION_BONUS, QUESTION_FINALS,
  QUESTION_PARTICLES, QUESTION_WORDS, TICKET_REFERENCE_BONUS, UNKNOWN_PROBLEM,
} from './data/kind-cues.ts'
import {
  HYPOTHETICAL_BEFORE, HYPOTHETICAL_WINDOW, HIGH_DEADLINE_DAYS, PRIORITY_CUES, PRIORITY_THRESHOLDS, type PriorityCueLabel,
} from './data/priority-cues.ts'
import {
  HOWTO_SECONDARY, HOWTO_SECONDARY_FACTOR, MISSING_CUES, MISSING_WINDOW, ROOT_CAUSE_BONUS, SOFTWARE_SYSTEMS, STAFF_CUES, SYSTEM_COMBINATIONS, SYSTEM_CUES,
  SYSTEM_THRESHOLD, SYSTEM_TRANSFERS, WORKS_AFTER, WORKS_WINDOW,
  type SystemCue,
} from './data/system-cues.ts'
import { matchedText, PhraseSet, type Cue, type Match } from './phrases.ts'
import { tokenise, type Token } from './tokens.ts'
import type { MessageKind } from './types.ts'
import { localDayOf } from './vn-time.ts'

/** Weight-0 entries: they only hide the cues inside them (data/neutral.ts). */
const neutral = <L>(label: L): Cue<L>[] => NEUTRAL_PHRASES.map((phrase) => ({ phrase, label, weight: 0 }))
const kindSet = new PhraseSet<MessageKind>([...KIND_CUES, ...neutral<MessageKind>('other')])
const categorySet = new PhraseSet<Category>([...CATEGORY_CUES, ...neutral<Category>(1)])
const prioritySet = new PhraseSet<PriorityCueLabel>([...PRIORITY_CUES, ...neutral<PriorityCueLabel>('calm')])
const systemSet = new PhraseSet<SystemCode>([...SYSTEM_CUES, ...neutral<SystemCode>('khac')])
const systemCueInfo = new Map<string, SystemCue>(SYSTEM_CUES.map((c) => [`${c.label}|${c.phrase}`, c]))
const missingSet = new PhraseSet(MISSING_CUES.map((phrase) => ({ phrase, label: 'missing', weight: 1 })))
const staffSet = new PhraseSet(STAFF_CUES.map((phrase) => ({ phrase, label: 'staff', weight: 1 })))
const worksSet = new PhraseSet(WORKS_AFTER.map((phrase) => ({ phrase, label: 'works', weight: 1 })))
const transferSets = SYSTEM_TRANSFERS.map((t) => ({ t, words: new Set(t.phrases) }))
const comboSets = SYSTEM_COMBINATIONS.map((r) => ({ rule: r, set: new PhraseSet(r.all.map((phrase, i) => ({ phrase, label: i, weight: 0 }))) }))

export interface Scored<L extends string | number> {
  scores: Map<L, number>
  evidence: string[]
}

/** Sum weights per label, each distinct cue once. */
function score<L extends string | number>(tokens: readonly Token[], matches: Match<L>[], filter: (c: Cue<L>) => boolean = () => true): Scored<L> {
  const seen = new Set<Cue<L>>()
  const scores = new Map<L, number>()
  const evidence: string[] = []
  for (const m of matches) {
    if (seen.has(m.cue) || !filter(m.cue)) continue
    seen.add(m.cue)
    if (m.cue.weight === 0) continue
    scores.set(m.cue.label, (scores.get(m.cue.label) ?? 0) + m.cue.weight)
    evidence.push(`"${matchedText(tokens, m)}" → ${m.cue.label} ${m.cue.weight > 0 ? '+' : ''}${m.cue.weight}`)
  }
  return { scores, evidence }
}

function best<L extends string | number>(scores: Map<L, number>, order: readonly L[]): [L, number, number] {
  let top: L = order[0]
  let topScore = -Infinity
  let second = -Infinity
  for (const l of order) {
    const s = scores.get(l) ?? 0
    if (s > topScore) {
      second = topScore
      top = l
      topScore = s
    } else if (s > second) second = s
  }
  return [top, topScore, second]
}

export interface KindResult {
  kind: MessageKind
  confidence: number
  evidence: string[]
}

const KIND_ORDER: readonly MessageKind[] = ['update', 'query', 'report', 'other']

const particles = new Set(QUESTION_PARTICLES)
const howto = new Set(HOWTO_PHRASES)
const finals = new Set(QUESTION_FINALS)
const whAccented = new Set<string>(QUESTION_WORDS.accented)
const whFolded = new Set<string>(QUESTION_WORDS.folded)
const baoNext = new Set<string>(QUESTION_WORDS.bao)
const dauAfter = new Set<string>(QUESTION_WORDS.dauAfter)
const notWhAfter = new Set(NOT_A_QUESTION_WORD_AFTER)
const PROGRESS_WORDS = new Set<string>(QUESTION_WORDS.progress)

/** A question word at i ("sao", "mấy", "bao giờ"), not "không sao", not "máy" or "đầu". */
function isQuestionWord(tokens: readonly Token[], i: number, accented: boolean): boolean {
  const t = tokens[i]
  if (t.type !== 'word' || (i > 0 && notWhAfter.has(tokens[i - 1].fold))) return false
  if (t.fold === 'bao') return baoNext.has(tokens[i + 1]?.fold ?? '') && (!accented || t.lower === 'bao')
  if (accented) return whAccented.has(t.lower)
  return whFolded.has(t.fold) || (t.fold === 'dau' && i > 0 && dauAfter.has(tokens[i - 1].fold))
}

interface Clause {
  start: number
  /** Exclusive. */
  end: number
  /** Closes on a question word ("… chưa ạ", "… không anh") or a question mark. */
  question: boolean
  /** A question about progress: "… chưa?" (has it happened yet), or asking how many, how far, who, which. */
  yet: boolean
}

/** Clauses (split at punctuation and line breaks) and whether each is a yes/no question. */
function clausesOf(tokens: readonly Token[], accented: boolean): Clause[] {
  const out: Clause[] = []
  let start = 0
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].end && i < tokens.length - 1) continue
    const end = i + 1
    let h = i
    let qmark = false
    let final = false
    while (h >= start && (tokens[h].type === 'qmark' || tokens[h].type === 'bang' || (tokens[h].type === 'word' && particles.has(tokens[h].fold)))) {
      if (tokens[h].type === 'qmark') qmark = true
      if (finals.has(tokens[h].fold)) final = true
      h--
    }
    const head = h >= start ? tokens[h].fold : ''
    const before = h > start ? tokens[h - 1].fold : ''
    const asked = (head === 'chua' || head === 'khong') && !(NOT_A_QUESTION_BEFORE[head] ?? []).includes(before)
    let wh = false
    let progressWh = false
    for (let k = start; (final || qmark) && k <= h; k++) {
      if (!isQuestionWord(tokens, k, accented)) continue
      wh = true
      if (PROGRESS_WORDS.has(tokens[k].fold)) progressWh = true
    }
    out.push({ start, end, question: qmark || asked || (wh && final), yet: (asked && head === 'chua') || progressWh })
    start = end
  }
  return out
}

const requestSet = new PhraseSet(REQUEST_PHRASES.map((phrase) => ({ phrase, label: 'request', weight: 1 })))
const requestAfter = new Set(REQUEST_AFTER)
const neverRequested = new Set(NEVER_REQUESTED)
const firstFold = new Map(KIND_CUES.map((c) => [c.phrase, tokenise(c.phrase).expanded[0]?.fold ?? '']))
const persistWords = { accented: new Set<string>(PERSIST_WORDS.accented), folded: new Set<string>(PERSIST_WORDS.folded) }
const disputedWords = { accented: new Set<string>(DISPUTED_BEFORE.accented), folded: new Set<string>(DISPUTED_BEFORE.folded) }

const newProblem = new Set(NEW_PROBLEM)
const thanksSet = new PhraseSet(THANKS.map((phrase) => ({ phrase, label: 'thanks', weight: 1 })))

/** One of `words` among the `window` tokens before `at`. */
function precededBy(tokens: readonly Token[], at: number, words: { accented: Set<string>; folded: Set<string> }, accented: boolean, window = PERSIST_WINDOW): boolean {
  for (let k = Math.max(0, at - window); k < at; k++) {
    if (accented ? words.accented.has(tokens[k].lower) : words.folded.has(tokens[k].fold)) return true
  }
  return false
}

/** A copy of each cue with another label or weight, made once per cue so that each still counts once. */
class Variants {
  private readonly made = new Map<string, Cue<MessageKind>>()
  of(cue: Cue<MessageKind>, tag: string, change: Partial<Cue<MessageKind>>): Cue<MessageKind> {
    const key = `${tag}|${cue.label}|${cue.phrase}`
    let v = this.made.get(key)
    if (!v) this.made.set(key, (v = { ...cue, ...change }))
    return v
  }
  get size(): number {
    return this.made.size
  }
}

export function classifyKind(tokens: readonly Token[], accented: boolean, hasTicket: boolean): KindResult {
  const clauses = clausesOf(tokens, accented)
  // Progress words asked about ("#132 đã khắc phục chưa anh?", "đã xử lý được mấy phiếu rồi?", "đang chờ ai vậy?")
  // make a status question.
  const flipped = new Variants()
  let matches = kindSet.find(tokens, accented).map((m) => {
    if (m.cue.label !== 'update' || !clauses.some((c) => c.yet && m.start >= c.start && m.end <= c.end)) return m
    return { ...m, cue: flipped.of(m.cue, 'flip', { label: 'query' }) }
  })
  // Progress asked for ("đề nghị … khắc phục xong trước tối nay") is a request: it counts for nothing.
  const hasUpdate = matches.some((m) => m.cue.label === 'update' && m.cue.weight > 0)
  const requestEnds = hasUpdate ? requestSet.find(tokens, accented).map((m) => m.end) : []
  const asked = new Variants()
  matches = matches.map((m) => {
    if (m.cue.label !== 'update' || m.cue.weight === 0 || neverRequested.has(firstFold.get(m.cue.phrase) ?? '')) return m
    const requested = requestEnds.some((e) => e <= m.start && m.start - e <= REQUEST_WINDOW) || requestAfter.has(tokens[m.end]?.fold ?? '')
    return requested ? { ...m, cue: asked.of(m.cue, 'asked', { weight: 0 }) } : m
  })
  // Problem then fix, or fix then "vẫn …" (data/kind-cues.ts TOLD_BEFORE_FIX_FACTOR).
  const persists = !hasUpdate ? [] : matches.filter((m) => m.cue.label === 'report' && m.cue.weight > 0 && precededBy(tokens, m.start, persistWords, accented))
  const attempt = (u: Match<MessageKind>): boolean => persists.some((r) => r.start >= u.end) || precededBy(tokens, u.start, disputedWords, accented, DISPUTED_WINDOW)
  // What the person thanked did ("Cảm ơn Sở đã gửi hướng dẫn") is not news about a ticket. THANKS is matched folded
  // whatever the message; `thanks` holds the index of each phrase's last word.
  const thanks = hasUpdate ? thanksSet.find(tokens, false).map((m) => m.end - 1) : []
  const thankedFor = new Variants()
  if (thanks.length > 0) matches = matches.map((m) => {
    if (m.cue.label !== 'update' || m.cue.weight === 0) return m
    const after = thanks.some((t) => m.start > t && m.start - t <= THANKED_WINDOW && !tokens.slice(t, m.start).some((x) => x.end))
    return after ? { ...m, cue: thankedFor.of(m.cue, 'thanked', { weight: 0 }) } : m
  })
  // An old ticket's fix told before a new problem ("phiếu 406 đã ổn, nay em báo thêm: …") is about the old ticket.
  const newProblemAt = matches.filter((m) => m.cue.label === 'report' && newProblem.has(m.cue.phrase)).map((m) => m.start)
  const oldFix = (u: Match<MessageKind>): boolean => newProblemAt.some((at) => u.end <= at)
  const fixes = matches.filter((m) => m.cue.label === 'update' && m.cue.weight > 0 && !attempt(m) && !oldFix(m))
  const scaled = new Variants()
  if (hasUpdate) matches = matches.map((m) => {
    const w = m.cue.weight * TOLD_BEFORE_FIX_FACTOR
    if (m.cue.label === 'update' && m.cue.weight > 0 && (attempt(m) || oldFix(m))) return { ...m, cue: scaled.of(m.cue, 'attempt', { weight: w }) }
    if (m.cue.label === 'report' && m.cue.weight > 0 && !persists.includes(m) && fixes.some((u) => u.start >= m.end)) {
      return { ...m, cue: scaled.of(m.cue, 'told', { weight: w }) }
    }
    return m
  })
  const { scores, evidence } = score(tokens, matches)
  if (flipped.size > 0) evidence.push('progress words inside a "… chưa?" question count for query')
  if (asked.size > 0) evidence.push('progress asked for ("đề nghị … khắc phục xong", "… xong trước 17h") is a request, not progress')
  if (scaled.size > 0) evidence.push(`a problem told before its fix, or a fix before "vẫn …" or before a new problem, counts ×${TOLD_BEFORE_FIX_FACTOR}`)
  if (thankedFor.size > 0) evidence.push('what someone is thanked for ("cảm ơn … đã gửi") is not progress')
  if (hasTicket && newProblemAt.length > 0) evidence.push('a new problem told after a ticket number: the ticket is the old one, no ticket bonus')
  else if (hasTicket) {
    for (const [k, w] of Object.entries(TICKET_REFERENCE_BONUS) as [MessageKind, number][]) scores.set(k, (scores.get(k) ?? 0) + w)
    evidence.push(`ticket number referenced → query +${TICKET_REFERENCE_BONUS.query}, update +${TICKET_REFERENCE_BONUS.update}`)
  }
  const inQuestion = (m: { start: number; end: number }): boolean => clauses.some((c) => c.question && m.start >= c.start && m.end <= c.end)
  if (clauses.some((c) => c.question)) {
    scores.set('query', (scores.get('query') ?? 0) + QUESTION_BONUS.query)
    evidence.push(`question form → query +${QUESTION_BONUS.query}`)
    if (matches.some((m) => m.cue.label === 'report' && howto.has(m.cue.phrase) && inQuestion(m))) {
      scores.set('report', (scores.get('report') ?? 0) + HOWTO_QUESTION_BONUS.report)
      evidence.push(`a how-to question → report +${HOWTO_QUESTION_BONUS.report}`)
    }
  }
  const [kind, top, second] = best(scores, KIND_ORDER)
  if (top < KIND_THRESHOLD) {
    const unknown = hasTicket ? null : unknownProblem(tokens, accented)
    if (unknown) {
      evidence.push(`no kind reaches ${KIND_THRESHOLD}, but ${unknown} → report (unsure)`)
      return { kind: 'report', confidence: UNKNOWN_PROBLEM.confidence, evidence }
    }
    evidence.push(`no kind reaches ${KIND_THRESHOLD} → other`)
    return { kind: 'other', confidence: 0, evidence }
  }
  evidence.push(`scores ${KIND_ORDER.map((k) => `${k} ${(scores.get(k) ?? 0).toFixed(1)}`).join(', ')}`)
  return { kind, confidence: top - Math.max(second, 0), evidence }
}

const troubleSet = new PhraseSet([
  ...UNKNOWN_PROBLEM.troubleWords.map((phrase) => ({ phrase, label: 'trouble', weight: 1 })),
  ...UNKNOWN_PROBLEM.fineWords.map((phrase) => ({ phrase, label: 'fine', weight: 2 })),
])

/** A system named together with a trouble word (data/kind-cues.ts UNKNOWN_PROBLEM), described; or null. */
function unknownProblem(tokens: readonly Token[], accented: boolean): string | null {
  const system = systemSet.find(tokens, accented).find((m) => m.cue.weight >= UNKNOWN_PROBLEM.systemWeight)
  if (!system) return null
  const words = troubleSet.find(tokens, accented)
  const trouble = words.find((m) => m.cue.label === 'trouble')
  if (!trouble || words.some((m) => m.cue.label === 'fine')) return null
  return `"${matchedText(tokens, system)}" named with "${matchedText(tokens, trouble)}"`
}

export function classifyCategory(tokens: readonly Token[], accented: boolean): { category: Category; evidence: string[] } {
  const { scores, evidence } = score(tokens, categorySet.find(tokens, accented))
  scores.set(1, (scores.get(1) ?? 0) + CATEGORY_DEFAULT_BIAS)
  const [category] = best<Category>(scores, [1, 4, 3, 2])
  evidence.push(`scores ${[1, 2, 3, 4].map((c) => `${c}: ${(scores.get(c as Category) ?? 0).toFixed(1)}`).join(', ')}`)
  return { category, evidence }
}

export function classifyPriority(tokens: readonly Token[], accented: boolean, deadline: Date | null, now: Date): { priority: Priority; evidence: string[] } {
  const all = prioritySet.find(tokens, accented)
  const notNow = feared(tokens, accented, all)
  const { scores, evidence } = score<PriorityCueLabel>(tokens, all.filter((m) => !notNow.includes(m)))
  if (notNow.length > 0) evidence.push(`feared, possible or habitual, not now: ${notNow.map((m) => `"${matchedText(tokens, m)}"`).join(', ')}`)
  const s = (l: PriorityCueLabel): number => scores.get(l) ?? 0
  if (s('low') >= PRIORITY_THRESHOLDS.low) return { priority: 'low', evidence: [...evidence, 'explicitly not urgent → low'] }
  if (s('urgent') >= PRIORITY_THRESHOLDS.urgent) return { priority: 'urgent', evidence: [...evidence, `urgent ${s('urgent')} ≥ ${PRIORITY_THRESHOLDS.urgent}`] }
  if (deadline) {
    const today = localDayOf(now).day
    const due = localDayOf(deadline)
    if (due.day - today <= HIGH_DEADLINE_DAYS || deadline.getTime() - now.getTime() <= 24 * 3600_000) {
      return { priority: 'high', evidence: [...evidence, 'deadline later today or tomorrow → high'] }
    }
  }
  if (s('high') >= PRIORITY_THRESHOLDS.high) return { priority: 'high', evidence: [...evidence, `high ${s('high')} ≥ ${PRIORITY_THRESHOLDS.high}`] }
  return { priority: 'normal', evidence: [...evidence, 'no priority cue → normal'] }
}

const hypotheticalSet = new PhraseSet(HYPOTHETICAL_BEFORE.map((phrase) => ({ phrase, label: 'if', weight: 1 })))

/** Urgent cues with a HYPOTHETICAL_BEFORE phrase ending among the HYPOTHETICAL_WINDOW tokens before them, same clause. */
function feared(tokens: readonly Token[], accented: boolean, matches: readonly Match<PriorityCueLabel>[]): Match<PriorityCueLabel>[] {
  const urgent = matches.filter((m) => m.cue.label === 'urgent')
  if (urgent.length === 0) return []
  const ifs = hypotheticalSet.find(tokens, accented)
  return urgent.filter((m) => ifs.some((h) => h.start < m.start && m.start - h.end < HYPOTHETICAL_WINDOW && !tokens.slice(h.start, m.start).some((t) => t.end)))
}

const newProblemSet = new PhraseSet(NEW_PROBLEM.map((phrase) => ({ phrase, label: 'new', weight: 1 })))

const SYSTEM_ORDER: readonly SystemCode[] = ['mang', 'thietbi', 'kyso', 'lgsp', 'email', 'hop', 'baocao', 'vbdh', 'khac', 'tthc']

export function classifySystem(tokens: readonly Token[], accented: boolean, category: Category): { system: SystemCode | null; evidence: string[] } {
  // a system or device said to work is the comparison, not the subject
  const works = category === 1 || category === 2 ? worksSet.find(tokens, accented) : []
  let matches = systemSet.find(tokens, accented).filter((m) =>
    !works.some((w) => w.start >= m.end && w.start - m.end <= WORKS_WINDOW && !tokens.slice(m.end - 1, w.start - 1).some((t) => t.end)))
  // "Ngoài phiếu 1163 về máy scan …, còn phát sinh lỗi mới: phần mềm một cửa …": the systems named before a new
  // problem belong to the old one (data/kind-cues.ts NEW_PROBLEM), when a system is named after it.
  const fresh = newProblemSet.find(tokens, accented)[0]
  if (fresh && matches.some((m) => m.start >= fresh.end && m.cue.weight > 0)) matches = matches.filter((m) => m.start >= fresh.end)
  if (category === 4) {
    const missingEnds = missingSet.find(tokens, accented).map((m) => m.end)
    const staff = staffSet.find(tokens, accented).length > 0
    matches = matches.filter((m) => {
      if (!systemCueInfo.get(`${m.cue.label}|${m.cue.phrase}`)?.item) return false
      if (!staff && !SOFTWARE_SYSTEMS.includes(m.cue.label)) return true
      return missingEnds.some((end) => end <= m.start && m.start - end <= MISSING_WINDOW)
    })
  } else if (category === 3) matches = matches.filter((m) => m.cue.weight >= 4)
  else if (category === 2 && matches.some((m) => m.cue.weight > 0 && !HOWTO_SECONDARY.includes(m.cue.label))) {
    const secondary = new Map<Cue<SystemCode>, Cue<SystemCode>>()
    matches = matches.map((m) => {
      if (!HOWTO_SECONDARY.includes(m.cue.label)) return m
      let v = secondary.get(m.cue)
      if (!v) secondary.set(m.cue, (v = { ...m.cue, weight: m.cue.weight * HOWTO_SECONDARY_FACTOR }))
      return { ...m, cue: v }
    })
  }
  // Transfers: equipment words count for a clearly named system (meeting-room screens and cameras go to hop).
  const firstPass = score(tokens, matches).scores
  for (const { t, words } of transferSets) {
    if ((firstPass.get(t.to) ?? 0) < t.minScore) continue
    matches = matches.map((m) => (m.cue.label === t.from && words.has(m.cue.phrase) ? { ...m, cue: { ...m.cue, label: t.to } } : m))
  }
  const { scores, evidence } = score(tokens, matches)
  for (const { rule, set } of comboSets) {
    const found = new Set(set.find(tokens, accented).map((m) => m.cue.label))
    if (found.size === rule.all.length) {
      scores.set(rule.label, (scores.get(rule.label) ?? 0) + rule.weight)
      evidence.push(`${rule.all.map((p) => `"${p}"`).join(' + ')} → ${rule.label} +${rule.weight}`)
    }
  }
  const others = [...scores.entries()].filter(([l, s]) => s > 0 && !(l in ROOT_CAUSE_BONUS))
  // a how-to question has no root cause
  for (const [l, bonus] of category === 2 ? [] : (Object.entries(ROOT_CAUSE_BONUS) as [SystemCode, number][])) {
    if ((scores.get(l) ?? 0) >= 5 && others.length > 0) {
      scores.set(l, (scores.get(l) ?? 0) + bonus)
      evidence.push(`${l} is the root cause when other systems are named → +${bonus}`)
    }
  }
  const [system, top] = best(scores, SYSTEM_ORDER)
  const threshold = SYSTEM_THRESHOLD[category]
  if (top < threshold) return { system: null, evidence: [...evidence, `no system reaches ${threshold} for category ${category} → null`] }
  return { system, evidence }
}
