/**
 * The per-group daily digest (issue 4): "a per-group daily digest of that group's open and overdue tickets replaces
 * per-ticket nagging". One message per group, built from data here and rendered by the adapter. It is also where the
 * reminders a group's noise budget holds back end up, so it covers every open ticket of the group: the first
 * DIGEST_LIMIT are listed, the others counted (and the adapter points to /tondong).
 *
 * Which tickets a group sees
 * - the group of a unit: the open tickets (neither Đã đóng nor Từ chối) assigned to the unit or reported by it;
 * - the command centre's groups (routing.commandCentre): the tickets waiting in Mới, every late ticket of any unit,
 *   and any ticket assigned to the command centre itself. Its teams' groups are units like any other.
 * Late = the deadline passed while the ticket still runs (the card's overdue badge), or the SLA stage it waits on
 * (assignment, acknowledgement, fix) is past its time — the tickets the SLA clock is chasing.
 *
 * Order: overdue (badge) first, then the other late ones, then by deadline and number. A group with nothing gets
 * nothing (silence is better than noise).
 */
import type { ClockSettings } from '../sla/escalation.ts'
import { stageTimeAt, type StageTime } from '../sla/ticket-sla.ts'
import { isOverdue } from '../tickets/overdue.ts'
import { isOpenStatus, type Priority, type Ticket, type TicketStatus } from '../tickets/types.ts'
import type { UnitLookup } from '../units/types.ts'

/** Tickets listed per group; the rest are counted. Keeps a digest under Telegram's 4,096 characters. */
export const DIGEST_LIMIT = 15

/** One ticket as a digest lists it (JSON: the outbox stores it). */
export interface DigestItem {
  number: number
  status: TicketStatus
  priority: Priority
  description: string
  assigneeUnitId: string | null
  /** ISO instant. */
  deadline: string
  /** The deadline passed while the ticket still runs: the card's overdue badge. */
  overdue: boolean
  /** The SLA stage the ticket waits on and the minutes left on its clock (negative: overdue), as the card shows. */
  stage: StageTime | null
}

export interface GroupDigest {
  unitId: string
  /** The command centre's view: Mới and late tickets of every unit. */
  commandCentre: boolean
  /** Tickets the group's digest covers (the list shows the first `items.length`). */
  total: number
  /** Of those, how many carry the overdue badge. */
  overdue: number
  /** Of those, how many wait in Mới. */
  waiting: number
  items: DigestItem[]
}

export interface DigestContext {
  commandCentreUnitId: string
  units: UnitLookup
  clock: ClockSettings
  now: Date
  limit?: number
}

interface Entry {
  ticket: Ticket
  item: DigestItem
  late: boolean
  rank: number
}

/**
 * The digests of a set of tickets (the open ones are used), one per unit on demand. Each ticket's SLA time is
 * computed once, however many groups list it.
 */
export function digestsFor(tickets: readonly Ticket[], ctx: DigestContext): (unitId: string) => GroupDigest | null {
  const entries = tickets.filter((t) => isOpenStatus(t.status)).map((t) => entryOf(t, ctx)).sort(byRank)
  const cache = new Map<string, GroupDigest | null>()
  return (unitId) => {
    if (!cache.has(unitId)) cache.set(unitId, digestOf(entries, unitId, ctx))
    return cache.get(unitId) ?? null
  }
}

/** The digest of one unit's groups, or null when it has nothing open. */
export function groupDigest(tickets: readonly Ticket[], unitId: string, ctx: DigestContext): GroupDigest | null {
  return digestsFor(tickets, ctx)(unitId)
}

function digestOf(entries: readonly Entry[], unitId: string, ctx: DigestContext): GroupDigest | null {
  const centre = unitId === ctx.commandCentreUnitId
  const mine = entries.filter(({ ticket: t, late }) =>
    t.assigneeUnitId === unitId || (centre ? t.status === 'new' || late : t.reporterUnitId === unitId))
  if (mine.length === 0) return null
  return {
    unitId,
    commandCentre: centre,
    total: mine.length,
    overdue: mine.filter((e) => e.item.overdue).length,
    waiting: mine.filter((e) => e.ticket.status === 'new').length,
    items: mine.slice(0, ctx.limit ?? DIGEST_LIMIT).map((e) => e.item),
  }
}

function entryOf(t: Ticket, ctx: DigestContext): Entry {
  const overdue = isOverdue(t, ctx.now)
  const stage = stageTimeAt(t, ctx.units, ctx.clock, ctx.now)
  const late = overdue || (stage !== null && stage.minutes < 0)
  const item: DigestItem = {
    number: t.number, status: t.status, priority: t.priority, description: t.description, assigneeUnitId: t.assigneeUnitId,
    deadline: t.deadline.toISOString(), overdue, stage,
  }
  return { ticket: t, item, late, rank: overdue ? 0 : late ? 1 : 2 }
}

const byRank = (a: Entry, b: Entry): number =>
  a.rank - b.rank || a.ticket.deadline.getTime() - b.ticket.deadline.getTime() || a.ticket.number - b.ticket.number
