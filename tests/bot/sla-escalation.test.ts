import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startJobs } from '../../bot/jobs.ts'
import { ADMIN, GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser } from '../helpers/fake-bot-api.ts'
import { shortSlaConfig } from '../helpers/fixtures.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const SHORT = shortSlaConfig()

const at = (hms: string): Date => new Date(`2026-11-25T${hms}+07:00`)
const reporter: FakeUser = { id: 101, first_name: 'Lan', last_name: 'Trần' }
const provinceLead: FakeUser = { id: 111, first_name: 'Quang', last_name: 'Đặng' }
const centreHead: FakeUser = { id: 112, first_name: 'Sơn', last_name: 'Bùi' }

for (const kind of TEST_DATABASES) {
  describe(`SLA reminders and escalation in the groups [${kind}]`, () => {
    let h: Harness
    const texts = (chatId: number, since: number) => h.api.messagesIn(chatId).slice(since).map((m) => m.text ?? '').filter((t) => !t.startsWith('Phiếu #'))

    beforeAll(async () => {
      h = await startHarness(kind, { config: SHORT })
      await h.registerGroups('ttch', 'ngheAn', 'dienChau')
      h.api.setChatAdministrators(GROUPS.ngheAn.id, [provinceLead])
      h.api.setChatAdministrators(GROUPS.ttch.id, [centreHead])
    })
    afterAll(() => h.close())

    it('a ticket left alone: reminder, breach, each escalation step at its minute, once, in the right groups, in /phieu', async () => {
      h.setNow(at('10:00:00'))
      await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao Cán bộ xã chưa biết cách chuyển hồ sơ liên thông trên hệ thống TTHC, cần hướng dẫn quy trình'))
      const card = h.api.messagesIn(GROUPS.ngheAn.id).find((m) => m.text?.startsWith('Phiếu #1 '))
      expect(card?.text).toContain('còn 1 phút để tiếp nhận')
      const [province, ttch] = [h.api.messagesIn(GROUPS.ngheAn.id).length, h.api.messagesIn(GROUPS.ttch.id).length]

      for (const t of ['10:00:30', '10:00:48', '10:00:59', '10:01:00', '10:01:30', '10:02:00', '10:03:00', '10:04:00', '10:04:00', '10:30:00']) {
        h.setNow(at(t))
        await h.tick()
      }
      expect(texts(GROUPS.ngheAn.id, province)).toEqual([
        '⏰ Nhắc hạn — Phiếu #1: sắp hết hạn tiếp nhận (hạn 10:01 25/11/2026).\nĐơn vị xử lý: Nghệ An\nĐề nghị bấm «Tiếp nhận» trên thẻ phiếu.',
        '🚨 Phiếu #1 đã quá hạn tiếp nhận (hạn 10:01 25/11/2026).\nĐơn vị xử lý: Nghệ An\nĐề nghị bấm «Tiếp nhận» trên thẻ phiếu.',
        '📣 Báo cáo lãnh đạo đơn vị xử lý — Phiếu #1 quá hạn tiếp nhận 1 phút.\nĐơn vị xử lý: Nghệ An\nĐề nghị Quang Đặng chỉ đạo xử lý.',
      ])
      expect(texts(GROUPS.ttch.id, ttch)).toEqual([
        '📣 Báo cáo Tổ trưởng Trung tâm chỉ huy — Phiếu #1 quá hạn tiếp nhận 2 phút.\nĐơn vị xử lý: Nghệ An\nĐề nghị Sơn Bùi chỉ đạo xử lý.',
        '📣 Báo cáo lãnh đạo Tổ Giúp việc, Ban Chỉ đạo — Phiếu #1 quá hạn tiếp nhận 3 phút.\nĐơn vị xử lý: Nghệ An\nĐề nghị Sơn Bùi chỉ đạo xử lý.',
      ])
      // The leader is mentioned by a link to the user (Telegram makes it a text mention that notifies them).
      const mention = h.api.messagesIn(GROUPS.ngheAn.id).at(-1)
      expect(JSON.stringify(mention?.entities)).toContain(`tg://user?id=${provinceLead.id}`)
      // The alerts answer the card in the assignee group, which now shows the time overdue.
      expect(h.api.messagesIn(GROUPS.ngheAn.id).at(-1)?.reply_to_message?.message_id).toBe(card?.message_id)
      expect(h.api.messagesIn(GROUPS.ngheAn.id).find((m) => m.message_id === card?.message_id)?.text).toContain('quá hạn tiếp nhận 3 phút')

      expect(await h.db.prisma.slaStep.count()).toBe(5)
      await h.play(h.api.userSays(GROUPS.ttch, centreHead, '/phieu 1'))
      const timeline = h.api.messagesIn(GROUPS.ttch.id).at(-1)?.text ?? ''
      expect(timeline).toContain('10:00 25/11/2026 — trucban: Nhắc hạn tiếp nhận')
      expect(timeline).toContain('10:01 25/11/2026 — trucban: Quá hạn tiếp nhận')
      expect(timeline).toContain('10:02 25/11/2026 — trucban: Báo cáo vượt cấp: lãnh đạo đơn vị xử lý (tiếp nhận)')
      expect(timeline).toContain('10:03 25/11/2026 — trucban: Báo cáo vượt cấp: Tổ trưởng Trung tâm chỉ huy (tiếp nhận)')
      expect(timeline).toContain('10:04 25/11/2026 — trucban: Báo cáo vượt cấp: lãnh đạo Tổ Giúp việc, Ban Chỉ đạo (tiếp nhận)')
    })

    it('the minute job runs the tick and kicks the sender: 24 h of silence reaches the command centre once', async () => {
      const jobs = startJobs(h.deps, h.sender)
      try {
        const before = h.api.messagesIn(GROUPS.ttch.id).length
        h.setNow(new Date(at('10:00:00').getTime() + 24 * 3600_000))
        await jobs.tick()
        await jobs.tick()
        await h.sender.flush()
        expect(texts(GROUPS.ttch.id, before)).toEqual([
          '📣 Báo cáo Tổ trưởng Trung tâm chỉ huy — Phiếu #1: đơn vị xử lý chưa phản hồi trong 1 ngày.\nĐơn vị xử lý: Nghệ An\nĐề nghị Sơn Bùi chỉ đạo xử lý.',
        ])
      } finally {
        await jobs.stop()
      }
    })

    // Thursday 26/11, after the first ticket's 24 h: a second ticket, snoozed from its reminder.
    const day2 = (hms: string): Date => new Date(`2026-11-26T${hms}+07:00`)
    const toast = () => h.api.callsOf('answerCallbackQuery').at(-1)?.payload
    const alertIn = (chatId: number, start: string) => h.api.messagesIn(chatId).filter((m) => m.text?.startsWith(start)).at(-1)
    const provinceMember: FakeUser = { id: 113, first_name: 'Hoa', last_name: 'Lý' }

    it('snooze from a real alert: the toast, a reply under it, one event even on a double tap; the leaders\' step waits, the centre\'s does not', async () => {
      h.setNow(day2('11:00:00'))
      await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao Cán bộ một cửa xã chưa nắm quy trình liên thông khai sinh trên hệ thống TTHC'))
      h.setNow(day2('11:00:48'))
      await h.tick()
      const alert = alertIn(GROUPS.ngheAn.id, '⏰ Nhắc hạn — Phiếu #2')
      expect(alert?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(['⏰ Nhắc lại sau 1 giờ', '🌅 Sáng mai'])

      h.setNow(day2('11:00:50'))
      await h.play(h.api.userTaps(GROUPS.ngheAn, provinceMember, alert!.message_id, 'z:2:h'))
      expect(toast()).toMatchObject({ text: 'Đã hoãn nhắc hạn đến 12:00 26/11/2026.' })
      const reply = h.api.lastMessageIn(GROUPS.ngheAn.id)
      expect(reply?.text).toBe('💤 Hoa Lý đã hoãn nhắc hạn phiếu #2 đến 12:00 26/11/2026.\nBáo cáo vượt cấp lên Trung tâm chỉ huy vẫn được gửi đúng hạn.')
      expect(reply?.reply_to_message?.message_id).toBe(alert!.message_id)
      const card = h.api.messagesIn(GROUPS.ngheAn.id).find((m) => m.text?.startsWith('Phiếu #2 '))
      expect(card?.text).toContain('💤 hoãn nhắc hạn đến 12:00 26/11/2026')

      // A double tap: the second is told, nothing more is written.
      await h.play(h.api.userTaps(GROUPS.ngheAn, provinceMember, alert!.message_id, 'z:2:h'))
      expect(toast()).toMatchObject({ text: 'Phiếu đã được hoãn nhắc hạn đến 12:00 26/11/2026.' })
      expect(await h.db.prisma.ticketEvent.count({ where: { ticket: { number: 2 }, type: 'sla_snoozed' } })).toBe(1)

      const [province, ttch] = [h.api.messagesIn(GROUPS.ngheAn.id).length, h.api.messagesIn(GROUPS.ttch.id).length]
      for (const t of ['11:01:00', '11:02:00', '11:03:00']) {
        h.setNow(day2(t))
        await h.tick()
      }
      expect(texts(GROUPS.ngheAn.id, province)).toEqual([])
      expect(texts(GROUPS.ttch.id, ttch)).toEqual(['📣 Báo cáo Tổ trưởng Trung tâm chỉ huy — Phiếu #2 quá hạn tiếp nhận 2 phút.\nĐơn vị xử lý: Nghệ An\nĐề nghị Sơn Bùi chỉ đạo xử lý.'])
      h.setNow(day2('12:00:50'))
      await h.tick()
      expect(texts(GROUPS.ngheAn.id, province)).toEqual(['📣 Báo cáo lãnh đạo đơn vị xử lý — Phiếu #2 quá hạn tiếp nhận 59 phút.\nĐơn vị xử lý: Nghệ An\nĐề nghị Quang Đặng chỉ đạo xử lý.'])
    })

    it('a tap by someone the reminders are not for is refused, and changes nothing', async () => {
      // The dispatcher hands ticket #2 to VNPT Nghệ An: the province's old alert is no longer its business.
      await h.play(h.api.userSays(GROUPS.ttch, ADMIN, '/phieu 2'))
      const view = h.api.messagesIn(GROUPS.ttch.id).filter((m) => m.text?.startsWith('Phiếu #2 ')).at(-1)!
      const data = (m: typeof view, text: string) => m.reply_markup!.inline_keyboard.flat().find((b) => b.text === text)!
      await h.play(h.api.userTaps(GROUPS.ttch, ADMIN, view.message_id, (data(view, 'Giao lại') as { callback_data: string }).callback_data))
      const picker = h.api.messagesIn(GROUPS.ttch.id).find((m) => m.message_id === view.message_id)!
      await h.play(h.api.userTaps(GROUPS.ttch, ADMIN, view.message_id, (data(picker, 'VNPT Nghệ An') as { callback_data: string }).callback_data))
      const before = await h.db.prisma.ticket.findUnique({ where: { number: 2 } })
      const events = await h.db.prisma.ticketEvent.count()
      const alert = alertIn(GROUPS.ngheAn.id, '⏰ Nhắc hạn — Phiếu #2')!
      await h.play(h.api.userTaps(GROUPS.ngheAn, provinceMember, alert.message_id, 'z:2:m'))
      expect(toast()).toMatchObject({ text: 'Chỉ đơn vị xử lý phiếu, Trung tâm chỉ huy, điều phối viên hoặc quản trị viên mới hoãn nhắc hạn được.', show_alert: true })
      expect(await h.db.prisma.ticket.findUnique({ where: { number: 2 } })).toEqual(before)
      expect(await h.db.prisma.ticketEvent.count()).toBe(events)
      // Forged data naming another ticket than the alert is refused before anything else.
      await h.play(h.api.userTapsForged(GROUPS.ngheAn, provinceMember, alert.message_id, 'z:1:h'))
      expect(toast()).toMatchObject({ text: 'Nút này không còn hợp lệ.', show_alert: true })
    })

    it('«Đã phân loại» on the command centre\'s card of a ticket in Mới: the triage stage is met once; its reminder went to the centre', async () => {
      h.setNow(day2('14:00:00'))
      await h.play(h.api.userSays(GROUPS.ttch, centreHead, '/baocao Hệ thống báo cáo tổng hợp không xuất được số liệu ngày, cần kiểm tra'))
      const n = (await h.db.prisma.ticket.findFirst({ orderBy: { number: 'desc' } }))!.number
      expect((await h.db.prisma.ticket.findUnique({ where: { number: n } }))?.status).toBe('new')
      const cardOf = () => h.api.messagesIn(GROUPS.ttch.id).find((m) => m.text?.startsWith(`Phiếu #${n} `))!
      expect(cardOf().text).toContain('⏳ còn 15 phút để phân loại')
      h.setNow(day2('14:12:00'))
      await h.tick()
      expect(h.api.lastMessageIn(GROUPS.ttch.id)?.text).toBe(`⏰ Nhắc hạn — Phiếu #${n}: sắp hết hạn phân loại (hạn 14:15 26/11/2026).\nĐề nghị xác minh, phân loại phiếu (bấm «Đã phân loại» trên thẻ phiếu, sửa phân loại hoặc giao việc).`)

      h.setNow(day2('14:13:00'))
      const triage = cardOf().reply_markup!.inline_keyboard.flat().find((b) => b.text === 'Đã phân loại') as { callback_data: string }
      await h.play(h.api.userTaps(GROUPS.ttch, centreHead, cardOf().message_id, triage.callback_data))
      expect(toast()).toMatchObject({ text: 'Đã xác nhận phân loại phiếu.' })
      expect((await h.db.prisma.ticket.findUnique({ where: { number: n } }))?.triagedAt?.toISOString()).toBe(day2('14:13:00').toISOString())
      expect(cardOf().text).toContain('⏳ còn 17 phút để giao việc')
      expect(cardOf().reply_markup!.inline_keyboard.flat().map((b) => b.text)).not.toContain('Đã phân loại')
      // The same tap again (a stale button): told, not written twice.
      await h.play(h.api.userTapsForged(GROUPS.ttch, centreHead, cardOf().message_id, triage.callback_data))
      expect(toast()).toMatchObject({ text: 'Phiếu đã được xác nhận phân loại.', show_alert: true })
      expect(await h.db.prisma.ticketEvent.count({ where: { ticket: { number: n }, type: 'triaged' } })).toBe(1)
      // No triage breach alert at 14:15: the stage is met.
      const ttch = h.api.messagesIn(GROUPS.ttch.id).length
      h.setNow(day2('14:15:00'))
      await h.tick()
      expect(texts(GROUPS.ttch.id, ttch)).toEqual([])
    })
  })
}
