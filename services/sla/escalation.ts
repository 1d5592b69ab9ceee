/**
 * The escalation chain and the SLA steps of a ticket (issue 4): for each open obligation (stage) a reminder before
 * the breach, then the chain's levels, each at its delay after the breach. Pure: the instants are computed from the
 * ticket's stored facts, the policy and the calendar; `now` only decides which steps are due.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts'
import { addDuration, type Duration } from '../calendar/duration.ts'
import type { Ticket } from '../tickets/types.ts'
import type { SlaPolicy } from './policy.ts'
import { dueTimes, type AssigneeKind, type DueTimes, type SlaDeadline } from './sla.ts'

/** Who is called at each level: the person on duty, the unit's leaders, the head of the command centre, leadership. */
export const ESCALATION_LEVELS = ['on_duty', 'unit_leaders', 'centre_head', 'leadership'] as const
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number]

/** Where a step is posted: the assignee unit's groups, the command centre's groups, or a named unit's groups. */
export type EscalationTarget = 'assignee' | 'command_centre' | { unitId: string }

export interface EscalationStep {
  level: EscalationLevel
  /** Delay after the breach (0 = at the breach). */
  after: Duration
  to: EscalationTarget
  /** Mention the target group's Telegram admins (its leaders) by name. */
  mentionAdmins: boolean
}

export interface ClockSettings {
  calendar: BusinessCalendar
  sla: SlaPolicy
  /** The chain, in order; its first step is the breach alert. */
  escalation: readonly EscalationStep[]
}

/**
 * The obligations the tick watches:
 * - triage:     a ticket waiting in Mới until the command centre verifies its classification (or assigns it);
 * - assignment: a ticket waiting in Mới (the command centre assigns it);
 * - ack:        the assignee acknowledges (Đã giao);
 * - fix:        the assignee resolves it (Đã tiếp nhận, Đang xử lý);
 * - silence:    24 h without a word from the assignee → the head of the command centre.
 * A paused ticket is waiting by decision of its leaders or the dispatchers: nothing escalates while it is paused.
 */
export const SLA_STAGES = ['triage', 'assignment', 'ack', 'fix', 'silence'] as const
export type SlaStage = (typeof SLA_STAGES)[number]

export type SlaStepName = 'reminder' | EscalationLevel

export interface PlannedStep {
  stage: SlaStage
  step: SlaStepName
  /** When the step is due. */
  at: Date
  /** The stage's deadline: identifies this round of the obligation (a reassignment or a new deadline starts another). */
  dueAt: Date
  kind: 'reminder' | 'breach' | 'escalation'
  to: EscalationTarget
  mentionAdmins: boolean
}

const ON_BREACH_OF_SILENCE: Pick<PlannedStep, 'step' | 'to' | 'mentionAdmins'> = { step: 'centre_head', to: 'command_centre', mentionAdmins: true }

/** What the SLA functions know of a stored ticket. */
export function factsOf(t: Ticket, assigneeKind: AssigneeKind | null) {
  return {
    priority: t.priority,
    createdAt: t.createdAt,
    triagedAt: t.triagedAt ?? null,
    assigneeKind: t.assigneeUnitId === null ? null : assigneeKind,
    assignedAt: t.assigneeUnitId === null ? null : t.assignedAt,
    acknowledgedAt: t.acknowledgedAt,
    resolvedAt: t.resolvedAt,
    lastResponseAt: t.lastResponseAt,
    deadline: t.deadline,
  }
}

export function ticketDueTimes(t: Ticket, assigneeKind: AssigneeKind | null, clock: ClockSettings): DueTimes {
  return dueTimes(factsOf(t, assigneeKind), clock.sla, clock.calendar)
}

/** The stage whose deadline the ticket's card shows, by status (in Mới: triage until it is met, then assignment). */
export function currentStage(t: Ticket): Exclude<SlaStage, 'silence'> | null {
  if (t.status === 'new') return t.triagedAt ? 'assignment' : 'triage'
  if (t.status === 'assigned') return 'ack'
  if (t.status === 'acknowledged' || t.status === 'in_progress') return 'fix'
  return null
}

/** The stages the command centre owns: a ticket in Mới is reminded and alerted in its groups, without a chain. */
export const isCentreStage = (stage: SlaStage): boolean => stage === 'triage' || stage === 'assignment'

export function deadlineOf(d: DueTimes, stage: SlaStage): SlaDeadline | null {
  return d.deadlines[stage]
}

/** Every step of the ticket's open stages, due or not, in time order. */
export function plannedSteps(t: Ticket, d: DueTimes, clock: ClockSettings): PlannedStep[] {
  const steps: PlannedStep[] = []
  const stage = currentStage(t)
  const open = (x: SlaDeadline | null): x is SlaDeadline => x !== null && x.metAt === null
  // In Mới both obligations of the command centre run at once: triage (15 min) and assignment (30 min).
  const stages: SlaStage[] = t.status === 'new' ? ['triage', 'assignment'] : stage === null ? [] : [stage]
  for (const s of stages) {
    const deadline = deadlineOf(d, s)
    if (open(deadline)) steps.push(...stageSteps(s, deadline, clock))
  }
  if (stage === 'ack' || stage === 'fix') {
    const silence = d.deadlines.silence
    if (open(silence)) steps.push({ stage: 'silence', at: silence.dueAt, dueAt: silence.dueAt, kind: 'escalation', ...ON_BREACH_OF_SILENCE })
  }
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime())
}

