// Snooze from an alert (issue 4): until when, what it holds and what it never holds, and what is posted when it ends.
import { describe, expect, it } from 'vitest'
import { BusinessCalendar } from '../../../services/calendar/business-calendar.ts'
import type { OutboundMessage } from '../../../services/ports.ts'
import { decideSteps, isHoldable, plannedSteps, stepKey, ticketDueTimes, type PlannedStep } from '../../../services/sla/escalation.ts'
import { runSlaTick } from '../../../services/sla/sla-tick.ts'
import { snoozeUntil } from '../../../services/sla/snooze.ts'
import { slaFieldsOf } from '../../../services/sla/ticket-sla.ts'
import { actOnTicket, reportTicket, type ReportFields, type TicketRequest } from '../../../services/tickets/ticket-service.ts'
import type { Actor, Ticket } from '../../../services/tickets/types.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, shortSlaConfig, ticketFixture } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'

const vn = (local: string): Date => new Date(`${local}+07:00`)
const shipped = shippedConfig()
const SHORT = shortSlaConfig()
const units = directory(shipped)

describe('until when a snooze holds', () => {
  const working = BusinessCalendar.vietnam()
  const iso = (d: Date) => d.toISOString()

  it('«1 giờ»: one hour on the wall clock, night or day', () => {
    expect(iso(snoozeUntil('hour', vn('2026-11-25T22:40:00'), working))).toBe(iso(vn('2026-11-25T23:40:00')))
    expect(iso(snoozeUntil('hour', vn('2026-11-28T10:00:00'), working))).toBe(iso(vn('2026-11-28T11:00:00')))
  })

  it('«Sáng mai»: the start of working hours on the next working day after today', () => {
    // Wednesday evening → Thursday 07:30; Wednesday before work → still Thursday (tomorrow), not this morning.
    expect(iso(snoozeUntil('morning', vn('2026-11-25T22:00:00'), working))).toBe(iso(vn('2026-11-26T07:30:00')))
    expect(iso(snoozeUntil('morning', vn('2026-11-25T06:00:00'), working))).toBe(iso(vn('2026-11-26T07:30:00')))
    // Friday afternoon → Monday; the eve of Tết Dương lịch (Friday 1/1/2027 off) → Monday 4/1.
    expect(iso(snoozeUntil('morning', vn('2026-11-27T16:00:00'), working))).toBe(iso(vn('2026-11-30T07:30:00')))
    expect(iso(snoozeUntil('morning', vn('2026-12-31T10:00:00'), working))).toBe(iso(vn('2027-01-04T07:30:00')))
    // Friday 28/8/2026 → Thursday 3/9: the swapped day off 31/8 and Quốc khánh 1–2/9 are skipped.
    expect(iso(snoozeUntil('morning', vn('2026-08-28T15:00:00'), working))).toBe(iso(vn('2026-09-03T07:30:00')))
  })

  it('«Sáng mai» on an always-open calendar: 07:30 tomorrow', () => {
    const open = BusinessCalendar.alwaysOpen()
    expect(iso(snoozeUntil('morning', vn('2026-11-25T03:00:00'), open))).toBe(iso(vn('2026-11-26T07:30:00')))
    expect(iso(snoozeUntil('morning', vn('2026-11-25T23:59:00'), open))).toBe(iso(vn('2026-11-26T07:30:00')))
  })
})

describe('what a snooze holds', () => {
  const step = (over: Partial<PlannedStep>): PlannedStep =>
    ({ stage: 'ack', step: 'reminder', at: vn('2026-11-25T10:00:00'), dueAt: vn('2026-11-25T10:00:00'), kind: 'reminder', to: 'assignee', mentionAdmins: false, ...over })

  it('steps for the assignee\'s groups and the command centre\'s own Mới stages; never escalations to the command centre', () => {
    expect(isHoldable(step({ stage: 'ack', to: 'assignee' }))).toBe(true)
    expect(isHoldable(step({ stage: 'fix', step: 'unit_leaders', to: 'assignee' }))).toBe(true)
    expect(isHoldable(step({ stage: 'triage', to: 'command_centre' }))).toBe(true)
    expect(isHoldable(step({ stage: 'assignment', step: 'on_duty', to: 'command_centre' }))).toBe(true)
    expect(isHoldable(step({ stage: 'ack', step: 'centre_head', to: 'command_centre' }))).toBe(false)
    expect(isHoldable(step({ stage: 'fix', step: 'leadership', to: 'command_centre' }))).toBe(false)
    expect(isHoldable(step({ stage: 'silence', step: 'centre_head', to: 'command_centre' }))).toBe(false)
    expect(isHoldable(step({ stage: 'ack', step: 'leadership', to: { unitId: 'ttch' } }))).toBe(false)
  })
})

