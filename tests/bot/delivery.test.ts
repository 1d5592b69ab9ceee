// Delivery through the outbox, on every test database: a group that removed the bot, edits that would change
// nothing, lists longer than one Telegram message, and updates handled twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Message, Update } from 'grammy/types'
import { ADMIN, GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser, RecordedCall } from '../helpers/fake-bot-api.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const reporter: FakeUser = { id: 501, first_name: 'Lan', last_name: 'Trần' }
const vnptEngineer: FakeUser = { id: 502, first_name: 'Minh', last_name: 'Phạm' }
const provinceOfficer: FakeUser = { id: 503, first_name: 'Nga', last_name: 'Võ' }

for (const kind of TEST_DATABASES) {
  describe(`delivery through the outbox [${kind}]`, () => {
    let h: Harness
    /** Rejections this file provokes on purpose (the group that removed the bot). */
    const provoked = new Set<RecordedCall>()

    const cardIn = (chatId: number, n: number): Message | undefined => h.api.messagesIn(chatId).filter((m) => m.text?.startsWith(`Phiếu #${n} `)).at(-1)
    const lastNumber = async () => (await h.db.prisma.ticket.findFirst({ orderBy: { number: 'desc' } }))!.number
    async function report(text: string, chat = GROUPS.dienChau, who = reporter): Promise<number> {
      await h.play(h.api.userSays(chat, who, `/baocao ${text}`))
      return lastNumber()
    }
    /** Plays an update a second time (a redelivery after a crash, a replica racing): nothing may be sent again. */
    async function replay(update: Update): Promise<void> {
      const [calls, events, outbox] = [h.api.calls.length, await h.db.prisma.ticketEvent.count(), await h.db.prisma.outbox.count()]
      await h.play(update)
      expect(h.api.calls.slice(calls)).toEqual([])
      expect(await h.db.prisma.ticketEvent.count()).toBe(events)
      expect(await h.db.prisma.outbox.count()).toBe(outbox)
    }

    beforeAll(async () => {
      h = await startHarness(kind)
      await h.registerGroups('ttch', 'ngheAn', 'vnpt', 'dienChau')
    })
    afterAll(() => h?.close())

    describe('edits', () => {
      let n: number
      beforeAll(async () => {
        n = await report('Hệ thống một cửa không đăng nhập được')
      })

      it('a change that leaves a card as it is sends no edit for it', async () => {
        const edits = h.api.callsOf('editMessageText').length
        await h.play(h.api.userSays(GROUPS.dienChau, reporter, 'Vẫn chưa vào được', { reply_to: cardIn(GROUPS.dienChau.id, n)!.message_id }))
        expect(h.api.lastMessageIn(GROUPS.vnpt.id)?.text).toContain('Vẫn chưa vào được') // the comment got through
        expect(h.api.callsOf('editMessageText').length).toBe(edits)
        const pending = await h.db.prisma.outbox.count({ where: { status: { not: 'sent' } } })
        expect(pending).toBe(0) // the edit rows are done, not waiting
      })

      it('a change that alters the cards edits each card once', async () => {
        const edits = h.api.callsOf('editMessageText').length
        await h.play(h.api.userTaps(GROUPS.vnpt, vnptEngineer, cardIn(GROUPS.vnpt.id, n)!.message_id, `t:${n}:ack`))
        const made = h.api.callsOf('editMessageText').slice(edits)
        expect(made.map((c) => Number(c.payload.chat_id)).sort()).toEqual([GROUPS.vnpt.id, GROUPS.dienChau.id].sort())
      })

      it('a photo reply changes only the attachment line: one edit per card, then none for a plain comment', async () => {
        const edits = h.api.callsOf('editMessageText').length
        await h.play(h.api.userSendsPhoto(GROUPS.vnpt, vnptEngineer, { reply_to: cardIn(GROUPS.vnpt.id, n)!.message_id }))
        expect(h.api.callsOf('editMessageText').length).toBe(edits + 2)
        await h.play(h.api.userSays(GROUPS.vnpt, vnptEngineer, 'Đã khắc phục một phần', { reply_to: cardIn(GROUPS.vnpt.id, n)!.message_id }))
        expect(h.api.callsOf('editMessageText').length).toBe(edits + 2)
      })

      it('never asks Telegram for an edit that is not one', () => {
        expect(h.api.calls.filter((c) => !c.response.ok && c.response.description.includes('message is not modified'))).toEqual([])
      })
    })

    describe('the same update handled twice', () => {
      it('/baocao, a tap, a comment, an album photo, /tondong, /dangky and my_chat_member: nothing twice', async () => {
        const reportUpdate = await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao Hệ thống một cửa TTHC không in được phiếu hẹn'))
        const n = await lastNumber()
        await replay(reportUpdate)
        expect(await lastNumber()).toBe(n)

        const tapUpdate = await h.play(h.api.userTaps(GROUPS.vnpt, vnptEngineer, cardIn(GROUPS.vnpt.id, n)!.message_id, `t:${n}:ack`))
        await replay(tapUpdate)

        await replay(await h.play(h.api.userSays(GROUPS.vnpt, vnptEngineer, 'Đang xử lý', { reply_to: cardIn(GROUPS.vnpt.id, n)!.message_id })))

        await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { caption: '/baocao Hệ thống TTHC không nhận hồ sơ scan', media_group_id: 'replayed-album' }))
        const albumPhoto = await h.play(h.api.userSendsPhoto(GROUPS.dienChau, reporter, { media_group_id: 'replayed-album' }))
        const files = await h.db.prisma.attachment.count()
        await replay(albumPhoto)
        expect(await h.db.prisma.attachment.count()).toBe(files)

        await replay(await h.play(h.api.userSays(GROUPS.ngheAn, provinceOfficer, '/tondong')))
        await replay(await h.play(h.api.userSays(GROUPS.ngheAn, ADMIN, '/dangky Nghệ An')))
        const kicked = h.api.removeBotFromChat(GROUPS.thanhHoa.id, ADMIN)!
        await h.play(kicked)
        await replay(kicked)
      })
    })

    describe('a list longer than one message', () => {
      it('/tondong with 40 open tickets is split into messages under 4096 characters', async () => {
        const chat = GROUPS.ngheAn
        const open = await h.db.prisma.ticket.count({ where: { status: { notIn: ['closed', 'rejected'] } } })
        for (let i = open; i < 40; i++) {
          await report(`Xã <${i + 1}> & bộ phận một cửa chưa biết cách tiếp nhận hồ sơ liên thông trên hệ thống mới, đề nghị hướng dẫn cụ thể và sớm`, chat, provinceOfficer)
        }
        const before = h.api.messagesIn(chat.id).length
        const command = await h.play(h.api.userSays(chat, provinceOfficer, '/tondong'))
        const parts = h.api.messagesIn(chat.id).slice(before)
        expect(parts.length).toBeGreaterThanOrEqual(2)
        for (const part of parts) expect(part.text!.length).toBeLessThanOrEqual(4096)
        expect(parts[0].text?.startsWith('Phiếu đang mở (30)')).toBe(true)
        expect(parts[0].reply_to_message?.message_id).toBe(command.message!.message_id)
        expect(parts.at(-1)?.text).toContain('… và các phiếu khác (hiển thị 30 phiếu đầu).')
        const all = parts.map((p) => p.text).join('\n')
        const listed = [...all.matchAll(/^#(\d+) /gm)].map((m) => m[1])
        expect(listed).toHaveLength(30)
        expect(new Set(listed).size).toBe(30)
        expect(all).toMatch(/Xã <\d+> & bộ phận một cửa/)
      })
    })

    describe('a group that removed the bot', () => {
      it('the next card there fails with 403: the group is marked inactive, the row is dead, the ticket goes to the command centre', async () => {
        h.api.removeBotFromChat(GROUPS.vnpt.id) // kicked while the bot was offline: no update tells it
        const rejected = h.api.rejectedCalls().length
        const n = await report('Hệ thống một cửa báo lỗi 502 khi nộp hồ sơ')
        const refused = h.api.rejectedCalls().slice(rejected)
        expect(refused.map((c) => [c.method, Number(c.payload.chat_id), c.response.ok ? 0 : c.response.error_code])).toEqual([['sendMessage', GROUPS.vnpt.id, 403]])
        for (const call of refused) provoked.add(call)
        expect((await h.deps.store.findChat(GROUPS.vnpt.id))?.active).toBe(false)
        const rows = await h.db.prisma.outbox.findMany({ where: { chatId: BigInt(GROUPS.vnpt.id), status: 'dead' } })
        expect(rows).toHaveLength(1)
        expect(rows[0].lastError).toContain('Forbidden: bot was kicked from the supergroup chat')
        expect(cardIn(GROUPS.dienChau.id, n)).toBeDefined()
        expect(cardIn(GROUPS.ttch.id, n)?.text).toContain('Đơn vị xử lý: VNPT Nghệ An (chưa có nhóm đăng ký)')
        expect(await h.db.prisma.outbox.count({ where: { status: 'pending' } })).toBe(0)
      })

      it('changes to a ticket whose card sits in that group send nothing there', async () => {
        const older = (await h.db.prisma.ticketCard.findFirst({ where: { chatId: BigInt(GROUPS.vnpt.id) }, include: { ticket: true } }))!
        const calls = h.api.calls.length
        const reporterCard = cardIn(GROUPS.dienChau.id, older.ticket.number)!
        await h.play(h.api.userSays(GROUPS.dienChau, reporter, 'Bổ sung: lỗi xảy ra cả buổi chiều', { reply_to: reporterCard.message_id }))
        expect(h.api.calls.slice(calls).filter((c) => Number(c.payload.chat_id) === GROUPS.vnpt.id)).toEqual([])
        expect(await h.db.prisma.outbox.count({ where: { status: 'pending' } })).toBe(0)
      })

      it('later tickets skip that group: the command centre gets the card instead', async () => {
        const calls = h.api.calls.length
        const n = await report('Một cửa không đồng bộ được hồ sơ lên cổng dịch vụ công')
        expect(h.api.calls.slice(calls).filter((c) => Number(c.payload.chat_id) === GROUPS.vnpt.id)).toEqual([])
        expect(cardIn(GROUPS.dienChau.id, n)?.text).toContain('Đơn vị xử lý: VNPT Nghệ An (chưa có nhóm đăng ký)')
        expect(cardIn(GROUPS.ttch.id, n)?.text).toContain('Đơn vị xử lý: VNPT Nghệ An (chưa có nhóm đăng ký)')
      })

      it('added back, the group is active again and gets new cards', async () => {
        await h.play(h.api.botAddedToGroup(GROUPS.vnpt, ADMIN))
        expect((await h.deps.store.findChat(GROUPS.vnpt.id))?.active).toBe(true)
        expect(h.api.lastMessageIn(GROUPS.vnpt.id)?.text).not.toContain('chưa được đăng ký')
        const n = await report('Hệ thống một cửa treo khi in biên nhận')
        expect(cardIn(GROUPS.vnpt.id, n)?.text).toContain('Đơn vị xử lý: VNPT Nghệ An')
        expect(cardIn(GROUPS.ttch.id, n)).toBeUndefined()
      })
    })

    it('no API call of the bot was rejected, besides the one 403 provoked above', () => {
      expect(provoked.size).toBe(1)
      expect(h.api.rejectedCalls().filter((c) => !provoked.has(c))).toEqual([])
    })
  })
}
