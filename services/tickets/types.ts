export const STATUSES = ['new', 'assigned', 'acknowledged', 'in_progress', 'done', 'closed', 'paused', 'rejected'] as const
export type TicketStatus = (typeof STATUSES)[number]

/** Open = still needs someone's work (everything but closed and rejected). */
export const isOpenStatus = (s: TicketStatus): boolean => s !== 'closed' && s !== 'rejected'

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const
/** urgent/high/normal/low = Khẩn cấp/Cao/Trung bình/Thấp = P1–P4 (handbook 004:1764-1809). */
export type Priority = (typeof PRIORITIES)[number]

export const CATEGORIES = [1, 2, 3, 4] as const
/** Loại 1 technical, 2 process, 3 policy, 4 resources (handbook 004:597-606). */
export type Category = (typeof CATEGORIES)[number]

export const SYSTEMS = ['tthc', 'vbdh', 'hop', 'lgsp', 'baocao', 'mang', 'kyso', 'email', 'thietbi', 'khac'] as const
export type SystemCode = (typeof SYSTEMS)[number]

export const REJECT_REASONS = ['duplicate', 'out_of_scope', 'missing_info'] as const
export type RejectReason = (typeof REJECT_REASONS)[number]

export interface Ticket {
  id: number
  number: number
  description: string
  status: TicketStatus
  statusBeforePause: TicketStatus | null
  category: Category
  priority: Priority
  system: SystemCode
  affectedUnitId: string
  provinceId: string | null
  assigneeUnitId: string | null
  assigneeUserId: number | null
  assigneeUserName: string | null
  /** A working group kept informed (Loại 2 and 4); it may see the ticket. */
  informedUnitId: string | null
  reporterUnitId: string | null
  reporterUserId: number
  reporterName: string
  /** For a forwarded report: who originally wrote it. */
  originalAuthor: string | null
  sourceChatId: number
  sourceMessageId: number
  sourceThreadId: number | null
  deadline: Date
  rejectReason: RejectReason | null
  duplicateOf: number | null
  /** SLA facts: the latest (re)assignment, the current assignee's acknowledgement, resolution, last sign of life. */
  assignedAt: Date | null
  acknowledgedAt: Date | null
  resolvedAt: Date | null
  lastResponseAt: Date | null
  /** SLA deadlines computed from those facts (services/sla), stored for cards and lists. */
  ackDueAt: Date | null
  fixDueAt: Date | null
  silenceDueAt: Date | null
  /** When the SLA tick must next look at this ticket (a reminder, breach or escalation step); null: nothing pending. */
  slaNextAt: Date | null
  /** The command centre verified the classification of a ticket waiting in Mới (met the triage stage); an assignment sets it too. */
  triagedAt: Date | null
  /** Reminders and alerts to the assignee's groups (and, in Mới, the command centre's) are held until then (snooze). */
  snoozedUntil: Date | null
  version: number
  createdAt: Date
  updatedAt: Date
}

export const EVENT_TYPES = [
  'created', 'assigned', 'acknowledged', 'status_changed', 'reassigned', 'reopened', 'paused', 'resumed',
  'rejected', 'closed', 'comment', 'field_corrected', 'deadline_set', 'sla_reminder', 'sla_breached', 'escalated',
  'triaged', 'sla_snoozed',
] as const
export type TicketEventType = (typeof EVENT_TYPES)[number]

export interface TicketEvent {
  id: number
  ticketId: number
  type: TicketEventType
  actorId: number | null
  actorName: string
  actorUnitId: string | null
  at: Date
  data: Record<string, unknown>
}

export interface Attachment {
  kind: 'photo' | 'document'
  fileId: string
  fileUniqueId: string
  senderId: number
  senderName: string
  at: Date
}

/** Who is acting, derived from the chat's own structure (no account linking). */
export interface Actor {
  userId: number
  name: string
  /** The unit of the registered group the person writes in; null in an unregistered group or a private chat. */
  unitId: string | null
  /** The group's Telegram admins are the unit's leaders. */
  isUnitLeader: boolean
  /** Listed in ADMIN_IDS or promoted by an admin. */
  isAdmin: boolean
  /** Named điều phối of the command centre by an admin. */
  isDispatcher: boolean
  /** The group is registered to the command centre or one of its teams. */
  inCommandCentre: boolean
}
