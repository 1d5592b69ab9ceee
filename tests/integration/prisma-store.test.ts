import { beforeAll, expect, it } from 'vitest'
import type { OutboundMessage, Store } from '../../services/ports.ts'
import { createPrismaOutbox, createPrismaStore, syncConfigUnits } from '../../services/repositories/prisma-store.ts'
import type { Ticket } from '../../services/tickets/types.ts'
import { DIEN_CHAU, shippedConfig, T0, ticketFixture } from '../helpers/fixtures.ts'
import { describeEachDatabase } from '../helpers/test-db.ts'

const config = shippedConfig()

function newTicket(over: Partial<Ticket> = {}) {
  const { id: _id, number: _n, version: _v, updatedAt: _u, statusBeforePause: _s, rejectReason: _r, duplicateOf: _d, assigneeUserId: _a, assigneeUserName: _an, ...rest } = ticketFixture('assigned', over)
  return rest
}

describeEachDatabase('the Prisma store', (getDb) => {
  let store: Store
  beforeAll(async () => {
    await syncConfigUnits(getDb().prisma, config.units)
    store = createPrismaStore(getDb().prisma)
    await store.transaction((tx) => tx.insertUnit(DIEN_CHAU))
  })

  it('an update id is processed once, even by two transactions at the same time', async () => {
    const results = await Promise.all([1, 2, 3].map(() => store.transaction((tx) => tx.markUpdateProcessed(4242))))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await store.isUpdateProcessed(4242)).toBe(true)
  })

  it('ticket numbers are gapless: a rolled-back transaction gives its number back', async () => {
    const create = (msg: number) => store.transaction(async (tx) => tx.insertTicket({ ...newTicket({ sourceMessageId: msg }), number: await tx.nextTicketNumber() }))
    const a = await create(1)
    await expect(store.transaction(async (tx) => {
      await tx.insertTicket({ ...newTicket({ sourceMessageId: 2 }), number: await tx.nextTicketNumber() })
      throw new Error('crash before commit')
    })).rejects.toThrow('crash before commit')
    const concurrent = await Promise.all([3, 4, 5, 6].map(create))
    expect([a, ...concurrent].map((t) => t.number).sort((x, y) => x - y)).toEqual([a.number, a.number + 1, a.number + 2, a.number + 3, a.number + 4])
  })

  it('round-trips a ticket with its events and attachments', async () => {
    const t = await store.transaction(async (tx) => {
      const ticket = await tx.insertTicket({ ...newTicket({ sourceMessageId: 10, description: 'Lỗi <b> & "ký số"' }), number: await tx.nextTicketNumber() })
      const e = await tx.addEvent({ ticketId: ticket.id, type: 'created', actorId: 5, actorName: 'Lan', actorUnitId: DIEN_CHAU.id, at: T0, data: { status: 'assigned' } })
      const photo = { kind: 'photo' as const, fileId: 'F', fileUniqueId: 'U', senderId: 5, senderName: 'Lan', at: T0 }
      expect(await tx.addAttachments(ticket.id, e.id, [photo, photo])).toBe(1)
      return ticket
    })
    expect(await store.findTicket(t.number)).toEqual(t)
    expect(await store.timeline(t.id)).toMatchObject([{ type: 'created', actorId: 5, data: { status: 'assigned' } }])
    expect(await store.attachmentCount(t.id)).toBe(1)
    expect(await store.transaction((tx) => tx.ticketFromSource(t.sourceChatId, 10))).toBe(t.number)
  })

  it('two transitions on one ticket at once: the second sees the first (row lock)', async () => {
    const t = await store.transaction(async (tx) => tx.insertTicket({ ...newTicket({ sourceMessageId: 20 }), number: await tx.nextTicketNumber() }))
    const acknowledge = () => store.transaction(async (tx) => {
      const locked = await tx.lockTicket(t.number)
      if (locked?.status !== 'assigned') return 'refused'
      await tx.updateTicket(locked.id, { status: 'acknowledged', updatedAt: T0 })
      return 'acknowledged'
    })
    expect((await Promise.all([acknowledge(), acknowledge()])).sort()).toEqual(['acknowledged', 'refused'])
    expect((await store.findTicket(t.number))?.version).toBe(2)
  })

  it('lists what a unit may see: reported, assigned, affecting it, its province', async () => {
    const seen = async (unit: string) => (await store.listTickets({ visibleTo: [unit], openOnly: true, limit: 500 })).length
    const all = (await store.listTickets({ visibleTo: null, openOnly: true, limit: 500 })).length
    expect(await seen('nghe-an')).toBe(all)
    expect(await seen('vnpt-nghe-an')).toBe(all)
    expect(await seen('thanh-hoa')).toBe(0)
    const overdueAt = async (hours: number) => (await store.listTickets({ visibleTo: null, openOnly: true, overdueAt: new Date(T0.getTime() + hours * 3600_000), limit: 500 })).length
    expect(await overdueAt(3)).toBe(0) // every deadline is T0 + 4 h
    expect(await overdueAt(5)).toBe(all)
    const mine = await store.listTickets({ visibleTo: null, openOnly: true, mine: { unitId: null, userId: 501 }, limit: 500 })
    expect(mine.length).toBe(all)
  })

  it('outbox: the rows of a chat go to one sender at a time, in order; the lease of a dead sender runs out, a live one renews it', async () => {
    const outbox = createPrismaOutbox(getDb().prisma)
    const note = (chatId: number, i: number): OutboundMessage => ({ kind: 'notice', chatId, threadId: null, replyTo: null, code: 'start', data: { i } })
    const i = (items: Awaited<ReturnType<typeof outbox.claim>>) => items.map((x) => (x.message as unknown as { data: { i: number } }).data.i)
    await store.transaction((tx) => tx.enqueue([note(-71, 1), note(-72, 2), note(-71, 3), note(-71, 4), note(-72, 5)], T0))
    expect(i(await outbox.claim('A', T0, 60_000, 1))).toEqual([1])
    // Rows behind a row leased by another sender wait.
    expect(i(await outbox.claim('B', T0, 60_000, 10))).toEqual([2, 5])
    expect(await outbox.claim('C', T0, 60_000, 10)).toEqual([])
    // A renews, B does not: at T0+70 s B's rows are free again, A's still held.
    await outbox.renew('A', new Date(T0.getTime() + 50_000), 60_000)
    const t2 = new Date(T0.getTime() + 70_000)
    const c = await outbox.claim('C', t2, 60_000, 10)
    expect(i(c)).toEqual([2, 5])
    const [r1] = await getDb().prisma.outbox.findMany({ where: { chatId: -71n, status: 'pending' }, orderBy: { id: 'asc' }, take: 1 })
    await outbox.markSent(r1.id, t2, 1)
    // A retry scheduled later holds back the rest of its chat; the other chat flows, in order.
    await outbox.markRetry(c[0].id, 'flood', new Date(t2.getTime() + 600_000))
    await outbox.release([c[1].id])
    expect(i(await outbox.claim('D', t2, 60_000, 10))).toEqual([3, 4])
    // What was delivered counts once per Telegram message, for pacing a restarted sender.
    expect(await outbox.recentSends(T0)).toEqual([{ chatId: -71, at: t2 }])
  })

  it('outbox: two senders claiming at once never split a chat between them', async () => {
    const outbox = createPrismaOutbox(getDb().prisma)
    const rows: OutboundMessage[] = Array.from({ length: 12 }, (_, k) => ({ kind: 'notice', chatId: -80 - (k % 3), threadId: null, replyTo: null, code: 'start', data: { k } }))
    await store.transaction((tx) => tx.enqueue(rows, T0))
    const [a, b] = await Promise.all([outbox.claim('E', T0, 60_000, 5), outbox.claim('F', T0, 60_000, 5)])
    const chats = (items: typeof a) => new Set(items.map((x) => x.message.chatId))
    for (const chat of chats(a)) expect(chats(b).has(chat)).toBe(false)
    expect(a.length + b.length).toBeGreaterThan(0)
  })

  it('albums: items that arrive before the captioned photo join its ticket', async () => {
    const item = (u: string) => ({ kind: 'photo' as const, fileId: u, fileUniqueId: u, senderId: 5, senderName: 'Lan', at: T0 })
    await store.transaction((tx) => tx.keepAlbumItem('mg-1', -5, item('A')))
    const early = await store.transaction(async (tx) => {
      const t = await tx.insertTicket({ ...newTicket({ sourceMessageId: 30 }), number: await tx.nextTicketNumber() })
      return tx.bindMediaGroup('mg-1', -5, t.id)
    })
    expect(early.map((a) => a.fileUniqueId)).toEqual(['A'])
    expect(await store.transaction((tx) => tx.ticketOfMediaGroup('mg-1'))).not.toBeNull()
  })
})
