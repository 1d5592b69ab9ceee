import type { Ticket, TicketStatus } from './types.ts'

/** Statuses in which the deadline still binds someone; "Quá hạn" is a badge, not a status. */
const RUNNING: ReadonlySet<TicketStatus> = new Set(['new', 'assigned', 'acknowledged', 'in_progress', 'paused'])

export const RUNNING_STATUSES: readonly TicketStatus[] = [...RUNNING]

export function isOverdue(ticket: Pick<Ticket, 'status' | 'deadline'>, now: Date): boolean {
  return RUNNING.has(ticket.status) && ticket.deadline.getTime() < now.getTime()
}
