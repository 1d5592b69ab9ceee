/** The ticket number a message refers to: only numbers presented as tickets (data/ticket-cues.ts). */
import {
  COUNTED_NOUNS, DISTANT_TICKET_WINDOW, DISTANT_TICKET_WORDS, LOOSE_PREFIXES, NUMBERED_THINGS, STUCK_PREFIXES, TICKET_MAX, TICKET_PREFIXES,
} from './data/ticket-cues.ts'
import { fold, type Token } from './tokens.ts'

export interface TicketRef {
  ticket: number
  evidence: string
}

const PREFIXES = [...TICKET_PREFIXES].sort((a, b) => b.length - a.length)
const BY_FIRST = new Map<string, string[][]>()
for (const p of PREFIXES) BY_FIRST.set(p[0], [...(BY_FIRST.get(p[0]) ?? []), p])
const LOOSE = new Set(LOOSE_PREFIXES.map((p) => p.join(' ')))
const COUNTED_LOWER = new Set(COUNTED_NOUNS)
const COUNTED_FOLD = new Set(COUNTED_NOUNS.map(fold))
const NUMBERED = new Set(NUMBERED_THINGS)
const STUCK = new RegExp(`^(?:${STUCK_PREFIXES.join('|')})(\\d{1,6})$`)

function numberOf(t: Token | undefined): number | null {
  if (!t) return null
  const raw = t.type === 'hash' ? t.raw.slice(1) : t.type === 'num' ? t.raw : null
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null
  const n = Number(raw)
  return n > 0 && n <= TICKET_MAX ? n : null
}

function counts(t: Token | undefined, accented: boolean): boolean {
  if (!t || t.type !== 'word') return false
  return accented ? COUNTED_LOWER.has(t.lower) : COUNTED_FOLD.has(t.fold)
}

const at = (tokens: readonly Token[], i: number, p: readonly string[]): boolean => p.every((w, k) => tokens[i + k]?.fold === w)
const written = (tokens: readonly Token[], from: number, to: number): string => tokens.slice(from, to).map((x) => x.raw).join(' ')

export function findTicket(tokens: readonly Token[], accented: boolean): TicketRef | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.type === 'hash') {
      const n = numberOf(t)
      if (n !== null) return { ticket: n, evidence: `"${t.raw}"` }
    }
    if (t.type !== 'word') continue
    const stuck = /\d$/.test(t.fold) ? STUCK.exec(t.fold) : null
    if (stuck && Number(stuck[1]) > 0) return { ticket: Number(stuck[1]), evidence: `"${t.raw}"` }
    for (const p of BY_FIRST.get(t.fold) ?? []) {
      if (!at(tokens, i, p)) continue
      // "ticket: 12", "phiếu (12)"
      const skip = tokens[i + p.length]?.type === 'colon' || tokens[i + p.length]?.type === 'paren' ? 1 : 0
      const after = tokens[i + p.length + skip]
      const n = numberOf(after)
      if (n === null) continue
      // "sự cố 2 lần", "yêu cầu 5 xã" count things
      if (LOOSE.has(p.join(' ')) && counts(tokens[i + p.length + skip + 1], accented)) continue
      // "ticket 131 (…)", "phiếu số 190", "ticket #112"; not "phiếu 2-3" or a phone, date or code token
      return { ticket: n, evidence: `"${written(tokens, i, i + p.length + skip + 1)}"` }
    }
  }
  // "ticket liên thông khai sinh đã tạo số 271": a ticket word, then "số N" shortly after
  for (let i = 0; i < tokens.length; i++) {
    const w = DISTANT_TICKET_WORDS.find((p) => at(tokens, i, p))
    if (!w) continue
    for (let j = i + w.length; j < Math.min(tokens.length - 1, i + w.length + DISTANT_TICKET_WINDOW); j++) {
      if (tokens[j].fold !== 'so' || NUMBERED.has(tokens[j - 1].fold)) continue
      const n = numberOf(tokens[j + 1])
      if (n !== null && !counts(tokens[j + 2], accented)) return { ticket: n, evidence: `"${written(tokens, i, i + w.length)}" … "${written(tokens, j, j + 2)}"` }
    }
  }
  return null
}