function stageSteps(stage: SlaStage, deadline: SlaDeadline, clock: ClockSettings): PlannedStep[] {
  const dueAt = deadline.dueAt
  const base = { stage, dueAt }
  // Nobody is assigned yet: the command centre is reminded and alerted; the chain starts once someone holds it.
  const centre = isCentreStage(stage)
  const reminderTo: EscalationTarget = centre ? 'command_centre' : 'assignee'
  const steps: PlannedStep[] = []
  if (deadline.warnAt.getTime() < dueAt.getTime()) steps.push({ ...base, step: 'reminder', at: deadline.warnAt, kind: 'reminder', to: reminderTo, mentionAdmins: false })
  const chain = centre ? clock.escalation.slice(0, 1) : clock.escalation
  chain.forEach((s, i) => {
    const to = centre ? 'command_centre' : s.to
    steps.push({ ...base, step: s.level, at: addDuration(dueAt, s.after, clock.calendar), kind: i === 0 ? 'breach' : 'escalation', to, mentionAdmins: s.mentionAdmins })
  })
  return steps
}

export const stepKey = (s: { stage: string; dueAt: Date; step: string }): string => `${s.stage}|${s.dueAt.toISOString()}|${s.step}`

/**
 * What a snooze holds: the steps posted to the assignee's groups, and for a ticket in Mới the command centre's own
 * triage and assignment reminders and breach alerts. Escalations to the command centre (or a named unit) about an
 * assigned ticket — centre_head, leadership, the 24 h silence rule — are never held: that is what escalation is for.
 */
export function isHoldable(s: Pick<PlannedStep, 'stage' | 'to'>): boolean {
  return s.to === 'assignee' || isCentreStage(s.stage)
}

/** A step due before the snooze ends is held until then (if the snooze may hold it). */
const heldBy = (s: PlannedStep, snoozedUntil: Date | null): boolean =>
  snoozedUntil !== null && isHoldable(s) && s.at.getTime() < snoozedUntil.getTime()

/** When a step can go out: its own instant, or the end of the snooze that holds it. */
export function effectiveAt(s: PlannedStep, snoozedUntil: Date | null): Date {
  return heldBy(s, snoozedUntil) ? snoozedUntil! : s.at
}

/** When the tick must next look at a ticket with these steps (the earliest, held ones at the snooze's end); null: none. */
export function nextLookAt(steps: readonly PlannedStep[], snoozedUntil: Date | null): Date | null {
  const times = steps.map((s) => effectiveAt(s, snoozedUntil).getTime())
  return times.length > 0 ? new Date(Math.min(...times)) : null
}

export interface StepDecision {
  /** Steps to post now: at most one per stage round (and one for the steps a snooze held), the latest one due. */
  send: PlannedStep[]
  /** Due steps overtaken by a later one (downtime, or a snooze): recorded, never posted. */
  skip: PlannedStep[]
  /** When the next step of this ticket falls due (a held one: when the snooze ends); null when none is left. */
  nextAt: Date | null
}

const roundOf = (s: PlannedStep): string => `${s.stage}|${s.dueAt.toISOString()}`

/**
 * Which steps to take at `now`, given those already recorded. After downtime several steps of one round may be due
 * at once: only the latest is posted (a missed reminder whose breach has passed is dropped for the breach, a breach
 * alert for the escalation that followed it); the others are recorded as skipped so they never go out late.
 *
 * While the ticket is snoozed (`snoozedUntil` after `now`) the holdable steps wait and are not recorded; the others
 * go out as usual. When the snooze ends, the steps it held are due together: the latest of them is posted once,
 * the earlier ones are skipped — unless a later step for the same groups is due too (downtime past the snooze's
 * end), which then overtakes them all.
 */
export function decideSteps(planned: readonly PlannedStep[], done: ReadonlySet<string>, now: Date, snoozedUntil: Date | null = null): StepDecision {
  const pending = planned.filter((s) => !done.has(stepKey(s)))
  const due = pending.filter((s) => effectiveAt(s, snoozedUntil).getTime() <= now.getTime())
  const later = pending.filter((s) => effectiveAt(s, snoozedUntil).getTime() > now.getTime())
  const latest = new Map<string, PlannedStep>()
  for (const s of due) {
    const round = heldBy(s, snoozedUntil) ? `${roundOf(s)}|held` : roundOf(s)
    const seen = latest.get(round)
    if (!seen || seen.at.getTime() <= s.at.getTime()) latest.set(round, s)
  }
  for (const [round, s] of latest) {
    if (!round.endsWith('|held')) continue
    const after = latest.get(roundOf(s))
    if (after && isHoldable(after)) latest.delete(round)
  }
  const send = [...latest.values()]
  const skip = due.filter((s) => !send.includes(s))
  return { send, skip, nextAt: nextLookAt(later, snoozedUntil) }
}
