import { describe, expect, it } from 'vitest'
import { renderCard } from '../../../bot/render/card.ts'
import { BusinessCalendar } from '../../../services/calendar/business-calendar.ts'
import type { ReferenceConfig } from '../../../services/config/types.ts'
import { actOnTicket, reportTicket, type ReportFields, type TicketRequest } from '../../../services/tickets/ticket-service.ts'
import type { Actor, Ticket } from '../../../services/tickets/types.ts'
import { actor, directory, DIEN_CHAU, shippedConfig } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'

/** A literal instant on the Vietnam wall clock. Wednesday 25 November 2026 is an ordinary working day. */
const vn = (local: string): Date => new Date(`${local}${local.length === 16 ? ':00' : ''}+07:00`)
const iso = (d: Date | null) => d?.toISOString() ?? null

const shipped = shippedConfig()
const units = directory(shipped)
const CHATS = { commune: -2001, vnpt: -2002, province: -2003, ttch: -2004 }
const commune = actor({ userId: 11, name: 'Lê C', unitId: DIEN_CHAU.id })
const vnpt = actor({ userId: 22, name: 'Phạm D', unitId: 'vnpt-nghe-an' })
const dispatcher = actor({ userId: 33, name: 'Hoàng E', unitId: 'ttch', inCommandCentre: true, isDispatcher: true })

function setup(config: ReferenceConfig = shipped) {
  const store = new MemoryStore()
  const chat = (chatId: number, unitId: string) => ({ chatId, title: unitId, unitId, active: true, isForum: false, hintSentAt: null })
  store.state.chats.push(chat(CHATS.commune, DIEN_CHAU.id), chat(CHATS.vnpt, 'vnpt-nghe-an'), chat(CHATS.province, 'nghe-an'), chat(CHATS.ttch, 'ttch'))
  let update = 0
  const req = (a: Actor, chatId: number, now: Date): TicketRequest => ({ updateId: ++update, now, actor: a, origin: { chatId, threadId: null, messageId: 50 + update } })
  const deps = { store, config, units }
  const report = async (fields: ReportFields, now: Date): Promise<Ticket> => {
    const r = await reportTicket(deps, req(commune, CHATS.commune, now), { description: 'Sự cố', sourceMessageId: 100 + update, originalAuthor: null, attachments: [], mediaGroupId: null, fields })
    if (r.duplicate || !r.value.ok) throw new Error('not created')
    return r.value.ticket
  }
  const act = async (a: Actor, chatId: number, now: Date, input: Parameters<typeof actOnTicket>[3], number = 1): Promise<Ticket> => {
    const r = await actOnTicket(deps, req(a, chatId, now), number, input)
    if (r.duplicate || !r.value.ok) throw new Error(`refused: ${JSON.stringify(r)}`)
    return r.value.ticket
  }
  return { store, report, act }
}

const vendorP3: ReportFields = { category: 1, priority: 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null }
const process: ReportFields = { category: 2, priority: 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null }

