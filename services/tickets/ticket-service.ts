import type { ReferenceConfig } from '../config/types.ts'
import type { CardRef, CardRole, NewEvent, Origin, OutboundMessage, Store, TicketFilter, TicketPatch, TxStore } from '../ports.ts'
import { routeTicket } from '../routing/route-ticket.ts'
import { commitOnce, type Committed, type RequestMeta } from '../shared/commit.ts'
import { provinceNameOf, type Unit, type UnitLookup } from '../units/types.ts'
import { parseReport } from '../parsing/index.ts'
import { dutyNotices } from '../rosters/duty.ts'
import { SAME_SNOOZE_MS, snoozeUntil, type SnoozeOption } from '../sla/snooze.ts'
import { slaFieldsOf } from '../sla/ticket-sla.ts'
import { nextStatus, type TicketAction } from './lifecycle.ts'
import { isOverdue } from './overdue.ts'
import { authorize, canSee, type Refusal } from './rights.ts'
import type { Actor, Attachment, Category, Priority, RejectReason, SystemCode, Ticket, TicketEventType } from './types.ts'
import { CATEGORIES, PRIORITIES, SYSTEMS } from './types.ts'

export interface TicketDeps {
  store: Store
  config: ReferenceConfig
  units: UnitLookup
}

export interface TicketRequest extends RequestMeta {
  actor: Actor
  origin: Origin
  /**
   * How to confirm an accepted action: a reply (commands), a reaction on the person's message (comments);
   * taps get a toast from the adapter instead.
   */
  confirm?: 'reply' | 'reaction'
}

export interface ReportInput {
  description: string
  /** The message the ticket comes from (the command itself, or the message it replies to). */
  sourceMessageId: number
  originalAuthor: string | null
  attachments: Attachment[]
  mediaGroupId: string | null
  /** Fields already read and corrected (a confirmed draft); otherwise the parser reads them from the description. */
  fields?: ReportFields
}

export type ReportOutcome = { ok: true; ticket: Ticket } | { ok: false; reason: 'empty_description' | 'already_reported' }

/** Turns a report into a ticket (Phiếu giao việc), routes it, and sends its cards (handbook Bước 1–2, 004:568-617). */
export async function reportTicket(deps: TicketDeps, req: TicketRequest, input: ReportInput): Promise<Committed<ReportOutcome>> {
  const description = input.description.trim()
  if (description.length === 0) return refusedNow({ ok: false, reason: 'empty_description' })
  return commitOnce<ReportOutcome>(deps.store, req, async (tx) => {
    const created = await createTicketInTx(deps, tx, req, { ...input, description })
    if (!created) return { refused: { ok: false, reason: 'already_reported' } }
    return { value: { ok: true, ticket: created.ticket }, messages: created.messages }
  })
}

/**
 * Creates, routes and announces a ticket inside the caller's transaction (a /baocao, or a draft someone confirmed);
 * null when that message already became a ticket.
 */
export async function createTicketInTx(deps: TicketDeps, tx: TxStore, req: TicketRequest, input: ReportInput): Promise<{ ticket: Ticket; messages: OutboundMessage[] } | null> {
  if (await tx.ticketFromSource(req.origin.chatId, input.sourceMessageId)) return null
  const fresh = draftTicket(deps, req, input)
  // The due times read only the ticket's facts, which a fresh ticket already has (no id or number needed).
  const sla = slaFieldsOf(fresh as Ticket, deps.units, deps.config.clock)
  const ticket = await tx.insertTicket({ ...fresh, ...sla, number: await tx.nextTicketNumber() })
  const event = await tx.addEvent(eventOf(ticket, req, 'created', { assigneeUnitId: ticket.assigneeUnitId, status: ticket.status }))
  const album = input.mediaGroupId ? await tx.bindMediaGroup(input.mediaGroupId, req.origin.chatId, ticket.id) : []
  await tx.addAttachments(ticket.id, event.id, [...input.attachments, ...album])
  const messages = [reporterCard(ticket, req.origin), ...(await newCardsForAssignee(tx, ticket, [req.origin.chatId]))]
  if (await unattended(tx, ticket)) messages.push(...(await newCardsForCommandCentre(deps, tx, ticket, cardChats(messages))))
  messages.push(...(await assignedToDuty(tx, ticket, req.now)))
  // A /baocao on a message the bot had drafted settles the draft too.
  const draft = await tx.openDraftWithMessage(req.origin.chatId, input.sourceMessageId)
  if (draft) {
    await tx.updateDraft(draft.id, { status: 'created', ticketNumber: ticket.number, updatedAt: req.now })
    messages.push({ kind: 'edit_draft', chatId: draft.chatId, draftId: draft.id })
  }
  return { ticket, messages }
}

