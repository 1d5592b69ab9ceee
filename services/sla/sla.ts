/**
 * A ticket's SLA deadlines and their state at a given instant. Pure: `now` and the calendar are arguments.
 *
 * Boundaries (tested): the state is 'warning' from warnAt inclusive and 'breached' from dueAt inclusive — the
 * budget is used up at dueAt, so a job scheduled at dueAt sees the breach. Work done at or before dueAt is on time.
 * (services/tickets/overdue.ts flags a ticket's deadline only strictly after it; the two differ at that one instant.)
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts'
import { addDuration, elapsedMs, type Clock, type Duration } from '../calendar/duration.ts'
import { MS_PER_MINUTE } from '../calendar/time.ts'
import type { Priority, SlaPolicy } from './policy.ts'

export type SlaStatus = 'ok' | 'warning' | 'breached'
export type SlaKind = 'triage' | 'assignment' | 'ack' | 'fix' | 'silence'
/** Who holds the ticket: a vendor team (vendor SLA P1–P4) or any other unit (acknowledgement rule + deadline). */
export type AssigneeKind = 'vendor' | 'unit'

/** What the SLA functions need to know about a ticket; every instant is a stored fact, none is "now". */
export interface SlaTicketFacts {
  priority: Priority
  createdAt: Date
  /** null while the ticket waits in Mới. */
  assigneeKind: AssigneeKind | null
  /** The latest (re)assignment: a reassignment restarts the assignee's budgets. */
  assignedAt: Date | null
  /** The command centre verified and classified it (when known; assignment implies it). */
  triagedAt?: Date | null
  /** The current assignee acknowledged ("Đã tiếp nhận"); an acknowledgement before assignedAt is a previous one. */
  acknowledgedAt?: Date | null
  /** The assignee reported it done (Đã hoàn thành), or it was closed/rejected: the fix budget stops. */
  resolvedAt?: Date | null
  /** The assignee's latest sign of life (acknowledgement, comment, status change); restarts the silence clock. */
  lastResponseAt?: Date | null
  /** The ticket's own deadline (thời hạn): the fix deadline for units and for vendor priorities without a fix SLA. */
  deadline?: Date | null
}

export interface SlaDeadline {
  kind: SlaKind
  clock: Clock
  startAt: Date
  dueAt: Date
  /** The reminder instant: the warning fraction of the budget, on the same clock. */
  warnAt: Date
  /** When the obligation was fulfilled; null while it is open. */
  metAt: Date | null
}

export interface DueTimes {
  /** Acknowledgement (units) or response (vendors) due; null until assigned. */
  ackDueAt: Date | null
  /** Fix due (vendor SLA, else the ticket's deadline); null when there is neither, or not yet assigned (vendor SLA). */
  fixDueAt: Date | null
  /** Escalation to the head of the command centre after silence; null once resolved. */
  silenceEscalateAt: Date | null
  deadlines: {
    triage: SlaDeadline
    assignment: SlaDeadline
    ack: SlaDeadline | null
    fix: SlaDeadline | null
    silence: SlaDeadline | null
  }
}

/**
 * The instant at which `fraction` of the budget [start, due] has elapsed, counted on `clock`: on the working clock
 * 80 % of "2 working hours" is 96 working minutes after the start, wherever the nights and lunch fall.
 */
export function warningAt(start: Date, due: Date, fraction: number, calendar: BusinessCalendar, clock: Clock): Date {
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction > 1) throw new RangeError(`fraction must be in (0, 1] (got ${fraction})`)
  if (due.getTime() <= start.getTime()) return new Date(due.getTime())
  const budget = elapsedMs(start, due, clock, calendar)
  const part = Math.round(budget * fraction)
  return clock === 'wall' ? new Date(start.getTime() + part) : calendar.addWorkingMs(start, part)
}

function deadline(kind: SlaKind, startAt: Date, budget: Duration, metAt: Date | null, fraction: number, calendar: BusinessCalendar): SlaDeadline {
  const dueAt = addDuration(startAt, budget, calendar)
  return { kind, clock: budget.clock, startAt, dueAt, warnAt: warningAt(startAt, dueAt, fraction, calendar, budget.clock), metAt }
}