describe('deciding the steps of a snoozed ticket (SHORT: acknowledge in 1 minute, the chain 1 minute apart)', () => {
  const t0 = vn('2026-11-25T03:00:00')
  const plus = (seconds: number) => new Date(t0.getTime() + seconds * 1000)
  const assigned = ticketFixture('assigned', { assigneeUnitId: 'nghe-an', priority: 'normal', createdAt: t0, assignedAt: t0, deadline: plus(86_400) })
  const planned = plannedSteps(assigned, ticketDueTimes(assigned, 'unit', SHORT.clock), SHORT.clock)
  const names = (xs: PlannedStep[]) => xs.map((s) => `${s.stage}:${s.step}`)

  /** Plays the tick at each instant, recording what it sends or skips, as the tick would. */
  function play(steps: PlannedStep[], snoozedUntil: Date | null, instants: number[]) {
    const done = new Set<string>()
    return instants.map((sec) => {
      const d = decideSteps(steps, done, plus(sec), snoozedUntil)
      for (const s of [...d.send, ...d.skip]) done.add(stepKey(s))
      return { at: sec, send: names(d.send), skip: names(d.skip), nextAt: d.nextAt?.toISOString() ?? null }
    })
  }

  it('holds the assignee\'s steps, lets the command centre\'s escalations through, and posts the latest held one at its end', () => {
    const snoozed = plus(600)
    expect(play(planned, snoozed, [60, 180, 240, 599, 600])).toEqual([
      { at: 60, send: [], skip: [], nextAt: plus(180).toISOString() },
      { at: 180, send: ['ack:centre_head'], skip: [], nextAt: plus(240).toISOString() },
      { at: 240, send: ['ack:leadership'], skip: [], nextAt: snoozed.toISOString() },
      { at: 599, send: [], skip: [], nextAt: snoozed.toISOString() },
      // The reminder, the breach alert and the leaders' step were held: only the latest goes out, once.
      { at: 600, send: ['ack:unit_leaders'], skip: ['ack:reminder', 'ack:on_duty'], nextAt: plus(86_400).toISOString() },
    ])
  })

  it('the 24 h silence rule is never held', () => {
    const d = decideSteps(planned, new Set(planned.filter((s) => s.stage === 'ack').map(stepKey)), plus(86_400), plus(2 * 86_400))
    expect(names(d.send)).toEqual(['silence:centre_head'])
  })

  it('a snooze ending with a command-centre escalation due: both go out, to their own groups', () => {
    const d = decideSteps(planned, new Set(), plus(180), plus(180))
    expect(names(d.send).sort()).toEqual(['ack:centre_head', 'ack:unit_leaders'])
    expect(names(d.skip)).toEqual(['ack:reminder', 'ack:on_duty'])
  })

  it('downtime past the snooze\'s end: a later step for the same groups overtakes the held ones', () => {
    const d = decideSteps(planned, new Set(), plus(150), plus(90))
    // Held until 03:01:30: the reminder (48 s) and the breach (60 s); the leaders' step (120 s) came after it.
    expect(names(d.send)).toEqual(['ack:unit_leaders'])
    expect(names(d.skip)).toEqual(['ack:reminder', 'ack:on_duty'])
  })

  it('a ticket in Mới: the triage and assignment reminders and alerts wait; each stage posts its latest at the end', () => {
    const fresh = ticketFixture('new', { createdAt: t0, priority: 'normal', deadline: plus(86_400) })
    const steps = plannedSteps(fresh, ticketDueTimes(fresh, null, SHORT.clock), SHORT.clock)
    expect(names(steps)).toEqual(['triage:reminder', 'triage:on_duty', 'assignment:reminder', 'assignment:on_duty'])
    expect(play(steps, plus(40 * 60), [13 * 60, 31 * 60, 40 * 60])).toEqual([
      { at: 780, send: [], skip: [], nextAt: plus(2400).toISOString() },
      { at: 1860, send: [], skip: [], nextAt: plus(2400).toISOString() },
      { at: 2400, send: ['triage:on_duty', 'assignment:on_duty'], skip: ['triage:reminder', 'assignment:reminder'], nextAt: null },
    ])
  })

  it('without a snooze, or after it ended, nothing changes', () => {
    const instants = [48, 60, 120, 180, 240]
    expect(play(planned, plus(10), instants)).toEqual(play(planned, null, instants))
    expect(play(planned, null, instants).map((r) => r.send)).toEqual([['ack:reminder'], ['ack:on_duty'], ['ack:unit_leaders'], ['ack:centre_head'], ['ack:leadership']])
  })

  it('the stored next look is the snooze\'s end for what it holds', () => {
    const snoozed: Ticket = { ...assigned, snoozedUntil: plus(50) }
    expect(slaFieldsOf(assigned, units, SHORT.clock).slaNextAt?.toISOString()).toBe(plus(48).toISOString())
    expect(slaFieldsOf(snoozed, units, SHORT.clock).slaNextAt?.toISOString()).toBe(plus(50).toISOString())
    expect(slaFieldsOf({ ...assigned, snoozedUntil: plus(3600) }, units, SHORT.clock).slaNextAt?.toISOString()).toBe(plus(180).toISOString())
  })
})

