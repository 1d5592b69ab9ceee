import type { CardRef, JobRunRecord, OutboundMessage, RegisteredChat, SlaStepRecord, Store, StoredRole, TicketFilter, TxStore } from '../../services/ports.ts'
import type { Shift } from '../../services/rosters/types.ts'
import { RUNNING_STATUSES } from '../../services/tickets/overdue.ts'
import type { Attachment, Ticket, TicketEvent } from '../../services/tickets/types.ts'
import type { Draft } from '../../services/understanding/types.ts'
import type { Unit } from '../../services/units/types.ts'

/** Everything the in-memory store holds; tests read it directly to assert what was written. */
export interface MemoryState {
  tickets: Ticket[]
  events: TicketEvent[]
  attachments: Array<Attachment & { ticketId: number; eventId: number | null }>
  cards: CardRef[]
  outbox: OutboundMessage[]
  chats: RegisteredChat[]
  processed: number[]
  roles: Array<{ userId: number; role: StoredRole }>
  units: Unit[]
  counter: number
  mediaGroups: Array<{ id: string; ticketId: number }>
  albumItems: Array<Attachment & { mediaGroupId: string }>
  drafts: Draft[]
  slaSteps: SlaStepRecord[]
  jobRuns: JobRunRecord[]
  shifts: Shift[]
  privateChats: Array<{ userId: number; name: string; startedAt: Date }>
  shiftCounter: number
  /** The noise budget: SLA reminders per group and business day. */
  chatNoise: Array<{ chatId: number; day: string; reminders: number }>
}

export const emptyState = (): MemoryState => ({
  tickets: [], events: [], attachments: [], cards: [], outbox: [], chats: [], processed: [], roles: [], units: [], counter: 0, mediaGroups: [], albumItems: [], drafts: [], slaSteps: [], jobRuns: [], shifts: [], privateChats: [], shiftCounter: 0, chatNoise: [],
})

/**
 * A Store for unit tests of the use cases: transactions work on a copy that replaces the state only on success,
 * so a rolled-back transaction leaves no trace, as in the database.
 */
export class MemoryStore implements Store {
  state: MemoryState = emptyState()
  private queue: Promise<unknown> = Promise.resolve()

  transaction<T>(fn: (tx: TxStore) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const draft = structuredClone(this.state)
      const result = await fn(txOf(draft))
      this.state = draft
      return result
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  async isUpdateProcessed(id: number) { return this.state.processed.includes(id) }
  async findTicket(number: number) { return this.state.tickets.find((t) => t.number === number) ?? null }
  async findTicketById(id: number) { return this.state.tickets.find((t) => t.id === id) ?? null }
  async listTickets(f: TicketFilter) { return this.state.tickets.filter((t) => matches(t, f)).sort((a, b) => a.deadline.getTime() - b.deadline.getTime()).slice(0, f.limit) }
  async timeline(ticketId: number) { return this.state.events.filter((e) => e.ticketId === ticketId) }
  async attachmentCount(ticketId: number) { return this.state.attachments.filter((a) => a.ticketId === ticketId).length }
  async findChat(chatId: number) { return this.state.chats.find((c) => c.chatId === chatId) ?? null }
  async chatsOfUnit(unitId: string) { return this.state.chats.filter((c) => c.unitId === unitId) }
  async findCard(chatId: number, messageId: number) { return this.state.cards.find((c) => c.chatId === chatId && c.messageId === messageId) ?? null }
  async rolesOf(userId: number) { return this.state.roles.filter((r) => r.userId === userId).map((r) => r.role) }
  async runtimeUnits() { return this.state.units }
  async findDraft(id: number) { return this.state.drafts.find((d) => d.id === id) ?? null }
  async ticketsDueForSla(now: Date, limit: number) {
    return this.state.tickets.filter((t) => t.slaNextAt !== null && t.slaNextAt <= now)
      .sort((a, b) => a.slaNextAt!.getTime() - b.slaNextAt!.getTime() || a.id - b.id).slice(0, limit).map((t) => t.number)
  }
  async lastJobRuns() {
    const last = new Map<string, Date>()
    for (const r of this.state.jobRuns) if ((last.get(r.jobId)?.getTime() ?? -Infinity) < r.slot.getTime()) last.set(r.jobId, r.slot)
    return [...last].map(([jobId, slot]) => ({ jobId, slot }))
  }
  async reportFacts(since: Date, to: Date) {
    const s = this.state
    const tickets = s.tickets.filter((t) => t.createdAt < to && (t.createdAt >= since || (t.status !== 'closed' && t.status !== 'rejected') || s.events.some((e) => e.ticketId === t.id && e.at >= since)))
    const ids = new Set(tickets.map((t) => t.id))
    return { tickets, events: s.events.filter((e) => ids.has(e.ticketId) && e.type !== 'comment') }
  }
  async shiftsBetween(from: Date, to: Date) { return shiftsIn(this.state, from, to) }
}

function shiftsIn(s: MemoryState, from: Date, to: Date, unitId?: string): Shift[] {
  return s.shifts.filter((x) => x.startsAt < to && x.endsAt > from && (unitId === undefined || x.unitId === unitId))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id)
}

