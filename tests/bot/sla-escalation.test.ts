import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startJobs } from '../../bot/jobs.ts'
import { GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser } from '../helpers/fake-bot-api.ts'
import { shippedConfig, shortSlaConfig } from '../helpers/fixtures.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const shipped = shippedConfig()
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
  })
}
