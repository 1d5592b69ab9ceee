// The shapes a report takes in Telegram: albums, replies to forwarded messages, documents, aliases, forum topics,
// a report with no province, and text that would break HTML or Telegram's limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Message } from 'grammy/types'
import { GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser, ForwardOriginInput } from '../helpers/fake-bot-api.ts'

const reporter: FakeUser = { id: 201, first_name: 'Lan', last_name: 'Trần' }
const colleague: FakeUser = { id: 202, first_name: 'Bình', last_name: 'Đỗ' }
const ccOfficer: FakeUser = { id: 203, first_name: 'Hà', last_name: 'Nguyễn' }
const forumMember: FakeUser = { id: 204, first_name: 'Quân', last_name: 'Hồ' }

const cardIn = (h: Harness, chatId: number, n: number): Message | undefined =>
  h.api.messagesIn(chatId).filter((m) => m.text?.startsWith(`Phiếu #${n} `)).at(-1)
const buttons = (m: Message | undefined): Array<{ text: string; data?: string }> =>
  (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ({ text: b.text, data: 'callback_data' in b ? b.callback_data : undefined }))

let h: Harness

const ticketCount = () => h.db.prisma.ticket.count()
const lastTicket = async () => (await h.db.prisma.ticket.findFirst({ orderBy: { number: 'desc' } }))!
const attachmentsOf = async (number: number) => {
  const t = await h.db.prisma.ticket.findUnique({ where: { number }, include: { attachments: { orderBy: { id: 'asc' } } } })
  return t!.attachments
}