/** A deadline fixed by a date (the ticket's thời hạn) rather than a budget: a wall-clock span from its start. */
function fixedDeadline(kind: SlaKind, startAt: Date, dueAt: Date, metAt: Date | null, fraction: number, calendar: BusinessCalendar): SlaDeadline {
  return { kind, clock: 'wall', startAt, dueAt, warnAt: warningAt(startAt, dueAt, fraction, calendar, 'wall'), metAt }
}

const latest = (...dates: Array<Date | null | undefined>): Date =>
  new Date(Math.max(...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())))

const earliest = (...dates: Array<Date | null | undefined>): Date | null => {
  const times = dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())
  return times.length > 0 ? new Date(Math.min(...times)) : null
}

/**
 * Every SLA deadline of a ticket under a policy:
 * - triage and assignment run from creation, met by classification/assignment (an auto-routed ticket meets both at once);
 * - ack runs from the latest assignment: vendor response by priority, or the units' acknowledgement budget;
 * - fix runs from the latest assignment for vendor priorities with a fix budget; otherwise it is the ticket's own
 *   deadline (counted from assignment, or creation while unassigned), or none;
 * - silence runs from the latest of creation, assignment and the assignee's last response; none once resolved.
 */
export function dueTimes(facts: SlaTicketFacts, policy: SlaPolicy, calendar: BusinessCalendar): DueTimes {
  const f = policy.warningFraction
  const assignedAt = facts.assignedAt ?? null
  const resolvedAt = facts.resolvedAt ?? null

  const triage = deadline('triage', facts.createdAt, policy.triage, earliest(facts.triagedAt, assignedAt), f, calendar)
  const assignment = deadline('assignment', facts.createdAt, policy.assignment, assignedAt, f, calendar)

  let ack: SlaDeadline | null = null
  let fix: SlaDeadline | null = null
  if (assignedAt && facts.assigneeKind) {
    const vendor = facts.assigneeKind === 'vendor' ? policy.vendor[facts.priority] : null
    const acknowledgedAt = facts.acknowledgedAt && facts.acknowledgedAt.getTime() >= assignedAt.getTime() ? facts.acknowledgedAt : null
    ack = deadline('ack', assignedAt, vendor ? vendor.response : policy.acknowledgement, acknowledgedAt, f, calendar)
    if (vendor?.fix) fix = deadline('fix', assignedAt, vendor.fix, resolvedAt, f, calendar)
  }
  if (!fix && facts.deadline) fix = fixedDeadline('fix', assignedAt ?? facts.createdAt, facts.deadline, resolvedAt, f, calendar)

  const silence = resolvedAt ? null : deadline('silence', latest(facts.createdAt, assignedAt, facts.lastResponseAt), policy.silence, null, f, calendar)

  return {
    ackDueAt: ack?.dueAt ?? null,
    fixDueAt: fix?.dueAt ?? null,
    silenceEscalateAt: silence?.dueAt ?? null,
    deadlines: { triage, assignment, ack, fix, silence },
  }
}

/**
 * The state of one deadline at `now`: met on time → 'ok'; met late → 'breached'; open → 'ok' before warnAt,
 * 'warning' from warnAt, 'breached' from dueAt. A fulfilment after `now` is not known yet at `now`.
 */
export function slaState(due: SlaDeadline, now: Date): SlaStatus {
  const t = now.getTime()
  if (due.metAt && due.metAt.getTime() <= t) return due.metAt.getTime() <= due.dueAt.getTime() ? 'ok' : 'breached'
  if (t >= due.dueAt.getTime()) return 'breached'
  if (t >= due.warnAt.getTime()) return 'warning'
  return 'ok'
}

/** The next instant after `now` at which slaState changes (warnAt, then dueAt); null when it no longer will. */
export function nextTransition(due: SlaDeadline, now: Date): Date | null {
  if (due.metAt && due.metAt.getTime() <= now.getTime()) return null
  if (now.getTime() < due.warnAt.getTime()) return due.warnAt
  if (now.getTime() < due.dueAt.getTime()) return due.dueAt
  return null
}

/**
 * Time left until dueAt (negative: overdue), in minutes of the deadline's own clock — what a card shows as
 * "còn 1 giờ 30 phút làm việc" or "quá hạn 2 giờ".
 */
export function remainingMinutes(due: SlaDeadline, now: Date, calendar: BusinessCalendar): number {
  return elapsedMs(now, due.dueAt, due.clock, calendar) / MS_PER_MINUTE
}
