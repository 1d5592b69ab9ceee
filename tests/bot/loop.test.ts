import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Message } from 'grammy/types'
import { ADMIN, GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser } from '../helpers/fake-bot-api.ts'

const reporter: FakeUser = { id: 101, first_name: 'Lan', last_name: 'Trần' }
const vnptEngineer: FakeUser = { id: 102, first_name: 'Minh', last_name: 'Phạm' }
const vnptLead: FakeUser = { id: 103, first_name: 'Hùng', last_name: 'Lê' }
const ccOfficer: FakeUser = { id: 104, first_name: 'Hà', last_name: 'Nguyễn' }
const outsider: FakeUser = { id: 105, first_name: 'Tuấn', last_name: 'Vũ' }

const cardIn = (h: Harness, chatId: number, n: number): Message | undefined =>
  h.api.messagesIn(chatId).filter((m) => m.text?.startsWith(`Phiếu #${n} `)).at(-1)
const buttonData = (m: Message | undefined, text: string): string | undefined =>
  m?.reply_markup?.inline_keyboard.flat().find((b) => b.text === text && 'callback_data' in b)?.['callback_data' as never]

let h: Harness

describe('the ticket loop in Telegram groups (PGlite)', () => {
  beforeAll(async () => {
    h = await startHarness('pglite')
    h.api.setChatAdministrators(GROUPS.vnpt.id, [vnptLead])
    await h.register(GROUPS.ttch, 'Trung tâm chỉ huy')
    await h.register(GROUPS.ngheAn, 'tinh nghe an')
    await h.register(GROUPS.vnpt, 'VNPT Nghệ An')
    await h.register(GROUPS.dienChau, 'xã Diễn Châu, Nghệ An')
    await h.register(GROUPS.thanhHoa, 'Thanh Hóa')
  })
  afterAll(() => h.close())

  it('registers each group to its unit and says so', () => {
    expect(h.api.lastMessageIn(GROUPS.dienChau.id)?.text).toContain('xã Diễn Châu')
    expect(h.api.lastMessageIn(GROUPS.vnpt.id)?.text).toContain('VNPT Nghệ An')
  })

  it('/baocao creates #1, with a card in the reporting group and in the assignee group', async () => {
    await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao Hệ thống một cửa TTHC không đăng nhập được từ 7h, báo lỗi 502 <script>'))
    const card = cardIn(h, GROUPS.dienChau.id, 1)
    expect(card?.text).toContain('Đã giao')
    expect(card?.text).toContain('<script>')
    expect(cardIn(h, GROUPS.vnpt.id, 1)?.text).toContain('VNPT Nghệ An')
    expect(buttonData(cardIn(h, GROUPS.vnpt.id, 1), 'Tiếp nhận')).toBe('t:1:ack')
    expect(buttonData(card, 'Tiếp nhận')).toBeUndefined()
  })

  it('a captioned photo becomes #2 with its photo', async () => {
    await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { caption: '/baocao Máy in bộ phận một cửa hỏng' }))
    expect(cardIn(h, GROUPS.dienChau.id, 2)?.text).toContain('1 tệp đính kèm')
  })

  it('an outsider tap and forged data change nothing', async () => {
    const card = cardIn(h, GROUPS.vnpt.id, 1)!
    const before = await h.db.prisma.ticketEvent.count()
    // Từ chối needs a leader of the assignee unit; then forged data on a real card; then a commune member's forged Tiếp nhận.
    await h.play(h.api.userTaps(GROUPS.vnpt, vnptEngineer, card.message_id, 'm:1:rj'))
    await h.play(h.api.userTapsForged(GROUPS.vnpt, vnptEngineer, card.message_id, 't:2:ack'))
    await h.play(h.api.userTapsForged(GROUPS.vnpt, vnptEngineer, card.message_id, 't:1:drop'))
    await h.play(h.api.userTapsForged(GROUPS.dienChau, outsider, cardIn(h, GROUPS.dienChau.id, 1)!.message_id, 't:1:ack'))
    expect(await h.db.prisma.ticketEvent.count()).toBe(before)
    const alerts = h.api.callsOf('answerCallbackQuery').slice(-4).map((c) => c.payload.text)
    expect(alerts).toEqual([
      'Bạn không có quyền thực hiện thao tác này với phiếu.', 'Nút này không còn hợp lệ.', 'Nút này không còn hợp lệ.',
      'Bạn không có quyền thực hiện thao tác này với phiếu.',
    ])
    expect(cardIn(h, GROUPS.vnpt.id, 1)?.reply_markup).toEqual(card.reply_markup)
  })

  it('Tiếp nhận by the assignee edits both cards in place to Đã tiếp nhận', async () => {
    const sentBefore = h.api.callsOf('sendMessage').length
    await h.play(h.api.userTaps(GROUPS.vnpt, vnptEngineer, cardIn(h, GROUPS.vnpt.id, 1)!.message_id, 't:1:ack'))
    expect(cardIn(h, GROUPS.vnpt.id, 1)?.text).toContain('Đã tiếp nhận')
    expect(cardIn(h, GROUPS.dienChau.id, 1)?.text).toContain('Đã tiếp nhận')
    expect(cardIn(h, GROUPS.dienChau.id, 1)?.text).toContain('Minh Phạm')
    expect(h.api.callsOf('sendMessage').length).toBe(sentBefore)
  })

  it('Đang xử lý, Hoàn thành, then the command centre closes', async () => {
    const tap = (chatId: number, who: FakeUser, text: string) => {
      const card = cardIn(h, chatId, 1)!
      return h.play(h.api.userTaps({ ...GROUPS.vnpt, id: chatId }, who, card.message_id, buttonData(card, text)!))
    }
    await tap(GROUPS.vnpt.id, vnptEngineer, 'Đang xử lý')
    await tap(GROUPS.vnpt.id, vnptEngineer, 'Hoàn thành')
    const ccCard = cardIn(h, GROUPS.ttch.id, 1)
    expect(ccCard?.text).toContain('Đã hoàn thành')
    await h.play(h.api.userTaps(GROUPS.ttch, ccOfficer, ccCard!.message_id, buttonData(ccCard, 'Đóng phiếu')!))
    for (const g of [GROUPS.vnpt, GROUPS.dienChau, GROUPS.ttch]) expect(cardIn(h, g.id, 1)?.text).toContain('Đã đóng')
  })

  it('/phieu 1 shows the timeline: who did what and when', async () => {
    await h.play(h.api.userSays(GROUPS.ngheAn, reporter, '/phieu 1'))
    const timeline = h.api.lastMessageIn(GROUPS.ngheAn.id)?.text ?? ''
    expect(timeline).toContain('Diễn biến')
    for (const step of ['Tạo phiếu', 'Tiếp nhận', 'Đang xử lý', 'Đã hoàn thành', 'Đóng phiếu', 'Minh Phạm', 'Hà Nguyễn', '09:00 25/11/2026']) expect(timeline).toContain(step)
  })

  it('another province cannot see the ticket', async () => {
    await h.play(h.api.userSays(GROUPS.thanhHoa, outsider, '/phieu 1'))
    expect(h.api.lastMessageIn(GROUPS.thanhHoa.id)?.text).toBe('Không tìm thấy phiếu #1.')
  })

  it('a replayed update changes nothing and sends nothing', async () => {
    const update = h.api.userSays(GROUPS.dienChau, reporter, '/baocao Mất mạng toàn xã')
    await h.play(update)
    const [tickets, calls] = [await h.db.prisma.ticket.count(), h.api.calls.length]
    await h.play(update)
    expect(await h.db.prisma.ticket.count()).toBe(tickets)
    expect(h.api.calls.length).toBe(calls)
  })

  it('no API call of the bot was rejected', () => {
    expect(h.api.rejectedCalls()).toEqual([])
  })

  it('an admin is the only one who may register', async () => {
    await h.play(h.api.userSays(GROUPS.forum, outsider, '/dangky Nghệ An'))
    expect(h.api.lastMessageIn(GROUPS.forum.id)?.text).toContain('Chỉ quản trị viên')
    expect(ADMIN.id).toBe(900)
  })
})
