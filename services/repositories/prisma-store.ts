import type { Prisma, PrismaClient } from './generated/prisma/client.ts'
import type {
  CardRef, CardRole, NewEvent, NewTicket, OutboundMessage, OutboxStore, RegisteredChat, Store, StoredRole,
  TicketFilter, TicketPatch, TxStore,
} from '../ports.ts'
import type { NewShift, Shift } from '../rosters/types.ts'
import { RUNNING_STATUSES } from '../tickets/overdue.ts'
import type { Attachment, Category, Priority, RejectReason, SystemCode, Ticket, TicketEvent, TicketEventType, TicketStatus } from '../tickets/types.ts'
import type { Draft, DraftFields, DraftStatus } from '../understanding/types.ts'
import type { Unit, UnitKind } from '../units/types.ts'

type TicketRow = Prisma.TicketGetPayload<object>
type ChatRow = Prisma.ChatGetPayload<object>

/** Any constant: the key of the advisory lock that makes outbox claims take turns. */
const OUTBOX_CLAIM_LOCK = 727_073_691
/** Any constant: with the unit id's hash, the key of the advisory lock that makes roster changes of a unit take turns. */
const ROSTER_LOCK = 727_073_692

/** PGlite is a single connection: keep transactions short, and fail rather than hang when one is stuck. */
const TX_OPTIONS = { maxWait: 20_000, timeout: 20_000 }

export function createPrismaStore(prisma: PrismaClient): Store {
  return {
    transaction: (fn) => prisma.$transaction((tx) => fn(txStore(tx)), TX_OPTIONS),
    isUpdateProcessed: async (updateId) => (await prisma.processedUpdate.count({ where: { updateId: BigInt(updateId) } })) > 0,
    findTicket: async (number) => mapTicket(await prisma.ticket.findUnique({ where: { number } })),
    findTicketById: async (id) => mapTicket(await prisma.ticket.findUnique({ where: { id } })),
    listTickets: async (filter) => (await prisma.ticket.findMany({ where: ticketWhere(filter), orderBy: [{ deadline: 'asc' }, { number: 'asc' }], take: filter.limit })).map((r) => mapTicket(r)!),
    timeline: async (ticketId) => (await prisma.ticketEvent.findMany({ where: { ticketId }, orderBy: { id: 'asc' } })).map(mapEvent),
    attachmentCount: (ticketId) => prisma.attachment.count({ where: { ticketId } }),
    findChat: async (chatId) => mapChat(await prisma.chat.findUnique({ where: { id: BigInt(chatId) } })),
    chatsOfUnit: async (unitId) => (await prisma.chat.findMany({ where: { unitId }, orderBy: { id: 'asc' } })).map((c) => mapChat(c)!),
    findCard: async (chatId, messageId) => mapCard(await prisma.ticketCard.findUnique({ where: { chatId_messageId: { chatId: BigInt(chatId), messageId } } })),
    rolesOf: async (userId) => (await prisma.roleGrant.findMany({ where: { userId: BigInt(userId) } })).map((r) => r.role as StoredRole),
    findDraft: async (id) => mapDraft(await prisma.draft.findUnique({ where: { id } })),
    runtimeUnits: async () => (await prisma.unit.findMany({ where: { fromConfig: false } })).map(mapUnit),
    ticketsDueForSla: async (now, limit) =>
      (await prisma.ticket.findMany({ where: { slaNextAt: { lte: now } }, orderBy: [{ slaNextAt: 'asc' }, { id: 'asc' }], take: limit, select: { number: true } })).map((t) => t.number),
    lastJobRuns: async () =>
      (await prisma.jobRun.groupBy({ by: ['jobId'], _max: { slot: true } })).map((r) => ({ jobId: r.jobId, slot: r._max.slot! })),
    reportFacts: async (since, to) => {
      const tickets = (await prisma.ticket.findMany({
        where: { createdAt: { lt: to }, OR: [{ createdAt: { gte: since } }, { status: { notIn: ['closed', 'rejected'] } }, { events: { some: { at: { gte: since } } } }] },
        orderBy: { id: 'asc' },
      })).map((r) => mapTicket(r)!)
      const events = tickets.length === 0 ? [] : (await prisma.ticketEvent.findMany({
        where: { ticketId: { in: tickets.map((t) => t.id) }, type: { not: 'comment' } }, orderBy: { id: 'asc' },
      })).map(mapEvent)
      return { tickets, events }
    },
    shiftsBetween: async (from, to) => (await prisma.shift.findMany({ where: shiftWhere(from, to), orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] })).map(mapShift),
  }
}

