export { DEFAULT_SLA_POLICY, slaPolicyProblems, type NoiseBudget, type Priority, type SlaPolicy, type VendorSla } from './policy.ts'
export {
  dueTimes, nextTransition, remainingMinutes, slaState, warningAt,
  type AssigneeKind, type DueTimes, type SlaDeadline, type SlaKind, type SlaStatus, type SlaTicketFacts,
} from './sla.ts'
export {
  ESCALATION_LEVELS, SLA_STAGES, currentStage, decideSteps, effectiveAt, isHoldable, nextLookAt, plannedSteps, stepKey, ticketDueTimes,
  type ClockSettings, type EscalationLevel, type EscalationStep, type EscalationTarget, type PlannedStep, type SlaStage, type SlaStepName,
} from './escalation.ts'
export { assigneeKindOf, slaFieldsOf, stageTimeAt, type SlaFields, type StageTime } from './ticket-sla.ts'
export { runSlaTick, SLA_ACTOR, type SlaTickDeps, type SlaTickResult } from './sla-tick.ts'
export { SAME_SNOOZE_MS, SNOOZE_OPTIONS, snoozeUntil, type SnoozeOption } from './snooze.ts'