/** What a report says about itself; read from its text, or corrected by people before it becomes a ticket. */
export interface ReportFields {
  category: Category
  priority: Priority
  system: SystemCode
  provinceId: string | null
  /** A deadline stated in the report; otherwise the default for its priority. */
  deadline: Date | null
}

/** The fields the message parser reads from a report, in the group's context (its province, the time). */
export function readReportFields(units: UnitLookup, text: string, reporterUnitId: string | null, now: Date): ReportFields & { evidence: Record<string, string[]> } {
  const parsed = parseReport(text, { now, groupProvince: provinceNameOf(units, reporterUnitId) })
  return {
    category: parsed.category, priority: parsed.priority, system: parsed.system,
    provinceId: provinceIdOf(units, parsed.province), deadline: parsed.deadline, evidence: parsed.evidence,
  }
}

function draftTicket(deps: TicketDeps, req: TicketRequest, input: ReportInput) {
  const fields = input.fields ?? readReportFields(deps.units, input.description, req.actor.unitId, req.now)
  const reporterUnit = req.actor.unitId ? deps.units.get(req.actor.unitId) : undefined
  const { category, priority, system, provinceId } = fields
  const route = routeTicket({ category, system, provinceId }, deps.config.routing)
  return {
    description: input.description,
    status: route.assigneeUnitId ? ('assigned' as const) : ('new' as const),
    category,
    priority,
    system,
    affectedUnitId: affectedUnitOf(reporterUnit, provinceId, deps.config),
    provinceId,
    assigneeUnitId: route.assigneeUnitId,
    informedUnitId: route.informedUnitId,
    reporterUnitId: req.actor.unitId,
    reporterUserId: req.actor.userId,
    reporterName: req.actor.name,
    originalAuthor: input.originalAuthor,
    sourceChatId: req.origin.chatId,
    sourceMessageId: input.sourceMessageId,
    sourceThreadId: req.origin.threadId,
    deadline: fields.deadline ?? new Date(req.now.getTime() + deps.config.deadlineMinutes[priority] * 60_000),
    createdAt: req.now,
    assignedAt: route.assigneeUnitId ? req.now : null,
    acknowledgedAt: null,
    resolvedAt: null,
    lastResponseAt: null,
    ackDueAt: null,
    fixDueAt: null,
    silenceDueAt: null,
    slaNextAt: null,
    triagedAt: null,
    snoozedUntil: null,
  }
}

function provinceIdOf(units: UnitLookup, canonicalName: string | null): string | null {
  if (canonicalName === null) return null
  return units.all().find((u) => u.kind === 'province' && u.name === canonicalName)?.id ?? null
}

/** The unit a problem affects: the reporting commune or province (of that province), else the province, else the reporter. */
function affectedUnitOf(reporter: Unit | undefined, provinceId: string | null, config: ReferenceConfig): string {
  if (reporter && (reporter.kind === 'commune' || reporter.kind === 'province') && reporter.provinceId === provinceId) return reporter.id
  return provinceId ?? reporter?.id ?? config.routing.commandCentreUnitId
}

/** Photos of an album after the first: they join the ticket of the album, whenever they arrive. */
export async function addAlbumItem(deps: TicketDeps, req: TicketRequest, mediaGroupId: string, item: Attachment): Promise<Committed<null>> {
  return commitOnce(deps.store, req, async (tx) => {
    const ticketId = await tx.ticketOfMediaGroup(mediaGroupId)
    if (ticketId === null) {
      await tx.keepAlbumItem(mediaGroupId, req.origin.chatId, item)
      return { value: null, messages: [] }
    }
    await tx.addAttachments(ticketId, null, [item])
    return { value: null, messages: editsOf(await tx.cardsOf(ticketId)) }
  })
}