function txStore(tx: Prisma.TransactionClient): TxStore {
  return {
    markUpdateProcessed: async (updateId) =>
      (await tx.$executeRaw`INSERT INTO "ProcessedUpdate" ("updateId") VALUES (${BigInt(updateId)}) ON CONFLICT DO NOTHING`) === 1,
    nextTicketNumber: async () => {
      const rows = await tx.$queryRaw<Array<{ value: number }>>`
        INSERT INTO "Counter" (name, value) VALUES ('ticket', 1)
        ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`
      return Number(rows[0].value)
    },
    ticketFromSource: async (chatId, messageId) =>
      (await tx.ticket.findUnique({ where: { sourceChatId_sourceMessageId: { sourceChatId: BigInt(chatId), sourceMessageId: messageId } }, select: { number: true } }))?.number ?? null,
    insertTicket: async (t) => mapTicket(await tx.ticket.create({ data: ticketData(t) }))!,
    lockTicket: async (number) => {
      await tx.$queryRaw`SELECT id FROM "Ticket" WHERE number = ${number} FOR UPDATE`
      return mapTicket(await tx.ticket.findUnique({ where: { number } }))
    },
    ticketById: async (id) => mapTicket(await tx.ticket.findUnique({ where: { id } })),
    updateTicket: async (id, patch) => mapTicket(await tx.ticket.update({ where: { id }, data: patchData(patch) }))!,
    addEvent: async (e) => mapEvent(await tx.ticketEvent.create({ data: eventData(e) })),
    addAttachments: async (ticketId, eventId, items) =>
      (await tx.attachment.createMany({ data: items.map((a) => attachmentData(ticketId, eventId, a)), skipDuplicates: true })).count,
    enqueue: async (messages, at) => {
      if (messages.length === 0) return
      await tx.outbox.createMany({ data: messages.map((m) => ({ chatId: BigInt(m.chatId), kind: m.kind, payload: m as unknown as Prisma.InputJsonValue, notBefore: at })) })
    },
    chatsOfUnit: async (unitId) => (await tx.chat.findMany({ where: { unitId }, orderBy: { id: 'asc' } })).map((c) => mapChat(c)!),
    cardsOf: async (ticketId) => (await tx.ticketCard.findMany({ where: { ticketId }, orderBy: { id: 'asc' } })).map((c) => mapCard(c)!),
    upsertChat: async (c) => {
      const registration = c.unitId !== undefined ? { unitId: c.unitId, registeredAt: c.at, registeredBy: c.registeredBy === undefined ? null : BigInt(c.registeredBy), active: true } : {}
      const row = await tx.chat.upsert({
        where: { id: BigInt(c.chatId) },
        create: { id: BigInt(c.chatId), title: c.title, isForum: c.isForum, ...registration },
        update: { title: c.title, isForum: c.isForum, ...registration },
      })
      return mapChat(row)!
    },
    markHintSent: async (chatId, at) => {
      await tx.chat.update({ where: { id: BigInt(chatId) }, data: { hintSentAt: at } })
    },
    setChatActive: async (chatId, active) => {
      await tx.chat.updateMany({ where: { id: BigInt(chatId) }, data: { active } })
    },
    insertUnit: async (u) => {
      await tx.unit.upsert({ where: { id: u.id }, create: unitData(u, false), update: {} })
    },
    grantRole: async (userId, role, by) => {
      await tx.roleGrant.upsert({ where: { userId_role: { userId: BigInt(userId), role } }, create: { userId: BigInt(userId), role, grantedBy: BigInt(by) }, update: {} })
    },
    revokeRoles: async (userId) => {
      await tx.roleGrant.deleteMany({ where: { userId: BigInt(userId) } })
    },
    bindMediaGroup: async (mediaGroupId, chatId, ticketId) => {
      await tx.mediaGroup.upsert({ where: { mediaGroupId }, create: { mediaGroupId, chatId: BigInt(chatId), ticketId }, update: { ticketId } })
      const items = await tx.albumItem.findMany({ where: { mediaGroupId }, orderBy: { id: 'asc' } })
      await tx.albumItem.deleteMany({ where: { mediaGroupId } })
      return items.map((i) => ({ kind: i.kind as Attachment['kind'], fileId: i.fileId, fileUniqueId: i.fileUniqueId, senderId: Number(i.senderId), senderName: i.senderName, at: i.at }))
    },
    ticketOfMediaGroup: async (mediaGroupId) => (await tx.mediaGroup.findUnique({ where: { mediaGroupId } }))?.ticketId ?? null,
    openDraftOf: async (chatId, authorId) => {
      const rows = await tx.$queryRaw<Array<{ id: number }>>`
        SELECT id FROM "Draft" WHERE "chatId" = ${BigInt(chatId)} AND "authorId" = ${BigInt(authorId)} AND status = 'open'
        ORDER BY id DESC LIMIT 1 FOR UPDATE`
      return rows.length === 0 ? null : mapDraft(await tx.draft.findUnique({ where: { id: rows[0].id } }))
    },
    openDraftWithMessage: async (chatId, messageId) =>
      mapDraft(await tx.draft.findFirst({ where: { chatId: BigInt(chatId), status: 'open', messageIds: { has: messageId } } })),
    lockDraft: async (id) => {
      await tx.$queryRaw`SELECT id FROM "Draft" WHERE id = ${id} FOR UPDATE`
      return mapDraft(await tx.draft.findUnique({ where: { id } }))
    },
    insertDraft: async (d) => mapDraft(await tx.draft.create({ data: draftData(d) }))!,
    updateDraft: async (id, patch) => mapDraft(await tx.draft.update({ where: { id }, data: draftPatch(patch) }))!,
    slaStepsOf: async (ticketId) =>
      (await tx.slaStep.findMany({ where: { ticketId }, orderBy: { id: 'asc' } })).map(({ id: _id, ...r }) => r),
    recordSlaStep: async (s) =>
      (await tx.$executeRaw`
        INSERT INTO "SlaStep" ("ticketId", stage, "dueAt", step, at, "takenAt", skipped)
        VALUES (${s.ticketId}, ${s.stage}, ${s.dueAt}, ${s.step}, ${s.at}, ${s.takenAt}, ${s.skipped})
        ON CONFLICT DO NOTHING`) === 1,
    recordJobRun: async (r) =>
      (await tx.$executeRaw`
        INSERT INTO "JobRun" ("jobId", slot, status, "createdAt") VALUES (${r.jobId}, ${r.slot}, ${r.status}, ${r.createdAt})
        ON CONFLICT DO NOTHING`) === 1,
    countChatReminder: async (chatId, day) => {
      // One statement: the row is created or incremented under its lock, so concurrent ticks never lose a count.
      const rows = await tx.$queryRaw<Array<{ reminders: number }>>`
        INSERT INTO "ChatNoise" ("chatId", day, reminders) VALUES (${BigInt(chatId)}, ${day}, 1)
        ON CONFLICT ("chatId", day) DO UPDATE SET reminders = "ChatNoise".reminders + 1 RETURNING reminders`
      return Number(rows[0].reminders)
    },
    lockRoster: async (unitId) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROSTER_LOCK}::int, hashtext(${unitId}::text))`
    },
    shiftsBetween: async (from, to, unitId) =>
      (await tx.shift.findMany({ where: { ...shiftWhere(from, to), ...(unitId === undefined ? {} : { unitId }) }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] })).map(mapShift),
    shiftById: async (id) => {
      const row = await tx.shift.findUnique({ where: { id } })
      return row ? mapShift(row) : null
    },
    insertShift: async (s) => mapShift(await tx.shift.create({ data: shiftData(s) })),
    insertShifts: async (s) =>
      s.length === 0 ? [] : (await tx.shift.createManyAndReturn({ data: s.map(shiftData) })).map(mapShift).sort((a, b) => a.id - b.id),
    deleteShift: async (id) => {
      await tx.shift.deleteMany({ where: { id } })
    },
    recordPrivateChat: async (userId, name, at) => {
      await tx.privateChat.upsert({ where: { userId: BigInt(userId) }, create: { userId: BigInt(userId), name, startedAt: at }, update: { name } })
    },
    privateChatsOf: async (userIds) =>
      userIds.length === 0 ? [] : (await tx.privateChat.findMany({ where: { userId: { in: userIds.map(BigInt) } }, select: { userId: true } })).map((r) => Number(r.userId)),
    registeredChats: async () => (await tx.chat.findMany({ where: { unitId: { not: null } }, orderBy: { id: 'asc' } })).map((c) => mapChat(c)!),
    keepAlbumItem: async (mediaGroupId, _chatId, a) => {
      await tx.albumItem.createMany({ data: [{ mediaGroupId, kind: a.kind, fileId: a.fileId, fileUniqueId: a.fileUniqueId, senderId: BigInt(a.senderId), senderName: a.senderName, at: a.at }], skipDuplicates: true })
    },
  }
}

export function createPrismaOutbox(prisma: PrismaClient): OutboxStore {
  return {
    claim: async (owner, now, leaseMs, limit) => {
      const until = new Date(now.getTime() + leaseMs)
      // Claims take turns (a transaction-scoped advisory lock), so each sees the leases the others committed.
      const [, rows] = await prisma.$transaction([
        prisma.$executeRaw`SELECT pg_advisory_xact_lock(${OUTBOX_CLAIM_LOCK})`,
        prisma.$queryRaw<Array<{ id: number; payload: unknown; attempts: number }>>`
          UPDATE "Outbox" SET "lockedUntil" = ${until}, "lockedBy" = ${owner}
          WHERE id IN (
            SELECT o.id FROM "Outbox" o
            WHERE o.status = 'pending' AND o."notBefore" <= ${now} AND (o."lockedUntil" IS NULL OR o."lockedUntil" < ${now})
              AND NOT EXISTS (
                SELECT 1 FROM "Outbox" e
                WHERE e."chatId" = o."chatId" AND e.status = 'pending' AND e.id < o.id
                  AND (e."notBefore" > ${now} OR e."lockedUntil" >= ${now}))
            ORDER BY o.id LIMIT ${limit})
          RETURNING id, payload, attempts`,
      ])
      return rows.sort((a, b) => a.id - b.id).map((r) => ({ id: r.id, message: r.payload as OutboundMessage, attempts: r.attempts }))
    },
    renew: async (owner, now, leaseMs) => {
      await prisma.outbox.updateMany({ where: { lockedBy: owner, status: 'pending', lockedUntil: { not: null } }, data: { lockedUntil: new Date(now.getTime() + leaseMs) } })
    },
    markSent: async (id, now, messages) => {
      await prisma.outbox.update({ where: { id }, data: { status: 'sent', sentAt: now, messages, lockedUntil: null, lockedBy: null, attempts: { increment: 1 } } })
    },
    markCardSent: async (id, card, now, messages) => {
      await prisma.$transaction([
        prisma.ticketCard.create({ data: { ticketId: card.ticketId, chatId: BigInt(card.chatId), messageId: card.messageId, threadId: card.threadId, role: card.role, renderHash: card.renderHash } }),
        prisma.outbox.update({ where: { id }, data: { status: 'sent', sentAt: now, messages, lockedUntil: null, lockedBy: null, attempts: { increment: 1 } } }),
      ])
    },
    markRetry: async (id, error, notBefore) => {
      await prisma.outbox.update({ where: { id }, data: { lastError: error.slice(0, 500), notBefore, lockedUntil: null, lockedBy: null, attempts: { increment: 1 } } })
    },
    markDead: async (id, error) => {
      await prisma.outbox.update({ where: { id }, data: { status: 'dead', lastError: error.slice(0, 500), lockedUntil: null, lockedBy: null, attempts: { increment: 1 } } })
    },
    release: async (ids) => {
      if (ids.length > 0) await prisma.outbox.updateMany({ where: { id: { in: ids } }, data: { lockedUntil: null, lockedBy: null } })
    },
    markDraftCardSent: async (id, draftId, messageId, now, messages) => {
      await prisma.$transaction([
        prisma.draft.update({ where: { id: draftId }, data: { cardMessageId: messageId } }),
        prisma.outbox.update({ where: { id }, data: { status: 'sent', sentAt: now, messages, lockedUntil: null, lockedBy: null, attempts: { increment: 1 } } }),
      ])
    },
    setCardHash: async (chatId, messageId, hash) => {
      await prisma.ticketCard.updateMany({ where: { chatId: BigInt(chatId), messageId }, data: { renderHash: hash } })
    },
    pendingCount: () => prisma.outbox.count({ where: { status: 'pending' } }),
    recentSends: async (since) =>
      (await prisma.outbox.findMany({ where: { status: 'sent', sentAt: { gte: since }, messages: { gt: 0 } }, select: { chatId: true, sentAt: true, messages: true } }))
        .flatMap((r) => Array.from({ length: r.messages }, () => ({ chatId: Number(r.chatId), at: r.sentAt! }))),
  }
}

/** Syncs the configuration's units into the table (so tickets and chats can refer to them). */
export async function syncConfigUnits(prisma: PrismaClient, units: Unit[]): Promise<void> {
  await prisma.$transaction(units.map((u) => prisma.unit.upsert({ where: { id: u.id }, create: unitData(u, true), update: { name: u.name, kind: u.kind, provinceId: u.provinceId, parentId: u.parentId, fromConfig: true } })))
}

function ticketWhere(f: TicketFilter): Prisma.TicketWhereInput {
  const and: Prisma.TicketWhereInput[] = []
  if (f.visibleTo !== null) {
    and.push({ OR: [
      { reporterUnitId: { in: f.visibleTo } }, { assigneeUnitId: { in: f.visibleTo } }, { affectedUnitId: { in: f.visibleTo } },
      { informedUnitId: { in: f.visibleTo } }, { provinceId: { in: f.visibleTo } },
    ] })
  }
  if (f.openOnly) and.push({ status: { notIn: ['closed', 'rejected'] } })
  if (f.overdueAt) and.push({ deadline: { lt: f.overdueAt }, status: { in: [...RUNNING_STATUSES] } })
  if (f.assigneeUnitId !== undefined) and.push({ assigneeUnitId: f.assigneeUnitId })
  if (f.mine) {
    const uid = BigInt(f.mine.userId)
    and.push({ OR: [...(f.mine.unitId ? [{ assigneeUnitId: f.mine.unitId }] : []), { assigneeUserId: uid }, { reporterUserId: uid }] })
  }
  return { AND: and }
}

function ticketData(t: NewTicket & { number: number }): Prisma.TicketUncheckedCreateInput {
  return {
    ...t,
    reporterUserId: BigInt(t.reporterUserId),
    sourceChatId: BigInt(t.sourceChatId),
    updatedAt: t.createdAt,
  }
}

function patchData(p: TicketPatch): Prisma.TicketUncheckedUpdateInput {
  const { assigneeUserId, ...rest } = p
  return {
    ...rest,
    ...(assigneeUserId !== undefined ? { assigneeUserId: assigneeUserId === null ? null : BigInt(assigneeUserId) } : {}),
    version: { increment: 1 },
  }
}

function eventData(e: NewEvent): Prisma.TicketEventUncheckedCreateInput {
  return { ...e, actorId: e.actorId === null ? null : BigInt(e.actorId), data: e.data as Prisma.InputJsonValue }
}

function attachmentData(ticketId: number, eventId: number | null, a: Attachment): Prisma.AttachmentCreateManyInput {
  return { ticketId, eventId, kind: a.kind, fileId: a.fileId, fileUniqueId: a.fileUniqueId, senderId: BigInt(a.senderId), senderName: a.senderName, at: a.at }
}

function unitData(u: Unit, fromConfig: boolean): Prisma.UnitUncheckedCreateInput {
  return { id: u.id, name: u.name, kind: u.kind, provinceId: u.provinceId, parentId: u.parentId, fromConfig }
}

function mapTicket(r: TicketRow | null): Ticket | null {
  if (!r) return null
  return {
    ...r,
    status: r.status as TicketStatus,
    statusBeforePause: r.statusBeforePause as TicketStatus | null,
    category: r.category as Category,
    priority: r.priority as Priority,
    system: r.system as SystemCode,
    rejectReason: r.rejectReason as RejectReason | null,
    assigneeUserId: r.assigneeUserId === null ? null : Number(r.assigneeUserId),
    reporterUserId: Number(r.reporterUserId),
    sourceChatId: Number(r.sourceChatId),
  }
}

function mapEvent(r: Prisma.TicketEventGetPayload<object>): TicketEvent {
  return { ...r, type: r.type as TicketEventType, actorId: r.actorId === null ? null : Number(r.actorId), data: (r.data ?? {}) as Record<string, unknown> }
}

function mapChat(r: ChatRow | null): RegisteredChat | null {
  if (!r) return null
  return { chatId: Number(r.id), title: r.title, unitId: r.unitId, active: r.active, isForum: r.isForum, hintSentAt: r.hintSentAt }
}

function mapCard(r: Prisma.TicketCardGetPayload<object> | null): CardRef | null {
  if (!r) return null
  return { ticketId: r.ticketId, chatId: Number(r.chatId), messageId: r.messageId, threadId: r.threadId, role: r.role as CardRole, renderHash: r.renderHash }
}

function mapUnit(r: Prisma.UnitGetPayload<object>): Unit {
  return { id: r.id, name: r.name, kind: r.kind as UnitKind, provinceId: r.provinceId, parentId: r.parentId, aliases: [] }
}

function shiftWhere(from: Date, to: Date): Prisma.ShiftWhereInput {
  return { startsAt: { lt: to }, endsAt: { gt: from } }
}

function shiftData(s: NewShift): Prisma.ShiftUncheckedCreateInput {
  return { ...s, userId: BigInt(s.userId), createdBy: BigInt(s.createdBy) }
}

function mapShift(r: Prisma.ShiftGetPayload<object>): Shift {
  return { ...r, userId: Number(r.userId), createdBy: Number(r.createdBy) }
}

type DraftRow = Prisma.DraftGetPayload<object>

function draftData(d: Omit<Draft, 'id'>): Prisma.DraftUncheckedCreateInput {
  return {
    ...d,
    chatId: BigInt(d.chatId),
    authorId: BigInt(d.authorId),
    attachments: d.attachments as unknown as Prisma.InputJsonValue,
    fields: fieldsJson(d.fields),
  }
}

function draftPatch(p: Partial<Pick<Draft, 'text' | 'messageIds' | 'attachments' | 'fields' | 'status' | 'ticketNumber' | 'updatedAt'>>): Prisma.DraftUncheckedUpdateInput {
  const { attachments, fields, ...rest } = p
  return {
    ...rest,
    ...(attachments ? { attachments: attachments as unknown as Prisma.InputJsonValue } : {}),
    ...(fields ? { fields: fieldsJson(fields) } : {}),
  }
}

function fieldsJson(f: DraftFields): Prisma.InputJsonValue {
  return { ...f, deadline: f.deadline ? f.deadline.toISOString() : null }
}

function mapDraft(r: DraftRow | null): Draft | null {
  if (!r) return null
  const f = r.fields as unknown as Omit<DraftFields, 'deadline'> & { deadline: string | null }
  const attachments = (r.attachments as unknown as Array<Attachment & { at: string }>).map((a) => ({ ...a, at: new Date(a.at) }))
  return {
    ...r,
    chatId: Number(r.chatId),
    authorId: Number(r.authorId),
    attachments,
    fields: { ...f, deadline: f.deadline ? new Date(f.deadline) : null },
    status: r.status as DraftStatus,
  }
}
