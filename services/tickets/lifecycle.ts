import type { TicketStatus } from './types.ts'

export const TICKET_ACTIONS = [
  'assign', 'acknowledge', 'start', 'complete', 'close', 'reopen', 'pause', 'resume',
  'reassign', 'reject', 'edit', 'set_deadline', 'comment', 'triage', 'snooze',
] as const
export type TicketAction = (typeof TICKET_ACTIONS)[number]

const OPEN: readonly TicketStatus[] = ['new', 'assigned', 'acknowledged', 'in_progress', 'done', 'paused']
const ALL: readonly TicketStatus[] = [...OPEN, 'closed', 'rejected']

/**
 * Where each action may start from. The loop follows the handbook (004:563-654): Mới → Đã giao → Đã tiếp nhận →
 * Đang xử lý → Đã hoàn thành → Đã đóng, with Mở lại when verification fails (Đã hoàn thành → Đang xử lý).
 */
const FROM: Record<TicketAction, readonly TicketStatus[]> = {
  assign: ['new'],
  acknowledge: ['assigned'],
  start: ['acknowledged'],
  complete: ['acknowledged', 'in_progress'],
  close: ['done'],
  reopen: ['done'],
  pause: ['assigned', 'acknowledged', 'in_progress'],
  resume: ['paused'],
  reassign: ['assigned', 'acknowledged', 'in_progress', 'paused'],
  reject: ['new', 'assigned', 'acknowledged'],
  edit: OPEN,
  set_deadline: OPEN,
  comment: ALL,
  // Đã phân loại: the command centre confirms the classification of a ticket waiting in Mới (triage ≤ 15 min).
  triage: ['new'],
  // Hoãn nhắc hạn: only while a stage's clock runs (not paused, done, closed or rejected).
  snooze: ['new', 'assigned', 'acknowledged', 'in_progress'],
}

const TO: Partial<Record<TicketAction, TicketStatus>> = {
  assign: 'assigned',
  acknowledge: 'acknowledged',
  start: 'in_progress',
  complete: 'done',
  close: 'closed',
  reopen: 'in_progress',
  pause: 'paused',
  reassign: 'assigned',
  reject: 'rejected',
}

export function startStatuses(action: TicketAction): readonly TicketStatus[] {
  return FROM[action]
}

export function canStartFrom(action: TicketAction, status: TicketStatus): boolean {
  return FROM[action].includes(status)
}

/**
 * The status after `action`, or null when the action cannot start from `status`.
 * Actions that change no status (edit, set_deadline, comment, triage, snooze) return the same status.
 */
export function nextStatus(status: TicketStatus, action: TicketAction, statusBeforePause: TicketStatus | null): TicketStatus | null {
  if (!canStartFrom(action, status)) return null
  if (action === 'resume') return statusBeforePause ?? 'assigned'
  return TO[action] ?? status
}
