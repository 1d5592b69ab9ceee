import type { Ticket } from '../tickets/types.ts'
import type { UnitLookup } from '../units/types.ts'
import { currentStage, nextLookAt, plannedSteps, ticketDueTimes, type ClockSettings } from './escalation.ts'
import { remainingMinutes, type AssigneeKind, type DueTimes } from './sla.ts'

export type SlaFields = Pick<Ticket, 'ackDueAt' | 'fixDueAt' | 'silenceDueAt' | 'slaNextAt'>

/** Vendor teams work to the vendor SLA (P1–P4); every other unit to the acknowledgement rule and the deadline. */
export function assigneeKindOf(units: UnitLookup, unitId: string | null): AssigneeKind | null {
  if (unitId === null) return null
  return units.get(unitId)?.kind === 'vendor' ? 'vendor' : 'unit'
}

/**
 * The due times to store on a ticket after a change of its facts, and when the tick must next look at it: the
 * earliest step of its open stages, even one already past (the tick then decides whether it was taken); a step a
 * snooze holds counts from the snooze's end.
 */
export function slaFieldsOf(t: Ticket, units: UnitLookup, clock: ClockSettings): SlaFields {
  const d = ticketDueTimes(t, assigneeKindOf(units, t.assigneeUnitId), clock)
  const steps = plannedSteps(t, d, clock)
  return { ...dueFieldsOf(d), slaNextAt: nextLookAt(steps, t.snoozedUntil ?? null) }
}

/** The stored due times of computed ones. */
export const dueFieldsOf = (d: DueTimes): Omit<SlaFields, 'slaNextAt'> =>
  ({ ackDueAt: d.ackDueAt, fixDueAt: d.fixDueAt, silenceDueAt: d.silenceEscalateAt })

export interface StageTime {
  stage: 'triage' | 'assignment' | 'ack' | 'fix'
  /** Minutes until the stage's deadline on its own clock; negative when overdue. */
  minutes: number
  clock: 'wall' | 'working'
}

/** What a card shows: the time left (or overdue) for the obligation the ticket's status waits on. */
export function stageTimeAt(t: Ticket, units: UnitLookup, clock: ClockSettings, now: Date): StageTime | null {
  const stage = currentStage(t)
  if (stage === null) return null
  const deadline = ticketDueTimes(t, assigneeKindOf(units, t.assigneeUnitId), clock).deadlines[stage]
  if (deadline === null || deadline.metAt !== null) return null
  const effective = clock.calendar.isAlwaysOpen ? 'wall' : deadline.clock
  return { stage, minutes: remainingMinutes(deadline, now, clock.calendar), clock: effective }
}