function matches(t: Ticket, f: TicketFilter): boolean {
  if (f.visibleTo !== null && ![t.reporterUnitId, t.assigneeUnitId, t.affectedUnitId, t.informedUnitId, t.provinceId].some((u) => u !== null && f.visibleTo!.includes(u))) return false
  if (f.openOnly && (t.status === 'closed' || t.status === 'rejected')) return false
  if (f.overdueAt && !(t.deadline < f.overdueAt && RUNNING_STATUSES.includes(t.status))) return false
  if (f.assigneeUnitId !== undefined && t.assigneeUnitId !== f.assigneeUnitId) return false
  if (f.mine && !(t.assigneeUnitId === f.mine.unitId || t.assigneeUserId === f.mine.userId || t.reporterUserId === f.mine.userId)) return false
  return true
}

function txOf(s: MemoryState): TxStore {
  return {
    async markUpdateProcessed(id) {
      if (s.processed.includes(id)) return false
      s.processed.push(id)
      return true
    },
    async nextTicketNumber() { return ++s.counter },
    async ticketFromSource(chatId, messageId) { return s.tickets.find((t) => t.sourceChatId === chatId && t.sourceMessageId === messageId)?.number ?? null },
    async insertTicket(t) {
      const ticket: Ticket = { triagedAt: null, snoozedUntil: null, ...t, id: s.tickets.length + 1, version: 1, updatedAt: t.createdAt, statusBeforePause: null, rejectReason: null, duplicateOf: null, assigneeUserId: null, assigneeUserName: null }
      s.tickets.push(ticket)
      return ticket
    },
    async lockTicket(number) { return s.tickets.find((t) => t.number === number) ?? null },
    async ticketById(id) { return s.tickets.find((t) => t.id === id) ?? null },
    async updateTicket(id, patch) {
      const i = s.tickets.findIndex((t) => t.id === id)
      s.tickets[i] = { ...s.tickets[i], ...patch, version: s.tickets[i].version + 1 }
      return s.tickets[i]
    },
    async addEvent(e) {
      const event = { ...e, id: s.events.length + 1 }
      s.events.push(event)
      return event
    },
    async addAttachments(ticketId, eventId, items) {
      const fresh = items.filter((a) => !s.attachments.some((x) => x.ticketId === ticketId && x.fileUniqueId === a.fileUniqueId))
      s.attachments.push(...fresh.map((a) => ({ ...a, ticketId, eventId })))
      return fresh.length
    },
    async enqueue(messages) { s.outbox.push(...messages) },
    async chatsOfUnit(unitId) { return s.chats.filter((c) => c.unitId === unitId) },
    async cardsOf(ticketId) { return s.cards.filter((c) => c.ticketId === ticketId) },
    async upsertChat(c) {
      let chat = s.chats.find((x) => x.chatId === c.chatId)
      if (!chat) {
        chat = { chatId: c.chatId, title: c.title, unitId: null, active: true, isForum: c.isForum, hintSentAt: null }
        s.chats.push(chat)
      }
      Object.assign(chat, { title: c.title, isForum: c.isForum }, c.unitId !== undefined ? { unitId: c.unitId, active: true } : {})
      return chat
    },
    async markHintSent(chatId, at) { Object.assign(s.chats.find((c) => c.chatId === chatId)!, { hintSentAt: at }) },
    async setChatActive(chatId, active) { s.chats.filter((c) => c.chatId === chatId).forEach((c) => (c.active = active)) },
    async insertUnit(u) { if (!s.units.some((x) => x.id === u.id)) s.units.push(u) },
    async grantRole(userId, role) { if (!s.roles.some((r) => r.userId === userId && r.role === role)) s.roles.push({ userId, role }) },
    async revokeRoles(userId) { s.roles = s.roles.filter((r) => r.userId !== userId) },
    async bindMediaGroup(id, _chatId, ticketId) {
      s.mediaGroups.push({ id, ticketId })
      const items = s.albumItems.filter((a) => a.mediaGroupId === id).map(({ mediaGroupId: _, ...a }) => a)
      s.albumItems = s.albumItems.filter((a) => a.mediaGroupId !== id)
      return items
    },
    async ticketOfMediaGroup(id) { return s.mediaGroups.find((m) => m.id === id)?.ticketId ?? null },
    async keepAlbumItem(mediaGroupId, _chatId, item) { s.albumItems.push({ ...item, mediaGroupId }) },
    async openDraftOf(chatId, authorId) { return s.drafts.filter((d) => d.chatId === chatId && d.authorId === authorId && d.status === 'open').at(-1) ?? null },
    async lockDraft(id) { return s.drafts.find((d) => d.id === id) ?? null },
    async openDraftWithMessage(chatId, messageId) { return s.drafts.find((d) => d.chatId === chatId && d.status === 'open' && d.messageIds.includes(messageId)) ?? null },
    async insertDraft(d) {
      const draft = { ...d, id: s.drafts.length + 1 }
      s.drafts.push(draft)
      return draft
    },
    async slaStepsOf(ticketId) { return s.slaSteps.filter((x) => x.ticketId === ticketId) },
    async recordSlaStep(step) {
      const same = (x: SlaStepRecord) => x.ticketId === step.ticketId && x.stage === step.stage && x.dueAt.getTime() === step.dueAt.getTime() && x.step === step.step
      if (s.slaSteps.some(same)) return false
      s.slaSteps.push(step)
      return true
    },
    async recordJobRun(run) {
      if (s.jobRuns.some((r) => r.jobId === run.jobId && r.slot.getTime() === run.slot.getTime())) return false
      s.jobRuns.push(run)
      return true
    },
    async countChatReminder(chatId, day) {
      let row = s.chatNoise.find((x) => x.chatId === chatId && x.day === day)
      if (!row) s.chatNoise.push((row = { chatId, day, reminders: 0 }))
      return ++row.reminders
    },
    async lockRoster() {},
    async shiftsBetween(from, to, unitId) { return shiftsIn(s, from, to, unitId) },
    async shiftById(id) { return s.shifts.find((x) => x.id === id) ?? null },
    async insertShift(x) {
      if (s.shifts.some((y) => y.unitId === x.unitId && y.userId === x.userId && y.startsAt.getTime() === x.startsAt.getTime())) throw new Error('unique constraint: Shift(unitId, userId, startsAt)')
      const shift = { ...x, id: ++s.shiftCounter }
      s.shifts.push(shift)
      return shift
    },
    async insertShifts(list) {
      const out: Shift[] = []
      for (const x of list) out.push(await this.insertShift(x))
      return out
    },
    async deleteShift(id) { s.shifts = s.shifts.filter((x) => x.id !== id) },
    async recordPrivateChat(userId, name, at) {
      const known = s.privateChats.find((p) => p.userId === userId)
      if (known) known.name = name
      else s.privateChats.push({ userId, name, startedAt: at })
    },
    async privateChatsOf(userIds) { return userIds.filter((id) => s.privateChats.some((p) => p.userId === id)) },
    async registeredChats() { return s.chats.filter((c) => c.unitId !== null) },
    async updateDraft(id, patch) {
      const i = s.drafts.findIndex((d) => d.id === id)
      s.drafts[i] = { ...s.drafts[i], ...patch }
      return s.drafts[i]
    },
  }
}