export type ActInput =
  | { action: 'acknowledge' | 'start' | 'complete' | 'close' | 'reopen' | 'pause' | 'resume' }
  | { action: 'assign' | 'reassign'; unitId: string }
  | { action: 'reject'; reason: RejectReason; duplicateOf?: number }
  | { action: 'edit'; field: EditableField; value: string }
  | { action: 'set_deadline'; deadline: Date }
  /** `propose`: the comment says the status moved; offer that action with one button. */
  | { action: 'comment'; text: string; attachments: Attachment[]; propose?: 'acknowledge' | 'start' | 'complete' }
  /** Đã phân loại: the command centre confirms the classification of a ticket waiting in Mới. */
  | { action: 'triage' }
  /** From an SLA alert: hold the ticket's reminders for an hour, or until the next working morning. */
  | { action: 'snooze'; until: SnoozeOption }

export type EditableField = 'category' | 'priority' | 'system'

/** `already_snoozed`: the ticket is already snoozed until (about) that time — a double tap changes nothing. */
export type ActRefusal = Refusal | 'unknown_unit' | 'same_value' | 'bad_value' | 'bad_duplicate' | 'deadline_past' | 'already_snoozed'
export type ActOutcome = { ok: true; ticket: Ticket; eventType: TicketEventType } | { ok: false; reason: ActRefusal }

/**
 * One action on a ticket by one person. Allowed: exactly one timeline event, the ticket updated, every card of it
 * edited. Refused: nothing written, a reason code returned.
 */
export async function actOnTicket(deps: TicketDeps, req: TicketRequest, number: number, input: ActInput): Promise<Committed<ActOutcome>> {
  return commitOnce<ActOutcome>(deps.store, req, async (tx) => {
    const before = await tx.lockTicket(number)
    if (!before) return { refused: refusal('not_found') }
    const denied = authorize(req.actor, before, input.action, deps.config.policy)
    if (denied) return { refused: refusal(denied) }
    const change = planChange(deps, req, before, input)
    if ('reason' in change) return { refused: refusal(change.reason) }
    if (input.action === 'reject' && input.duplicateOf !== undefined) {
      const original = await tx.lockTicket(input.duplicateOf)
      if (!original || original.id === before.id || !canSee(req.actor, original)) return { refused: refusal('bad_duplicate') }
    }
    const patch = withSla(deps, req, before, input, change.patch)
    const ticket = await tx.updateTicket(before.id, patch)
    const event = await tx.addEvent(eventOf(ticket, req, change.eventType, change.data))
    if (input.action === 'comment') await tx.addAttachments(ticket.id, event.id, input.attachments)
    const messages = await messagesAfter(deps, tx, req, before, ticket, input)
    messages.push(...confirmation(req, input.action, number))
    return { value: { ok: true as const, ticket, eventType: change.eventType }, messages }
  })
}

/** What the command centre does to a ticket in Mới that settles its triage (verifying, classifying, routing it). */
const TRIAGING: ReadonlySet<ActInput['action']> = new Set(['triage', 'edit', 'assign', 'reject'])

/**
 * The SLA facts an action changes (a new assignee restarts the budgets; the assignee's acknowledgement, status
 * changes and comments are signs of life; completion stops the fix clock), and the due times recomputed from them.
 * Triage is met when the command centre (its members, dispatchers, admins) acts on a ticket in Mới, or when the
 * ticket gets an assignee. A new assignee also ends a snooze: its reminders are for the new unit.
 */
