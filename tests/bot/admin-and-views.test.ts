// Registration (/dangky, the unregistered-group hint), roles, the lists (/tondong, /cuatoi, /quahan), /kiemtra,
// /help and /start — what each person sees depends on the group and the role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Message } from 'grammy/types'
import { ADMIN, GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeChat, FakeUser } from '../helpers/fake-bot-api.ts'

const reporter: FakeUser = { id: 401, first_name: 'Lan', last_name: 'Trần' }
const vnptEngineer: FakeUser = { id: 402, first_name: 'Minh', last_name: 'Phạm' }
const vnptLead: FakeUser = { id: 403, first_name: 'Hùng', last_name: 'Lê' }
const dispatcher: FakeUser = { id: 404, first_name: 'Khoa', last_name: 'Đặng' }
const stranger: FakeUser = { id: 405, first_name: 'Tuấn', last_name: 'Vũ' }

const newGroup = (n: number, title: string, extra: Partial<FakeChat> = {}): FakeChat => ({ id: -1001000000100 - n, type: 'supergroup', title, ...extra })
const privateChat = (u: FakeUser): FakeChat => ({ id: u.id, type: 'private' })
const texts = (h: Harness, chatId: number): string[] => h.api.messagesIn(chatId).map((m) => m.text ?? '')
const buttons = (m: Message | undefined) => (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ({ text: b.text, data: 'callback_data' in b ? b.callback_data! : '' }))

const HINT = 'Nhóm này chưa được đăng ký với đơn vị nào nên trucban chưa hiển thị dữ liệu.'
const NOT_ADMIN = 'Chỉ quản trị viên trucban mới đăng ký được nhóm.'

