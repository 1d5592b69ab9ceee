import { describe, expect, it } from 'vitest'
import { renderScheduleReport } from '../../../bot/render/schedule.ts'
import { quickReport, type ReportFacts } from '../../../services/schedules/report.ts'
import { runSchedules } from '../../../services/schedules/run-schedules.ts'
import type { Priority, Ticket, TicketEvent, TicketEventType, TicketStatus } from '../../../services/tickets/types.ts'
import { directory, shippedConfig, ticketFixture } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'

const at = (local: string): Date => new Date(`${local}+07:00`)
const FROM = at('2026-11-24T09:00:00')
const TO = at('2026-11-25T09:00:00')

/** A prepared day: the tickets as they are now (after the report's minute), and their timelines. */
function preparedDay(): ReportFacts {
  const tickets: Ticket[] = []
  const events: TicketEvent[] = []
  const ticket = (number: number, created: string, o: { status: TicketStatus; priority?: Priority; province?: string | null; deadline: string; routed?: boolean; description?: string }) => {
    const t = ticketFixture(o.status, {
      id: number, number, createdAt: at(created), priority: o.priority ?? 'normal', provinceId: o.province === undefined ? 'nghe-an' : o.province,
      deadline: at(o.deadline), description: o.description ?? `Sự cố số ${number}`,
    })
    tickets.push(t)
    event(number, 'created', created, { status: o.routed === false ? 'new' : 'assigned', assigneeUnitId: o.routed === false ? null : 'vnpt-nghe-an' })
    return t
  }
  const event = (ticketId: number, type: TicketEventType, when: string, data: Record<string, unknown>) =>
    events.push({ id: events.length + 1, ticketId, type, actorId: 1, actorName: 'A', actorUnitId: null, at: at(when), data })
  const move = (id: number, type: TicketEventType, when: string, from: TicketStatus, to: TicketStatus) => event(id, type, when, { from, to })

  // #1 routed at creation (yesterday's cohort), acknowledged, done and closed in the period: resolved once.
  ticket(1, '2026-11-23T10:00:00', { status: 'closed', deadline: '2026-11-24T17:00:00' })
  move(1, 'acknowledged', '2026-11-24T10:00:00', 'assigned', 'acknowledged')
  move(1, 'status_changed', '2026-11-24T15:00:00', 'acknowledged', 'done')
  move(1, 'closed', '2026-11-24T16:00:00', 'done', 'closed')
  // #2 waited in Mới 26 hours (cohort, not routed in time), overdue at 09:00.
  ticket(2, '2026-11-23T20:00:00', { status: 'assigned', routed: false, deadline: '2026-11-25T08:00:00' })
  move(2, 'assigned', '2026-11-24T22:00:00', 'new', 'assigned')
  // #3 rejected as a duplicate: not in the routing cohort, not open.
  ticket(3, '2026-11-24T08:00:00', { status: 'rejected', routed: false, deadline: '2026-11-25T08:00:00' })
  move(3, 'rejected', '2026-11-24T08:30:00', 'new', 'rejected')
  // #4 urgent in Thanh Hóa, acknowledged, in progress, past its deadline.
  ticket(4, '2026-11-24T10:00:00', { status: 'in_progress', priority: 'urgent', province: 'thanh-hoa', deadline: '2026-11-24T12:00:00', description: 'Mất kết nối LGSP toàn tỉnh' })
  move(4, 'acknowledged', '2026-11-24T10:10:00', 'assigned', 'acknowledged')
  move(4, 'status_changed', '2026-11-24T10:30:00', 'acknowledged', 'in_progress')
  // #5 high, open, within its deadline.
  ticket(5, '2026-11-24T18:00:00', { status: 'assigned', priority: 'high', deadline: '2026-11-25T18:00:00', description: 'Không ký số được hồ sơ' })
  // #6 low, no province known, waiting for triage.
  ticket(6, '2026-11-25T08:30:00', { status: 'new', priority: 'low', province: null, routed: false, deadline: '2026-11-28T08:30:00' })
  // #7 created after the report's minute: not in it at all.
  ticket(7, '2026-11-25T09:30:00', { status: 'assigned', priority: 'urgent', deadline: '2026-11-25T11:30:00' })
  // #8 old, Đã hoàn thành long ago and waiting for verification: open, not overdue (nobody's deadline runs).
  ticket(8, '2026-11-20T09:00:00', { status: 'done', deadline: '2026-11-21T09:00:00' })
  move(8, 'status_changed', '2026-11-22T09:00:00', 'assigned', 'done')
  // #9 done in the period, closed after 09:00: resolved, and still open (Đã hoàn thành) at 09:00.
  ticket(9, '2026-11-24T11:00:00', { status: 'closed', province: 'thanh-hoa', deadline: '2026-11-24T17:00:00' })
  move(9, 'status_changed', '2026-11-25T08:00:00', 'assigned', 'done')
  move(9, 'closed', '2026-11-25T10:00:00', 'done', 'closed')
  // #10 overdue at 09:00; its deadline was moved later, at 09:30 (/han): it still counts as overdue at 09:00.
  ticket(10, '2026-11-24T09:30:00', { status: 'in_progress', deadline: '2026-11-26T17:00:00' })
  move(10, 'acknowledged', '2026-11-24T09:45:00', 'assigned', 'acknowledged')
  move(10, 'status_changed', '2026-11-24T09:50:00', 'acknowledged', 'in_progress')
  event(10, 'deadline_set', '2026-11-25T09:30:00', { from: at('2026-11-24T20:00:00').toISOString(), to: at('2026-11-26T17:00:00').toISOString() })
  // #11 waited in Mới 23 hours: routed within 24 h (cohort).
  ticket(11, '2026-11-23T12:00:00', { status: 'assigned', province: 'thanh-hoa', routed: false, deadline: '2026-11-26T12:00:00' })
  move(11, 'assigned', '2026-11-24T11:00:00', 'new', 'assigned')
  return { tickets, events }
}

