/**
 * The quick report (báo cáo nhanh, requirements §6.1; handbook 004:732-733, Phụ lục VII in spirit): the figures of a
 * period ending at a slot, from the tickets' facts and timelines. Pure, and reproducible: the state of each ticket
 * is read as it was at the end of the period (its timeline up to then), so a report sent late after downtime still
 * describes its own period.
 *
 * Figures
 * - created:       tickets created in [from, to);
 * - acknowledged:  tickets acknowledged (Tiếp nhận) in [from, to);
 * - resolved:      tickets that reached Đã hoàn thành or Đã đóng in [from, to) (a ticket counts once);
 * - open:          tickets created before `to` and neither closed nor rejected at `to`;
 * - overdue:       of those, the ones whose deadline had passed at `to` while still running (not Đã hoàn thành);
 * - serious:       tickets of priority Khẩn cấp or Cao created in [from, to), listed;
 * - hot spots:     provinces by open tickets at `to` (overdue first, then open), top 5;
 * - routed:        the tickets whose 24 hours ended in the period (created in [from − 24 h, to − 24 h)), not
 *                  rejected, and how many of them were assigned to a unit within 24 h of creation — against the
 *                  handbook's target of 95 % (004:760-762).
 */
import { MS_PER_HOUR } from '../calendar/time.ts'
import { RUNNING_STATUSES } from '../tickets/overdue.ts'
import { STATUSES, type Priority, type Ticket, type TicketEvent, type TicketStatus } from '../tickets/types.ts'

export const ROUTED_WITHIN_MS = 24 * MS_PER_HOUR
/** "≥ 95 % of red issues routed within 24 hours" (requirements §5 row 16). */
export const ROUTED_TARGET = 0.95
export const HOT_SPOTS = 5
export const SERIOUS_LISTED = 10
const SERIOUS: readonly Priority[] = ['urgent', 'high']

export interface ReportFacts {
  tickets: readonly Ticket[]
  /** Their timelines (comments may be left out). */
  events: readonly TicketEvent[]
}

export interface SeriousItem {
  number: number
  priority: Priority
  provinceId: string | null
  status: TicketStatus
  description: string
}

export interface HotSpot {
  provinceId: string
  open: number
  overdue: number
}

export interface QuickReport {
  from: string
  to: string
  created: number
  acknowledged: number
  resolved: number
  open: number
  overdue: number
  serious: SeriousItem[]
  /** How many serious tickets there were in all (the list is cut at SERIOUS_LISTED). */
  seriousTotal: number
  hotSpots: HotSpot[]
  routed: { cohort: number; withinTarget: number; share: number | null; target: number }
}

const isStatus = (v: unknown): v is TicketStatus => typeof v === 'string' && (STATUSES as readonly string[]).includes(v)
const RESOLVED: ReadonlySet<TicketStatus> = new Set(['done', 'closed'])
const RUNNING: ReadonlySet<TicketStatus> = new Set(RUNNING_STATUSES)