function withSla(deps: TicketDeps, req: TicketRequest, before: Ticket, input: ActInput, patch: TicketPatch): TicketPatch {
  const facts: TicketPatch = { ...patch }
  const after = { ...before, ...patch }
  if (after.assigneeUnitId !== before.assigneeUnitId) {
    facts.assignedAt = after.assigneeUnitId === null ? null : req.now
    if (before.snoozedUntil) facts.snoozedUntil = null
  }
  const byCentre = seesEverything(req.actor)
  const triaging = before.status === 'new' && ((byCentre && TRIAGING.has(input.action)) || after.assigneeUnitId !== null)
  if (triaging && !before.triagedAt) facts.triagedAt = req.now
  const byAssignee = req.actor.unitId !== null && req.actor.unitId === after.assigneeUnitId
  if (input.action === 'acknowledge') facts.acknowledgedAt = req.now
  if (byAssignee && ['acknowledge', 'start', 'complete', 'comment'].includes(input.action)) facts.lastResponseAt = req.now
  if (['complete', 'close', 'reject'].includes(input.action) && before.resolvedAt === null) facts.resolvedAt = req.now
  if (input.action === 'reopen') facts.resolvedAt = null
  return { ...facts, ...slaFieldsOf({ ...before, ...facts } as Ticket, deps.units, deps.config.clock) }
}

function confirmation(req: TicketRequest, action: TicketAction, number: number): OutboundMessage[] {
  if (req.confirm === 'reply') return [notice(req, 'acted', { action, number })]
  if (req.confirm === 'reaction' && req.origin.messageId !== null) return [{ kind: 'reaction', chatId: req.origin.chatId, messageId: req.origin.messageId, emoji: '👍' }]
  return []
}

const refusal = (reason: ActRefusal): ActOutcome => ({ ok: false, reason })

type Change = { patch: TicketPatch; eventType: TicketEventType; data: Record<string, unknown> } | { reason: ActRefusal }

const EVENT_OF: Record<TicketAction, TicketEventType> = {
  assign: 'assigned', acknowledge: 'acknowledged', start: 'status_changed', complete: 'status_changed',
  close: 'closed', reopen: 'reopened', pause: 'paused', resume: 'resumed', reassign: 'reassigned',
  reject: 'rejected', edit: 'field_corrected', set_deadline: 'deadline_set', comment: 'comment',
  triage: 'triaged', snooze: 'sla_snoozed',
}

function planChange(deps: TicketDeps, req: TicketRequest, t: Ticket, input: ActInput): Change {
  const status = nextStatus(t.status, input.action, t.statusBeforePause)
  if (status === null) return { reason: 'bad_status' }
  const patch: TicketPatch = { updatedAt: req.now, status }
  const data: Record<string, unknown> = status !== t.status ? { from: t.status, to: status } : {}
  const eventType = EVENT_OF[input.action]
  switch (input.action) {
    case 'acknowledge':
      return { patch: { ...patch, assigneeUserId: req.actor.userId, assigneeUserName: req.actor.name }, eventType, data }
    case 'pause':
      return { patch: { ...patch, statusBeforePause: t.status }, eventType, data }
    case 'resume':
      return { patch: { ...patch, statusBeforePause: null }, eventType, data }
    case 'assign':
    case 'reassign': {
      if (!deps.units.get(input.unitId)) return { reason: 'unknown_unit' }
      if (input.unitId === t.assigneeUnitId) return { reason: 'same_value' }
      const assignee = { assigneeUnitId: input.unitId, assigneeUserId: null, assigneeUserName: null }
      return { patch: { ...patch, ...assignee }, eventType, data: { ...data, fromUnitId: t.assigneeUnitId, toUnitId: input.unitId } }
    }
    case 'reject':
      return { patch: { ...patch, rejectReason: input.reason, duplicateOf: input.duplicateOf ?? null }, eventType, data: { ...data, reason: input.reason, duplicateOf: input.duplicateOf ?? null } }
    case 'edit':
      return planEdit(deps, t, input.field, input.value, patch)
    case 'set_deadline':
      if (input.deadline.getTime() <= req.now.getTime()) return { reason: 'deadline_past' }
      return { patch: { ...patch, deadline: input.deadline }, eventType, data: { from: t.deadline.toISOString(), to: input.deadline.toISOString() } }
    case 'comment':
      return { patch, eventType, data: { text: input.text, attachments: input.attachments.length } }
    case 'snooze': {
      const until = snoozeUntil(input.until, req.now, deps.config.clock.calendar)
      const current = t.snoozedUntil && t.snoozedUntil.getTime() > req.now.getTime() ? t.snoozedUntil : null
      if (current && Math.abs(current.getTime() - until.getTime()) < SAME_SNOOZE_MS) return { reason: 'already_snoozed' }
      return { patch: { ...patch, snoozedUntil: until }, eventType, data: { until: until.toISOString(), by: req.actor.name } }
    }
    default:
      return { patch, eventType, data }
  }
}