describe('the 09:00 quick report, figure by figure, on a prepared day', () => {
  const r = quickReport(preparedDay(), FROM, TO)

  it('new tickets: created in the 24 h before 09:00 (#4, #5, #6, #9, #10)', () => expect(r.created).toBe(5))
  it('acknowledged in the period (#1, #4, #10)', () => expect(r.acknowledged).toBe(3))
  it('resolved — done or closed — in the period, each ticket once (#1, #9)', () => expect(r.resolved).toBe(2))
  it('still open at 09:00 (#2, #4, #5, #6, #8, #9, #10, #11)', () => expect(r.open).toBe(8))
  it('overdue at 09:00 (#2, #4, and #10 whose deadline was moved only later)', () => expect(r.overdue).toBe(3))
  it('serious incidents: urgent and high created in the period, urgent first (#4, #5; not #7)', () => {
    expect(r.seriousTotal).toBe(2)
    expect(r.serious.map((s) => [s.number, s.priority, s.provinceId, s.status])).toEqual([[4, 'urgent', 'thanh-hoa', 'in_progress'], [5, 'high', 'nghe-an', 'assigned']])
  })
  it('hot spots: provinces by overdue, then open tickets', () => {
    expect(r.hotSpots).toEqual([{ provinceId: 'nghe-an', open: 4, overdue: 2 }, { provinceId: 'thanh-hoa', open: 3, overdue: 1 }])
  })
  it('routed within 24 h: of the tickets whose 24 h ended in the period (#1, #2, #11; not the rejected #3), 2 of 3', () => {
    expect(r.routed).toEqual({ cohort: 3, withinTarget: 2, share: 2 / 3, target: 0.95 })
  })

  it('renders in Vietnamese with the catalogue', () => {
    const text = renderScheduleReport({ period: 'daily', late: false, report: JSON.parse(JSON.stringify(r)) }, directory(shippedConfig()))
    expect(text).toBe([
      '📊 <b>Báo cáo nhanh 24 giờ qua</b> (từ 09:00 24/11/2026 đến 09:00 25/11/2026)',
      '• Phiếu mới: <b>5</b>', '• Đã tiếp nhận: <b>3</b>', '• Đã xử lý xong (hoàn thành, đóng): <b>2</b>', '• Còn mở: <b>8</b>', '• Quá hạn: <b>3</b>',
      '• Giao xử lý trong 24 giờ: <b>66,7 %</b> (2/3 phiếu; mục tiêu ≥ 95 %) ⚠️ chưa đạt',
      '',
      '<b>Sự cố nghiêm trọng</b> (Khẩn cấp, Cao): 2',
      '• #4 Khẩn cấp · Thanh Hóa · Đang xử lý — <i>Mất kết nối LGSP toàn tỉnh</i>',
      '• #5 Cao · Nghệ An · Đã giao — <i>Không ký số được hồ sơ</i>',
      '',
      '<b>Điểm nóng</b> (phiếu còn mở theo tỉnh):',
      '1. Nghệ An: 4 phiếu mở, 2 quá hạn',
      '2. Thanh Hóa: 3 phiếu mở, 1 quá hạn',
    ].join('\n'))
    expect(renderScheduleReport({ period: 'weekly', late: true, report: JSON.parse(JSON.stringify(r)) }, directory(shippedConfig())).split('\n')[0])
      .toBe('📊 <b>Báo cáo tuần</b> (từ 09:00 24/11/2026 đến 09:00 25/11/2026) <i>(gửi muộn do gián đoạn)</i>')
  })

  it('an empty day', () => {
    const empty = quickReport({ tickets: [], events: [] }, FROM, TO)
    expect(empty).toMatchObject({ created: 0, acknowledged: 0, resolved: 0, open: 0, overdue: 0, seriousTotal: 0, hotSpots: [], routed: { cohort: 0, share: null } })
  })
})