describe('due times stored on a ticket', () => {
  it('a vendor P3 ticket: response in 2 working hours, fix in 8, 24 h of silence on the wall clock', async () => {
    const { report } = setup()
    const t = await report(vendorP3, vn('2026-11-25T09:00'))
    expect(t.assigneeUnitId).toBe('vnpt-nghe-an')
    expect(iso(t.assignedAt)).toBe(iso(vn('2026-11-25T09:00')))
    expect(iso(t.ackDueAt)).toBe(iso(vn('2026-11-25T11:00')))
    // 150 min in the morning, 210 in the afternoon, 120 on Thursday.
    expect(iso(t.fixDueAt)).toBe(iso(vn('2026-11-26T09:30')))
    expect(iso(t.silenceDueAt)).toBe(iso(vn('2026-11-26T09:00')))
    // The tick first looks at it for the reminder: 96 working minutes after 09:00.
    expect(iso(t.slaNextAt)).toBe(iso(vn('2026-11-25T10:36')))
  })

  it('a unit (not a vendor): acknowledgement in 2 working hours over lunch; the fix is the ticket\'s deadline', async () => {
    const { report } = setup()
    const t = await report(process, vn('2026-11-25T10:30'))
    expect(t.assigneeUnitId).toBe('nghe-an')
    expect(iso(t.ackDueAt)).toBe(iso(vn('2026-11-25T14:30')))
    expect(iso(t.fixDueAt)).toBe(iso(t.deadline))
  })

  it('acknowledgement meets the response and moves the tick to the fix; completion stops every clock', async () => {
    const { report, act } = setup()
    await report(vendorP3, vn('2026-11-25T09:00'))
    const acked = await act(vnpt, CHATS.vnpt, vn('2026-11-25T09:20'), { action: 'acknowledge' })
    expect(iso(acked.acknowledgedAt)).toBe(iso(vn('2026-11-25T09:20')))
    expect(iso(acked.lastResponseAt)).toBe(iso(vn('2026-11-25T09:20')))
    expect(iso(acked.silenceDueAt)).toBe(iso(vn('2026-11-26T09:20')))
    // Fix reminder at 80 % of 480 working minutes = 384: 150 this morning, 210 this afternoon, 24 on Thursday.
    expect(iso(acked.slaNextAt)).toBe(iso(vn('2026-11-26T07:54')))
    const done = await act(vnpt, CHATS.vnpt, vn('2026-11-25T15:00'), { action: 'complete' })
    expect(iso(done.resolvedAt)).toBe(iso(vn('2026-11-25T15:00')))
    expect(done.silenceDueAt).toBeNull()
    expect(done.slaNextAt).toBeNull()
  })

  it('a reassignment restarts the budgets for the new assignee; a priority change recomputes the vendor SLA', async () => {
    const { report, act } = setup()
    await report(vendorP3, vn('2026-11-25T09:00'))
    const urgent = await act(dispatcher, CHATS.ttch, vn('2026-11-25T09:10'), { action: 'edit', field: 'priority', value: 'urgent' })
    expect(iso(urgent.ackDueAt)).toBe(iso(vn('2026-11-25T09:15')))
    expect(iso(urgent.fixDueAt)).toBe(iso(vn('2026-11-25T11:00')))
    const moved = await act(dispatcher, CHATS.ttch, vn('2026-11-25T16:00'), { action: 'reassign', unitId: 'nghe-an' })
    expect(iso(moved.assignedAt)).toBe(iso(vn('2026-11-25T16:00')))
    // A unit: 2 working hours from 16:00 Wednesday = 60 min today, 60 on Thursday.
    expect(iso(moved.ackDueAt)).toBe(iso(vn('2026-11-26T08:30')))
  })

  it('a ticket waiting in Mới: the command centre has 15 minutes to triage it and 30 to assign it', async () => {
    const { report, act } = setup()
    const t = await report({ ...process, provinceId: null }, vn('2026-11-25T22:00'))
    expect(t.status).toBe('new')
    expect(t.ackDueAt).toBeNull()
    expect(t.triagedAt).toBeNull()
    // The triage reminder first: 80 % of 15 minutes on the wall clock (the command centre works 24/7).
    expect(iso(t.slaNextAt)).toBe(iso(vn('2026-11-25T22:12')))
    // Once triaged, the assignment reminder: 80 % of 30 minutes.
    const triaged = await act(actor({ userId: 34, name: 'Trần G', unitId: 'ttch', inCommandCentre: true }), CHATS.ttch, vn('2026-11-25T22:05'), { action: 'triage' })
    expect(iso(triaged.triagedAt)).toBe(iso(vn('2026-11-25T22:05')))
    expect(iso(triaged.slaNextAt)).toBe(iso(vn('2026-11-25T22:24')))
  })
})

describe('the card shows the time left for the current stage', () => {
  const twentyFourSeven: ReferenceConfig = { ...shipped, clock: { ...shipped.clock, calendar: BusinessCalendar.alwaysOpen() } }
  const card = (t: Ticket, now: Date, config: ReferenceConfig) =>
    renderCard(t, { units, now, chatUnitId: 'nghe-an', policy: config.policy, attachments: 0, assigneeHasGroup: true, clock: config.clock }).text

  it('on the wall clock: "còn 1 giờ 20 phút để tiếp nhận", then "quá hạn tiếp nhận 35 phút"', async () => {
    const { report } = setup(twentyFourSeven)
    const t = await report(process, vn('2026-11-25T09:00'))
    expect(card(t, vn('2026-11-25T09:40'), twentyFourSeven)).toContain('⏳ còn 1 giờ 20 phút để tiếp nhận')
    expect(card(t, vn('2026-11-25T11:35'), twentyFourSeven)).toContain('⚠️ quá hạn tiếp nhận 35 phút')
    expect(card(t, vn('2026-11-25T10:59:30'), twentyFourSeven)).toContain('⏳ còn dưới 1 phút để tiếp nhận')
  })

  it('on the working clock the night does not count, and the card says so', async () => {
    const { report, act } = setup()
    const t = await report(process, vn('2026-11-25T16:30'))
    expect(card(t, vn('2026-11-25T22:00'), shipped)).toContain('⏳ còn 1 giờ 30 phút làm việc để tiếp nhận')
    const acked = await act(actor({ userId: 12, unitId: 'nghe-an' }), CHATS.province, vn('2026-11-26T08:00'), { action: 'acknowledge' })
    // The fix stage runs to the ticket's own deadline (24 h on the wall clock for Trung bình).
    expect(card(acked, vn('2026-11-26T08:00'), shipped)).toContain('⏳ còn 8 giờ 30 phút để xử lý')
    expect(card(acked, vn('2026-11-28T16:30'), shipped)).toContain('⚠️ quá hạn xử lý 2 ngày')
  })

  it('no line once the stage is met or the ticket is done', async () => {
    const { report, act } = setup()
    await report(vendorP3, vn('2026-11-25T09:00'))
    const done = await act(vnpt, CHATS.vnpt, vn('2026-11-25T09:30'), { action: 'acknowledge' }).then(() => act(vnpt, CHATS.vnpt, vn('2026-11-25T10:00'), { action: 'complete' }))
    expect(card(done, vn('2026-11-25T10:00'), shipped)).not.toMatch(/còn|quá hạn/)
  })
})
