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
 * - assignment: a ticket waiting in Mới (the command centre assigns it);
 * - ack:        the assignee acknowledges (Đã giao);
 * - fix:        the assignee resolves it (Đã tiếp nhận, Đang xử lý);
 * - silence:    24 h without a word from the assignee → the head of the command centre.
 * A paused ticket is waiting by decision of its leaders or the dispatchers: nothing escalates while it is paused.
 */
export const SLA_STAGES = ['assignment', 'ack', 'fix', 'silence'] as const
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

/** The stage whose deadline the ticket's card shows, by status. */
export function currentStage(t: Ticket): Exclude<SlaStage, 'silence'> | null {
  if (t.status === 'new') return 'assignment'
  if (t.status === 'assigned') return 'ack'
  if (t.status === 'acknowledged' || t.status === 'in_progress') return 'fix'
  return null
}

export function deadlineOf(d: DueTimes, stage: SlaStage): SlaDeadline | null {
  return d.deadlines[stage]
}

/** Every step of the ticket's open stages, due or not, in time order. */
export function plannedSteps(t: Ticket, d: DueTimes, clock: ClockSettings): PlannedStep[] {
  const steps: PlannedStep[] = []
  const stage = currentStage(t)
  const open = (x: SlaDeadline | null): x is SlaDeadline => x !== null && x.metAt === null
  if (stage !== null) {
    const deadline = deadlineOf(d, stage)
    if (open(deadline)) steps.push(...stageSteps(stage, deadline, clock))
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
  const reminderTo: EscalationTarget = stage === 'assignment' ? 'command_centre' : 'assignee'
  const steps: PlannedStep[] = []
  if (deadline.warnAt.getTime() < dueAt.getTime()) steps.push({ ...base, step: 'reminder', at: deadline.warnAt, kind: 'reminder', to: reminderTo, mentionAdmins: false })
  const chain = stage === 'assignment' ? clock.escalation.slice(0, 1) : clock.escalation
  chain.forEach((s, i) => {
    const to = stage === 'assignment' ? 'command_centre' : s.to
    steps.push({ ...base, step: s.level, at: addDuration(dueAt, s.after, clock.calendar), kind: i === 0 ? 'breach' : 'escalation', to, mentionAdmins: s.mentionAdmins })
  })
  return steps
}

export const stepKey = (s: { stage: string; dueAt: Date; step: string }): string => `${s.stage}|${s.dueAt.toISOString()}|${s.step}`

export interface StepDecision {
  /** Steps to post now: at most one per stage round, the latest one due. */
  send: PlannedStep[]
  /** Due steps overtaken by a later one (downtime): recorded, never posted. */
  skip: PlannedStep[]
  /** When the next step of this ticket falls due; null when none is left. */
  nextAt: Date | null
}

/**
 * Which steps to take at `now`, given those already recorded. After downtime several steps of one round may be due
 * at once: only the latest is posted (a missed reminder whose breach has passed is dropped for the breach, a breach
 * alert for the escalation that followed it); the others are recorded as skipped so they never go out late.
 */
export function decideSteps(planned: readonly PlannedStep[], done: ReadonlySet<string>, now: Date): StepDecision {
  const pending = planned.filter((s) => !done.has(stepKey(s)))
  const due = pending.filter((s) => s.at.getTime() <= now.getTime())
  const later = pending.filter((s) => s.at.getTime() > now.getTime())
  const latestOfRound = new Map<string, PlannedStep>()
  for (const s of due) {
    const round = `${s.stage}|${s.dueAt.toISOString()}`
    const seen = latestOfRound.get(round)
    if (!seen || seen.at.getTime() <= s.at.getTime()) latestOfRound.set(round, s)
  }
  const send = [...latestOfRound.values()]
  const skip = due.filter((s) => !send.includes(s))
  const nextAt = later.length > 0 ? new Date(Math.min(...later.map((s) => s.at.getTime()))) : null
  return { send, skip, nextAt }
}
