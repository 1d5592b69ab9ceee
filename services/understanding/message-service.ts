import type { ReferenceConfig } from '../config/types.ts'
import { parseMessage, type ParsedMessage } from '../parsing/index.ts'
import type { OutboundMessage, Store, TxStore } from '../ports.ts'
import { commitOnce, type Committed } from '../shared/commit.ts'
import { foldVi } from '../text/normalize.ts'
import { authorize, canSee } from '../tickets/rights.ts'
import {
  actOnTicket, createTicketInTx, listTickets, notice, readReportFields, type ReportFields, type TicketRequest,
} from '../tickets/ticket-service.ts'
import { isOverdue } from '../tickets/overdue.ts'
import { CATEGORIES, PRIORITIES, SYSTEMS, type Attachment, type Ticket } from '../tickets/types.ts'
import { provinceNameOf, type UnitLookup } from '../units/types.ts'
import { BACKLOG_CUES, firstCue, STATUS_CUES } from './cues.ts'
import type { Draft, DraftFields } from './types.ts'

export interface UnderstandingDeps {
  store: Store
  config: ReferenceConfig
  units: UnitLookup
}

export interface GroupMessage {
  text: string
  messageId: number
  attachments: Attachment[]
}

/** Messages from one person this close together, about a problem, make one draft. */
export const DRAFT_WINDOW_MS = 5 * 60_000
/** Below this margin between the best two readings, the bot says nothing rather than guess. */
const MIN_REPORT_CONFIDENCE = 2
const MIN_OTHER_CONFIDENCE = 1.5

export type Understood = 'draft_new' | 'draft_merged' | 'query_answered' | 'backlog_listed' | 'update_recorded' | 'silent'

/**
 * An ordinary message in a registered group (the bot reads them when privacy mode is off): a report becomes a draft
 * to confirm, a question about a ticket or the backlog is answered, an update is recorded on its ticket; anything
 * else, or anything unsure, gets no reply at all.
 */
export async function understandMessage(deps: UnderstandingDeps, req: TicketRequest, msg: GroupMessage): Promise<Understood> {
  if (req.actor.unitId === null) return 'silent'
  const parsed = readMessage(deps.units, req.actor.unitId, msg.text, req.now)
  if (parsed.kind === 'report' && parsed.confidence >= MIN_REPORT_CONFIDENCE) return draftReport(deps, req, msg)
  if (parsed.confidence < MIN_OTHER_CONFIDENCE) return 'silent'
  if (parsed.kind === 'query') return answerQuery(deps, req, msg, parsed)
  if (parsed.kind === 'update' && parsed.ticket !== null) return recordUpdate(deps, req, msg, parsed.ticket)
  return 'silent'
}

/** How the parser reads `text` written by someone of `unitId` at `now`: the group's province is theirs. */
export function readMessage(units: UnitLookup, unitId: string | null, text: string, now: Date): ParsedMessage {
  return parseMessage(text, { now, groupProvince: provinceNameOf(units, unitId) })
}

async function draftReport(deps: UnderstandingDeps, req: TicketRequest, msg: GroupMessage): Promise<Understood> {
  const result = await commitOnce<Understood>(deps.store, req, async (tx) => {
    const open = await tx.openDraftOf(req.origin.chatId, req.actor.userId)
    if (open && req.now.getTime() - open.updatedAt.getTime() <= DRAFT_WINDOW_MS) {
      const text = `${open.text}\n${msg.text}`
      const draft = await tx.updateDraft(open.id, {
        text, messageIds: [...open.messageIds, msg.messageId], attachments: [...open.attachments, ...msg.attachments],
        fields: rereadFields(deps, open, text, req), updatedAt: req.now,
      })
      return { value: 'draft_merged', messages: [{ kind: 'edit_draft', chatId: draft.chatId, draftId: draft.id }] }
    }
    const fields: DraftFields = { ...readFields(deps, msg.text, req), corrected: [] }
    const draft = await tx.insertDraft({
      chatId: req.origin.chatId, threadId: req.origin.threadId, authorId: req.actor.userId, authorName: req.actor.name, unitId: req.actor.unitId,
      text: msg.text, firstMessageId: msg.messageId, messageIds: [msg.messageId], attachments: msg.attachments, fields,
      status: 'open', ticketNumber: null, cardMessageId: null, createdAt: req.now, updatedAt: req.now,
    })
    return { value: 'draft_new', messages: [{ kind: 'draft_card', chatId: draft.chatId, threadId: draft.threadId, replyTo: msg.messageId, draftId: draft.id }] }
  })
  return result.duplicate ? 'silent' : result.value
}

