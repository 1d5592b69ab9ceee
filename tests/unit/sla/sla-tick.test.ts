import cron from 'node-cron'
import { describe, expect, it } from 'vitest'
import { SLA_TICK_CRON, SLA_TICK_SECONDS } from '../../../bot/jobs.ts'
import type { OutboundMessage } from '../../../services/ports.ts'
import { runSlaTick } from '../../../services/sla/sla-tick.ts'
import { actOnTicket, reportTicket, type ReportFields, type TicketRequest } from '../../../services/tickets/ticket-service.ts'
import type { Actor } from '../../../services/tickets/types.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, shortSlaConfig } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'

const at = (hms: string): Date => new Date(`2026-11-25T${hms}+07:00`)
const shipped = shippedConfig()
const SHORT = shortSlaConfig()
const units = directory(shipped)


const CHATS = { commune: -3001, province: -3002, ttch: -3003 }
const commune = actor({ userId: 11, name: 'Lê C', unitId: DIEN_CHAU.id })
const provinceMember = actor({ userId: 12, name: 'Đỗ G', unitId: 'nghe-an' })
/** Loại 2 goes to the province's contact unit (not a vendor): the acknowledgement rule applies. */
const PROCESS: ReportFields = { category: 2, priority: 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null }

async function setup(created = at('03:00:00')) {
  const store = new MemoryStore()
  const chat = (chatId: number, unitId: string) => ({ chatId, title: unitId, unitId, active: true, isForum: false, hintSentAt: null })
  store.state.chats.push(chat(CHATS.commune, DIEN_CHAU.id), chat(CHATS.province, 'nghe-an'), chat(CHATS.ttch, 'ttch'))
  const deps = { store, config: SHORT, units }
  let update = 0
  const req = (a: Actor, chatId: number, now: Date): TicketRequest => ({ updateId: ++update, now, actor: a, origin: { chatId, threadId: null, messageId: 50 + update } })
  await reportTicket(deps, req(commune, CHATS.commune, created), { description: 'Cán bộ xã chưa biết quy trình liên thông', sourceMessageId: 1, originalAuthor: null, attachments: [], mediaGroupId: null, fields: PROCESS })
  store.state.outbox = []
  return { store, deps, tick: (hms: string) => runSlaTick(deps, at(hms)), act: (a: Actor, chatId: number, hms: string, input: Parameters<typeof actOnTicket>[3]) => actOnTicket(deps, req(a, chatId, at(hms)), 1, input) }
}

type Notice = Extract<OutboundMessage, { kind: 'notice' }>
const notices = (store: MemoryStore) => store.state.outbox.filter((m): m is Notice => m.kind === 'notice').map((m) => [m.chatId, m.data.kind, m.data.stage, m.data.level, m.data.mentionAdmins])
const timeline = (store: MemoryStore) => store.state.events.filter((e) => e.actorName === 'trucban').map((e) => [e.type, e.data.stage, e.data.step, e.at.toISOString()])

