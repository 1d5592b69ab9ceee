import type { Attachment, Category, Priority, RejectReason, SystemCode, Ticket, TicketEvent, TicketStatus } from './tickets/types.ts'
import type { ReportFacts } from './schedules/report.ts'
import type { JobRunStatus } from './schedules/planner.ts'
import type { NewShift, Shift } from './rosters/types.ts'
import type { Draft } from './understanding/types.ts'
import type { Unit } from './units/types.ts'

/** Where a request came from: the chat, its forum topic, and the message to answer. */
export interface Origin {
  chatId: number
  threadId: number | null
  messageId: number | null
}

export type CardRole = 'reporter' | 'assignee' | 'command_centre' | 'view' | 'proposal'

/** What the core asks the messenger adapter to deliver. Codes and data only; the adapter renders them. */
export type OutboundMessage =
  | { kind: 'card'; chatId: number; threadId: number | null; replyTo: number | null; ticketId: number; role: CardRole; withTimeline?: boolean }
  | { kind: 'edit_card'; chatId: number; messageId: number; ticketId: number }
  | { kind: 'notice'; chatId: number; threadId: number | null; replyTo: number | null; code: string; data: Record<string, unknown> }
  /** A proposal to take an action on a ticket, with one button, after an update written in plain words. */
  | { kind: 'proposal'; chatId: number; threadId: number | null; replyTo: number | null; ticketId: number; action: 'acknowledge' | 'start' | 'complete' }
  /** The card of a draft report: what was understood, with Tạo phiếu / Sửa / Bỏ qua. */
  | { kind: 'draft_card'; chatId: number; threadId: number | null; replyTo: number | null; draftId: number }
  | { kind: 'edit_draft'; chatId: number; draftId: number }
  /** A quiet acknowledgement on the person's own message instead of a reply (keeps busy groups readable). */
  | { kind: 'reaction'; chatId: number; messageId: number; emoji: '👍' }

export interface RegisteredChat {
  chatId: number
  title: string
  unitId: string | null
  active: boolean
  isForum: boolean
  hintSentAt: Date | null
}

export interface CardRef {
  ticketId: number
  chatId: number
  messageId: number
  threadId: number | null
  role: CardRole
  renderHash: string
}

export type NewTicket = Omit<Ticket, 'id' | 'number' | 'version' | 'updatedAt' | 'statusBeforePause' | 'rejectReason' | 'duplicateOf' | 'assigneeUserId' | 'assigneeUserName' | 'triagedAt' | 'snoozedUntil'>
  & Partial<Pick<Ticket, 'triagedAt' | 'snoozedUntil'>>

export interface TicketPatch {
  status?: TicketStatus
  statusBeforePause?: TicketStatus | null
  category?: Category
  priority?: Priority
  system?: SystemCode
  assigneeUnitId?: string | null
  assigneeUserId?: number | null
  assigneeUserName?: string | null
  informedUnitId?: string | null
  deadline?: Date
  rejectReason?: RejectReason | null
  duplicateOf?: number | null
  assignedAt?: Date | null
  acknowledgedAt?: Date | null
  resolvedAt?: Date | null
  lastResponseAt?: Date | null
  ackDueAt?: Date | null
  fixDueAt?: Date | null
  silenceDueAt?: Date | null
  slaNextAt?: Date | null
  triagedAt?: Date | null
  snoozedUntil?: Date | null
  updatedAt: Date
}

/** A reminder, breach alert or escalation step taken (or skipped after downtime) for a ticket. */
export interface SlaStepRecord {
  ticketId: number
  stage: string
  /** The stage's deadline: one round of the obligation. */
  dueAt: Date
  step: string
  at: Date
  takenAt: Date
  skipped: boolean
}

/** A scheduled job's slot taken: posted, posted late, or skipped. One row per (jobId, slot). */
export interface JobRunRecord {
  jobId: string
  slot: Date
  status: JobRunStatus
  createdAt: Date
}

export type NewEvent = Omit<TicketEvent, 'id'>

