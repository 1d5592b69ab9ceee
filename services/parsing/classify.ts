/**
 * Weighted-rule scoring of kind, category, priority and system from the cue dictionaries in data/.
 * Each matched cue adds its weight to its label (once per cue); the rules that combine scores are below and
 * documented with the data. Evidence lists every cue that counted.
 */
import type { Category, Priority, SystemCode } from '../tickets/types.ts'
import { CATEGORY_CUES, CATEGORY_DEFAULT_BIAS } from './data/category-cues.ts'
import { NEUTRAL_PHRASES } from './data/neutral.ts'
import { KIND_CUES, KIND_THRESHOLD, QUESTION_BONUS, TICKET_REFERENCE_BONUS } from './data/kind-cues.ts'
import { NEXT_MORNING_LAST_HOUR, PRIORITY_CUES, PRIORITY_THRESHOLDS, type PriorityCueLabel } from './data/priority-cues.ts'
import {
  MISSING_CUES, MISSING_WINDOW, ROOT_CAUSE_BONUS, SOFTWARE_SYSTEMS, SYSTEM_COMBINATIONS, SYSTEM_CUES, SYSTEM_THRESHOLD, SYSTEM_TRANSFERS,
  type SystemCue,
} from './data/system-cues.ts'
import { matchedText, PhraseSet, type Cue, type Match } from './phrases.ts'
import type { Token } from './tokens.ts'
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

export function classifyKind(tokens: readonly Token[], accented: boolean, hasTicket: boolean): KindResult {
  const { scores, evidence } = score(tokens, kindSet.find(tokens, accented))
  if (hasTicket) {
    for (const [k, w] of Object.entries(TICKET_REFERENCE_BONUS) as [MessageKind, number][]) scores.set(k, (scores.get(k) ?? 0) + w)
    evidence.push(`ticket number referenced → query +${TICKET_REFERENCE_BONUS.query}, update +${TICKET_REFERENCE_BONUS.update}`)
  }
  const words = tokens.filter((t) => t.type === 'word' || t.type === 'qmark')
  const tail = words.slice(-3).map((t) => t.fold)
  const asks = tokens.some((t) => t.type === 'qmark') || tail.includes('chua') || (tail.at(-1) === 'khong' && tail.length > 1)
  if (asks) {
    scores.set('query', (scores.get('query') ?? 0) + QUESTION_BONUS.query)
    evidence.push(`question form → query +${QUESTION_BONUS.query}`)
  }
  const [kind, top, second] = best(scores, KIND_ORDER)
  if (top < KIND_THRESHOLD) {
    evidence.push(`no kind reaches ${KIND_THRESHOLD} → other`)
    return { kind: 'other', confidence: 0, evidence }
  }
  evidence.push(`scores ${KIND_ORDER.map((k) => `${k} ${(scores.get(k) ?? 0).toFixed(1)}`).join(', ')}`)
  return { kind, confidence: top - Math.max(second, 0), evidence }
}

export function classifyCategory(tokens: readonly Token[], accented: boolean): { category: Category; evidence: string[] } {
  const { scores, evidence } = score(tokens, categorySet.find(tokens, accented))
  scores.set(1, (scores.get(1) ?? 0) + CATEGORY_DEFAULT_BIAS)
  const [category] = best<Category>(scores, [1, 4, 3, 2])
  evidence.push(`scores ${[1, 2, 3, 4].map((c) => `${c}: ${(scores.get(c as Category) ?? 0).toFixed(1)}`).join(', ')}`)
  return { category, evidence }
}

export function classifyPriority(tokens: readonly Token[], accented: boolean, deadline: Date | null, now: Date): { priority: Priority; evidence: string[] } {
  const { scores, evidence } = score<PriorityCueLabel>(tokens, prioritySet.find(tokens, accented))
  const s = (l: PriorityCueLabel): number => scores.get(l) ?? 0
  if (s('low') >= PRIORITY_THRESHOLDS.low) return { priority: 'low', evidence: [...evidence, 'explicitly not urgent → low'] }
  if (s('urgent') >= PRIORITY_THRESHOLDS.urgent) return { priority: 'urgent', evidence: [...evidence, `urgent ${s('urgent')} ≥ ${PRIORITY_THRESHOLDS.urgent}`] }
  if (deadline) {
    const today = localDayOf(now).day
    const due = localDayOf(deadline)
    const dueHour = new Date(deadline.getTime() + 7 * 3600_000).getUTCHours()
    if (due.day === today || (due.day === today + 1 && dueHour <= NEXT_MORNING_LAST_HOUR) || deadline.getTime() - now.getTime() <= 24 * 3600_000) {
      return { priority: 'high', evidence: [...evidence, 'deadline later today or next morning → high'] }
    }
  }
  if (s('high') >= PRIORITY_THRESHOLDS.high) return { priority: 'high', evidence: [...evidence, `high ${s('high')} ≥ ${PRIORITY_THRESHOLDS.high}`] }
  return { priority: 'normal', evidence: [...evidence, 'no priority cue → normal'] }
}

const SYSTEM_ORDER: readonly SystemCode[] = ['mang', 'thietbi', 'kyso', 'lgsp', 'email', 'hop', 'baocao', 'vbdh', 'khac', 'tthc']

export function classifySystem(tokens: readonly Token[], accented: boolean, category: Category): { system: SystemCode | null; evidence: string[] } {
  let matches = systemSet.find(tokens, accented)
  if (category === 4) {
    const missingEnds = missingSet.find(tokens, accented).map((m) => m.end)
    matches = matches.filter((m) => {
      if (!systemCueInfo.get(`${m.cue.label}|${m.cue.phrase}`)?.item) return false
      if (!SOFTWARE_SYSTEMS.includes(m.cue.label)) return true
      return missingEnds.some((end) => end <= m.start && m.start - end <= MISSING_WINDOW)
    })
  } else if (category === 3) matches = matches.filter((m) => m.cue.weight >= 4)
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
  for (const [l, bonus] of Object.entries(ROOT_CAUSE_BONUS) as [SystemCode, number][]) {
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