function readFields(deps: UnderstandingDeps, text: string, req: TicketRequest): ReportFields {
  const { evidence: _, ...fields } = readReportFields(deps.units, text, req.actor.unitId, req.now)
  return fields
}

/** A later message re-reads the whole draft; what a person corrected stays. */
function rereadFields(deps: UnderstandingDeps, draft: Draft, text: string, req: TicketRequest): DraftFields {
  const fresh = readFields(deps, text, req)
  const kept = Object.fromEntries(draft.fields.corrected.map((f) => [f, draft.fields[f]]))
  return { ...fresh, ...kept, corrected: draft.fields.corrected }
}

/** A photo or document without a caption joins its author's open draft, if there is one. */
export async function attachToDraft(deps: UnderstandingDeps, req: TicketRequest, attachments: Attachment[]): Promise<boolean> {
  const result = await commitOnce<boolean>(deps.store, req, async (tx) => {
    const open = await tx.openDraftOf(req.origin.chatId, req.actor.userId)
    if (!open || req.now.getTime() - open.updatedAt.getTime() > DRAFT_WINDOW_MS) return { refused: false }
    const draft = await tx.updateDraft(open.id, { attachments: [...open.attachments, ...attachments], updatedAt: req.now })
    return { value: true, messages: [{ kind: 'edit_draft', chatId: draft.chatId, draftId: draft.id }] }
  })
  return !result.duplicate && result.value
}

async function answerQuery(deps: UnderstandingDeps, req: TicketRequest, msg: GroupMessage, parsed: ParsedMessage): Promise<Understood> {
  if (parsed.ticket === null) {
    const cue = firstCue(foldVi(msg.text), BACKLOG_CUES)
    if (!cue) return 'silent'
    await listTickets(deps, req, cue.mode)
    return 'backlog_listed'
  }
  const ticket = await deps.store.findTicket(parsed.ticket)
  const visible = ticket !== null && canSee(req.actor, ticket)
  const data = visible ? await statusOf(deps.store, ticket, req.now) : { number: parsed.ticket }
  await commitOnce(deps.store, req, async () => ({ value: null, messages: [notice(req, visible ? 'ticket_status' : 'ticket_not_found', data)] }))
  return 'query_answered'
}

/** "Phiếu #12 — Đã tiếp nhận bởi VNPT Nghệ An lúc 09:14, hạn 17:00 hôm nay": the facts, rendered by the adapter. */
async function statusOf(store: Store, t: Ticket, now: Date): Promise<Record<string, unknown>> {
  const events = await store.timeline(t.id)
  const since = [...events].reverse().find((e) => e.data.to === t.status || e.type === 'created')
  return {
    number: t.number, status: t.status, assigneeUnitId: t.assigneeUnitId, assigneeUserName: t.assigneeUserName,
    since: (since?.at ?? t.createdAt).toISOString(), deadline: t.deadline.toISOString(), overdue: isOverdue(t, now),
  }
}

/**
 * An update about a ticket the person may see is kept as a comment (Bình luận/Phản hồi); when it plainly says the
 * status moved ("đã tiếp nhận", "đã xử lý xong") and the person may make that move, a one-tap proposal follows.
 */
async function recordUpdate(deps: UnderstandingDeps, req: TicketRequest, msg: GroupMessage, number: number): Promise<Understood> {
  const ticket = await deps.store.findTicket(number)
  if (!ticket || !canSee(req.actor, ticket)) return 'silent'
  const cue = firstCue(foldVi(msg.text), STATUS_CUES)
  const propose = cue && authorize(req.actor, ticket, cue.action, deps.config.policy) === null ? cue.action : undefined
  const result = await actOnTicket(deps, { ...req, confirm: 'reaction' }, number, { action: 'comment', text: msg.text, attachments: msg.attachments, propose })
  return !result.duplicate && result.value.ok ? 'update_recorded' : 'silent'
}