export interface TicketFilter {
  /** Only tickets these units may see (null: all, for the command centre). */
  visibleTo: string[] | null
  openOnly?: boolean
  overdueAt?: Date
  /** /cuatoi: assigned to this unit, or taken or reported by this person. */
  mine?: { unitId: string | null; userId: number }
  /** Only tickets assigned to this unit (a team's handover). */
  assigneeUnitId?: string
  limit: number
}

/** Reads and writes inside one transaction. The implementation lives in services/repositories. */
export interface TxStore {
  /** Records that an update was handled; false when it already was (the caller then changes nothing). */
  markUpdateProcessed(updateId: number): Promise<boolean>
  nextTicketNumber(): Promise<number>
  /** A message becomes at most one ticket. */
  ticketFromSource(chatId: number, messageId: number): Promise<number | null>
  insertTicket(t: NewTicket & { number: number }): Promise<Ticket>
  /** Reads and locks the ticket row until the transaction ends (two taps at once give one transition). */
  lockTicket(number: number): Promise<Ticket | null>
  ticketById(id: number): Promise<Ticket | null>
  updateTicket(id: number, patch: TicketPatch): Promise<Ticket>
  addEvent(e: NewEvent): Promise<TicketEvent>
  addAttachments(ticketId: number, eventId: number | null, items: Attachment[]): Promise<number>
  /** Messages to deliver after the commit, due from `at` (the request's time). */
  enqueue(messages: OutboundMessage[], at: Date): Promise<void>
  chatsOfUnit(unitId: string): Promise<RegisteredChat[]>
  cardsOf(ticketId: number): Promise<CardRef[]>
  upsertChat(chat: { chatId: number; title: string; isForum: boolean; unitId?: string | null; registeredBy?: number; at: Date }): Promise<RegisteredChat>
  markHintSent(chatId: number, at: Date): Promise<void>
  setChatActive(chatId: number, active: boolean): Promise<void>
  insertUnit(u: Unit): Promise<void>
  grantRole(userId: number, role: StoredRole, by: number): Promise<void>
  revokeRoles(userId: number): Promise<void>
  /** Albums: links a media group to a ticket; returns the items that arrived before it. */
  bindMediaGroup(mediaGroupId: string, chatId: number, ticketId: number): Promise<Attachment[]>
  /** Albums: the ticket a media group belongs to, or null (then the item is kept until it is known). */
  ticketOfMediaGroup(mediaGroupId: string): Promise<number | null>
  keepAlbumItem(mediaGroupId: string, chatId: number, item: Attachment): Promise<void>
  /** The author's open draft in this chat, locked until the transaction ends. */
  openDraftOf(chatId: number, authorId: number): Promise<Draft | null>
  lockDraft(id: number): Promise<Draft | null>
  /** The open draft one of whose messages is this one. */
  openDraftWithMessage(chatId: number, messageId: number): Promise<Draft | null>
  insertDraft(d: Omit<Draft, 'id'>): Promise<Draft>
  updateDraft(id: number, patch: Partial<Pick<Draft, 'text' | 'messageIds' | 'attachments' | 'fields' | 'status' | 'ticketNumber' | 'updatedAt'>>): Promise<Draft>
  /** The SLA steps already recorded for a ticket. */
  slaStepsOf(ticketId: number): Promise<SlaStepRecord[]>
  /** Records a step once: false when (ticket, stage, dueAt, step) is already there (another tick took it). */
  recordSlaStep(step: SlaStepRecord): Promise<boolean>
  /** Records a scheduled slot once: false when (jobId, slot) is already there (another replica or run took it). */
  recordJobRun(run: JobRunRecord): Promise<boolean>
  /**
   * The noise budget: counts one more SLA reminder for a group on a business day ('YYYY-MM-DD', Asia/Ho_Chi_Minh)
   * and returns the day's count including it. Atomic: two transactions at once get two different counts.
   */
  countChatReminder(chatId: number, day: string): Promise<number>
  /** Every group registered to a unit (active or not). */
  registeredChats(): Promise<RegisteredChat[]>
  /** Makes roster changes of a unit take turns until the transaction ends (the overlap check stays true). */
  lockRoster(unitId: string): Promise<void>
  /** Shifts overlapping [from, to), of one unit or of all, earliest start first. */
  shiftsBetween(from: Date, to: Date, unitId?: string): Promise<Shift[]>
  shiftById(id: number): Promise<Shift | null>
  insertShift(s: NewShift): Promise<Shift>
  /** Several shifts in one statement (a roster file); returned in id order. */
  insertShifts(s: NewShift[]): Promise<Shift[]>
  deleteShift(id: number): Promise<void>
  /** A person started a private chat with the bot (/start): it may write to them. */
  recordPrivateChat(userId: number, name: string, at: Date): Promise<void>
  /** Of these people, the ones the bot may write to privately. */
  privateChatsOf(userIds: number[]): Promise<number[]>
}