describe('the SLA tick: a ticket left alone (acknowledge within 1 minute, 24/7)', () => {
  it('reminder at 80 %, breach alert, then each escalation step, each at its instant, once, in the right groups', async () => {
    const { store, tick } = await setup()
    expect(store.state.tickets[0].slaNextAt?.toISOString()).toBe(at('03:00:48').toISOString())
    expect(await tick('03:00:47')).toEqual({ tickets: 0, sent: 0, skipped: 0 })
    expect(await tick('03:00:48')).toEqual({ tickets: 1, sent: 1, skipped: 0 })
    expect(notices(store)).toEqual([[CHATS.province, 'reminder', 'ack', 'reminder', false]])
    for (const t of ['03:01:00', '03:02:00', '03:03:00', '03:04:00']) expect((await tick(t)).sent).toBe(1)
    expect(notices(store)).toEqual([
      [CHATS.province, 'reminder', 'ack', 'reminder', false],
      [CHATS.province, 'breach', 'ack', 'on_duty', false],
      [CHATS.province, 'escalation', 'ack', 'unit_leaders', true],
      [CHATS.ttch, 'escalation', 'ack', 'centre_head', true],
      [CHATS.ttch, 'escalation', 'ack', 'leadership', true],
    ])
    expect(timeline(store)).toEqual([
      ['sla_reminder', 'ack', 'reminder', at('03:00:48').toISOString()],
      ['sla_breached', 'ack', 'on_duty', at('03:01:00').toISOString()],
      ['escalated', 'ack', 'unit_leaders', at('03:02:00').toISOString()],
      ['escalated', 'ack', 'centre_head', at('03:03:00').toISOString()],
      ['escalated', 'ack', 'leadership', at('03:04:00').toISOString()],
    ])
    // The chain is over for this round; only the 24 h silence rule is left.
    expect(store.state.tickets[0].slaNextAt?.toISOString()).toBe(new Date(at('03:00:00').getTime() + 24 * 3600_000).toISOString())
  })

  it('running a tick again, or late, changes nothing', async () => {
    const { store, tick } = await setup()
    for (const t of ['03:00:48', '03:01:00', '03:02:00', '03:03:00', '03:04:00']) await tick(t)
    const after = structuredClone(store.state)
    expect(await tick('03:04:00')).toEqual({ tickets: 0, sent: 0, skipped: 0 })
    expect(await tick('03:30:00')).toEqual({ tickets: 0, sent: 0, skipped: 0 })
    expect(store.state).toEqual(after)
  })

  it('after downtime: a missed reminder whose breach has passed is dropped for the breach', async () => {
    const { store, tick } = await setup()
    expect(await tick('03:01:30')).toEqual({ tickets: 1, sent: 1, skipped: 1 })
    expect(notices(store)).toEqual([[CHATS.province, 'breach', 'ack', 'on_duty', false]])
    expect(store.state.slaSteps.map((s) => [s.step, s.skipped])).toEqual([['reminder', true], ['on_duty', false]])
  })

  it('after a long downtime only the latest step goes out, not a burst', async () => {
    const { store, tick } = await setup()
    expect(await tick('03:10:00')).toEqual({ tickets: 1, sent: 1, skipped: 4 })
    expect(notices(store)).toEqual([[CHATS.ttch, 'escalation', 'ack', 'leadership', true]])
    expect(timeline(store)).toEqual([['escalated', 'ack', 'leadership', at('03:10:00').toISOString()]])
  })

  it('an acknowledgement stops the chain; the fix stage takes over', async () => {
    const { store, tick, act } = await setup()
    await tick('03:01:00')
    await act(provinceMember, CHATS.province, '03:01:20', { action: 'acknowledge' })
    store.state.outbox = []
    await tick('03:02:00')
    await tick('03:05:00')
    expect(notices(store)).toEqual([])
    // The fix runs to the ticket's own deadline (Trung bình: 24 h).
    expect(store.state.tickets[0].slaNextAt?.toISOString()).toBe(new Date(at('03:00:00').getTime() + 0.8 * 24 * 3600_000).toISOString())
  })

  it('a reassignment starts a new round: its steps are taken again for the new assignee', async () => {
    const { store, tick, act } = await setup()
    await tick('03:01:00')
    const dispatcher = actor({ userId: 33, unitId: 'ttch', inCommandCentre: true, isDispatcher: true })
    store.state.chats.push({ chatId: -3004, title: 'thanh-hoa', unitId: 'thanh-hoa', active: true, isForum: false, hintSentAt: null })
    await act(dispatcher, CHATS.ttch, '03:01:30', { action: 'reassign', unitId: 'thanh-hoa' })
    store.state.outbox = []
    await tick('03:02:30')
    expect(notices(store)).toEqual([[-3004, 'breach', 'ack', 'on_duty', false]])
  })

  it('a ticket waiting in Mới (triaged): reminder and breach alert of the assignment to the command centre', async () => {
    const { store, tick } = await setup()
    store.state.tickets[0] = { ...store.state.tickets[0], status: 'new', assigneeUnitId: null, assignedAt: null, triagedAt: at('03:05:00'), slaNextAt: at('03:24:00') }
    await tick('03:24:00')
    await tick('03:30:00')
    expect(notices(store)).toEqual([[CHATS.ttch, 'reminder', 'assignment', 'reminder', false], [CHATS.ttch, 'breach', 'assignment', 'on_duty', false]])
  })

  it('24 h without a word from the assignee goes to the command centre, admins mentioned', async () => {
    const { store, tick } = await setup()
    await tick('03:10:00')
    store.state.outbox = []
    await runSlaTick({ store, config: SHORT, units }, new Date(at('03:00:00').getTime() + 24 * 3600_000))
    expect(notices(store)).toEqual([[CHATS.ttch, 'escalation', 'silence', 'centre_head', true]])
    expect(store.state.tickets[0].slaNextAt).toBeNull()
  })
})

describe('the tick cadence of the bot (bot/jobs.ts) against the shortest drill SLA', () => {
  it('is a cron node-cron accepts, and with ticks at that cadence a 1-minute SLA gets its reminder before its breach, whatever second the ticket was made', async () => {
    expect(cron.validate(SLA_TICK_CRON)).toBe(true)
    for (let phase = 0; phase < 60; phase++) {
      const created = new Date(at('03:00:00').getTime() + phase * 1000)
      const { store, deps } = await setup(created)
      // The ticks at the cadence's wall-clock instants (multiples of SLA_TICK_SECONDS), until the breach is taken.
      let t = Math.ceil(created.getTime() / (SLA_TICK_SECONDS * 1000)) * SLA_TICK_SECONDS * 1000
      while (!store.state.events.some((e) => e.type === 'sla_breached')) {
        await runSlaTick(deps, new Date(t))
        t += SLA_TICK_SECONDS * 1000
      }
      expect({ phase, steps: timeline(store).map(([type]) => type) }).toEqual({ phase, steps: ['sla_reminder', 'sla_breached'] })
    }
  })
})
