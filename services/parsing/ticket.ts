/** The ticket number a message refers to: only numbers presented as tickets (data/ticket-cues.ts). */
import { TICKET_MAX, TICKET_PREFIXES } from './data/ticket-cues.ts'
import type { Token } from './tokens.ts'

export interface TicketRef {
  ticket: number
  evidence: string
}

const PREFIXES = [...TICKET_PREFIXES].sort((a, b) => b.length - a.length)

function numberOf(t: Token | undefined): number | null {
  if (!t) return null
  const raw = t.type === 'hash' ? t.raw.slice(1) : t.type === 'num' ? t.raw : null
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null
  const n = Number(raw)
  return n > 0 && n <= TICKET_MAX ? n : null
}

export function findTicket(tokens: readonly Token[]): TicketRef | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.type === 'hash') {
      const n = numberOf(t)
      if (n !== null) return { ticket: n, evidence: `"${t.raw}"` }
    }
    if (t.type !== 'word') continue
    for (const p of PREFIXES) {
      if (!p.every((w, k) => tokens[i + k]?.fold === w)) continue
      const after = tokens[i + p.length]
      const n = numberOf(after)
      // "ticket 131 (…)", "phiếu số 190", "ticket #112"; not "phiếu 2-3" or a phone, date or code token
      if (n !== null) return { ticket: n, evidence: `"${tokens.slice(i, i + p.length + 1).map((x) => x.raw).join(' ')}"` }
    }
  }
  return null
}
