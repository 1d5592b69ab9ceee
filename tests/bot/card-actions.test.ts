// Everything people do on a ticket card: replies (comments, evidence), dispatching, rejecting, correcting,
// pausing, reopening, deadlines — and the refusals, with the toasts and edits the bot makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Message } from 'grammy/types'
import { ADMIN, GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeChat, FakeUser, RecordedCall } from '../helpers/fake-bot-api.ts'

const reporter: FakeUser = { id: 301, first_name: 'Lan', last_name: 'Trần' }
const vnptEngineer: FakeUser = { id: 302, first_name: 'Minh', last_name: 'Phạm' }
const vnptLead: FakeUser = { id: 303, first_name: 'Hùng', last_name: 'Lê' }
const ccOfficer: FakeUser = { id: 304, first_name: 'Hà', last_name: 'Nguyễn' }
const dispatcher: FakeUser = { id: 305, first_name: 'Khoa', last_name: 'Đặng' }
const provinceOfficer: FakeUser = { id: 306, first_name: 'Nga', last_name: 'Võ' }

const NOT_ALLOWED = 'Bạn không có quyền thực hiện thao tác này với phiếu.'

let h: Harness
/** Rejections a real Telegram gives too and the bot must shrug off (a double tap's second menu edit). */
const raceAnswers = new Set<RecordedCall>()

const cardsIn = (chatId: number, n: number): Message[] => h.api.messagesIn(chatId).filter((m) => m.text?.startsWith(`Phiếu #${n} `))
const cardIn = (chatId: number, n: number): Message | undefined => cardsIn(chatId, n).at(-1)
const buttonTexts = (m: Message | undefined): string[] => (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => b.text)
function buttonData(m: Message | undefined, text: string): string {
  const button = m?.reply_markup?.inline_keyboard.flat().find((b) => b.text === text)
  if (!button || !('callback_data' in button) || !button.callback_data) {
    throw new Error(`no button «${text}» on ${m ? `message ${m.message_id}: ${JSON.stringify(buttonTexts(m))}` : 'a missing card'}`)
  }
  return button.callback_data
}
/** Taps the button labelled `text` on the card of ticket `n` in `chat`. */
async function tap(chat: FakeChat, who: FakeUser, n: number, text: string, card = cardIn(chat.id, n)): Promise<void> {
  await h.play(h.api.userTaps(chat, who, card!.message_id, buttonData(card, text)))
}
const lastToast = () => h.api.callsOf('answerCallbackQuery').at(-1)?.payload
const ticket = async (n: number) => (await h.db.prisma.ticket.findUnique({ where: { number: n } }))!
const events = async (n: number) => h.db.prisma.ticketEvent.findMany({ where: { ticket: { number: n } }, orderBy: { id: 'asc' } })
async function report(text: string): Promise<number> {
  await h.play(h.api.userSays(GROUPS.dienChau, reporter, `/baocao ${text}`))
  return (await h.db.prisma.ticket.findFirst({ orderBy: { number: 'desc' } }))!.number
}
async function timelineOf(n: number): Promise<string> {
  await h.play(h.api.userSays(GROUPS.dienChau, reporter, `/phieu ${n}`))
  return h.api.lastMessageIn(GROUPS.dienChau.id)?.text ?? ''
}

