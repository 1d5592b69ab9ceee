import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBot } from '../../bot/create-bot.ts'
import { startJobs } from '../../bot/jobs.ts'
import { runSchedules } from '../../services/schedules/run-schedules.ts'
import { GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser } from '../helpers/fake-bot-api.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const at = (hms: string, day = '2026-11-25'): Date => new Date(`${day}T${hms}+07:00`)
const reporter: FakeUser = { id: 101, first_name: 'Lan', last_name: 'Trần' }
const REPORT_TITLE = '📊 Báo cáo nhanh 24 giờ qua'

for (const kind of TEST_DATABASES) {
  describe(`the daily rhythm in the groups [${kind}]`, () => {
    let h: Harness
    const reports = (chatId: number) => h.api.messagesIn(chatId).filter((m) => m.text?.startsWith(REPORT_TITLE))

    beforeAll(async () => {
      h = await startHarness(kind)
      await h.registerGroups('ttch', 'ngheAn', 'dienChau')
      h.setNow(at('10:00:00', '2026-11-24'))
      await h.play(h.api.userSays(GROUPS.dienChau, reporter, '/baocao Khẩn cấp: hệ thống một cửa xã Diễn Châu không đăng nhập được, báo lỗi 502'))
      // The jobs start (a job never run does not catch up).
      h.setNow(at('08:55:00'))
      await runSchedules(h.deps, at('08:55:00'))
    })
    afterAll(() => h.close())

    it('the 09:00 report lands in the command-centre group once, even when run twice in the minute and after a restart', async () => {
      // Two replicas in the same minute (the sender's clock is past both).
      h.setNow(at('09:00:45'))
      await Promise.all([runSchedules(h.deps, at('09:00:00')), runSchedules(h.deps, at('09:00:20'))])
      await h.sender.flush()
      await runSchedules(h.deps, at('09:00:45'))
      await h.sender.flush()
      expect(reports(GROUPS.ttch.id)).toHaveLength(1)
      const text = reports(GROUPS.ttch.id)[0].text ?? ''
      expect(text.split('\n').slice(0, 7)).toEqual([
        '📊 Báo cáo nhanh 24 giờ qua (từ 09:00 24/11/2026 đến 09:00 25/11/2026)',
        '• Phiếu mới: 1', '• Đã tiếp nhận: 0', '• Đã xử lý xong (hoàn thành, đóng): 0', '• Còn mở: 1', '• Quá hạn: 1',
        '• Giao xử lý trong 24 giờ: chưa có phiếu đủ 24 giờ (mục tiêu ≥ 95 %)',
      ])
      expect(text).toContain('• #1 Khẩn cấp · Nghệ An · Đã giao')
      expect(text).toContain('1. Nghệ An: 1 phiếu mở, 1 quá hạn')
      // Only the command centre's group.
      expect(reports(GROUPS.ngheAn.id)).toHaveLength(0)
      expect(reports(GROUPS.dienChau.id)).toHaveLength(0)

      // A restart within the minute: a new bot and sender on the same database, the minute job runs again.
      await h.sender.stop()
      const restarted = createBot(h.api.token, h.deps, { apiRoot: h.api.apiRoot, throttle: false })
      await restarted.bot.init()
      const jobs = startJobs(h.deps, restarted.sender)
      try {
        h.setNow(at('09:00:50'))
        await jobs.schedules()
        h.setNow(at('09:05:00'))
        await jobs.schedules()
        await restarted.sender.flush()
      } finally {
        await jobs.stop()
        await restarted.sender.stop()
      }
      expect(reports(GROUPS.ttch.id)).toHaveLength(1)
      expect(await h.db.prisma.jobRun.count({ where: { jobId: 'daily-report' } })).toBe(1)
    })

    it('after a day of downtime the report comes once, late, and says so; the missed reminders do not come', async () => {
      const before = h.api.messagesIn(GROUPS.ttch.id).length
      h.setNow(at('11:00:00', '2026-11-26'))
      await runSchedules(h.deps, h.deps.now())
      await runSchedules(h.deps, h.deps.now())
      await h.sender.flush()
      const texts = h.api.messagesIn(GROUPS.ttch.id).slice(before).map((m) => m.text ?? '')
      expect(texts).toHaveLength(1)
      expect(texts[0].split('\n')[0]).toBe('📊 Báo cáo nhanh 24 giờ qua (từ 09:00 25/11/2026 đến 09:00 26/11/2026) (gửi muộn do gián đoạn)')
    })

    it('the reminders go out at their minute with the catalogue text', async () => {
      const before = h.api.messagesIn(GROUPS.ngheAn.id).length
      h.setNow(at('17:00:00', '2026-11-26'))
      await runSchedules(h.deps, h.deps.now())
      await h.sender.flush()
      // The online meeting (all_registered): every registered group, once.
      const meeting = '⏰ 17:00 — Họp trực tuyến giao ban với đầu mối các địa phương, bộ ngành: đề nghị đầu mối và Tổ Công tác tỉnh tham dự đúng giờ.'
      expect(h.api.messagesIn(GROUPS.ngheAn.id).slice(before).map((m) => m.text)).toEqual([meeting])
      expect(h.api.messagesIn(GROUPS.ttch.id).at(-1)?.text).toBe(meeting)
      expect(h.api.messagesIn(GROUPS.dienChau.id).at(-1)?.text).toBe(meeting)
    })
  })
}
