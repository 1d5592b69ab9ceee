import { describe, expect, it } from 'vitest'
import type { OutboundMessage } from '../../services/ports.ts'
import { reportTicket, type TicketRequest } from '../../services/tickets/ticket-service.ts'
import type { Actor } from '../../services/tickets/types.ts'
import { decideDraft, DRAFT_WINDOW_MS, understandMessage, attachToDraft } from '../../services/understanding/message-service.ts'
import { MemoryStore } from '../helpers/memory-store.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, T0 } from '../helpers/fixtures.ts'

const config = shippedConfig()
const units = directory(config)
const CHAT = { commune: -2001, vnpt: -2002, thanhHoa: -2003 }
const lan = actor({ userId: 11, name: 'Trần Lan', unitId: DIEN_CHAU.id })
const minh = actor({ userId: 22, name: 'Phạm Minh', unitId: 'vnpt-nghe-an' })
const ha = actor({ userId: 33, name: 'Vũ Hà', unitId: 'thanh-hoa' })

function setup() {
  const store = new MemoryStore()
  const chat = (chatId: number, unitId: string) => ({ chatId, title: unitId, unitId, active: true, isForum: false, hintSentAt: null })
  store.state.chats.push(chat(CHAT.commune, DIEN_CHAU.id), chat(CHAT.vnpt, 'vnpt-nghe-an'), chat(CHAT.thanhHoa, 'thanh-hoa'))
  let update = 0
  let message = 100
  const req = (a: Actor, chatId: number, at = T0): TicketRequest => ({ updateId: ++update, now: at, actor: a, origin: { chatId, threadId: null, messageId: ++message } })
  const say = (a: Actor, chatId: number, text: string, at = T0) => {
    const r = req(a, chatId, at)
    return understandMessage({ store, config, units }, r, { text, messageId: r.origin.messageId!, attachments: [] }).then((outcome) => ({ outcome, req: r }))
  }
  return { store, deps: { store, config, units }, req, say }
}

const kinds = (outbox: OutboundMessage[]) => outbox.map((m) => (m.kind === 'notice' ? `notice:${m.code}` : m.kind))
const photo = { kind: 'photo' as const, fileId: 'F1', fileUniqueId: 'U1', senderId: 11, senderName: 'Trần Lan', at: T0 }

describe('reports written in plain words become drafts', () => {
  it('a report gets a draft card with what was understood; the same words without diacritics read the same', async () => {
    const a = setup()
    expect((await a.say(lan, CHAT.commune, 'Từ 7h sáng nay hệ thống một cửa xã Diễn Châu không đăng nhập được, báo lỗi 502, dân chờ đông lắm ạ')).outcome).toBe('draft_new')
    const b = setup()
    await b.say(lan, CHAT.commune, 'Tu 7h sang nay he thong mot cua xa Dien Chau khong dang nhap duoc, bao loi 502, dan cho dong lam a')
    expect(kinds(a.store.state.outbox)).toEqual(['draft_card'])
    const fields = (s: typeof a) => s.store.state.drafts[0].fields
    expect(fields(a)).toMatchObject({ category: 1, system: 'tthc', provinceId: 'nghe-an', deadline: null })
    expect(fields(b)).toEqual(fields(a))
  })

  it('several messages of one person within the window make one draft; later ones a new draft', async () => {
    const { store, say } = setup()
    await say(lan, CHAT.commune, 'Hệ thống một cửa không đăng nhập được ạ')
    expect((await say(lan, CHAT.commune, 'Báo lỗi 502 Bad Gateway, cần xử lý gấp', new Date(T0.getTime() + 60_000))).outcome).toBe('draft_merged')
    expect(store.state.drafts).toHaveLength(1)
    expect(store.state.drafts[0]).toMatchObject({ messageIds: [101, 102], fields: { priority: 'urgent' } })
    expect(kinds(store.state.outbox)).toEqual(['draft_card', 'edit_draft'])
    await say(lan, CHAT.commune, 'Máy in bộ phận một cửa lại hỏng rồi', new Date(T0.getTime() + 60_000 + DRAFT_WINDOW_MS + 1))
    expect(store.state.drafts).toHaveLength(2)
  })

  it('a photo without a caption joins the open draft of its author', async () => {
    const { store, deps, req, say } = setup()
    await say(lan, CHAT.commune, 'Hệ thống một cửa không đăng nhập được ạ')
    expect(await attachToDraft(deps, req(lan, CHAT.commune), [photo])).toBe(true)
    expect(store.state.drafts[0].attachments).toHaveLength(1)
    expect(await attachToDraft(deps, req(minh, CHAT.vnpt), [photo])).toBe(false)
  })

  it('confirmed, the draft becomes a ticket from the first message, with corrections and photos; the card says so', async () => {
    const { store, deps, req, say } = setup()
    await say(lan, CHAT.commune, 'Hệ thống một cửa không đăng nhập được ạ')
    await attachToDraft(deps, req(lan, CHAT.commune), [photo])
    const draftId = store.state.drafts[0].id
    const at = (a: Actor) => ({ ...req(a, CHAT.commune), origin: { chatId: CHAT.commune, threadId: null, messageId: 500 } })
    expect(await decideDraft(deps, at(lan), draftId, { op: 'correct', field: 'priority', value: 'urgent' })).toMatchObject({ value: { ok: true } })
    expect(await decideDraft(deps, at(lan), draftId, { op: 'correct', field: 'system', value: 'nope' })).toMatchObject({ value: { ok: false, reason: 'bad_value' } })
    // A later message re-reads the draft but keeps what a person corrected.
    await say(lan, CHAT.commune, 'Báo lỗi 502 khi đăng nhập ạ', new Date(T0.getTime() + 60_000))
    expect(store.state.drafts[0].fields).toMatchObject({ priority: 'urgent', corrected: ['priority'] })
    store.state.outbox = []
    const created = await decideDraft(deps, at(lan), draftId, { op: 'create' })
    expect(created).toMatchObject({ value: { ok: true, ticketNumber: 1 } })
    expect(store.state.tickets[0]).toMatchObject({ number: 1, priority: 'urgent', system: 'tthc', sourceMessageId: 101, reporterUserId: 11, assigneeUnitId: 'vnpt-nghe-an' })
    expect(store.state.tickets[0].description).toBe('Hệ thống một cửa không đăng nhập được ạ\nBáo lỗi 502 khi đăng nhập ạ')
    expect(store.state.attachments).toHaveLength(1)
    expect(kinds(store.state.outbox).sort()).toEqual(['card', 'card', 'edit_draft'])
    expect(store.state.drafts[0]).toMatchObject({ status: 'created', ticketNumber: 1 })
    expect(await decideDraft(deps, at(lan), draftId, { op: 'create' })).toMatchObject({ value: { ok: false, reason: 'closed' } })
  })

  it('only the author, the group leaders, admins and dispatchers decide; a refusal writes nothing', async () => {
    const { store, deps, req, say } = setup()
    await say(lan, CHAT.commune, 'Hệ thống một cửa không đăng nhập được ạ')
    const colleague = actor({ userId: 12, unitId: DIEN_CHAU.id })
    const before = structuredClone(store.state)
    expect(await decideDraft(deps, req(colleague, CHAT.commune), 1, { op: 'dismiss' })).toMatchObject({ value: { ok: false, reason: 'not_allowed' } })
    expect(store.state).toEqual(before)
    expect(await decideDraft(deps, req({ ...colleague, isUnitLeader: true }, CHAT.commune), 1, { op: 'dismiss' })).toMatchObject({ value: { ok: true } })
    expect(store.state.drafts[0].status).toBe('dismissed')
  })
})