export type StoredRole = 'admin' | 'dispatcher'

/** Plain reads outside transactions, and the transaction boundary. */
export interface Store {
  transaction<T>(fn: (tx: TxStore) => Promise<T>): Promise<T>
  isUpdateProcessed(updateId: number): Promise<boolean>
  findTicket(number: number): Promise<Ticket | null>
  findTicketById(id: number): Promise<Ticket | null>
  listTickets(filter: TicketFilter): Promise<Ticket[]>
  timeline(ticketId: number): Promise<TicketEvent[]>
  attachmentCount(ticketId: number): Promise<number>
  findChat(chatId: number): Promise<RegisteredChat | null>
  chatsOfUnit(unitId: string): Promise<RegisteredChat[]>
  findCard(chatId: number, messageId: number): Promise<CardRef | null>
  rolesOf(userId: number): Promise<StoredRole[]>
  runtimeUnits(): Promise<Unit[]>
  findDraft(id: number): Promise<Draft | null>
  /** Numbers of tickets whose next SLA step is due at `now`, earliest first. */
  ticketsDueForSla(now: Date, limit: number): Promise<number[]>
  /** The latest recorded slot of each scheduled job. */
  lastJobRuns(): Promise<Array<{ jobId: string; slot: Date }>>
  /**
   * What a report needs: tickets created before `to` that were created since `since`, are still open, or have a
   * timeline event since `since`; and their timelines (without comments).
   */
  reportFacts(since: Date, to: Date): Promise<ReportFacts>
  /** Shifts overlapping [from, to), of all units, earliest start first. */
  shiftsBetween(from: Date, to: Date): Promise<Shift[]>
}

/** A claimed outbox row: one message to deliver. */
export interface OutboxItem {
  id: number
  message: OutboundMessage
  attempts: number
}

/** Delivery bookkeeping for the messenger adapter's outbox sender. */
export interface OutboxStore {
  /**
   * Leases up to `limit` due rows to `owner`, oldest first. A row waits while an earlier row of its chat is leased or
   * not yet due, so each chat's messages go out in order even with several senders.
   */
  claim(owner: string, now: Date, leaseMs: number, limit: number): Promise<OutboxItem[]>
  /** Extends the owner's leases: a live sender keeps its rows, a crashed one loses them when the lease runs out. */
  renew(owner: string, now: Date, leaseMs: number): Promise<void>
  /** `messages`: how many Telegram messages (sends or edits) the row took, for pacing after a restart. */
  markSent(id: number, now: Date, messages: number): Promise<void>
  /** A new card was delivered: remember where it is, in the same transaction as marking the row sent. */
  markCardSent(id: number, card: Omit<CardRef, 'renderHash'> & { renderHash: string }, now: Date, messages: number): Promise<void>
  markRetry(id: number, error: string, notBefore: Date): Promise<void>
  markDead(id: number, error: string): Promise<void>
  /** Gives back leased rows untouched (a row before them in the same chat must go first). */
  release(ids: number[]): Promise<void>
  setCardHash(chatId: number, messageId: number, hash: string): Promise<void>
  /** A draft's card was delivered: remember its message, in the same transaction as marking the row sent. */
  markDraftCardSent(id: number, draftId: number, messageId: number, now: Date, messages: number): Promise<void>
  pendingCount(): Promise<number>
  /** Messages delivered since `since` (to pace a restarted sender like the one before it). */
  recentSends(since: Date): Promise<Array<{ chatId: number; at: Date }>>
}