describe('actions on ticket cards (PGlite)', () => {
  beforeAll(async () => {
    h = await startHarness('pglite')
    h.api.setChatAdministrators(GROUPS.vnpt.id, [vnptLead])
    await h.registerGroups('ttch', 'ngheAn', 'vnpt', 'dienChau')
    // The admin names a dispatcher by replying to one of their messages.
    const hello = await h.play(h.api.userSays(GROUPS.ttch, dispatcher, 'Chào cả nhóm, tôi trực điều phối hôm nay'))
    await h.play(h.api.userSays(GROUPS.ttch, ADMIN, '/quyen dieuphoi', { reply_to: hello.message!.message_id }))
  })
  afterAll(() => h?.close())

  it('/quyen dieuphoi as a reply by the admin names the dispatcher', async () => {
    expect(h.api.lastMessageIn(GROUPS.ttch.id)?.text).toBe('Đã cử Khoa Đặng làm điều phối viên Trung tâm chỉ huy.')
    expect(await h.db.prisma.roleGrant.findMany({ select: { userId: true, role: true } })).toEqual([{ userId: BigInt(dispatcher.id), role: 'dispatcher' }])
  })

  describe('replies to a card', () => {
    let n: number
    beforeAll(async () => {
      n = await report('Hệ thống một cửa không đăng nhập được từ sáng')
    })

    it('a text reply is a comment in the timeline and a notice on the other group\'s card', async () => {
      const reply = await h.play(h.api.userSays(GROUPS.dienChau, reporter, 'Đã thử khởi động lại máy <b> & vẫn lỗi', { reply_to: cardIn(GROUPS.dienChau.id, n)!.message_id }))
      // Acknowledged quietly with a reaction on the comment, not with a reply.
      expect(h.api.callsOf('setMessageReaction').at(-1)?.payload).toMatchObject({ chat_id: GROUPS.dienChau.id, message_id: reply.message!.message_id })
      expect(h.api.lastMessageIn(GROUPS.dienChau.id)?.text).toMatch(/^Phiếu #\d+ /)
      const notice = h.api.lastMessageIn(GROUPS.vnpt.id)
      expect(notice?.text).toBe(`💬 Phiếu #${n} — Lan Trần (xã Diễn Châu): Đã thử khởi động lại máy <b> & vẫn lỗi`)
      expect(notice?.reply_to_message?.message_id).toBe(cardIn(GROUPS.vnpt.id, n)!.message_id)
      expect((await events(n)).map((e) => e.type)).toEqual(['created', 'comment'])
      expect(await timelineOf(n)).toContain('Lan Trần (xã Diễn Châu): Bình luận: Đã thử khởi động lại máy <b> & vẫn lỗi')
    })

    it('the assignee answers on its own card; the reporting group gets the notice', async () => {
      await h.play(h.api.userSays(GROUPS.vnpt, vnptEngineer, 'Đang kiểm tra máy chủ', { reply_to: cardIn(GROUPS.vnpt.id, n)!.message_id }))
      expect(h.api.lastMessageIn(GROUPS.dienChau.id)?.text).toBe(`💬 Phiếu #${n} — Minh Phạm (VNPT Nghệ An): Đang kiểm tra máy chủ`)
    })

    it('a photo reply adds evidence: the cards count it', async () => {
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { caption: 'Ảnh chụp màn hình lỗi', reply_to: cardIn(GROUPS.dienChau.id, n)!.message_id }))
      expect(cardIn(GROUPS.dienChau.id, n)?.text).toContain('📎 1 tệp đính kèm')
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('📎 1 tệp đính kèm')
      expect(h.api.lastMessageIn(GROUPS.vnpt.id)?.text).toBe(`💬 Phiếu #${n} — Lan Trần (xã Diễn Châu): Ảnh chụp màn hình lỗi (1 tệp)`)
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { reply_to: cardIn(GROUPS.dienChau.id, n)!.message_id }))
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('📎 2 tệp đính kèm')
      expect(await h.db.prisma.attachment.count({ where: { ticket: { number: n } } })).toBe(2)
    })

    it('a reply to something else than a card is ignored', async () => {
      const calls = h.api.calls.length
      const notCard = h.api.messagesIn(GROUPS.dienChau.id).find((m) => m.text?.startsWith('Đã đăng ký nhóm'))!
      await h.play(h.api.userSays(GROUPS.dienChau, reporter, 'cảm ơn', { reply_to: notCard.message_id }))
      expect(h.api.calls.length).toBe(calls)
    })
  })

  describe('the assignee works the ticket', () => {
    let n: number
    beforeAll(async () => {
      n = await report('Cổng dịch vụ công không nộp được hồ sơ trực tuyến')
    })

    it('two taps on Tiếp nhận delivered back-to-back make one event', async () => {
      const card = cardIn(GROUPS.vnpt.id, n)!
      const first = h.api.userTaps(GROUPS.vnpt, vnptEngineer, card.message_id, `t:${n}:ack`)
      const second = h.api.userTaps(GROUPS.vnpt, vnptEngineer, card.message_id, `t:${n}:ack`)
      await Promise.all([h.bot.handleUpdate(first), h.bot.handleUpdate(second)])
      await h.sender.flush()
      expect((await events(n)).filter((e) => e.type === 'acknowledged')).toHaveLength(1)
      expect((await ticket(n)).status).toBe('acknowledged')
      const answers = h.api.callsOf('answerCallbackQuery').slice(-2)
      expect(answers.map((a) => a.payload.callback_query_id).sort()).toEqual([first.callback_query!.id, second.callback_query!.id].sort())
      expect(answers.map((a) => a.payload.text)).toContain('Đã tiếp nhận phiếu.')
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('Đã tiếp nhận')
    })

    it('Tạm dừng is refused to a plain member of the assignee group', async () => {
      const before = await events(n)
      await tap(GROUPS.vnpt, vnptEngineer, n, 'Tạm dừng')
      expect(lastToast()).toMatchObject({ text: NOT_ALLOWED, show_alert: true })
      expect(await events(n)).toHaveLength(before.length)
    })

    it('Tạm dừng and Tiếp tục by the group\'s Telegram admin', async () => {
      await tap(GROUPS.vnpt, vnptLead, n, 'Tạm dừng')
      expect(lastToast()).toMatchObject({ text: 'Đã tạm dừng phiếu.' })
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain(`Phiếu #${n} · Tạm dừng`)
      expect(cardIn(GROUPS.dienChau.id, n)?.text).toContain(`Phiếu #${n} · Tạm dừng`)
      expect(buttonTexts(cardIn(GROUPS.vnpt.id, n))).toContain('Tiếp tục')
      await tap(GROUPS.vnpt, vnptEngineer, n, 'Tiếp tục')
      expect(lastToast()).toMatchObject({ text: NOT_ALLOWED, show_alert: true })
      await tap(GROUPS.vnpt, vnptLead, n, 'Tiếp tục')
      expect(lastToast()).toMatchObject({ text: 'Đã tiếp tục xử lý.' })
      expect((await ticket(n)).status).toBe('acknowledged') // back where it was
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain(`Phiếu #${n} · Đã tiếp nhận`)
    })

    it('Hoàn thành asks the command centre to verify; Mở lại there sends a notice to the assignee group', async () => {
      await tap(GROUPS.vnpt, vnptEngineer, n, 'Đang xử lý')
      await tap(GROUPS.vnpt, vnptEngineer, n, 'Hoàn thành')
      const ccCard = cardIn(GROUPS.ttch.id, n)
      expect(ccCard?.text).toContain(`Phiếu #${n} · Đã hoàn thành`)
      expect(buttonTexts(ccCard)).toEqual(expect.arrayContaining(['Đóng phiếu', 'Mở lại']))
      await tap(GROUPS.ttch, ccOfficer, n, 'Mở lại')
      expect(lastToast()).toMatchObject({ text: 'Đã mở lại phiếu.' })
      expect((await ticket(n)).status).toBe('in_progress')
      const notice = h.api.lastMessageIn(GROUPS.vnpt.id)
      expect(notice?.text).toBe(`🔁 Phiếu #${n} được mở lại bởi Hà Nguyễn: xác minh chưa đạt, đề nghị tiếp tục xử lý.`)
      expect(notice?.reply_to_message?.message_id).toBe(cardIn(GROUPS.vnpt.id, n)!.message_id)
      expect(cardIn(GROUPS.ttch.id, n)?.text).toContain(`Phiếu #${n} · Đang xử lý`)
      // Done again: the command centre already has a card, so it gets a notice on it instead of a second card.
      await tap(GROUPS.vnpt, vnptEngineer, n, 'Hoàn thành')
      expect(cardsIn(GROUPS.ttch.id, n)).toHaveLength(1)
      expect(h.api.lastMessageIn(GROUPS.ttch.id)?.text).toContain(`Phiếu #${n} đã được báo hoàn thành`)
    })
  })

  describe('rejecting', () => {
    let original: number
    let copy: number
    beforeAll(async () => {
      original = await report('Phần mềm một cửa báo lỗi 500 khi tiếp nhận hồ sơ')
      copy = await report('Một cửa lại lỗi 500 khi tiếp nhận hồ sơ, như báo lúc nãy')
    })

    it('Từ chối is not for a plain member', async () => {
      await tap(GROUPS.vnpt, vnptEngineer, copy, 'Từ chối')
      expect(lastToast()).toMatchObject({ text: NOT_ALLOWED, show_alert: true })
      expect(buttonTexts(cardIn(GROUPS.vnpt.id, copy))).toContain('Tiếp nhận')
    })

    it('Từ chối → Trùng lặp → #N: Từ chối, "Trùng với phiếu #N"', async () => {
      await tap(GROUPS.vnpt, vnptLead, copy, 'Từ chối')
      expect(lastToast()).toMatchObject({ text: 'Chọn lý do từ chối:' })
      expect(buttonTexts(cardIn(GROUPS.vnpt.id, copy))).toEqual(['Trùng lặp', 'Không thuộc phạm vi', 'Thiếu thông tin', '« Quay lại'])
      await tap(GROUPS.vnpt, vnptLead, copy, 'Trùng lặp')
      expect(lastToast()).toMatchObject({ text: 'Trùng với phiếu nào?' })
      expect(buttonTexts(cardIn(GROUPS.vnpt.id, copy))).toContain(`#${original}`)
      expect(buttonTexts(cardIn(GROUPS.vnpt.id, copy))).not.toContain(`#${copy}`)
      await tap(GROUPS.vnpt, vnptLead, copy, `#${original}`)
      expect(lastToast()).toMatchObject({ text: 'Đã từ chối phiếu.' })
      const t = await ticket(copy)
      expect([t.status, t.rejectReason, t.duplicateOf]).toEqual(['rejected', 'duplicate', original])
      for (const chat of [GROUPS.vnpt, GROUPS.dienChau]) {
        const card = cardIn(chat.id, copy)
        expect(card?.text).toContain(`Phiếu #${copy} · Từ chối`)
        expect(card?.text).toContain('Lý do từ chối: Trùng lặp')
        expect(card?.text).toContain(`Trùng với phiếu #${original}`)
      }
      expect(cardIn(GROUPS.vnpt.id, copy)?.reply_markup).toBeUndefined()
      expect(await timelineOf(copy)).toContain(`Từ chối: Trùng lặp #${original}`)
    })

    it('Từ chối → Không thuộc phạm vi', async () => {
      await tap(GROUPS.vnpt, vnptLead, original, 'Từ chối')
      await tap(GROUPS.vnpt, vnptLead, original, 'Không thuộc phạm vi')
      const t = await ticket(original)
      expect([t.status, t.rejectReason, t.duplicateOf]).toEqual(['rejected', 'out_of_scope', null])
      expect(cardIn(GROUPS.dienChau.id, original)?.text).toContain('Lý do từ chối: Không thuộc phạm vi')
      expect(cardIn(GROUPS.dienChau.id, original)?.text).not.toContain('Trùng với phiếu')
    })
  })

  describe('correcting (Sửa…)', () => {
    let n: number
    beforeAll(async () => {
      n = await report('Không in được phiếu hẹn trên hệ thống một cửa')
    })

    it('« Quay lại restores the card\'s buttons', async () => {
      const before = cardIn(GROUPS.dienChau.id, n)!
      await tap(GROUPS.dienChau, reporter, n, 'Sửa…')
      expect(lastToast()).toMatchObject({ text: 'Sửa trường nào?' })
      expect(buttonTexts(cardIn(GROUPS.dienChau.id, n))).toEqual(['Loại', 'Mức ưu tiên', 'Hệ thống', '« Quay lại'])
      await tap(GROUPS.dienChau, reporter, n, 'Mức ưu tiên')
      expect(buttonTexts(cardIn(GROUPS.dienChau.id, n))).toEqual(['Khẩn cấp', 'Cao', 'Trung bình', 'Thấp', '« Quay lại'])
      await tap(GROUPS.dienChau, reporter, n, '« Quay lại')
      const after = cardIn(GROUPS.dienChau.id, n)!
      expect(after.reply_markup).toEqual(before.reply_markup)
      expect(after.text).toBe(before.text)
      expect(await events(n)).toHaveLength(1)
    })

    it('Mức ưu tiên by the reporting unit: field_corrected in the timeline', async () => {
      await tap(GROUPS.dienChau, reporter, n, 'Sửa…')
      await tap(GROUPS.dienChau, reporter, n, 'Mức ưu tiên')
      await tap(GROUPS.dienChau, reporter, n, 'Khẩn cấp')
      expect(lastToast()).toMatchObject({ text: 'Đã sửa phiếu.' })
      expect(cardIn(GROUPS.dienChau.id, n)?.text).toContain('Ưu tiên: Khẩn cấp')
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('Ưu tiên: Khẩn cấp')
      expect(buttonTexts(cardIn(GROUPS.dienChau.id, n))).toContain('Sửa…') // the card is back
      expect(await timelineOf(n)).toContain('Sửa: Trung bình → Khẩn cấp')
    })

    it('a double tap on a menu button opens the menu once, with no error', async () => {
      const card = cardIn(GROUPS.dienChau.id, n)!
      const rejectedBefore = h.api.rejectedCalls().length
      const first = h.api.userTaps(GROUPS.dienChau, reporter, card.message_id, `m:${n}:ed`)
      const second = h.api.userTaps(GROUPS.dienChau, reporter, card.message_id, `m:${n}:ed`)
      await h.play(first)
      await h.play(second)
      const answers = h.api.callsOf('answerCallbackQuery').slice(-2).map((c) => c.payload)
      expect(answers).toEqual([expect.objectContaining({ text: 'Sửa trường nào?' }), expect.objectContaining({ text: 'Sửa trường nào?' })])
      expect(buttonTexts(cardIn(GROUPS.dienChau.id, n))).toEqual(['Loại', 'Mức ưu tiên', 'Hệ thống', '« Quay lại'])
      const picker = cardIn(GROUPS.dienChau.id, n)!
      const back = [h.api.userTaps(GROUPS.dienChau, reporter, picker.message_id, `m:${n}:bk`), h.api.userTaps(GROUPS.dienChau, reporter, picker.message_id, `m:${n}:bk`)]
      for (const tapBack of back) await h.play(tapBack)
      expect(cardIn(GROUPS.dienChau.id, n)?.reply_markup).toEqual(card.reply_markup)
      expect(h.api.callsOf('answerCallbackQuery').slice(-4).map((c) => c.payload.show_alert)).toEqual([undefined, undefined, undefined, undefined])
      // The second tap of each pair races the first: Telegram's answer to its edit is "not modified", and that is all.
      const raced = h.api.rejectedCalls().slice(rejectedBefore)
      expect(raced.map((c) => [c.method, c.response.ok ? '' : c.response.description.slice(0, 36)])).toEqual([
        ['editMessageReplyMarkup', 'Bad Request: message is not modified'], ['editMessageReplyMarkup', 'Bad Request: message is not modified'],
      ])
      for (const call of raced) raceAnswers.add(call)
    })

    it('choosing the value it already has is refused and changes nothing', async () => {
      const count = (await events(n)).length
      await tap(GROUPS.dienChau, reporter, n, 'Sửa…')
      await tap(GROUPS.dienChau, reporter, n, 'Mức ưu tiên')
      await tap(GROUPS.dienChau, reporter, n, 'Khẩn cấp')
      expect(lastToast()).toMatchObject({ text: 'Giá trị không thay đổi.', show_alert: true })
      expect(await events(n)).toHaveLength(count)
      await tap(GROUPS.dienChau, reporter, n, '« Quay lại')
    })

    it('Hệ thống and Loại by a dispatcher once the assignee has taken it (no re-routing)', async () => {
      await tap(GROUPS.vnpt, vnptEngineer, n, 'Tiếp nhận')
      // The reporting unit may no longer correct an acknowledged ticket: its card shows no Sửa…
      expect(buttonTexts(cardIn(GROUPS.dienChau.id, n))).not.toContain('Sửa…')
      await h.play(h.api.userSays(GROUPS.ttch, dispatcher, `/phieu ${n}`))
      const view = cardIn(GROUPS.ttch.id, n)!
      await tap(GROUPS.ttch, dispatcher, n, 'Sửa…', view)
      await tap(GROUPS.ttch, dispatcher, n, 'Hệ thống')
      await tap(GROUPS.ttch, dispatcher, n, 'Thiết bị')
      await tap(GROUPS.ttch, dispatcher, n, 'Sửa…')
      await tap(GROUPS.ttch, dispatcher, n, 'Loại')
      await tap(GROUPS.ttch, dispatcher, n, 'Loại 4 – Nguồn lực')
      const t = await ticket(n)
      expect([t.system, t.category, t.assigneeUnitId]).toEqual(['thietbi', 4, 'vnpt-nghe-an'])
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('Hệ thống: Thiết bị')
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('Phân loại: Loại 4 – Nguồn lực')
      const timeline = await timelineOf(n)
      expect(timeline).toContain('Khoa Đặng (Trung tâm chỉ huy): Sửa: Giải quyết TTHC → Thiết bị')
      expect(timeline).toContain('Khoa Đặng (Trung tâm chỉ huy): Sửa: Loại 1 – Kỹ thuật → Loại 4 – Nguồn lực')
    })

    it('Loại before anyone took it re-routes the ticket: the new assignee group gets a card', async () => {
      const m = await report('Bộ phận một cửa không biết cách tiếp nhận hồ sơ liên thông')
      expect((await ticket(m)).category).toBe(2)
      expect((await ticket(m)).assigneeUnitId).toBe('nghe-an')
      await tap(GROUPS.dienChau, reporter, m, 'Sửa…')
      await tap(GROUPS.dienChau, reporter, m, 'Loại')
      await tap(GROUPS.dienChau, reporter, m, 'Loại 1 – Kỹ thuật')
      expect((await ticket(m)).assigneeUnitId).toBe('vnpt-nghe-an')
      expect(cardIn(GROUPS.vnpt.id, m)?.text).toContain('Đơn vị xử lý: VNPT Nghệ An')
      expect(buttonTexts(cardIn(GROUPS.vnpt.id, m))).toContain('Tiếp nhận')
      expect(buttonTexts(cardIn(GROUPS.ngheAn.id, m))).not.toContain('Tiếp nhận')
      expect(await timelineOf(m)).toContain('Sửa: Loại 2 – Nghiệp vụ, quy trình → Loại 1 – Kỹ thuật, giao lại cho VNPT Nghệ An')
    })

    it('a correction that re-routes to a unit with no group brings the ticket to the command centre', async () => {
      const m = await report('Hệ thống một cửa xã báo lỗi khi lưu hồ sơ')
      expect(cardIn(GROUPS.ttch.id, m)).toBeUndefined()
      await tap(GROUPS.dienChau, reporter, m, 'Sửa…')
      await tap(GROUPS.dienChau, reporter, m, 'Hệ thống')
      await tap(GROUPS.dienChau, reporter, m, 'Mạng, đường truyền')
      const t = await ticket(m)
      expect([t.system, t.assigneeUnitId]).toEqual(['mang', 'ttch-dn'])
      expect(cardIn(GROUPS.dienChau.id, m)?.text).toContain('(chưa có nhóm đăng ký)')
      const ccCard = cardIn(GROUPS.ttch.id, m)
      expect(ccCard?.text).toContain('Đơn vị xử lý: Nhóm điều phối doanh nghiệp và hỗ trợ kỹ thuật (chưa có nhóm đăng ký)')
      expect(buttonTexts(ccCard)).toContain('Giao lại')
    })
  })

  describe('dispatching', () => {
    let n: number
    beforeAll(async () => {
      n = await report('Hệ thống một cửa mất dữ liệu hồ sơ tiếp nhận hôm qua')
    })

    it('a plain member of the command centre sees Giao lại but may not use it', async () => {
      await h.play(h.api.userSays(GROUPS.ttch, ccOfficer, `/phieu ${n}`))
      await tap(GROUPS.ttch, ccOfficer, n, 'Giao lại')
      expect(lastToast()).toMatchObject({ text: NOT_ALLOWED, show_alert: true })
    })

    it('Giao lại by the dispatcher: unit picker, the new assignee group gets a card, the old cards are edited', async () => {
      await h.play(h.api.userSays(GROUPS.ttch, dispatcher, `/phieu ${n}`))
      await tap(GROUPS.ttch, dispatcher, n, 'Giao lại')
      expect(lastToast()).toMatchObject({ text: 'Chọn đơn vị xử lý:' })
      const picker = buttonTexts(cardIn(GROUPS.ttch.id, n))
      expect(picker).toEqual(expect.arrayContaining(['Nghệ An', 'Trung tâm chỉ huy', '« Quay lại']))
      expect(picker).not.toContain('VNPT Nghệ An')
      await tap(GROUPS.ttch, dispatcher, n, 'Nghệ An')
      expect(lastToast()).toMatchObject({ text: 'Đã giao lại phiếu.' })
      const t = await ticket(n)
      expect([t.status, t.assigneeUnitId]).toEqual(['assigned', 'nghe-an'])
      const newCard = cardIn(GROUPS.ngheAn.id, n)
      expect(newCard?.text).toContain('Đơn vị xử lý: Nghệ An')
      expect(buttonTexts(newCard)).toContain('Tiếp nhận')
      expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('Đơn vị xử lý: Nghệ An')
      expect(cardIn(GROUPS.vnpt.id, n)?.reply_markup).toBeUndefined() // VNPT is out of it
      expect(cardIn(GROUPS.dienChau.id, n)?.text).toContain('Đơn vị xử lý: Nghệ An')
      expect(buttonTexts(cardIn(GROUPS.ttch.id, n))).toContain('Giao lại') // the picker is gone
      expect(await timelineOf(n)).toContain('Khoa Đặng (Trung tâm chỉ huy): Giao lại Nghệ An')
    })

    it('the old assignee can no longer act', async () => {
      const card = cardIn(GROUPS.vnpt.id, n)!
      await h.play(h.api.userTapsForged(GROUPS.vnpt, vnptEngineer, card.message_id, `t:${n}:ack`))
      expect(lastToast()).toMatchObject({ show_alert: true })
      expect((await ticket(n)).status).toBe('assigned')
    })

    it('after Hoàn thành the command centre is asked to verify, though it only had a /phieu card', async () => {
      await tap(GROUPS.ngheAn, provinceOfficer, n, 'Tiếp nhận')
      await tap(GROUPS.ngheAn, provinceOfficer, n, 'Hoàn thành')
      expect((await ticket(n)).status).toBe('done')
      const ttch = h.api.messagesIn(GROUPS.ttch.id)
      expect(ttch.some((m) => m.text?.includes(`Phiếu #${n} đã được báo hoàn thành`) || (m.text?.startsWith(`Phiếu #${n} · Đã hoàn thành`) && !m.edit_date))).toBe(true)
      expect(buttonTexts(cardIn(GROUPS.ttch.id, n))).toEqual(expect.arrayContaining(['Đóng phiếu', 'Mở lại']))
    })

    it('Mở lại notifies the current assignee group, not the one it was taken from', async () => {
      const vnptBefore = h.api.messagesIn(GROUPS.vnpt.id).length
      await tap(GROUPS.ttch, dispatcher, n, 'Mở lại')
      expect((await ticket(n)).status).toBe('in_progress')
      expect(h.api.lastMessageIn(GROUPS.ngheAn.id)?.text).toBe(`🔁 Phiếu #${n} được mở lại bởi Khoa Đặng: xác minh chưa đạt, đề nghị tiếp tục xử lý.`)
      expect(h.api.messagesIn(GROUPS.vnpt.id)).toHaveLength(vnptBefore)
    })
  })

  describe('/han', () => {
    let n: number
    beforeAll(async () => {
      n = await report('Không đăng nhập được dịch vụ công trực tuyến')
    })

    it('a dispatcher sets the deadline; every card shows it', async () => {
      await h.play(h.api.userSays(GROUPS.ttch, dispatcher, `/han ${n} 17:00 25/11`))
      expect(h.api.lastMessageIn(GROUPS.ttch.id)?.text).toBe('Đã đặt hạn xử lý.')
      expect((await ticket(n)).deadline.toISOString()).toBe('2026-11-25T10:00:00.000Z')
      for (const chat of [GROUPS.vnpt, GROUPS.dienChau]) expect(cardIn(chat.id, n)?.text).toContain('Hạn xử lý: 17:00 25/11/2026')
      expect(await timelineOf(n)).toContain('Khoa Đặng (Trung tâm chỉ huy): Đặt hạn xử lý: 17:00 25/11/2026')
    })

    it('a plain member is refused', async () => {
      await h.play(h.api.userSays(GROUPS.vnpt, vnptEngineer, `/han ${n} 17:00 26/11`))
      expect(h.api.lastMessageIn(GROUPS.vnpt.id)?.text).toBe(NOT_ALLOWED)
      expect((await ticket(n)).deadline.toISOString()).toBe('2026-11-25T10:00:00.000Z')
    })

    it('unreadable input, a past time and a missing number are explained', async () => {
      await h.play(h.api.userSays(GROUPS.ttch, dispatcher, `/han ${n} chiều mai`))
      expect(h.api.lastMessageIn(GROUPS.ttch.id)?.text).toBe('Không đọc được thời hạn. Ví dụ: 17:00 25/11, 25/11, 9h30.')
      await h.play(h.api.userSays(GROUPS.ttch, dispatcher, `/han ${n} 08:00 25/11`))
      expect(h.api.lastMessageIn(GROUPS.ttch.id)?.text).toBe('Hạn xử lý phải ở tương lai.')
      await h.play(h.api.userSays(GROUPS.ttch, dispatcher, '/han'))
      expect(h.api.lastMessageIn(GROUPS.ttch.id)?.text).toContain('Cách dùng: /han <số phiếu> <thời hạn>')
      expect((await events(n)).filter((e) => e.type === 'deadline_set')).toHaveLength(1)
    })
  })

  it('no API call of the bot was rejected (besides the two raced menu edits above)', () => {
    expect(h.api.rejectedCalls().filter((c) => !raceAnswers.has(c))).toEqual([])
  })
})