describe('report variants (PGlite)', () => {
  beforeAll(async () => {
    h = await startHarness('pglite')
    await h.registerGroups('ttch', 'vnpt', 'dienChau')
    await h.register(GROUPS.forum, 'xã Quỳnh Lưu, Nghệ An')
  })
  afterAll(() => h?.close())

  describe('albums', () => {
    it('three photos of one album, /baocao on the first, make one ticket with 3 attachments', async () => {
      const before = await ticketCount()
      const album = 'album-first-captioned'
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { caption: '/baocao Hệ thống một cửa TTHC không đăng nhập được, báo lỗi 502', media_group_id: album }))
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { media_group_id: album }))
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { media_group_id: album }))
      expect(await ticketCount()).toBe(before + 1)
      const t = await lastTicket()
      const files = await attachmentsOf(t.number)
      expect(files).toHaveLength(3)
      expect(new Set(files.map((f) => f.fileUniqueId)).size).toBe(3)
      expect(files.every((f) => f.kind === 'photo')).toBe(true)
      expect(cardIn(h, GROUPS.dienChau.id, t.number)?.text).toContain('📎 3 tệp đính kèm')
      expect(cardIn(h, GROUPS.vnpt.id, t.number)?.text).toContain('📎 3 tệp đính kèm')
      // One card per group: the later photos edit the cards, they do not post new ones.
      expect(h.api.messagesIn(GROUPS.dienChau.id).filter((m) => m.text?.startsWith(`Phiếu #${t.number} `))).toHaveLength(1)
    })

    it('the captioned photo need not arrive first: the photos before it join the ticket too', async () => {
      const before = await ticketCount()
      const album = 'album-second-captioned'
      const sentBefore = h.api.callsOf('sendMessage').length
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { media_group_id: album }))
      expect(h.api.callsOf('sendMessage').length).toBe(sentBefore) // nothing to say yet
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { caption: '/baocao Kiosk tra cứu hồ sơ ở bộ phận một cửa bị treo', media_group_id: album }))
      await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { media_group_id: album }))
      expect(await ticketCount()).toBe(before + 1)
      const t = await lastTicket()
      expect(await attachmentsOf(t.number)).toHaveLength(3)
      expect(cardIn(h, GROUPS.dienChau.id, t.number)?.text).toContain('📎 3 tệp đính kèm')
      expect(await h.db.prisma.albumItem.count({ where: { mediaGroupId: album } })).toBe(0)
    })
  })

  describe('/baocao as a reply to a forwarded message', () => {
    const cases: Array<[string, ForwardOriginInput, string]> = [
      ['a user', { type: 'user', sender_user: { id: 555, is_bot: false, first_name: 'Thảo', last_name: 'Lê' } }, 'Thảo Lê'],
      ['a hidden user', { type: 'hidden_user', sender_user_name: 'Cán bộ xã Yên Thành' }, 'Cán bộ xã Yên Thành'],
      ['a channel', { type: 'channel', chat: { id: -1002000000001, type: 'channel', title: 'Kênh CĐS Nghệ An' }, message_id: 88 }, 'Kênh CĐS Nghệ An'],
    ]
    for (const [who, origin, author] of cases) {
      it(`forwarded from ${who}: the description is the forwarded text and the card names ${author}`, async () => {
        const text = `Cổng dịch vụ công không nộp được hồ sơ trực tuyến (${who})`
        const forwarded = await h.play(h.api.userSays(GROUPS.dienChau, colleague, text, { forward_origin: origin }))
        // Read as a report, the forwarded message gets a draft; /baocao on it makes the ticket and settles the draft.
        const draft = h.api.lastMessageIn(GROUPS.dienChau.id)
        expect(draft?.text).toContain('trucban hiểu đây là một báo cáo sự cố')
        await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao', { reply_to: forwarded.message!.message_id }))
        const t = await lastTicket()
        expect(t.description).toBe(text)
        expect(t.originalAuthor).toBe(author)
        expect(t.sourceMessageId).toBe(forwarded.message!.message_id)
        const card = cardIn(h, GROUPS.dienChau.id, t.number)
        expect(card?.text).toContain(text)
        expect(card?.text).toContain(`↪️ nội dung chuyển tiếp từ: ${author}`)
        expect(card?.text).toContain('Người báo: Lan Trần')
        expect(card?.reply_to_message?.message_id).toBeDefined()
        expect(cardIn(h, GROUPS.vnpt.id, t.number)?.text).toContain(`↪️ nội dung chuyển tiếp từ: ${author}`)
        expect(h.api.messagesIn(GROUPS.dienChau.id).find((m) => m.message_id === draft!.message_id)?.text).toBe(`✅ Đã tạo phiếu #${t.number} từ báo cáo này.`)
      })
    }

    it('a second /baocao on the same message is refused: a message becomes at most one ticket', async () => {
      const forwarded = await h.play(h.api.userSays(GROUPS.dienChau, colleague, 'Mất kết nối LGSP liên thông hồ sơ', { forward_origin: { type: 'hidden_user', sender_user_name: 'Ẩn danh' } }))
      await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao', { reply_to: forwarded.message!.message_id }))
      const count = await ticketCount()
      await h.play(h.api.userSays(GROUPS.dienChau, colleague, '/baocao lỗi này nữa', { reply_to: forwarded.message!.message_id }))
      expect(await ticketCount()).toBe(count)
      expect(h.api.lastMessageIn(GROUPS.dienChau.id)?.text).toBe('Tin nhắn này đã được lập phiếu.')
    })
  })

  it('/baocao in a document caption keeps the document', async () => {
    await h.play(h.api.userSendsDocument(GROUPS.dienChau, reporter, { caption: '/baocao Phần mềm một cửa báo lỗi khi in phiếu hẹn, gửi kèm biên bản', file_name: 'bien-ban.pdf' }))
    const t = await lastTicket()
    expect(t.description).toBe('Phần mềm một cửa báo lỗi khi in phiếu hẹn, gửi kèm biên bản')
    const files = await attachmentsOf(t.number)
    expect(files.map((f) => f.kind)).toEqual(['document'])
    expect(cardIn(h, GROUPS.dienChau.id, t.number)?.text).toContain('📎 1 tệp đính kèm')
  })

  it('/suco is the same command as /baocao', async () => {
    const before = await ticketCount()
    await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/suco Không ký số được văn bản trên hệ thống một cửa'))
    expect(await ticketCount()).toBe(before + 1)
    const t = await lastTicket()
    expect(t.description).toBe('Không ký số được văn bản trên hệ thống một cửa')
    expect(cardIn(h, GROUPS.dienChau.id, t.number)).toBeDefined()
  })

  it('/baocao@trucban_test_bot is for this bot; /baocao@another_bot is not', async () => {
    const before = await ticketCount()
    await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao@trucban_test_bot Hệ thống một cửa chậm, hồ sơ không lưu được'))
    expect(await ticketCount()).toBe(before + 1)
    expect((await lastTicket()).description).toBe('Hệ thống một cửa chậm, hồ sơ không lưu được')
    const calls = h.api.calls.length
    await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao@another_bot Hệ thống một cửa chậm'))
    expect(await ticketCount()).toBe(before + 1)
    expect(h.api.calls.length).toBe(calls)
  })

  it('an empty /baocao answers with the usage and creates nothing', async () => {
    const before = await ticketCount()
    const update = await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao'))
    expect(await ticketCount()).toBe(before)
    const answer = h.api.lastMessageIn(GROUPS.dienChau.id)
    expect(answer?.text).toContain('Cách báo sự cố: /baocao <mô tả sự cố>')
    expect(answer?.reply_to_message?.message_id).toBe(update.message!.message_id)
    await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao    '))
    expect(await ticketCount()).toBe(before)
  })

  describe('in a forum group', () => {
    const TOPIC = 77
    it('the card answers in the topic the report came from', async () => {
      const update = await h.play(h.api.userSays(GROUPS.forum, forumMember, '/baocao Bộ phận một cửa xã không tiếp nhận được hồ sơ trực tuyến', { message_thread_id: TOPIC }))
      expect(update.message?.is_topic_message).toBe(true)
      const t = await lastTicket()
      expect(t.sourceThreadId).toBe(TOPIC)
      const card = cardIn(h, GROUPS.forum.id, t.number)
      expect(card?.message_thread_id).toBe(TOPIC)
      const send = h.api.callsOf('sendMessage').find((c) => Number(c.payload.chat_id) === GROUPS.forum.id && String(c.payload.text).startsWith(`<b>Phiếu #${t.number}</b>`))
      expect(Number(send?.payload.message_thread_id)).toBe(TOPIC)
      // The assignee group is not a forum: its card has no topic.
      expect(cardIn(h, GROUPS.vnpt.id, t.number)?.message_thread_id).toBeUndefined()
    })

    it('the usage message goes to the topic as well', async () => {
      await h.play(h.api.userSays(GROUPS.forum, forumMember, '/baocao', { message_thread_id: TOPIC }))
      const answer = h.api.lastMessageIn(GROUPS.forum.id)
      expect(answer?.text).toContain('Cách báo sự cố')
      expect(answer?.message_thread_id).toBe(TOPIC)
    })
  })

  it('a report from the command centre (no province) stays Mới and shows Giao việc there', async () => {
    await h.play(h.api.userSays(GROUPS.ttch, ccOfficer, '/baocao Hệ thống họp trực tuyến không kết nối được điểm cầu'))
    const t = await lastTicket()
    expect(t.status).toBe('new')
    expect(t.provinceId).toBeNull()
    expect(t.assigneeUnitId).toBeNull()
    const card = cardIn(h, GROUPS.ttch.id, t.number)
    expect(card?.text).toContain(`Phiếu #${t.number} · Mới`)
    expect(card?.text).toContain('Đơn vị xử lý: chưa giao — chờ điều phối')
    expect(buttons(card)).toContainEqual({ text: 'Giao việc', data: `m:${t.number}:as` })
    // Only one card in the command centre, though it is both the reporter and the triage desk.
    expect(h.api.messagesIn(GROUPS.ttch.id).filter((m) => m.text?.startsWith(`Phiếu #${t.number} `))).toHaveLength(1)
    expect(cardIn(h, GROUPS.vnpt.id, t.number)).toBeUndefined()
  })

  it('Vietnamese text with <, &, emoji and 5000 characters renders without a rejected call', async () => {
    const chunk = 'Lỗi <b>đăng nhập</b> & "mất kết nối" một cửa 🔥🚨 '
    const description = chunk.repeat(Math.ceil(5000 / chunk.length)).slice(0, 5000)
    const odd: FakeUser = { id: 205, first_name: '<Tý & Tèo>', last_name: '🙂' }
    await h.play(h.api.userSays(GROUPS.dienChau, odd, `/baocao ${description}`))
    const t = await lastTicket()
    expect(t.description).toBe(description.trim())
    const card = cardIn(h, GROUPS.dienChau.id, t.number)
    expect(card?.text).toContain('Lỗi <b>đăng nhập</b> & "mất kết nối" một cửa 🔥🚨')
    expect(card?.text).toContain('…')
    expect(card?.text).toContain('Người báo: <Tý & Tèo> 🙂')
    expect(card!.text!.length).toBeLessThanOrEqual(4096)
    expect(card?.entities?.some((e) => e.type === 'bold')).toBe(true) // the title, not the user's <b>
    await h.play(h.api.userSays(GROUPS.dienChau, odd, `/phieu ${t.number}`))
    const timeline = h.api.lastMessageIn(GROUPS.dienChau.id)
    expect(timeline?.text).toContain(`Diễn biến — Phiếu #${t.number}`)
    expect(timeline?.text).toContain('<Tý & Tèo> 🙂')
  })

  it('no API call of the bot was rejected', () => {
    expect(h.api.rejectedCalls()).toEqual([])
  })
})
