import { describe, expect, it } from 'vitest'
import type { OutboundMessage } from '../../services/ports.ts'
import { actOnTicket, addAlbumItem, listTickets, reportTicket, showTicket, type TicketRequest } from '../../services/tickets/ticket-service.ts'
import type { Actor, Attachment } from '../../services/tickets/types.ts'
import { MemoryStore } from '../helpers/memory-store.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, T0 } from '../helpers/fixtures.ts'

const config = shippedConfig()
const units = directory(config)

const CHATS = { commune: -1001, vnpt: -1002, ttch: -1003, province: -1004, thanhHoa: -1005 }
const commune = actor({ userId: 11, name: 'Lê C', unitId: DIEN_CHAU.id })
const vnpt = actor({ userId: 22, name: 'Phạm D', unitId: 'vnpt-nghe-an' })
const ttch = actor({ userId: 33, name: 'Hoàng E', unitId: 'ttch', inCommandCentre: true })
const thanhHoa = actor({ userId: 44, name: 'Vũ F', unitId: 'thanh-hoa' })

function setup() {
  const store = new MemoryStore()
  const chat = (chatId: number, unitId: string) => ({ chatId, title: unitId, unitId, active: true, isForum: false, hintSentAt: null })
  store.state.chats.push(chat(CHATS.commune, DIEN_CHAU.id), chat(CHATS.vnpt, 'vnpt-nghe-an'), chat(CHATS.ttch, 'ttch'), chat(CHATS.province, 'nghe-an'), chat(CHATS.thanhHoa, 'thanh-hoa'))
  let update = 0
  const req = (a: Actor, chatId: number, messageId = 50, over: Partial<TicketRequest> = {}): TicketRequest =>
    ({ updateId: ++update, now: T0, actor: a, origin: { chatId, threadId: null, messageId }, ...over })
  return { store, deps: { store, config, units }, req }
}

const photo = (n: number): Attachment => ({ kind: 'photo', fileId: `F${n}`, fileUniqueId: `U${n}`, senderId: 11, senderName: 'Lê C', at: T0 })
const report = (description: string, extra: Partial<Parameters<typeof reportTicket>[2]> = {}) =>
  ({ description, sourceMessageId: 50, originalAuthor: null, attachments: [], mediaGroupId: null, ...extra })
const cardsTo = (outbox: OutboundMessage[]) => outbox.filter((m) => m.kind === 'card').map((m) => [m.chatId, m.kind === 'card' && m.role])

describe('reporting a ticket', () => {
  it('numbers, routes Loại 1 TTHC in Nghệ An to VNPT Nghệ An, and sends cards to the reporter and the assignee', async () => {
    const { store, deps, req } = setup()
    const r = await reportTicket(deps, req(commune, CHATS.commune), report('Hệ thống một cửa (TTHC) không đăng nhập được, báo lỗi 502', { attachments: [photo(1)] }))
    expect(r).toMatchObject({ duplicate: false, value: { ok: true, ticket: { number: 1, status: 'assigned', category: 1, system: 'tthc', provinceId: 'nghe-an', assigneeUnitId: 'vnpt-nghe-an', affectedUnitId: DIEN_CHAU.id } } })
    expect(cardsTo(store.state.outbox)).toEqual([[CHATS.commune, 'reporter'], [CHATS.vnpt, 'assignee']])
    expect(store.state.events.map((e) => e.type)).toEqual(['created'])
    expect(store.state.attachments).toHaveLength(1)
  })

  it('gives gapless increasing numbers', async () => {
    const { deps, req } = setup()
    const numbers = []
    for (let i = 0; i < 3; i++) {
      const r = await reportTicket(deps, req(commune, CHATS.commune, 60 + i), report(`Sự cố ${i}`, { sourceMessageId: 60 + i }))
      numbers.push(!r.duplicate && r.value.ok ? r.value.ticket.number : null)
    }
    expect(numbers).toEqual([1, 2, 3])
  })

  it('changes nothing when the same update comes twice', async () => {
    const { store, deps, req } = setup()
    const first = req(commune, CHATS.commune)
    await reportTicket(deps, first, report('Mất mạng toàn bộ bộ phận một cửa'))
    const after = structuredClone(store.state)
    expect(await reportTicket(deps, first, report('Mất mạng toàn bộ bộ phận một cửa'))).toEqual({ duplicate: true })
    expect(store.state).toEqual(after)
  })

  it('refuses an empty description and writes nothing', async () => {
    const { store, deps, req } = setup()
    expect(await reportTicket(deps, req(commune, CHATS.commune), report('   '))).toMatchObject({ value: { ok: false, reason: 'empty_description' } })
    expect(store.state.tickets).toHaveLength(0)
    expect(store.state.processed).toHaveLength(0)
  })

  it('keeps a group without a province in Mới for the command centre to triage', async () => {
    const { store, deps, req } = setup()
    const r = await reportTicket(deps, req(ttch, CHATS.ttch), report('Cần hỗ trợ kiểm tra dữ liệu'))
    expect(r).toMatchObject({ value: { ticket: { status: 'new', assigneeUnitId: null, provinceId: null } } })
    expect(cardsTo(store.state.outbox)).toEqual([[CHATS.ttch, 'reporter']])
  })

  it('a report the reporting unit itself must handle does not go to the command centre', async () => {
    const { store, deps, req } = setup()
    const province = actor({ userId: 12, unitId: 'nghe-an' })
    const r = await reportTicket(deps, req(province, CHATS.province), report('Cán bộ xã chưa biết cách chuyển hồ sơ liên thông trên hệ thống TTHC, cần hướng dẫn quy trình'))
    expect(r).toMatchObject({ value: { ticket: { category: 2, assigneeUnitId: 'nghe-an' } } })
    expect(cardsTo(store.state.outbox)).toEqual([[CHATS.province, 'reporter']])
  })

  it('gathers an album into one ticket, whichever photo arrives first', async () => {
    const { store, deps, req } = setup()
    await addAlbumItem(deps, req(commune, CHATS.commune, 70), 'album-1', photo(2))
    await reportTicket(deps, req(commune, CHATS.commune, 71), report('Máy chủ TTHC lỗi', { attachments: [photo(1)], mediaGroupId: 'album-1', sourceMessageId: 71 }))
    await addAlbumItem(deps, req(commune, CHATS.commune, 72), 'album-1', photo(3))
    expect(store.state.tickets).toHaveLength(1)
    expect(store.state.attachments.map((a) => a.fileUniqueId).sort()).toEqual(['U1', 'U2', 'U3'])
  })
})