/** A correction of category or system re-routes a ticket nobody has taken yet, as routing would have done. */
function planEdit(deps: TicketDeps, t: Ticket, field: EditableField, raw: string, patch: TicketPatch): Change {
  const value = parseFieldValue(field, raw)
  if (value === null) return { reason: 'bad_value' }
  if (t[field] === value) return { reason: 'same_value' }
  const edited = { ...t, [field]: value }
  const data: Record<string, unknown> = { field, from: t[field], to: value }
  const next: TicketPatch = { ...patch, [field]: value }
  if (field === 'priority') {
    // A deadline still at the old priority's default follows the corrected priority; one set by hand stays.
    const minutes = deps.config.deadlineMinutes
    if (t.deadline.getTime() === t.createdAt.getTime() + minutes[t.priority] * 60_000) {
      next.deadline = new Date(t.createdAt.getTime() + minutes[value as Priority] * 60_000)
      data.deadline = next.deadline.toISOString()
    }
    return { patch: next, eventType: 'field_corrected', data }
  }
  if ((t.status === 'new' || t.status === 'assigned') && t.assigneeUserId === null) {
    const route = routeTicket({ category: edited.category, system: edited.system, provinceId: t.provinceId }, deps.config.routing)
    if (route.assigneeUnitId !== t.assigneeUnitId && route.assigneeUnitId !== null) {
      Object.assign(next, { assigneeUnitId: route.assigneeUnitId, informedUnitId: route.informedUnitId, status: 'assigned' })
      data.reroutedTo = route.assigneeUnitId
    }
  }
  return { patch: next, eventType: 'field_corrected', data }
}

function parseFieldValue(field: EditableField, raw: string): Category | Priority | SystemCode | null {
  if (field === 'category') return (CATEGORIES as readonly number[]).includes(+raw) ? (+raw as Category) : null
  if (field === 'priority') return (PRIORITIES as readonly string[]).includes(raw) ? (raw as Priority) : null
  return (SYSTEMS as readonly string[]).includes(raw) ? (raw as SystemCode) : null
}

async function messagesAfter(deps: TicketDeps, tx: TxStore, req: TicketRequest, before: Ticket, after: Ticket, input: ActInput): Promise<OutboundMessage[]> {
  const cards = await tx.cardsOf(after.id)
  const messages: OutboundMessage[] = editsOf(cards)
  const carded = cards.map((c) => c.chatId)
  if (after.assigneeUnitId !== before.assigneeUnitId && after.assigneeUnitId !== null) {
    messages.push(...(await newCardsForAssignee(tx, after, carded)))
    if (await unattended(tx, after)) messages.push(...(await newCardsForCommandCentre(deps, tx, after, carded)))
    messages.push(...(await assignedToDuty(tx, after, req.now)))
  }
  if (after.status === 'done' && before.status !== 'done') {
    messages.push(...(await verificationRequests(deps, tx, after, cards)))
  }
  if (input.action === 'reopen') {
    messages.push(...noticesOnCards(await cardsInUnit(tx, cards, after.assigneeUnitId), 'ticket_reopened', { number: after.number, by: req.actor.name }))
  }
  if (input.action === 'snooze' && after.snoozedUntil) {
    // A short confirmation under the alert that was snoozed (the cards are edited above).
    messages.push(notice(req, 'sla_snoozed', { number: after.number, until: after.snoozedUntil.toISOString(), by: req.actor.name, assigned: after.assigneeUnitId !== null }))
  }
  if (input.action === 'comment') {
    const others = cards.filter((c) => c.chatId !== req.origin.chatId && c.role !== 'view')
    messages.push(...noticesOnCards(others, 'comment_added', { number: after.number, by: req.actor.name, unitId: req.actor.unitId, text: input.text, attachments: input.attachments.length }))
    if (input.propose) messages.push({ kind: 'proposal', chatId: req.origin.chatId, threadId: req.origin.threadId, replyTo: req.origin.messageId, ticketId: after.id, action: input.propose })
  }
  return messages
}

