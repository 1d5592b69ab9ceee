import type { Actor, Ticket } from './types.ts'
import { canStartFrom, type TicketAction } from './lifecycle.ts'

/** How a person stands towards one ticket; several may hold at once. */
export const ROLES = ['admin', 'dispatcher', 'command_centre', 'assignee_leader', 'assignee', 'reporter', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export interface RightsPolicy {
  reporterMayClose: boolean
}

/**
 * The rights table: which roles may take each action (the status check is separate, see lifecycle.ts).
 * - Dispatching (assign, reassign, deadline) belongs to the command centre's dispatchers (SOP-01, 004:878-880).
 * - Only the assignee unit acknowledges and reports progress (004:1249, 004:1262-1266).
 * - The command centre verifies and closes (004:648-652); the reporting unit too when the policy allows it.
 */
export function rolesAllowed(action: TicketAction, policy: RightsPolicy): readonly Role[] {
  switch (action) {
    case 'assign':
    case 'reassign':
    case 'set_deadline':
      return ['admin', 'dispatcher']
    case 'acknowledge':
    case 'start':
    case 'complete':
      return ['assignee_leader', 'assignee']
    case 'close':
    case 'reopen':
      return policy.reporterMayClose ? ['admin', 'dispatcher', 'command_centre', 'reporter'] : ['admin', 'dispatcher', 'command_centre']
    case 'pause':
    case 'resume':
      return ['admin', 'dispatcher', 'assignee_leader']
    case 'reject':
      return ['admin', 'dispatcher', 'assignee_leader']
    case 'edit':
      return ['admin', 'dispatcher', 'reporter']
    case 'comment':
      return ROLES
    case 'triage':
      return ['admin', 'dispatcher', 'command_centre']
    // Holding reminders: the unit they are for, and the command centre that watches the clock. Escalations to the
    // command centre about an assigned ticket are never held (services/sla/escalation.ts).
    case 'snooze':
      return ['admin', 'dispatcher', 'command_centre', 'assignee_leader', 'assignee']
  }
}

/** The reporting unit may correct a ticket only before the assignee has taken it. */
const REPORTER_EDIT_WINDOW = new Set<Ticket['status']>(['new', 'assigned'])

export function rolesOf(actor: Actor, ticket: Ticket): Set<Role> {
  const roles = new Set<Role>()
  if (actor.isAdmin) roles.add('admin')
  if (actor.isDispatcher) roles.add('dispatcher')
  if (actor.inCommandCentre) roles.add('command_centre')
  if (actor.unitId !== null && actor.unitId === ticket.assigneeUnitId) {
    roles.add('assignee')
    if (actor.isUnitLeader) roles.add('assignee_leader')
  }
  if (actor.unitId !== null && actor.unitId === ticket.reporterUnitId) roles.add('reporter')
  if (roles.size > 0 || isInAudience(actor.unitId, ticket)) roles.add('viewer')
  return roles
}

/** A unit sees what it reported, is assigned, is informed of, or what affects it or (for a province) its communes. */
function isInAudience(unitId: string | null, t: Ticket): boolean {
  if (unitId === null) return false
  return [t.reporterUnitId, t.assigneeUnitId, t.affectedUnitId, t.informedUnitId, t.provinceId].includes(unitId)
}

/** The command centre sees everything; asking for a ticket you may not see reads exactly like a missing one. */
export function canSee(actor: Actor, ticket: Ticket): boolean {
  return rolesOf(actor, ticket).size > 0
}

/**
 * Why an action is refused. `not_snoozable`: the ticket's clock no longer runs (done, closed, rejected, paused);
 * `already_triaged`: its classification was already confirmed (a double tap of «Đã phân loại»).
 */
export type Refusal = 'not_found' | 'not_allowed' | 'bad_status' | 'not_snoozable' | 'already_triaged'

export function authorize(actor: Actor, ticket: Ticket, action: TicketAction, policy: RightsPolicy): Refusal | null {
  const roles = rolesOf(actor, ticket)
  if (roles.size === 0) return 'not_found'
  const allowed = rolesAllowed(action, policy).filter((r) => roles.has(r))
  if (action === 'edit' && allowed.length === 1 && allowed[0] === 'reporter' && !REPORTER_EDIT_WINDOW.has(ticket.status)) return 'not_allowed'
  if (allowed.length === 0) return 'not_allowed'
  if (!canStartFrom(action, ticket.status)) return action === 'snooze' ? 'not_snoozable' : 'bad_status'
  if (action === 'triage' && ticket.triagedAt) return 'already_triaged'
  return null
}
