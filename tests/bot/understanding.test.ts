import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Message } from 'grammy/types'
import { ADMIN, GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser } from '../helpers/fake-bot-api.ts'
import { stripDiacritics } from '../../services/text/normalize.ts'

const lan: FakeUser = { id: 301, first_name: 'Lan', last_name: 'Trần' }
const colleague: FakeUser = { id: 302, first_name: 'Bình', last_name: 'Ngô' }
const minh: FakeUser = { id: 303, first_name: 'Minh', last_name: 'Phạm' }
const dispatcher: FakeUser = { id: 304, first_name: 'Hà', last_name: 'Nguyễn' }

const asTyped = (s: string) => s

let h: Harness
const messages = (chatId: number) => h.api.messagesIn(chatId)
const last = (chatId: number) => messages(chatId).at(-1)
const buttons = (m: Message | undefined) => m?.reply_markup?.inline_keyboard.flat().map((b) => ('callback_data' in b ? [b.text, b.callback_data] : [b.text, ''])) ?? []
const data = (m: Message | undefined, text: string) => buttons(m).find(([t]) => t === text)?.[1]

// The whole conversation is played twice: as written, and as typed on a phone without a Vietnamese keyboard. The bot
// must behave the same; only what the people typed differs.
describe.each([
  ['with diacritics', asTyped],
  ['without diacritics', stripDiacritics],
])('ordinary messages in a group, typed %s (PGlite)', (_how, typed) => {
  const sayIn = (chat: (typeof GROUPS)[keyof typeof GROUPS], who: FakeUser, text: string) => h.play(h.api.userSays(chat, who, typed(text)))

  beforeAll(async () => {
    h = await startHarness('pglite')
    await h.registerGroups('ttch', 'vnpt', 'dienChau', 'thanhHoa')
    const hello = await sayIn(GROUPS.ttch, dispatcher, 'Chào cả nhóm')
    await h.play(h.api.userSays(GROUPS.ttch, ADMIN, '/quyen dieuphoi', { reply_to: hello.message!.message_id }))
  })
  afterAll(() => h.close())

  it('chat gets no reply at all', async () => {
    const calls = h.api.callsOf('sendMessage').length
    for (const text of ['Dạ em chào các anh chị ạ', 'ok a', 'Chiều nay 17h họp giao ban nhé cả nhà']) await sayIn(GROUPS.dienChau, lan, text)
    expect(h.api.callsOf('sendMessage').length).toBe(calls)
  })

  it('a report in plain words gets a draft card; the next message and a photo of the same person join it', async () => {
    const report = await sayIn(GROUPS.dienChau, lan, 'Từ 7h sáng nay hệ thống một cửa xã Diễn Châu không đăng nhập được, báo lỗi 502, dân chờ đông lắm ạ')
    const draft = last(GROUPS.dienChau.id)!
    expect(draft.reply_to_message?.message_id).toBe(report.message!.message_id)
    expect(draft.text).toContain('Loại 1 – Kỹ thuật')
    expect(draft.text).toContain('Hệ thống: Giải quyết TTHC')
    expect(draft.text).toContain('Tỉnh/thành: Nghệ An')
    expect(buttons(draft).map(([t]) => t)).toEqual(['Tạo phiếu', 'Sửa…', 'Bỏ qua'])
    const sends = h.api.callsOf('sendMessage').length
    await sayIn(GROUPS.dienChau, lan, 'Cần xử lý gấp trước 10h ạ')
    await h.play(h.api.userSendsPhoto(GROUPS.dienChau, lan))
    expect(h.api.callsOf('sendMessage').length).toBe(sends) // the draft is edited, not reposted
    const edited = messages(GROUPS.dienChau.id).find((m) => m.message_id === draft.message_id)!
    expect(edited.text).toContain('Ưu tiên: Khẩn cấp')
    expect(edited.text).toContain('Hạn nêu trong tin: 10:00 25/11/2026')
    expect(edited.text).toContain('📎 1 ảnh/tệp kèm theo')
  })

  it('only the author (or a leader) decides: a colleague gets an alert', async () => {
    const draft = messages(GROUPS.dienChau.id).find((m) => m.text?.includes('trucban hiểu đây là một báo cáo'))!
    await h.play(h.api.userTaps(GROUPS.dienChau, colleague, draft.message_id, data(draft, 'Tạo phiếu')!))
    expect(h.api.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ show_alert: true })
    expect(await h.db.prisma.ticket.count()).toBe(0)
  })

  it('Sửa corrects the priority with buttons; Tạo phiếu makes the ticket with the photo, cards in both groups', async () => {
    const draft = () => messages(GROUPS.dienChau.id).find((m) => m.text?.includes('trucban hiểu đây là một báo cáo'))!
    const id = draft().message_id
    await h.play(h.api.userTaps(GROUPS.dienChau, lan, id, data(draft(), 'Sửa…')!))
    await h.play(h.api.userTaps(GROUPS.dienChau, lan, id, data(draft(), 'Mức ưu tiên')!))
    await h.play(h.api.userTaps(GROUPS.dienChau, lan, id, data(draft(), 'Cao')!))
    expect(draft().text).toContain('Ưu tiên: Cao')
    await h.play(h.api.userTaps(GROUPS.dienChau, lan, id, data(draft(), 'Tạo phiếu')!))
    const card = messages(GROUPS.dienChau.id).find((m) => m.text?.startsWith('Phiếu #1 '))
    expect(card?.text).toContain('Ưu tiên: Cao')
    expect(card?.text).toContain('Hạn xử lý: 10:00 25/11/2026')
    expect(card?.text).toContain('📎 1 tệp đính kèm')
    expect(messages(GROUPS.dienChau.id).find((m) => m.message_id === id)?.text).toBe('✅ Đã tạo phiếu #1 từ báo cáo này.')
    expect(messages(GROUPS.vnpt.id).some((m) => m.text?.startsWith('Phiếu #1 '))).toBe(true)
  })

  it('a question about the ticket, with or without diacritics, is answered in place', async () => {
    const q1 = await sayIn(GROUPS.dienChau, lan, 'phieu 1 den dau roi a')
    const answer = last(GROUPS.dienChau.id)!
    expect(answer.reply_to_message?.message_id).toBe(q1.message!.message_id)
    expect(answer.text).toMatch(/^Phiếu #1 — Đã giao bởi VNPT Nghệ An lúc 09:00 25\/11\/2026, hạn /)
    await sayIn(GROUPS.dienChau, lan, 'Phiếu 1 đến đâu rồi ạ')
    expect(last(GROUPS.dienChau.id)?.text).toBe(answer.text)
    await sayIn(GROUPS.thanhHoa, colleague, 'Phiếu 1 đến đâu rồi ạ')
    expect(last(GROUPS.thanhHoa.id)?.text).toBe('Không tìm thấy phiếu #1.')
  })

  it('a question about the backlog gets the matching list', async () => {
    const q = await sayIn(GROUPS.dienChau, lan, 'Còn phiếu nào quá hạn không ạ?')
    expect(last(GROUPS.dienChau.id)).toMatchObject({ text: 'Không có phiếu nào quá hạn.', reply_to_message: { message_id: q.message!.message_id } })
    await sayIn(GROUPS.dienChau, lan, 'Xã mình còn phiếu nào đang mở không ạ')
    expect(last(GROUPS.dienChau.id)?.text).toMatch(/^Phiếu đang mở[\s\S]*#1 /)
  })

  it('an update from someone not allowed to act changes nothing; it is kept as a comment, with no proposal', async () => {
    const before = await h.db.prisma.ticket.findFirstOrThrow({ where: { number: 1 } })
    const sends = h.api.callsOf('sendMessage').length
    await sayIn(GROUPS.dienChau, lan, 'Đã xử lý xong phiếu 1 rồi ạ')
    const after = await h.db.prisma.ticket.findFirstOrThrow({ where: { number: 1 } })
    expect(after.status).toBe(before.status)
    const comments = await h.db.prisma.ticketEvent.findMany({ where: { ticketId: after.id, type: 'comment' } })
    expect(comments.map((c) => (c.data as { text?: string }).text)).toEqual([typed('Đã xử lý xong phiếu 1 rồi ạ')])
    expect(h.api.callsOf('sendMessage').slice(sends).map((c) => c.payload.text)).not.toContainEqual(expect.stringContaining('chuyển sang'))
  })

  it('an update from the assignee is recorded, acknowledged with a reaction, and the move is one tap away', async () => {
    const tap = (text: string) => {
      const card = messages(GROUPS.vnpt.id).find((m) => m.text?.startsWith('Phiếu #1 '))!
      return h.play(h.api.userTaps(GROUPS.vnpt, minh, card.message_id, data(card, text)!))
    }
    await tap('Tiếp nhận')
    await tap('Đang xử lý')
    const update = await sayIn(GROUPS.vnpt, minh, 'VT đã khắc phục xong sự cố #1, nhờ xã kiểm tra lại ạ')
    expect(h.api.callsOf('setMessageReaction').at(-1)?.payload).toMatchObject({ message_id: update.message!.message_id })
    const proposal = last(GROUPS.vnpt.id)!
    expect(proposal.text).toBe('Phiếu #1: chuyển sang «Đã hoàn thành»?')
    await h.play(h.api.userTaps(GROUPS.vnpt, minh, proposal.message_id, data(proposal, 'Hoàn thành')!))
    expect(messages(GROUPS.dienChau.id).find((m) => m.text?.startsWith('Phiếu #1 '))?.text).toContain('Đã hoàn thành')
    const timeline = await h.db.prisma.ticketEvent.findMany({ orderBy: { id: 'asc' } })
    expect(timeline.map((e) => e.type)).toEqual(['created', 'comment', 'acknowledged', 'status_changed', 'comment', 'status_changed'])
    // The comment reached the reporting group on its card.
    expect(messages(GROUPS.dienChau.id).some((m) => m.text?.includes(typed('VT đã khắc phục xong sự cố #1')))).toBe(true)
  })

  it('/phantich shows the reading and its evidence to a dispatcher, and only to them', async () => {
    await sayIn(GROUPS.ttch, dispatcher, '/phantich Khẩn: mất mạng toàn bộ UBND xã ở Quảng Bình từ sáng')
    const shown = last(GROUPS.ttch.id)?.text ?? ''
    expect(shown).toContain('Loại tin: báo sự cố')
    expect(shown).toContain('Tỉnh/thành: Quảng Trị')
    expect(shown).toContain(typed('Quảng Bình'))
    await sayIn(GROUPS.dienChau, lan, '/phantich mất mạng')
    expect(last(GROUPS.dienChau.id)?.text).toBe('Chỉ quản trị viên và điều phối viên dùng được /phantich.')
  })

  it('no API call was rejected', () => {
    expect(h.api.rejectedCalls()).toEqual([])
  })
})