describe('the loop on one ticket', () => {
  async function reported() {
    const s = setup()
    await reportTicket(s.deps, s.req(commune, CHATS.commune), report('Hệ thống TTHC không truy cập được'))
    s.store.state.cards.push(
      { ticketId: 1, chatId: CHATS.commune, messageId: 100, threadId: null, role: 'reporter', renderHash: '' },
      { ticketId: 1, chatId: CHATS.vnpt, messageId: 200, threadId: null, role: 'assignee', renderHash: '' },
    )
    s.store.state.outbox = []
    return s
  }

  it('acknowledge → in progress → done → the command centre is asked to verify → close; each card is edited', async () => {
    const { store, deps, req } = await reported()
    const acted = async (a: Actor, chatId: number, input: Parameters<typeof actOnTicket>[3]) => {
      const r = await actOnTicket(deps, req(a, chatId), 1, input)
      return !r.duplicate && r.value.ok ? r.value.ticket.status : r
    }
    expect(await acted(vnpt, CHATS.vnpt, { action: 'acknowledge' })).toBe('acknowledged')
    expect(store.state.tickets[0]).toMatchObject({ assigneeUserId: 22, assigneeUserName: 'Phạm D' })
    expect(store.state.outbox.filter((m) => m.kind === 'edit_card').map((m) => m.chatId)).toEqual([CHATS.commune, CHATS.vnpt])
    expect(await acted(vnpt, CHATS.vnpt, { action: 'start' })).toBe('in_progress')
    store.state.outbox = []
    expect(await acted(vnpt, CHATS.vnpt, { action: 'complete' })).toBe('done')
    expect(cardsTo(store.state.outbox)).toEqual([[CHATS.ttch, 'command_centre']])
    expect(await acted(ttch, CHATS.ttch, { action: 'close' })).toBe('closed')
    expect(store.state.events.map((e) => e.type)).toEqual(['created', 'acknowledged', 'status_changed', 'status_changed', 'closed'])
  })

  it('two taps of Tiếp nhận give one transition and one event', async () => {
    const { store, deps, req } = await reported()
    const [a, b] = await Promise.all([
      actOnTicket(deps, req(vnpt, CHATS.vnpt), 1, { action: 'acknowledge' }),
      actOnTicket(deps, req(vnpt, CHATS.vnpt), 1, { action: 'acknowledge' }),
    ])
    const outcomes = [a, b].map((r) => (!r.duplicate && r.value.ok ? 'ok' : !r.duplicate && !r.value.ok ? r.value.reason : 'dup'))
    expect(outcomes.sort()).toEqual(['bad_status', 'ok'])
    expect(store.state.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1)
  })

  it('a comment from the reporter reaches the assignee group as a reply to its card', async () => {
    const { store, deps, req } = await reported()
    await actOnTicket(deps, req(commune, CHATS.commune), 1, { action: 'comment', text: 'Vẫn chưa vào được ạ', attachments: [photo(9)] })
    expect(store.state.outbox).toContainEqual(expect.objectContaining({ kind: 'notice', chatId: CHATS.vnpt, replyTo: 200, code: 'comment_added' }))
    expect(store.state.attachments.map((a) => a.fileUniqueId)).toEqual(['U9'])
  })

  it('correcting the system of an untaken ticket re-routes it', async () => {
    const { store, deps, req } = await reported()
    const dispatcher = actor({ userId: 55, isDispatcher: true, unitId: 'ttch', inCommandCentre: true })
    await actOnTicket(deps, req(dispatcher, CHATS.ttch), 1, { action: 'edit', field: 'system', value: 'mang' })
    expect(store.state.tickets[0]).toMatchObject({ system: 'mang', assigneeUnitId: 'ttch-dn' })
    expect(store.state.events.at(-1)).toMatchObject({ type: 'field_corrected', data: { field: 'system', from: 'tthc', to: 'mang', reroutedTo: 'ttch-dn' } })
  })

  it('correcting the priority moves a default deadline, not one set by hand', async () => {
    const { store, deps, req } = await reported()
    const dispatcher = actor({ userId: 55, isDispatcher: true, unitId: 'ttch', inCommandCentre: true })
    const before = store.state.tickets[0]
    const hours = (d: Date) => (d.getTime() - before.createdAt.getTime()) / 3600_000
    await actOnTicket(deps, req(dispatcher, CHATS.ttch), 1, { action: 'edit', field: 'priority', value: 'urgent' })
    expect(hours(store.state.tickets[0].deadline)).toBe(2)
    await actOnTicket(deps, req(dispatcher, CHATS.ttch), 1, { action: 'set_deadline', deadline: new Date(T0.getTime() + 10 * 3600_000) })
    await actOnTicket(deps, req(dispatcher, CHATS.ttch), 1, { action: 'edit', field: 'priority', value: 'low' })
    expect(hours(store.state.tickets[0].deadline)).toBe(10)
  })

  it('a duplicate must point to another ticket this person can see', async () => {
    const { deps, req } = await reported()
    const leader = { ...vnpt, isUnitLeader: true }
    const self = await actOnTicket(deps, req(leader, CHATS.vnpt), 1, { action: 'reject', reason: 'duplicate', duplicateOf: 1 })
    expect(self).toMatchObject({ value: { ok: false, reason: 'bad_duplicate' } })
    await reportTicket(deps, req(commune, CHATS.commune, 51), report('Hệ thống TTHC lại lỗi', { sourceMessageId: 51 }))
    const ok = await actOnTicket(deps, req(leader, CHATS.vnpt), 2, { action: 'reject', reason: 'duplicate', duplicateOf: 1 })
    expect(ok).toMatchObject({ value: { ok: true, ticket: { status: 'rejected', duplicateOf: 1, rejectReason: 'duplicate' } } })
  })
})