describe('questions and updates', () => {
  async function withTicket() {
    const s = setup()
    await reportTicket(s.deps, s.req(lan, CHAT.commune), { description: 'Hệ thống TTHC không đăng nhập được', sourceMessageId: 1, originalAuthor: null, attachments: [], mediaGroupId: null })
    s.store.state.outbox = []
    return s
  }

  it('asking about a ticket answers with its status; a ticket one may not see reads like a missing one', async () => {
    const { store, say } = await withTicket()
    expect((await say(lan, CHAT.commune, 'phieu 1 den dau roi a')).outcome).toBe('query_answered')
    await say(ha, CHAT.thanhHoa, 'Phiếu 1 đã có ai nhận chưa ạ?')
    await say(ha, CHAT.thanhHoa, 'Phiếu 99 đã có ai nhận chưa ạ?')
    expect(store.state.outbox.map((m) => m.kind === 'notice' && [m.code, m.data.number])).toEqual([['ticket_status', 1], ['ticket_not_found', 1], ['ticket_not_found', 99]])
    expect(store.state.outbox[0]).toMatchObject({ data: { status: 'assigned', assigneeUnitId: 'vnpt-nghe-an', overdue: false } })
  })

  it('a question about the backlog gets the matching list', async () => {
    const { store, say } = await withTicket()
    expect((await say(lan, CHAT.commune, 'Còn phiếu nào quá hạn không ạ?')).outcome).toBe('backlog_listed')
    expect(store.state.outbox[0]).toMatchObject({ kind: 'notice', code: 'ticket_list', data: { mode: 'overdue' } })
  })

  it('an update from the assignee is a comment, with a one-tap proposal when it says the work is done', async () => {
    const { store, say } = await withTicket()
    store.state.tickets[0].status = 'in_progress'
    expect((await say(minh, CHAT.vnpt, 'VT đã khắc phục xong sự cố #1, nhờ xã kiểm tra lại')).outcome).toBe('update_recorded')
    expect(store.state.events.at(-1)).toMatchObject({ type: 'comment', actorId: 22 })
    expect(store.state.outbox).toContainEqual(expect.objectContaining({ kind: 'proposal', chatId: CHAT.vnpt, action: 'complete' }))
    expect(store.state.outbox).toContainEqual(expect.objectContaining({ kind: 'reaction', chatId: CHAT.vnpt }))
  })

  it('the same words from someone not allowed to make the move are only a comment; from a stranger, nothing', async () => {
    const { store, say } = await withTicket()
    await say(lan, CHAT.commune, 'Bên em thấy sự cố #1 đã khắc phục xong rồi ạ')
    expect(store.state.events.at(-1)).toMatchObject({ type: 'comment', actorId: 11 })
    expect(kinds(store.state.outbox)).not.toContain('proposal')
    const before = structuredClone(store.state)
    expect((await say(ha, CHAT.thanhHoa, 'Đã xử lý xong sự cố #1')).outcome).toBe('silent')
    expect(store.state).toEqual(before)
  })

  it('chat gets no reply at all and writes nothing', async () => {
    const { store, say } = await withTicket()
    const before = structuredClone(store.state)
    for (const text of ['Dạ em cảm ơn anh chị ạ 🙏', 'Chiều nay 17h họp giao ban trực tuyến nhé cả nhà', 'ok a']) {
      expect((await say(lan, CHAT.commune, text)).outcome).toBe('silent')
    }
    expect(store.state).toEqual(before)
  })
})