describe('registration, roles and views (PGlite)', () => {
  let h: Harness
  const say = (chat: FakeChat, who: FakeUser, text: string, options?: Parameters<Harness['api']['userSays']>[3]) => h.play(h.api.userSays(chat, who, text, options))
  const last = (chat: FakeChat) => h.api.lastMessageIn(chat.id)?.text ?? ''

  beforeAll(async () => {
    h = await startHarness('pglite')
    h.api.setChatAdministrators(GROUPS.vnpt.id, [vnptLead])
    await h.registerGroups('ttch', 'vnpt')
    const hello = await say(GROUPS.ttch, dispatcher, 'Xin chào')
    await say(GROUPS.ttch, ADMIN, '/quyen dieuphoi', { reply_to: hello.message!.message_id })
  })
  afterAll(() => h?.close())

  describe('/dangky', () => {
    it('ambiguous input offers choices; a non-admin tap is refused; the admin\'s tap registers', async () => {
      const group = newGroup(1, 'Nhóm VNPT chưa rõ tỉnh')
      await say(group, ADMIN, '/dangky VNPT')
      const choice = h.api.lastMessageIn(group.id)
      expect(choice?.text).toBe('Có nhiều đơn vị phù hợp, hãy chọn:')
      const options = buttons(choice)
      expect(options.length).toBeGreaterThan(1)
      expect(options.length).toBeLessThanOrEqual(8)
      for (const o of options) {
        expect(o.text).toMatch(/^VNPT /)
        expect(o.data).toMatch(/^g:vnpt-[a-z-]+$/)
      }
      await h.play(h.api.userTaps(group, stranger, choice!.message_id, options[0].data))
      expect(h.api.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: NOT_ADMIN, show_alert: true })
      expect((await h.deps.store.findChat(group.id))?.unitId ?? null).toBeNull()
      await h.play(h.api.userTaps(group, ADMIN, choice!.message_id, options[1].data))
      expect(last(group)).toBe(`Đã đăng ký nhóm này cho đơn vị: ${options[1].text}. Thành viên nhóm từ nay thao tác thay mặt đơn vị.`)
      expect((await h.deps.store.findChat(group.id))?.unitId).toBe(options[1].data.slice(2))
      expect(h.api.messagesIn(group.id).find((m) => m.message_id === choice!.message_id)?.reply_markup?.inline_keyboard ?? []).toEqual([])
    })

    it('a non-admin cannot register, even in a registered group', async () => {
      await say(GROUPS.vnpt, vnptLead, '/dangky Thanh Hóa')
      expect(last(GROUPS.vnpt)).toBe(NOT_ADMIN)
      expect((await h.deps.store.findChat(GROUPS.vnpt.id))?.unitId).toBe('vnpt-nghe-an')
    })

    it('an unknown unit and an empty /dangky are explained', async () => {
      const group = newGroup(2, 'Nhóm thử')
      await say(group, ADMIN, '/dangky Sao Hỏa <3')
      expect(last(group)).toBe('Không tìm thấy đơn vị «Sao Hỏa <3». Hãy thử tên tỉnh, tên doanh nghiệp kèm tỉnh (VNPT Nghệ An) hoặc «xã …, tỉnh …».')
      await say(group, ADMIN, '/dangky')
      expect(last(group)).toContain('Cách dùng: /dangky <tên đơn vị>')
      expect((await h.deps.store.findChat(group.id))?.unitId ?? null).toBeNull()
    })

    it('"xã Diễn Châu, Nghệ An" creates the commune under its province; a second group finds it', async () => {
      await h.register(GROUPS.dienChau, 'xã Diễn Châu, Nghệ An')
      expect(last(GROUPS.dienChau)).toBe('Đã đăng ký nhóm này cho đơn vị: xã Diễn Châu. Thành viên nhóm từ nay thao tác thay mặt đơn vị.')
      const unit = await h.db.prisma.unit.findUnique({ where: { id: 'x-nghe-an-dien-chau' } })
      expect(unit).toMatchObject({ name: 'xã Diễn Châu', kind: 'commune', provinceId: 'nghe-an', parentId: 'nghe-an', fromConfig: false })
      const second = newGroup(3, 'Bộ phận một cửa xã Diễn Châu')
      await h.register(second, 'Diễn Châu')
      expect((await h.deps.store.findChat(second.id))?.unitId).toBe('x-nghe-an-dien-chau')
      expect(await h.db.prisma.unit.count({ where: { kind: 'commune' } })).toBe(1)
    })
  })

  describe('a group nobody registered', () => {
    const group = newGroup(4, 'Nhóm mới thêm bot')

    it('being added posts the hint once; later messages and commands show no data', async () => {
      await h.play(h.api.botAddedToGroup(group, stranger))
      expect(texts(h, group.id)).toEqual([expect.stringContaining(HINT)])
      const calls = h.api.calls.length
      await say(group, stranger, 'Chào bot')
      await say(group, stranger, '/tondong')
      await say(group, stranger, '/phieu 1')
      await say(group, stranger, '/baocao Mất mạng toàn xã')
      expect(h.api.calls.length).toBe(calls)
      expect(await h.db.prisma.ticket.count({ where: { sourceChatId: BigInt(group.id) } })).toBe(0)
    })

    it('/kiemtra and /help still answer there', async () => {
      await say(group, stranger, '/kiemtra')
      expect(last(group)).toContain('⚠️ Nhóm chưa đăng ký đơn vị (/dangky).')
      await say(group, stranger, '/help')
      expect(last(group)).toContain('/baocao')
    })

    it('without the my_chat_member update, the first message gets the hint, in its forum topic', async () => {
      const forum = newGroup(5, 'Diễn đàn Sở KHCN', { is_forum: true })
      await say(forum, stranger, 'Bot ơi', { message_thread_id: 12 })
      const hint = h.api.lastMessageIn(forum.id)
      expect(hint?.text).toContain(HINT)
      expect(hint?.message_thread_id).toBe(12)
      await say(forum, stranger, 'Bot ơi?', { message_thread_id: 12 })
      expect(texts(h, forum.id)).toHaveLength(1)
      expect((await h.deps.store.findChat(forum.id))?.isForum).toBe(true)
    })

    it('once registered, it works', async () => {
      await h.register(group, 'Thanh Hóa')
      await say(group, stranger, '/tondong')
      expect(last(group)).toBe('Không có phiếu nào đang mở.')
    })
  })

  describe('lists', () => {
    let normal: number
    let urgent: number
    beforeAll(async () => {
      await say(GROUPS.dienChau, reporter, '/baocao Hệ thống một cửa chậm khi tiếp nhận hồ sơ')
      await say(GROUPS.dienChau, vnptEngineer, '/baocao Khẩn: hệ thống một cửa bị sập, dân đang chờ')
      const tickets = await h.db.prisma.ticket.findMany({ orderBy: { number: 'asc' } })
      ;[normal, urgent] = tickets.slice(-2).map((t) => t.number)
    })

    it('/tondong: the open tickets the group may see, the most urgent first', async () => {
      await say(GROUPS.dienChau, reporter, '/tondong')
      const list = last(GROUPS.dienChau)
      expect(list.split('\n')[0]).toBe('Phiếu đang mở (2)')
      expect(list.indexOf(`#${urgent} `)).toBeLessThan(list.indexOf(`#${normal} `))
      expect(list).toContain(`#${urgent} Đã giao · Khẩn cấp · VNPT Nghệ An · hạn xử lý 11:00 25/11/2026`)
      expect(list).not.toContain('Chậm tiến độ')
      await say(newGroup(4, 'Nhóm mới thêm bot'), stranger, '/tondong')
      expect(last(newGroup(4, ''))).toBe('Không có phiếu nào đang mở.') // Thanh Hóa sees no Nghệ An ticket
      await say(GROUPS.ttch, dispatcher, '/tondong')
      expect(last(GROUPS.ttch)).toContain('Phiếu đang mở (2)') // the command centre sees everything
    })

    it('/cuatoi: what the unit handles, or what this person reported', async () => {
      await say(GROUPS.vnpt, vnptLead, '/cuatoi')
      expect(last(GROUPS.vnpt)).toContain('Phiếu của đơn vị và của bạn (2)')
      await say(GROUPS.dienChau, reporter, '/cuatoi')
      const mine = last(GROUPS.dienChau)
      expect(mine).toContain('Phiếu của đơn vị và của bạn (1)')
      expect(mine).toContain(`#${normal} `)
      await say(GROUPS.ttch, dispatcher, '/cuatoi')
      expect(last(GROUPS.ttch)).toBe('Không có phiếu nào của đơn vị hoặc của bạn.')
    })

    it('/quahan: nothing yet; past the deadline the ticket is listed with the badge, and /phieu shows it', async () => {
      await say(GROUPS.vnpt, vnptEngineer, '/quahan')
      expect(last(GROUPS.vnpt)).toBe('Không có phiếu nào quá hạn.')
      h.setNow(new Date('2026-11-25T04:30:00Z')) // 11:30 in Vietnam: the urgent one (2 h) is late
      await say(GROUPS.vnpt, vnptEngineer, '/quahan')
      const overdue = last(GROUPS.vnpt)
      expect(overdue).toContain('Phiếu quá hạn (1)')
      expect(overdue).toContain(`#${urgent} Đã giao ⚠️ Chậm tiến độ · Khẩn cấp`)
      expect(overdue).not.toContain(`#${normal} `)
      await say(GROUPS.vnpt, vnptEngineer, '/tondong')
      expect(last(GROUPS.vnpt)).toContain(`#${urgent} Đã giao ⚠️ Chậm tiến độ`)
      await say(GROUPS.vnpt, vnptEngineer, `/phieu ${urgent}`)
      const card = h.api.messagesIn(GROUPS.vnpt.id).filter((m) => m.text?.startsWith(`Phiếu #${urgent} `)).at(-1)
      expect(card?.text?.split('\n')[0]).toBe(`Phiếu #${urgent} · Đã giao · ⚠️ Chậm tiến độ`)
    })
  })

  describe('/kiemtra, /help, /start', () => {
    it('/kiemtra in a registered group: registration, reading, database, configuration, your role', async () => {
      await say(GROUPS.vnpt, vnptLead, '/kiemtra')
      const check = last(GROUPS.vnpt)
      expect(check).toContain('Tự kiểm tra trucban')
      expect(check).toContain('✅ Nhóm đã đăng ký: VNPT Nghệ An')
      expect(check).toContain('✅ Bot đọc được mọi tin nhắn trong nhóm.')
      expect(check).toMatch(/✅ Cơ sở dữ liệu: PGlite \(test clone\), \d+ tin đang chờ gửi/)
      expect(check).toMatch(/✅ Cấu hình: \d+ đơn vị, tệp config\/trucban\.yaml/)
      expect(check).toContain('Bạn: lãnh đạo đơn vị (quản trị nhóm)')
      await say(GROUPS.vnpt, vnptEngineer, '/kiemtra')
      expect(last(GROUPS.vnpt)).toContain('Bạn: thành viên')
    })

    it('/kiemtra in private: no group lines', async () => {
      await say(privateChat(ADMIN), ADMIN, '/kiemtra')
      const check = last(privateChat(ADMIN))
      expect(check).toContain('Tự kiểm tra trucban')
      expect(check).not.toContain('Nhóm')
      expect(check).not.toContain('Bot đọc được')
      expect(check).toContain('Bạn: quản trị viên')
    })

    it('/help shows each role its own commands', async () => {
      await say(GROUPS.dienChau, reporter, '/help')
      const member = last(GROUPS.dienChau)
      await say(GROUPS.ttch, dispatcher, '/help')
      const forDispatcher = last(GROUPS.ttch)
      await say(GROUPS.ttch, ADMIN, '/help')
      const forAdmin = last(GROUPS.ttch)
      for (const text of [member, forDispatcher, forAdmin]) expect(text).toContain('/baocao <mô tả>')
      expect(member).not.toContain('/han')
      expect(member).not.toContain('/dangky')
      expect(forDispatcher).toContain('/han <số> <thời hạn>')
      expect(forDispatcher).not.toContain('/dangky')
      expect(forAdmin).toContain('/han <số> <thời hạn>')
      expect(forAdmin).toContain('/dangky <đơn vị>')
      expect(forAdmin).toContain('/quyen admin|dieuphoi|bo')
    })

    it('/start in private greets; any other private message gets the hint', async () => {
      const chat = privateChat(stranger)
      await say(chat, stranger, '/start')
      expect(last(chat)).toContain('Xin chào! Tôi là trucban')
      await say(chat, stranger, 'alo')
      expect(last(chat)).toContain('trucban làm việc trong các nhóm đầu mối đã đăng ký')
    })
  })

  it('no API call of the bot was rejected', () => {
    expect(h.api.rejectedCalls()).toEqual([])
  })
})

describe('/kiemtra with the bot in privacy mode (PGlite)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness('pglite', { api: { canReadAllGroupMessages: false } })
    await h.register(GROUPS.ngheAn, 'Nghệ An')
  })
  afterAll(() => h?.close())

  it('says the bot reads only commands and replies, until it is made an admin', async () => {
    expect(h.api.me.can_read_all_group_messages).toBe(false)
    await h.play(h.api.userSays(GROUPS.ngheAn, stranger, '/kiemtra'))
    expect(h.api.lastMessageIn(GROUPS.ngheAn.id)?.text).toContain('⚠️ Bot chỉ đọc được lệnh và tin trả lời')
    h.api.setBotAdmin(GROUPS.ngheAn.id, true)
    await h.play(h.api.userSays(GROUPS.ngheAn, stranger, '/kiemtra'))
    const check = h.api.lastMessageIn(GROUPS.ngheAn.id)?.text
    expect(check).toContain('✅ Bot đọc được mọi tin nhắn trong nhóm.')
    expect(check).toContain('✅ Nhóm đã đăng ký: Nghệ An')
  })

  it('no API call of the bot was rejected', () => {
    expect(h.api.rejectedCalls()).toEqual([])
  })
})
