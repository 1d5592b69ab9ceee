import { beforeAll, expect, it } from 'vitest'
import type { Store } from '../../services/ports.ts'
import { runSlaTick } from '../../services/sla/sla-tick.ts'
import { actOnTicket, reportTicket } from '../../services/tickets/ticket-service.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, shortSlaConfig } from '../helpers/fixtures.ts'
import { SEED_CHATS, seedStore } from '../helpers/seed.ts'
import { describeEachDatabase } from '../helpers/test-db.ts'

const shipped = shippedConfig()
const SHORT = shortSlaConfig()
const units = directory(shipped)
const at = (hms: string): Date => new Date(`2026-11-25T${hms}+07:00`)
const TICKETS = 5

describeEachDatabase('the SLA tick', (getDb) => {
  let store: Store
  beforeAll(async () => {
    store = await seedStore(getDb(), at('09:00:00'))
    const reporter = actor({ userId: 11, unitId: DIEN_CHAU.id })
    for (let i = 1; i <= TICKETS; i++) {
      await reportTicket({ store, config: SHORT, units }, { updateId: i, now: at('10:00:00'), actor: reporter, origin: { chatId: -503, threadId: null, messageId: i } }, {
        description: `Sự cố ${i}`, sourceMessageId: i, originalAuthor: null, attachments: [], mediaGroupId: null,
        fields: { category: 2, priority: 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null },
      })
    }
  })

  it('ticks running at the same time take each step once', async () => {
    const deps = { store, config: SHORT, units }
    for (const t of ['10:00:50', '10:01:00', '10:02:00', '10:03:00', '10:04:00']) {
      const results = await Promise.all([1, 2, 3, 4].map(() => runSlaTick(deps, at(t))))
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(TICKETS)
    }
    const prisma = getDb().prisma
    const steps = await prisma.slaStep.groupBy({ by: ['step'], _count: { _all: true }, orderBy: { step: 'asc' } })
    expect(steps.map((s) => [s.step, s._count._all])).toEqual([['centre_head', TICKETS], ['leadership', TICKETS], ['on_duty', TICKETS], ['reminder', TICKETS], ['unit_leaders', TICKETS]])
    expect(await prisma.ticketEvent.count({ where: { actorName: 'trucban' } })).toBe(5 * TICKETS)
    expect(await prisma.outbox.count({ where: { kind: 'notice' } })).toBe(5 * TICKETS)
    // A late replay of every minute finds nothing to do.
    for (const t of ['10:00:50', '10:01:00', '10:03:00', '10:10:00']) expect((await runSlaTick(deps, at(t))).sent).toBe(0)
    expect(await prisma.slaStep.count()).toBe(5 * TICKETS)
  })
})

