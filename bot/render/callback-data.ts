import { z } from 'zod'
import type { SnoozeOption } from '../../services/sla/snooze.ts'

/**
 * Callback data is short ASCII (Telegram allows 64 bytes) and untrusted: it is parsed strictly, and the handler
 * still checks that the ticket matches the card the button is on and that the person may act.
 */
export type CallbackAction =
  | { type: 'ticket'; number: number; op: TicketOp }
  | { type: 'menu'; number: number; menu: 'assign' | 'reject' | 'duplicate' | 'edit' | 'edit_category' | 'edit_priority' | 'edit_system' | 'back' }
  | { type: 'assign'; number: number; unitId: string }
  | { type: 'reject'; number: number; reason: 'out_of_scope' | 'missing_info' }
  | { type: 'duplicate'; number: number; of: number }
  | { type: 'edit'; number: number; field: 'category' | 'priority' | 'system'; value: string }
  | { type: 'register'; unitId: string }
  | { type: 'draft'; id: number; op: 'create' | 'dismiss' }
  | { type: 'draft_menu'; id: number; menu: DraftMenu }
  | { type: 'draft_set'; id: number; field: 'category' | 'priority' | 'system'; value: string }
  /** On an SLA alert (not a card): hold the ticket's reminders. */
  | { type: 'snooze'; number: number; until: SnoozeOption }

export type DraftMenu = 'edit' | 'edit_category' | 'edit_priority' | 'edit_system' | 'back'
const DRAFT_MENUS = { ed: 'edit', edc: 'edit_category', edp: 'edit_priority', eds: 'edit_system', bk: 'back' } as const
const DRAFT_OPS = { ok: 'create', no: 'dismiss' } as const

export const TICKET_OPS = ['ack', 'start', 'done', 'close', 'reopen', 'pause', 'resume', 'triage'] as const
export type TicketOp = (typeof TICKET_OPS)[number]

const MENUS = { as: 'assign', rj: 'reject', dup: 'duplicate', ed: 'edit', edc: 'edit_category', edp: 'edit_priority', eds: 'edit_system', bk: 'back' } as const
const FIELDS = { c: 'category', p: 'priority', s: 'system' } as const
const REASONS = { oos: 'out_of_scope', mi: 'missing_info' } as const
const SNOOZES = { h: 'hour', m: 'morning' } as const

const number = z.string().regex(/^[1-9]\d{0,8}$/).transform(Number)
const unitId = z.string().regex(/^[a-z0-9-]{1,24}$/)
const valueSchema = z.string().regex(/^[a-z0-9_]{1,16}$/)

const key = <T extends Record<string, string>>(m: T, v: T[keyof T]): string => Object.keys(m).find((k) => m[k] === v)!
/** Own keys only: "constructor" or "toString" in forged data must not pass for a menu, reason or option. */
const has = <T extends object>(m: T, k: string | undefined): k is Extract<keyof T, string> => k !== undefined && Object.prototype.hasOwnProperty.call(m, k)

export function encodeCallback(a: CallbackAction): string {
  switch (a.type) {
    case 'ticket': return `t:${a.number}:${a.op}`
    case 'menu': return `m:${a.number}:${key(MENUS, a.menu)}`
    case 'assign': return `a:${a.number}:${a.unitId}`
    case 'reject': return `r:${a.number}:${key(REASONS, a.reason)}`
    case 'duplicate': return `d:${a.number}:${a.of}`
    case 'edit': return `e:${a.number}:${key(FIELDS, a.field)}:${a.value}`
    case 'register': return `g:${a.unitId}`
    case 'draft': return `k:${a.id}:${key(DRAFT_OPS, a.op)}`
    case 'draft_menu': return `k:${a.id}:${key(DRAFT_MENUS, a.menu)}`
    case 'draft_set': return `k:${a.id}:${key(FIELDS, a.field)}:${a.value}`
    case 'snooze': return `z:${a.number}:${key(SNOOZES, a.until)}`
  }
}

export function decodeCallback(data: string): CallbackAction | null {
  if (Buffer.byteLength(data, 'utf8') > 64) return null
  const [tag, ...rest] = data.split(':')
  const n = number.safeParse(rest[0])
  switch (tag) {
    case 't':
      return n.success && rest.length === 2 && (TICKET_OPS as readonly string[]).includes(rest[1]) ? { type: 'ticket', number: n.data, op: rest[1] as TicketOp } : null
    case 'm':
      return n.success && rest.length === 2 && has(MENUS, rest[1]) ? { type: 'menu', number: n.data, menu: MENUS[rest[1] as keyof typeof MENUS] } : null
    case 'a':
      return n.success && rest.length === 2 && unitId.safeParse(rest[1]).success ? { type: 'assign', number: n.data, unitId: rest[1] } : null
    case 'r':
      return n.success && rest.length === 2 && has(REASONS, rest[1]) ? { type: 'reject', number: n.data, reason: REASONS[rest[1] as keyof typeof REASONS] } : null
    case 'd': {
      const of = number.safeParse(rest[1])
      return n.success && of.success && rest.length === 2 ? { type: 'duplicate', number: n.data, of: of.data } : null
    }
    case 'e':
      return n.success && rest.length === 3 && has(FIELDS, rest[1]) && valueSchema.safeParse(rest[2]).success
        ? { type: 'edit', number: n.data, field: FIELDS[rest[1] as keyof typeof FIELDS], value: rest[2] } : null
    case 'g':
      return rest.length === 1 && unitId.safeParse(rest[0]).success ? { type: 'register', unitId: rest[0] } : null
    case 'k':
      return decodeDraft(n, rest)
    case 'z':
      return n.success && rest.length === 2 && has(SNOOZES, rest[1]) ? { type: 'snooze', number: n.data, until: SNOOZES[rest[1] as keyof typeof SNOOZES] } : null
    default:
      return null
  }
}

function decodeDraft(n: ReturnType<typeof number.safeParse>, rest: string[]): CallbackAction | null {
  if (!n.success) return null
  const [, op, value] = rest
  if (rest.length === 2 && has(DRAFT_OPS, op)) return { type: 'draft', id: n.data, op: DRAFT_OPS[op as keyof typeof DRAFT_OPS] }
  if (rest.length === 2 && has(DRAFT_MENUS, op)) return { type: 'draft_menu', id: n.data, menu: DRAFT_MENUS[op as keyof typeof DRAFT_MENUS] }
  if (rest.length === 3 && has(FIELDS, op) && valueSchema.safeParse(value).success) return { type: 'draft_set', id: n.data, field: FIELDS[op as keyof typeof FIELDS], value }
  return null
}
