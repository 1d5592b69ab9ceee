import { beforeAll, expect, it } from 'vitest'
import type { ReferenceConfig } from '../../services/config/types.ts'
import type { Store } from '../../services/ports.ts'
import { parseCron } from '../../services/schedules/cron.ts'
import { quickReport } from '../../services/schedules/report.ts'
import { runSchedules } from '../../services/schedules/run-schedules.ts'
import { actOnTicket, reportTicket } from '../../services/tickets/ticket-service.ts'
import { actor, directory, DIEN_CHAU, shippedConfig } from '../helpers/fixtures.ts'
import { SEED_CHATS, seedStore } from '../helpers/seed.ts'
import { describeEachDatabase } from '../helpers/test-db.ts'

const shipped = shippedConfig()
/** The shipped jobs, plus one every minute, to have many slots to race for. */
const CONFIG: ReferenceConfig = {
  ...shipped,
  schedules: {
    ...shipped.schedules,
    jobs: [...shipped.schedules.jobs, { id: 'every-minute', cron: parseCron('* * * * *'), enabled: true, targets: ['all_registered'], kind: 'reminder', message: 'briefing', workingDaysOnly: false, catchUp: 'drop' }],
  },
}
const units = directory(shipped)
const at = (hms: string, day = '2026-11-25'): Date => new Date(`${day}T${hms}+07:00`)