describeEachDatabase('snooze and the noise budget across ticks', (getDb) => {
  const BUDGET = 2
  const config = { ...SHORT, clock: { ...SHORT.clock, sla: { ...SHORT.clock.sla, noise: { remindersPerGroupPerDay: BUDGET } } } }
  let store: Store
  beforeAll(async () => {
    store = await seedStore(getDb(), at('09:00:00'))
    const reporter = actor({ userId: 11, unitId: DIEN_CHAU.id })
    for (let i = 1; i <= TICKETS; i++) {
      await reportTicket({ store, config, units }, { updateId: 100 + i, now: at('10:00:00'), actor: reporter, origin: { chatId: -503, threadId: null, messageId: i } }, {
        description: `Sự cố ${i}`, sourceMessageId: i, originalAuthor: null, attachments: [], mediaGroupId: null,
        fields: { category: 2, priority: 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null },
      })
    }
  })

  it('the counter of a group and day is exact when transactions race', async () => {
    const counts = await Promise.all(Array.from({ length: 8 }, () => store.transaction((tx) => tx.countChatReminder(-999, '2026-11-25'))))
    expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(await getDb().prisma.chatNoise.findUnique({ where: { chatId_day: { chatId: -999n, day: '2026-11-25' } } })).toEqual({ chatId: -999n, day: '2026-11-25', reminders: 8 })
  })

  it('ticks at the same time post each step once; the snoozed ticket waits; the budget folds the 3rd reminder on', async () => {
    const prisma = getDb().prisma
    const deps = { store, config, units }
    const member = actor({ userId: 12, name: 'Đỗ G', unitId: 'nghe-an' })
    const snoozed = await actOnTicket(deps, { updateId: 200, now: at('10:00:10'), actor: member, origin: { chatId: SEED_CHATS.ngheAn, threadId: null, messageId: 77 } }, 1, { action: 'snooze', until: 'hour' })
    expect(snoozed).toMatchObject({ duplicate: false, value: { ok: true } })
    const stepNotices = async () => (await prisma.outbox.findMany({ where: { kind: 'notice' }, orderBy: { id: 'asc' } }))
      .map((r) => r.payload as { chatId: number; code: string; data: { number?: number; kind?: string; level?: string } })
      .filter((m) => m.code === 'sla_step' || m.code === 'sla_noise')
      .map((m) => (m.code === 'sla_noise' ? `${m.chatId} noise` : `${m.chatId} #${m.data.number} ${m.data.level}`))
    const tickAll = (hms: string) => Promise.all([1, 2, 3, 4].map(() => runSlaTick(deps, at(hms))))

    await tickAll('10:00:48')
    // Ticket 1 is snoozed; of the four other reminders two are posted, then the group is told once.
    expect(await stepNotices()).toEqual([`${SEED_CHATS.ngheAn} #2 reminder`, `${SEED_CHATS.ngheAn} #3 reminder`, `${SEED_CHATS.ngheAn} noise`])
    expect(await prisma.chatNoise.findUnique({ where: { chatId_day: { chatId: BigInt(SEED_CHATS.ngheAn), day: '2026-11-25' } } })).toMatchObject({ reminders: 4 })
    const folded = await prisma.ticketEvent.findMany({ where: { type: 'sla_reminder' }, orderBy: { ticketId: 'asc' }, select: { ticketId: true, data: true } })
    expect(folded.map((e) => [e.ticketId, (e.data as { folded?: boolean }).folded ?? false])).toEqual([[2, false], [3, false], [4, true], [5, true]])

    await tickAll('10:01:00')
    await tickAll('10:03:00')
    const afterAlerts = await stepNotices()
    // Breach alerts to the province for 2–5 (not ticket 1: held); the head of the command centre for all five.
    expect(afterAlerts.slice(3).filter((n) => n.endsWith('on_duty'))).toEqual([2, 3, 4, 5].map((n) => `${SEED_CHATS.ngheAn} #${n} on_duty`))
    expect(afterAlerts.slice(3).filter((n) => n.endsWith('centre_head')).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `${SEED_CHATS.ttch} #${n} centre_head`))

    // The snooze ends: ticket 1's latest held step is posted once, with the leadership step due by then for all.
    await tickAll('11:00:10')
    const released = (await stepNotices()).slice(afterAlerts.length)
    expect(released.filter((n) => n.includes('#1 '))).toEqual([`${SEED_CHATS.ngheAn} #1 unit_leaders`, `${SEED_CHATS.ttch} #1 leadership`])
    expect(released).toHaveLength(1 + TICKETS)
    const steps1 = await prisma.slaStep.findMany({ where: { ticketId: 1 }, orderBy: { step: 'asc' }, select: { step: true, skipped: true } })
    expect(steps1).toEqual([
      { step: 'centre_head', skipped: false }, { step: 'leadership', skipped: false }, { step: 'on_duty', skipped: true },
      { step: 'reminder', skipped: true }, { step: 'unit_leaders', skipped: false },
    ])
    // Replays find nothing more to do.
    await tickAll('11:00:10')
    await tickAll('11:30:00')
    expect(await stepNotices()).toHaveLength(afterAlerts.length + released.length)
  })
})