describe('runSchedules on the in-memory store', () => {
  const config = shippedConfig()
  const setup = () => {
    const store = new MemoryStore()
    const day = preparedDay()
    store.state.tickets = [...day.tickets]
    store.state.events = [...day.events]
    store.state.chats = [
      { chatId: -1, title: 'TTCH', unitId: 'ttch', active: true, isForum: false, hintSentAt: null },
      { chatId: -2, title: 'Nghệ An', unitId: 'nghe-an', active: true, isForum: false, hintSentAt: null },
      { chatId: -3, title: 'Thanh Hóa (bot removed)', unitId: 'thanh-hoa', active: false, isForum: false, hintSentAt: null },
      { chatId: -4, title: 'unregistered', unitId: null, active: true, isForum: false, hintSentAt: null },
    ]
    // Every job has run up to yesterday.
    store.state.jobRuns = config.schedules.jobs.map((j) => ({ jobId: j.id, slot: at('2026-11-24T23:59:00'), status: 'sent' as const, createdAt: at('2026-11-24T23:59:00') }))
    return store
  }

  it('the 09:00 report goes to the command centre once, with the figures the store gives', async () => {
    const store = setup()
    const deps = { store, config }
    // 08:59: the earlier reminders and the 07:45 digest are long past — recorded as skipped, not sent.
    expect(await runSchedules(deps, at('2026-11-25T08:59:00'))).toEqual({ sent: 0, late: 0, skipped: 4, messages: 0 })
    expect(await runSchedules(deps, TO)).toEqual({ sent: 1, late: 0, skipped: 0, messages: 1 })
    expect(await runSchedules(deps, at('2026-11-25T09:00:40'))).toEqual({ sent: 0, late: 0, skipped: 0, messages: 0 })
    expect(store.state.outbox).toHaveLength(1)
    const m = store.state.outbox[0]
    expect(m).toMatchObject({ kind: 'notice', chatId: -1, code: 'schedule_report', data: { jobId: 'daily-report', period: 'daily', late: false } })
    expect((m as unknown as { data: { report: unknown } }).data.report).toEqual(quickReport(preparedDay(), FROM, TO))
  })

  it('all_registered reaches every active registered group; a report after downtime says it is late', async () => {
    const store = setup()
    expect(await runSchedules({ store, config }, at('2026-11-25T17:00:00'))).toEqual({ sent: 1, late: 1, skipped: 4, messages: 3 })
    const sent = store.state.outbox.map((m) => m.kind === 'notice' ? [m.chatId, m.code, m.data.jobId, m.data.late] : [])
    expect(sent).toEqual([[-1, 'schedule_report', 'daily-report', true], [-1, 'schedule_reminder', 'online-meeting', false], [-2, 'schedule_reminder', 'online-meeting', false]])
    expect(store.state.jobRuns.filter((r) => r.slot > at('2026-11-24T23:59:00')).map((r) => [r.jobId, r.status]).sort()).toEqual([
      ['briefing', 'skipped'], ['daily-report', 'sent_late'], ['data-cutoff', 'skipped'], ['group-digest', 'skipped'], ['online-meeting', 'sent'], ['system-check', 'skipped'],
    ])
  })
})
