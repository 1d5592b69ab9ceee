import { beforeAll, expect, it } from 'vitest'
import type { Store } from '../../services/ports.ts'
import { runSlaTick } from '../../services/sla/sla-tick.ts'
import { reportTicket } from '../../services/tickets/ticket-service.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, shortSlaConfig } from '../helpers/fixtures.ts'
import { seedStore } from '../helpers/seed.ts'
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