/**
 * Đã hoàn thành: the command centre verifies (004:648-652): each of its groups gets a notice on the card it has
 * (whatever brought it there: triage, its own report, /phieu), or a new card if it has none.
 */
async function verificationRequests(deps: TicketDeps, tx: TxStore, t: Ticket, cards: CardRef[]): Promise<OutboundMessage[]> {
  const ccCards = await cardsInUnit(tx, cards, deps.config.routing.commandCentreUnitId)
  return [...noticesOnCards(ccCards, 'verify_request', { number: t.number }), ...(await newCardsForCommandCentre(deps, tx, t, cards.map((c) => c.chatId)))]
}

/** The cards that sit in the active groups of a unit, whatever role they were sent in. */
async function cardsInUnit(tx: TxStore, cards: CardRef[], unitId: string | null): Promise<CardRef[]> {
  if (unitId === null) return []
  const chats = new Set((await tx.chatsOfUnit(unitId)).filter((c) => c.active).map((c) => c.chatId))
  return cards.filter((c) => chats.has(c.chatId))
}

function noticesOnCards(cards: CardRef[], code: string, data: Record<string, unknown>): OutboundMessage[] {
  const seen = new Set<number>()
  return cards.filter((c) => !seen.has(c.chatId) && seen.add(c.chatId)).map((c) => ({ kind: 'notice', chatId: c.chatId, threadId: c.threadId, replyTo: c.messageId, code, data }))
}

/** Nobody would see it but the reporter: waiting for triage, or assigned to a unit without an active group. */
async function unattended(tx: TxStore, t: Ticket): Promise<boolean> {
  if (t.assigneeUnitId === null) return true
  return !(await tx.chatsOfUnit(t.assigneeUnitId)).some((c) => c.active)
}

/** The person on duty for the new assignee hears of the ticket privately (when they have a private chat with the bot). */
const assignedToDuty = (tx: TxStore, t: Ticket, now: Date): Promise<OutboundMessage[]> =>
  dutyNotices(tx, t.assigneeUnitId, now, { reason: 'assigned', number: t.number, priority: t.priority, description: t.description })

const editsOf = (cards: CardRef[]): OutboundMessage[] => cards.map((c) => ({ kind: 'edit_card', chatId: c.chatId, messageId: c.messageId, ticketId: c.ticketId }))

const reporterCard = (t: Ticket, origin: Origin): OutboundMessage => ({ kind: 'card', chatId: origin.chatId, threadId: origin.threadId, replyTo: origin.messageId, ticketId: t.id, role: 'reporter' })

const cardChats = (messages: OutboundMessage[]): number[] => messages.filter((m) => m.kind === 'card').map((m) => m.chatId)

async function newCardsForAssignee(tx: TxStore, t: Ticket, except: number[]): Promise<OutboundMessage[]> {
  if (t.assigneeUnitId === null) return []
  return cardsForUnit(tx, t, t.assigneeUnitId, 'assignee', except)
}

async function newCardsForCommandCentre(deps: TicketDeps, tx: TxStore, t: Ticket, except: number[]): Promise<OutboundMessage[]> {
  return cardsForUnit(tx, t, deps.config.routing.commandCentreUnitId, 'command_centre', except)
}

async function cardsForUnit(tx: TxStore, t: Ticket, unitId: string, role: 'assignee' | 'command_centre', except: number[]): Promise<OutboundMessage[]> {
  const chats = (await tx.chatsOfUnit(unitId)).filter((c) => c.active && !except.includes(c.chatId))
  return chats.map((c) => ({ kind: 'card', chatId: c.chatId, threadId: null, replyTo: null, ticketId: t.id, role }))
}