export function quickReport(facts: ReportFacts, from: Date, to: Date): QuickReport {
  const [f, t] = [from.getTime(), to.getTime()]
  const inPeriod = (d: Date) => d.getTime() >= f && d.getTime() < t
  const byTicket = new Map<number, TicketEvent[]>()
  for (const e of [...facts.events].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id)) {
    const list = byTicket.get(e.ticketId) ?? []
    list.push(e)
    byTicket.set(e.ticketId, list)
  }
  const existing = facts.tickets.filter((x) => x.createdAt.getTime() < t)
  const timeline = (x: Ticket) => byTicket.get(x.id) ?? []

  const created = existing.filter((x) => inPeriod(x.createdAt))
  const acknowledged = existing.filter((x) => timeline(x).some((e) => e.type === 'acknowledged' && inPeriod(e.at)))
  const resolved = existing.filter((x) => timeline(x).some((e) => inPeriod(e.at) && RESOLVED.has(statusAfter(e) as TicketStatus)))

  const openAtEnd = existing.map((x) => ({ x, status: statusAt(x, timeline(x), to) })).filter((o) => o.status !== 'closed' && o.status !== 'rejected')
  const overdueAtEnd = openAtEnd.filter((o) => RUNNING.has(o.status) && deadlineAt(o.x, timeline(o.x), to).getTime() < t)
  const overdueIds = new Set(overdueAtEnd.map((o) => o.x.id))

  const serious = created.filter((x) => SERIOUS.includes(x.priority))
    .sort((a, b) => SERIOUS.indexOf(a.priority) - SERIOUS.indexOf(b.priority) || a.number - b.number)

  const spots = new Map<string, HotSpot>()
  for (const { x } of openAtEnd) {
    if (x.provinceId === null) continue
    const s = spots.get(x.provinceId) ?? { provinceId: x.provinceId, open: 0, overdue: 0 }
    s.open += 1
    if (overdueIds.has(x.id)) s.overdue += 1
    spots.set(x.provinceId, s)
  }
  const hotSpots = [...spots.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.provinceId.localeCompare(b.provinceId)).slice(0, HOT_SPOTS)

  const cohort = existing.filter((x) => x.createdAt.getTime() >= f - ROUTED_WITHIN_MS && x.createdAt.getTime() < t - ROUTED_WITHIN_MS)
    .filter((x) => statusAt(x, timeline(x), to) !== 'rejected')
  const withinTarget = cohort.filter((x) => {
    const routedAt = firstRoutedAt(x, timeline(x))
    return routedAt !== null && routedAt.getTime() - x.createdAt.getTime() <= ROUTED_WITHIN_MS
  }).length

  return {
    from: from.toISOString(), to: to.toISOString(),
    created: created.length, acknowledged: acknowledged.length, resolved: resolved.length,
    open: openAtEnd.length, overdue: overdueAtEnd.length,
    serious: serious.slice(0, SERIOUS_LISTED).map((x) => ({
      number: x.number, priority: x.priority, provinceId: x.provinceId, status: statusAt(x, timeline(x), to), description: x.description,
    })),
    seriousTotal: serious.length,
    hotSpots,
    routed: { cohort: cohort.length, withinTarget, share: cohort.length === 0 ? null : withinTarget / cohort.length, target: ROUTED_TARGET },
  }
}

/** The status an event leaves the ticket in, when it changes it. */
function statusAfter(e: TicketEvent): TicketStatus | null {
  if (e.type === 'created') return isStatus(e.data.status) ? e.data.status : null
  if (e.type === 'field_corrected' || e.type === 'deadline_set' || e.type === 'comment') return null
  return isStatus(e.data.to) ? e.data.to : null
}

/** The ticket's status at `at`, from its timeline (its current status when the timeline says nothing). */
export function statusAt(t: Ticket, events: readonly TicketEvent[], at: Date): TicketStatus {
  let status: TicketStatus | null = null
  let later = false
  for (const e of events) {
    const s = statusAfter(e)
    if (s === null) continue
    if (e.at.getTime() <= at.getTime()) status = s
    else later = true
  }
  return status ?? (later ? 'new' : t.status)
}

/** The deadline in force at `at`: a later /han replaced the one that was in force then. */
function deadlineAt(t: Ticket, events: readonly TicketEvent[], at: Date): Date {
  const change = events.find((e) => e.type === 'deadline_set' && e.at.getTime() > at.getTime() && typeof e.data.from === 'string')
  return change ? new Date(String(change.data.from)) : t.deadline
}

/** When the ticket was first assigned to a unit: at creation by the routing table, or by a dispatcher later. */
function firstRoutedAt(t: Ticket, events: readonly TicketEvent[]): Date | null {
  for (const e of events) {
    if (e.type === 'created' && typeof e.data.assigneeUnitId === 'string') return e.at
    if (e.type === 'assigned' || e.type === 'reassigned') return e.at
    if (e.type === 'field_corrected' && typeof e.data.reroutedTo === 'string') return e.at
  }
  return t.assigneeUnitId !== null && events.length === 0 ? t.assignedAt : null
}