describe('views respect visibility', () => {
  it('another province reads a ticket exactly like a missing one', async () => {
    const { store, deps, req } = setup()
    await reportTicket(deps, req(commune, CHATS.commune), report('Lỗi ký số trên hệ thống TTHC'))
    await showTicket(deps, req(thanhHoa, CHATS.thanhHoa, 80), 1)
    await showTicket(deps, req(thanhHoa, CHATS.thanhHoa, 81), 999)
    const notices = store.state.outbox.filter((m) => m.chatId === CHATS.thanhHoa)
    expect(notices.map((m) => m.kind === 'notice' && m.code)).toEqual(['ticket_not_found', 'ticket_not_found'])
    await showTicket(deps, req(actor({ unitId: 'nghe-an' }), CHATS.province, 82), 1)
    expect(store.state.outbox.at(-1)).toMatchObject({ kind: 'card', role: 'view', withTimeline: true })
  })

  it('lists open tickets the unit may see', async () => {
    const { store, deps, req } = setup()
    await reportTicket(deps, req(commune, CHATS.commune), report('Lỗi đăng nhập TTHC'))
    await listTickets(deps, req(thanhHoa, CHATS.thanhHoa), 'open')
    await listTickets(deps, req(vnpt, CHATS.vnpt), 'mine')
    const lists = store.state.outbox.filter((m) => m.kind === 'notice' && m.code === 'ticket_list') as unknown as Array<{ data: { items: unknown[] } }>
    expect(lists.map((l) => l.data.items.length)).toEqual([0, 1])
  })
})