describe('snoozing a ticket and the tick (memory store, SHORT config)', () => {
  const CHATS = { commune: -4001, province: -4002, ttch: -4003, thanhHoa: -4004 }
  const commune = actor({ userId: 11, name: 'Lê C', unitId: DIEN_CHAU.id })
  const province = actor({ userId: 12, name: 'Đỗ G', unitId: 'nghe-an' })
  const centre = actor({ userId: 13, name: 'Bùi S', unitId: 'ttch', inCommandCentre: true })
  const dispatcher = actor({ userId: 14, name: 'Đặng K', unitId: 'ttch', inCommandCentre: true, isDispatcher: true })
  const thanhHoa = actor({ userId: 15, name: 'Vũ F', unitId: 'thanh-hoa', isUnitLeader: true })
  const PROCESS: ReportFields = { category: 2, priority: 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null }
  const at = (hms: string): Date => vn(`2026-11-25T${hms}`)

  async function setup() {
    const store = new MemoryStore()
    const chat = (chatId: number, unitId: string) => ({ chatId, title: unitId, unitId, active: true, isForum: false, hintSentAt: null })
    store.state.chats.push(chat(CHATS.commune, DIEN_CHAU.id), chat(CHATS.province, 'nghe-an'), chat(CHATS.ttch, 'ttch'), chat(CHATS.thanhHoa, 'thanh-hoa'))
    const deps = { store, config: SHORT, units }
    let update = 0
    const req = (a: Actor, chatId: number, now: Date, messageId = 900): TicketRequest => ({ updateId: ++update, now, actor: a, origin: { chatId, threadId: null, messageId } })
    await reportTicket(deps, req(commune, CHATS.commune, at('03:00:00'), 1), { description: 'Cán bộ xã chưa biết quy trình liên thông', sourceMessageId: 1, originalAuthor: null, attachments: [], mediaGroupId: null, fields: PROCESS })
    // The card in the province group, as the sender would have recorded it.
    store.state.cards.push({ ticketId: 1, chatId: CHATS.province, messageId: 700, threadId: null, role: 'assignee', renderHash: '' })
    store.state.outbox = []
    const snooze = (a: Actor, chatId: number, hms: string, until: 'hour' | 'morning' = 'hour') => actOnTicket(deps, req(a, chatId, at(hms)), 1, { action: 'snooze', until })
    return { store, deps, snooze, act: (a: Actor, chatId: number, hms: string, input: Parameters<typeof actOnTicket>[3]) => actOnTicket(deps, req(a, chatId, at(hms)), 1, input), tick: (hms: string) => runSlaTick(deps, at(hms)) }
  }

  type Notice = Extract<OutboundMessage, { kind: 'notice' }>
  const notices = (store: MemoryStore) => store.state.outbox.filter((m): m is Notice => m.kind === 'notice')
  const steps = (store: MemoryStore) => notices(store).filter((m) => m.code === 'sla_step').map((m) => [m.chatId, m.data.kind, m.data.level])

  it('the assignee snoozes from the reminder: one event, a reply under the alert, the cards edited; the ticket holds', async () => {
    const { store, snooze, tick } = await setup()
    await tick('03:00:48')
    expect(steps(store)).toEqual([[CHATS.province, 'reminder', 'reminder']])
    store.state.outbox = []
    const r = await snooze(province, CHATS.province, '03:00:50')
    expect(r).toMatchObject({ duplicate: false, value: { ok: true, eventType: 'sla_snoozed' } })
    const t = store.state.tickets[0]
    expect(t.snoozedUntil?.toISOString()).toBe(at('04:00:50').toISOString())
    expect(store.state.events.filter((e) => e.type === 'sla_snoozed').map((e) => e.data)).toEqual([{ until: at('04:00:50').toISOString(), by: 'Đỗ G' }])
    expect(notices(store).map((m) => [m.chatId, m.replyTo, m.code, m.data])).toEqual([
      [CHATS.province, 900, 'sla_snoozed', { number: 1, until: at('04:00:50').toISOString(), by: 'Đỗ G', assigned: true }],
    ])
    expect(store.state.outbox.filter((m) => m.kind === 'edit_card').map((m) => m.chatId)).toEqual([CHATS.province])
    // The breach alert and the leaders' step wait; the command centre's escalations do not.
    store.state.outbox = []
    for (const hms of ['03:01:00', '03:02:00', '03:03:00', '03:04:00']) await tick(hms)
    expect(steps(store)).toEqual([[CHATS.ttch, 'escalation', 'centre_head'], [CHATS.ttch, 'escalation', 'leadership']])
    // At its end, the latest held step is posted once; the breach alert it overtook is recorded as skipped.
    store.state.outbox = []
    await tick('04:00:50')
    await tick('04:01:50')
    expect(steps(store)).toEqual([[CHATS.province, 'escalation', 'unit_leaders']])
    expect(store.state.slaSteps.map((s) => [s.step, s.skipped])).toEqual([
      ['reminder', false], ['centre_head', false], ['leadership', false], ['on_duty', true], ['unit_leaders', false],
    ])
  })

  it('a double tap writes one event; the second tap is told it is already snoozed', async () => {
    const { store, snooze } = await setup()
    expect((await snooze(province, CHATS.province, '03:00:50')).duplicate).toBe(false)
    const second = await snooze(province, CHATS.province, '03:00:52')
    expect(second).toEqual({ duplicate: false, committed: false, value: { ok: false, reason: 'already_snoozed' } })
    const morning = [await snooze(centre, CHATS.ttch, '03:01:00', 'morning'), await snooze(centre, CHATS.ttch, '03:01:01', 'morning')]
    expect(morning.map((r) => !r.duplicate && r.value.ok)).toEqual([true, false])
    expect(store.state.events.filter((e) => e.type === 'sla_snoozed').map((e) => e.data.until)).toEqual([at('04:00:50').toISOString(), vn('2026-11-26T07:30:00').toISOString()])
  })

  it('who may snooze: the assignee unit, the command centre, dispatchers, admins — not another unit', async () => {
    const { store, snooze } = await setup()
    const before = structuredClone(store.state)
    expect(await snooze(thanhHoa, CHATS.thanhHoa, '03:00:50')).toMatchObject({ value: { ok: false, reason: 'not_found' } })
    expect(await snooze(commune, CHATS.commune, '03:00:50')).toMatchObject({ value: { ok: false, reason: 'not_allowed' } })
    expect(store.state).toEqual(before)
    const allowed = [[province, CHATS.province, '03:00:50'], [centre, CHATS.ttch, '03:10:00'], [dispatcher, CHATS.ttch, '03:20:00'], [actor({ userId: 16, isAdmin: true }), -1, '03:30:00']] as const
    for (const [who, chatId, hms] of allowed) expect(await snooze(who, chatId, hms)).toMatchObject({ value: { ok: true } })
    expect(store.state.events.filter((e) => e.type === 'sla_snoozed').map((e) => e.data.by)).toEqual(['Đỗ G', 'Bùi S', 'Đặng K', 'Nguyễn Văn A'])
  })

  it('a done or closed ticket cannot be snoozed, with its own reason', async () => {
    const { store, act, snooze } = await setup()
    await act(province, CHATS.province, '03:00:30', { action: 'acknowledge' })
    await act(province, CHATS.province, '03:00:40', { action: 'complete' })
    const before = structuredClone(store.state)
    expect(await snooze(province, CHATS.province, '03:00:50')).toMatchObject({ value: { ok: false, reason: 'not_snoozable' } })
    expect(store.state).toEqual(before)
  })

  it('a reassignment ends the snooze: the new assignee\'s reminders are not held', async () => {
    const { store, act, snooze, tick } = await setup()
    await snooze(province, CHATS.province, '03:00:10', 'morning')
    await act(dispatcher, CHATS.ttch, '03:00:20', { action: 'reassign', unitId: 'thanh-hoa' })
    expect(store.state.tickets[0].snoozedUntil).toBeNull()
    store.state.outbox = []
    await tick('03:01:08')
    expect(steps(store)).toEqual([[CHATS.thanhHoa, 'reminder', 'reminder']])
  })
})