// ---- Drafts: confirm, correct, dismiss ---------------------------------------------------------------------

export type DraftOp = { op: 'create' } | { op: 'dismiss' } | { op: 'correct'; field: 'category' | 'priority' | 'system'; value: string }
export type DraftRefusal = 'not_found' | 'not_allowed' | 'closed' | 'bad_value'
export type DraftOutcome = { ok: true; draft: Draft; ticketNumber: number | null } | { ok: false; reason: DraftRefusal }

/** The author, the group's leaders, admins and dispatchers decide about a draft. */
export function mayDecide(actor: TicketRequest['actor'], draft: Draft): boolean {
  return actor.userId === draft.authorId || actor.isAdmin || actor.isDispatcher || (actor.isUnitLeader && actor.unitId === draft.unitId)
}

export async function decideDraft(deps: UnderstandingDeps, req: TicketRequest, draftId: number, op: DraftOp): Promise<Committed<DraftOutcome>> {
  return commitOnce<DraftOutcome>(deps.store, req, async (tx) => {
    const draft = await tx.lockDraft(draftId)
    if (!draft || draft.chatId !== req.origin.chatId) return { refused: { ok: false, reason: 'not_found' } }
    if (!mayDecide(req.actor, draft)) return { refused: { ok: false, reason: 'not_allowed' } }
    if (draft.status !== 'open') return { refused: { ok: false, reason: 'closed' } }
    const edit: OutboundMessage = { kind: 'edit_draft', chatId: draft.chatId, draftId: draft.id }
    if (op.op === 'dismiss') {
      const dismissed = await tx.updateDraft(draft.id, { status: 'dismissed', updatedAt: req.now })
      return { value: { ok: true, draft: dismissed, ticketNumber: null }, messages: [edit] }
    }
    if (op.op === 'correct') {
      const fields = correctField(draft.fields, op.field, op.value)
      if (!fields) return { refused: { ok: false, reason: 'bad_value' } }
      const corrected = await tx.updateDraft(draft.id, { fields, updatedAt: req.now })
      return { value: { ok: true, draft: corrected, ticketNumber: null }, messages: [edit] }
    }
    return createFromDraft(deps, tx, req, draft)
  })
}

async function createFromDraft(deps: UnderstandingDeps, tx: TxStore, req: TicketRequest, draft: Draft) {
  // The ticket is the author's report, made in their group from their first message.
  const author = { ...req.actor, userId: draft.authorId, name: draft.authorName, unitId: draft.unitId }
  const origin = { chatId: draft.chatId, threadId: draft.threadId, messageId: draft.firstMessageId }
  const { corrected: _, ...fields } = draft.fields
  const created = await createTicketInTx(deps, tx, { ...req, actor: author, origin }, {
    description: draft.text, sourceMessageId: draft.firstMessageId, originalAuthor: null, attachments: draft.attachments, mediaGroupId: null, fields,
  })
  if (!created) return { refused: { ok: false as const, reason: 'closed' as const } }
  // Creating the ticket from the draft's first message settled the draft (status, number, its card's edit).
  const done = (await tx.lockDraft(draft.id))!
  return { value: { ok: true as const, draft: done, ticketNumber: created.ticket.number }, messages: created.messages }
}

function correctField(fields: DraftFields, field: 'category' | 'priority' | 'system', value: string): DraftFields | null {
  const allowed: readonly (string | number)[] = field === 'category' ? CATEGORIES : field === 'priority' ? PRIORITIES : SYSTEMS
  const parsed = field === 'category' ? Number(value) : value
  if (!allowed.includes(parsed)) return null
  const corrected = fields.corrected.includes(field) ? fields.corrected : [...fields.corrected, field]
  return { ...fields, [field]: parsed, corrected }
}