describeEachDatabase('scheduled posts', (getDb) => {
  let store: Store
  beforeAll(async () => {
    store = await seedStore(getDb(), at('07:00:00'))
    const reporter = actor({ userId: 11, unitId: DIEN_CHAU.id })
    for (let i = 1; i <= 3; i++) {
      await reportTicket({ store, config: CONFIG, units }, { updateId: i, now: at(`0${i}:00:00`), actor: reporter, origin: { chatId: -503, threadId: null, messageId: i } }, {
        description: `Sự cố ${i}`, sourceMessageId: i, originalAuthor: null, attachments: [], mediaGroupId: null,
        fields: { category: 2, priority: i === 1 ? 'urgent' : 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null },
      })
    }
    await actOnTicket({ store, config: CONFIG, units }, { updateId: 10, now: at('04:00:00'), actor: actor({ userId: 12, unitId: 'nghe-an' }), origin: { chatId: -501, threadId: null, messageId: 10 } }, 1, { action: 'acknowledge' })
  })

  it('concurrent runs record and post each slot once', async () => {
    const deps = { store, config: CONFIG }
    // The jobs start at 06:00 (a job never run does not catch up), then four replicas run every minute until 09:30.
    await runSchedules(deps, at('06:00:00'))
    for (let m = 1; m <= 210; m++) {
      const now = new Date(at('06:00:00').getTime() + m * 60_000)
      await Promise.all([1, 2, 3, 4].map(() => runSchedules(deps, now)))
    }
    const prisma = getDb().prisma
    const runs = await prisma.jobRun.groupBy({ by: ['jobId'], _count: { _all: true }, orderBy: { jobId: 'asc' } })
    expect(runs.map((r) => [r.jobId, r._count._all])).toEqual([['briefing', 1], ['daily-report', 1], ['data-cutoff', 1], ['every-minute', 211], ['group-digest', 1], ['system-check', 1]])
    expect(await prisma.jobRun.count({ where: { status: { not: 'sent' } } })).toBe(0)
    // every-minute: 2 groups × 211 minutes; the digest: both groups (each has open tickets); the others: the command centre's one group.
    const notices = await prisma.outbox.findMany({ where: { kind: 'notice' }, select: { chatId: true, payload: true } })
    const byJob = new Map<string, number>()
    for (const n of notices) {
      const jobId = String((n.payload as { data: { jobId?: string } }).data.jobId)
      byJob.set(jobId, (byJob.get(jobId) ?? 0) + 1)
    }
    expect(Object.fromEntries(byJob)).toEqual({ 'every-minute': 422, 'system-check': 1, 'group-digest': 2, briefing: 1, 'data-cutoff': 1, 'daily-report': 1 })
    // A replay of any minute (a restart) finds its rows.
    for (const t of ['07:30:00', '07:45:00', '09:00:00', '09:14:59']) expect(await runSchedules(deps, at(t))).toMatchObject({ sent: 0, late: 0, skipped: 0 })
  })

  it("the 07:45 digest: each group its own tickets from the database, in the slot's one transaction", async () => {
    const prisma = getDb().prisma
    const digests = (await prisma.outbox.findMany({ where: { kind: 'notice' }, orderBy: { id: 'asc' } }))
      .map((o) => o.payload as { chatId: number; code: string; data: { jobId: string; slot: string; digest?: { items: Array<{ number: number; overdue: boolean }>; total: number; waiting: number } } })
      .filter((p) => p.data.jobId === 'group-digest').sort((a, b) => a.chatId - b.chatId)
    expect(digests.map((p) => [p.chatId, p.code, p.data.slot])).toEqual([
      [SEED_CHATS.ttch, 'schedule_digest', at('07:45:00').toISOString()],
      [SEED_CHATS.ngheAn, 'schedule_digest', at('07:45:00').toISOString()],
    ])
    // The command centre: nothing waits in Mới; the one late ticket.
    expect(digests[0].data.digest).toMatchObject({ total: 1, waiting: 0, items: [{ number: 1, overdue: true }] })
    // Nghệ An is assigned all three (Loại 2 goes to the province); #1 (urgent, 2 h) is overdue and comes first.
    expect(digests[1].data.digest).toMatchObject({ total: 3, items: [{ number: 1, overdue: true }, { number: 2, overdue: false }, { number: 3, overdue: false }] })
    // Posted with its JobRun row: same instant, one row.
    const run = await prisma.jobRun.findMany({ where: { jobId: 'group-digest' } })
    expect(run.map((r) => [r.slot.toISOString(), r.status])).toEqual([[at('07:45:00').toISOString(), 'sent']])
  })

  it('the report reads its figures from the database', async () => {
    const report = (await getDb().prisma.outbox.findMany({ where: { kind: 'notice' } }))
      .map((o) => o.payload as { code: string; data: { report?: unknown } }).find((p) => p.code === 'schedule_report' && p.data.report !== undefined)?.data.report
    expect(report).toMatchObject({ created: 3, acknowledged: 1, resolved: 0, open: 3, overdue: 1, seriousTotal: 1, hotSpots: [{ provinceId: 'nghe-an', open: 3, overdue: 1 }] })
    const facts = await store.reportFacts(at('09:00:00', '2026-11-23'), at('09:00:00'))
    expect(quickReport(facts, at('09:00:00', '2026-11-24'), at('09:00:00'))).toEqual(report)
  })

  it('after downtime: the missed report once, late; the missed reminders skipped', async () => {
    const deps = { store, config: CONFIG }
    // Down from 09:30 on the 25th to 10:00 on the 26th.
    const results = await Promise.all([1, 2].map(() => runSchedules(deps, at('10:00:00', '2026-11-26'))))
    expect(results.reduce((n, r) => n + r.late, 0)).toBe(1)
    const prisma = getDb().prisma
    const late = await prisma.jobRun.findMany({ where: { createdAt: at('10:00:00', '2026-11-26') }, orderBy: { jobId: 'asc' }, select: { jobId: true, status: true } })
    expect(late.map((r) => [r.jobId, r.status])).toEqual([
      ['briefing', 'skipped'], ['daily-report', 'sent_late'], ['data-cutoff', 'skipped'], ['every-minute', 'sent'], ['group-digest', 'skipped'], ['system-check', 'skipped'],
    ])
    // online-meeting (17:00) never ran before the downtime: a job never run does not catch up.
  })

  it('two concurrent runs of a new slot post each group one digest', async () => {
    const deps = { store, config: CONFIG }
    const prisma = getDb().prisma
    const before = await prisma.outbox.count({ where: { kind: 'notice' } })
    // Friday 07:45, two replicas in the same minute.
    const results = await Promise.all([runSchedules(deps, at('07:45:00', '2026-11-27')), runSchedules(deps, at('07:45:30', '2026-11-27'))])
    expect(results.reduce((n, r) => n + r.messages, 0)).toBeGreaterThanOrEqual(2)
    const fresh = (await prisma.outbox.findMany({ where: { kind: 'notice' }, orderBy: { id: 'asc' }, skip: before }))
      .map((o) => o.payload as { chatId: number; data: { jobId: string } }).filter((p) => p.data.jobId === 'group-digest')
    expect(fresh.map((p) => p.chatId).sort()).toEqual([SEED_CHATS.ngheAn, SEED_CHATS.ttch].sort())
    const runs = await prisma.jobRun.findMany({ where: { jobId: 'group-digest' }, orderBy: { slot: 'asc' } })
    // Wednesday's sent, Thursday's dropped after the downtime, Friday's sent once.
    expect(runs.map((r) => [r.slot.toISOString(), r.status])).toEqual([
      [at('07:45:00').toISOString(), 'sent'], [at('07:45:00', '2026-11-26').toISOString(), 'skipped'], [at('07:45:00', '2026-11-27').toISOString(), 'sent'],
    ])
  })

})
