// The triage stage (issue 4): a ticket waiting in Mới must be verified and classified by the command centre within
// 15 minutes (and assigned within 30); its reminder and breach alert go to the command centre's groups, once each.
import { describe, expect, it } from 'vitest'
import { renderCard } from '../../../bot/render/card.ts'
import { renderNotice } from '../../../bot/render/notice.ts'
import type { OutboundMessage } from '../../../services/ports.ts'
import { runSlaTick } from '../../../services/sla/sla-tick.ts'
import { actOnTicket, reportTicket, type ReportFields, type TicketRequest } from '../../../services/tickets/ticket-service.ts'
import type { Actor, Ticket } from '../../../services/tickets/types.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, shortSlaConfig } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'

const shipped = shippedConfig()
const SHORT = shortSlaConfig()
const units = directory(shipped)
const at = (hms: string): Date => new Date(`2026-11-25T${hms}+07:00`)

const CHATS = { commune: -5001, ttch: -5002, province: -5003 }
const commune = actor({ userId: 11, name: 'Lê C', unitId: DIEN_CHAU.id })
const centre = actor({ userId: 13, name: 'Bùi S', unitId: 'ttch', inCommandCentre: true })
const dispatcher = actor({ userId: 14, name: 'Đặng K', unitId: 'ttch', inCommandCentre: true, isDispatcher: true })
/** No province in the text and a commune that is not sure: nobody to route it to, it waits in Mới. */
const UNROUTED: ReportFields = { category: 2, priority: 'normal', system: 'tthc', provinceId: null, deadline: null }

async function setup() {
  const store = new MemoryStore()
  const chat = (chatId: number, unitId: string) => ({ chatId, title: unitId, unitId, active: true, isForum: false, hintSentAt: null })
  store.state.chats.push(chat(CHATS.commune, DIEN_CHAU.id), chat(CHATS.ttch, 'ttch'), chat(CHATS.province, 'nghe-an'))
  const deps = { store, config: SHORT, units }
  let update = 0
  const req = (a: Actor, chatId: number, now: Date): TicketRequest => ({ updateId: ++update, now, actor: a, origin: { chatId, threadId: null, messageId: 800 + update } })
  await reportTicket(deps, req(commune, CHATS.commune, at('03:00:00')), { description: 'Không rõ lỗi ở đâu, cần kiểm tra', sourceMessageId: 1, originalAuthor: null, attachments: [], mediaGroupId: null, fields: UNROUTED })
  store.state.outbox = []
  return {
    store,
    act: (a: Actor, chatId: number, hms: string, input: Parameters<typeof actOnTicket>[3]) => actOnTicket(deps, req(a, chatId, at(hms)), 1, input),
    tick: (hms: string) => runSlaTick(deps, at(hms)),
  }
}

type Notice = Extract<OutboundMessage, { kind: 'notice' }>
const slaNotices = (store: MemoryStore) => store.state.outbox.filter((m): m is Notice => m.kind === 'notice' && m.code === 'sla_step')
const steps = (store: MemoryStore) => slaNotices(store).map((m) => [m.chatId, m.data.stage, m.data.kind])
const clockEvents = (store: MemoryStore) => store.state.events.filter((e) => e.actorName === 'trucban').map((e) => [e.type, e.data.stage, e.at.toISOString()])

describe('the triage stage in the tick', () => {
  it('a ticket left in Mới: triage reminder at 12 min and alert at 15, then the assignment\'s at 24 and 30 — to the command centre, once each', async () => {
    const { store, tick } = await setup()
    expect(store.state.tickets[0]).toMatchObject({ status: 'new', triagedAt: null })
    expect(store.state.tickets[0].slaNextAt?.toISOString()).toBe(at('03:12:00').toISOString())
    for (const hms of ['03:11:59', '03:12:00', '03:12:30', '03:15:00', '03:20:00', '03:24:00', '03:30:00', '03:45:00']) await tick(hms)
    expect(steps(store)).toEqual([
      [CHATS.ttch, 'triage', 'reminder'], [CHATS.ttch, 'triage', 'breach'], [CHATS.ttch, 'assignment', 'reminder'], [CHATS.ttch, 'assignment', 'breach'],
    ])
    expect(clockEvents(store)).toEqual([
      ['sla_reminder', 'triage', at('03:12:00').toISOString()], ['sla_breached', 'triage', at('03:15:00').toISOString()],
      ['sla_reminder', 'assignment', at('03:24:00').toISOString()], ['sla_breached', 'assignment', at('03:30:00').toISOString()],
    ])
    // Nobody holds it yet: nobody's person on duty is written to.
    expect(store.state.outbox.filter((m) => m.kind === 'notice' && m.chatId > 0)).toEqual([])
    expect(store.state.tickets[0].slaNextAt).toBeNull()
  })

  it('after downtime only the latest step of each stage goes out', async () => {
    const { store, tick } = await setup()
    expect(await tick('03:40:00')).toEqual({ tickets: 1, sent: 2, skipped: 2 })
    expect(steps(store)).toEqual([[CHATS.ttch, 'triage', 'breach'], [CHATS.ttch, 'assignment', 'breach']])
  })

  it('the alert names the stage and asks the command centre to classify, with the snooze buttons', async () => {
    const { store, tick } = await setup()
    await tick('03:12:00')
    const rendered = renderNotice('sla_step', slaNotices(store)[0].data, units)
    expect(rendered.text).toBe('⏰ Nhắc hạn — Phiếu #1: sắp hết hạn phân loại (hạn 03:15 25/11/2026).\nĐề nghị xác minh, phân loại phiếu (bấm «Đã phân loại» trên thẻ phiếu, sửa phân loại hoặc giao việc).')
    expect(rendered.keyboard).toEqual([[{ text: '⏰ Nhắc lại sau 1 giờ', callback_data: 'z:1:h' }, { text: '🌅 Sáng mai', callback_data: 'z:1:m' }]])
  })
})

