export { DEFAULT_SLA_POLICY, slaPolicyProblems, type Priority, type SlaPolicy, type VendorSla } from './policy.ts'
export {
  dueTimes, nextTransition, remainingMinutes, slaState, warningAt,
  type AssigneeKind, type DueTimes, type SlaDeadline, type SlaKind, type SlaStatus, type SlaTicketFacts,
} from './sla.ts'