function eventOf(t: Ticket, req: TicketRequest, type: TicketEventType, data: Record<string, unknown>): NewEvent {
  return { ticketId: t.id, type, actorId: req.actor.userId, actorName: req.actor.name, actorUnitId: req.actor.unitId, at: req.now, data }
}

const refusedNow = <T>(value: T): Promise<Committed<T>> => Promise.resolve({ duplicate: false, committed: false, value })


/**
 * Telegram refused a message because the bot is no longer in that group: the group is marked inactive, and a ticket
 * whose card could not reach its assignee goes to the command centre, so nothing is left unattended.
 */
export async function chatGone(deps: TicketDeps, chatId: number, lostCard: { ticketId: number; role: CardRole } | null, now: Date): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await tx.setChatActive(chatId, false)
    if (lostCard?.role !== 'assignee') return
    const ticket = await tx.ticketById(lostCard.ticketId)
    if (!ticket || !(await unattended(tx, ticket))) return
    const carded = (await tx.cardsOf(ticket.id)).map((c) => c.chatId)
    await tx.enqueue(await newCardsForCommandCentre(deps, tx, ticket, [...carded, chatId]), now)
  })
}

// ---- Views -------------------------------------------------------------------------------------------------

/** /phieu N: the card with its timeline, or "not found" for a ticket this person may not see. */
export async function showTicket(deps: TicketDeps, req: TicketRequest, number: number): Promise<Committed<boolean>> {
  const ticket = await deps.store.findTicket(number)
  const visible = ticket !== null && canSee(req.actor, ticket)
  return commitOnce(deps.store, req, async () => ({
    value: visible,
    messages: [visible
      ? { kind: 'card', chatId: req.origin.chatId, threadId: req.origin.threadId, replyTo: req.origin.messageId, ticketId: ticket.id, role: 'view', withTimeline: true }
      : notice(req, 'ticket_not_found', { number })],
  }))
}

export type ListMode = 'open' | 'mine' | 'overdue'

const LIST_LIMIT = 30

/** /tondong, /cuatoi, /quahan: tickets this chat may see, most urgent first. */
export async function listTickets(deps: TicketDeps, req: TicketRequest, mode: ListMode): Promise<Committed<number>> {
  const filter: TicketFilter = {
    visibleTo: seesEverything(req.actor) ? null : req.actor.unitId ? [req.actor.unitId] : [],
    openOnly: true,
    limit: LIST_LIMIT + 1,
    ...(mode === 'overdue' ? { overdueAt: req.now } : {}),
    ...(mode === 'mine' ? { mine: { unitId: req.actor.unitId, userId: req.actor.userId } } : {}),
  }
  const tickets = await deps.store.listTickets(filter)
  const items = tickets.slice(0, LIST_LIMIT).map((t) => summaryOf(t, req.now))
  return commitOnce(deps.store, req, async () => ({
    value: items.length,
    messages: [notice(req, 'ticket_list', { mode, items, more: tickets.length > LIST_LIMIT })],
  }))
}

export interface TicketSummary {
  number: number
  status: Ticket['status']
  priority: Priority
  description: string
  assigneeUnitId: string | null
  deadline: string
  overdue: boolean
}

export function summaryOf(t: Ticket, now: Date): TicketSummary {
  return { number: t.number, status: t.status, priority: t.priority, description: t.description, assigneeUnitId: t.assigneeUnitId, deadline: t.deadline.toISOString(), overdue: isOverdue(t, now) }
}

export const seesEverything = (a: Actor): boolean => a.isAdmin || a.isDispatcher || a.inCommandCentre

export function notice(req: TicketRequest, code: string, data: Record<string, unknown> = {}): OutboundMessage {
  return { kind: 'notice', chatId: req.origin.chatId, threadId: req.origin.threadId, replyTo: req.origin.messageId, code, data }
}

/** A reply that changes nothing else, still sent once however often the update is replayed. */
export async function replyOnce(deps: Pick<TicketDeps, 'store'>, req: TicketRequest, code: string, data: Record<string, unknown> = {}): Promise<Committed<null>> {
  return commitOnce(deps.store, req, async () => ({ value: null, messages: [notice(req, code, data)] }))
}