describe('what meets triage', () => {
  it('«Đã phân loại» by a member of the command centre: once, with an event; the triage steps are gone, the assignment\'s stay', async () => {
    const { store, act, tick } = await setup()
    expect(await act(centre, CHATS.ttch, '03:05:00', { action: 'triage' })).toMatchObject({ value: { ok: true, eventType: 'triaged' } })
    expect(store.state.tickets[0].triagedAt?.toISOString()).toBe(at('03:05:00').toISOString())
    expect(store.state.tickets[0].status).toBe('new')
    const before = structuredClone(store.state)
    expect(await act(dispatcher, CHATS.ttch, '03:05:02', { action: 'triage' })).toMatchObject({ value: { ok: false, reason: 'already_triaged' } })
    expect(store.state).toEqual(before)
    for (const hms of ['03:12:00', '03:15:00', '03:24:00']) await tick(hms)
    expect(steps(store)).toEqual([[CHATS.ttch, 'assignment', 'reminder']])
  })

  it('a correction, an assignment or a rejection by the command centre; an assignment by anyone', async () => {
    const cases: Array<[Actor, Parameters<typeof actOnTicket>[3]]> = [
      [dispatcher, { action: 'edit', field: 'priority', value: 'high' }],
      [dispatcher, { action: 'assign', unitId: 'nghe-an' }],
      [dispatcher, { action: 'reject', reason: 'out_of_scope' }],
    ]
    for (const [who, input] of cases) {
      const { store, act } = await setup()
      expect(await act(who, CHATS.ttch, '03:06:00', input)).toMatchObject({ value: { ok: true } })
      expect([input.action, store.state.tickets[0].triagedAt?.toISOString()]).toEqual([input.action, at('03:06:00').toISOString()])
    }
  })

  it('not by the reporter correcting its own report, nor by a comment', async () => {
    const { store, act } = await setup()
    expect(await act(commune, CHATS.commune, '03:02:00', { action: 'edit', field: 'priority', value: 'high' })).toMatchObject({ value: { ok: true } })
    expect(await act(centre, CHATS.ttch, '03:03:00', { action: 'comment', text: 'Đang xác minh', attachments: [] })).toMatchObject({ value: { ok: true } })
    expect(store.state.tickets[0].triagedAt).toBeNull()
  })

  it('only the command centre, dispatchers and admins may confirm a classification', async () => {
    const { store, act } = await setup()
    const before = structuredClone(store.state)
    expect(await act(commune, CHATS.commune, '03:02:00', { action: 'triage' })).toMatchObject({ value: { ok: false, reason: 'not_allowed' } })
    expect(store.state).toEqual(before)
    expect(await act(actor({ userId: 99, isAdmin: true }), -1, '03:02:00', { action: 'triage' })).toMatchObject({ value: { ok: true } })
  })
})

describe('the card of a ticket in Mới', () => {
  const card = (t: Ticket, chatUnitId: string, now: Date) =>
    renderCard(t, { units, now, chatUnitId, policy: SHORT.policy, attachments: 0, assigneeHasGroup: false, clock: SHORT.clock })
  const texts = (r: { keyboard: Array<Array<{ text: string }>> }) => r.keyboard.flat().map((b) => b.text)

  it('the command centre\'s card shows the time left to triage and «Đã phân loại»; after it, the time to assign', async () => {
    const { store, act } = await setup()
    store.state.cards.push({ ticketId: 1, chatId: CHATS.commune, messageId: 10, threadId: null, role: 'reporter', renderHash: '' }, { ticketId: 1, chatId: CHATS.ttch, messageId: 11, threadId: null, role: 'command_centre', renderHash: '' })
    const fresh = store.state.tickets[0]
    expect(card(fresh, 'ttch', at('03:05:00')).text).toContain('⏳ còn 10 phút để phân loại')
    expect(texts(card(fresh, 'ttch', at('03:05:00')))).toEqual(['Đã phân loại', 'Giao việc', 'Từ chối', 'Sửa…'])
    expect(texts(card(fresh, DIEN_CHAU.id, at('03:05:00')))).not.toContain('Đã phân loại')
    await act(centre, CHATS.ttch, '03:05:00', { action: 'triage' })
    const triaged = store.state.tickets[0]
    expect(card(triaged, 'ttch', at('03:06:00')).text).toContain('⏳ còn 24 phút để giao việc')
    expect(texts(card(triaged, 'ttch', at('03:06:00')))).not.toContain('Đã phân loại')
    // The tap edits every card of the ticket.
    expect(store.state.outbox.filter((m) => m.kind === 'edit_card').map((m) => m.chatId)).toEqual([CHATS.commune, CHATS.ttch])
  })
})
