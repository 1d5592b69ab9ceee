// The per-group daily digest (07:45 on working days): each registered group gets its own unit's open tickets, late
// ones first with the cards' overdue badge; the command centre what waits in Mới and every late ticket; a group with
// nothing gets nothing; each slot once, across replicas and a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBot } from '../../bot/create-bot.ts'
import { startJobs } from '../../bot/jobs.ts'
import { vi as msg } from '../../bot/messages/vi.ts'
import { runSchedules } from '../../services/schedules/run-schedules.ts'
import { GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeUser } from '../helpers/fake-bot-api.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const at = (hms: string, day = '2026-11-25'): Date => new Date(`${day}T${hms}+07:00`)
const reporter: FakeUser = { id: 101, first_name: 'Lan', last_name: 'Trần' }
const monitor: FakeUser = { id: 102, first_name: 'Giám sát', last_name: 'TTCH' }
const TITLE = '📋 Tổng hợp phiếu đầu ngày'

for (const kind of TEST_DATABASES) {
  describe(`the daily digest in the groups [${kind}]`, () => {
    let h: Harness
    const digests = (chatId: number) => h.api.messagesIn(chatId).map((m) => m.text ?? '').filter((t) => t.startsWith(TITLE))
    const say = (chat: (typeof GROUPS)[keyof typeof GROUPS], who: FakeUser, text: string) => h.play(h.api.userSays(chat, who, text))

    beforeAll(async () => {
      h = await startHarness(kind)
      await h.registerGroups('ttch', 'ngheAn', 'vnpt', 'dienChau', 'thanhHoa')
      h.setNow(at('10:00:00', '2026-11-24'))
      await say(GROUPS.dienChau, reporter, '/baocao Khẩn cấp: hệ thống một cửa xã Diễn Châu không đăng nhập được, báo lỗi 502')
      h.setNow(at('14:00:00', '2026-11-24'))
      await say(GROUPS.dienChau, reporter, '/baocao Hệ thống một cửa xã Diễn Châu chậm, thỉnh thoảng không tra cứu được hồ sơ')
      await say(GROUPS.ttch, monitor, '/baocao Mất kết nối trục liên thông văn bản quốc gia từ 13h')
      // The 07:45 slot of Wednesday 25/11/2026 (a working day).
      h.setNow(at('07:45:20'))
    })
    afterAll(() => h?.close())

    it('each group its own list, once, even when two replicas run the minute and the bot restarts', async () => {
      await Promise.all([runSchedules(h.deps, at('07:45:00')), runSchedules(h.deps, at('07:45:20'))])
      await h.sender.flush()
      // A restart within the minute: a new bot and sender on the same database, the minute job runs again.
      await h.sender.stop()
      const restarted = createBot(h.api.token, h.deps, { apiRoot: h.api.apiRoot, throttle: false })
      await restarted.bot.init()
      const jobs = startJobs(h.deps, restarted.sender)
      try {
        await jobs.schedules()
        await restarted.sender.flush()
      } finally {
        await jobs.stop()
        await restarted.sender.stop()
      }

      const vnpt = digests(GROUPS.vnpt.id)
      expect(vnpt).toHaveLength(1)
      expect(vnpt[0].split('\n').slice(0, 2)).toEqual([
        `${TITLE} — VNPT Nghệ An (07:45 25/11/2026)`,
        'Phiếu đang mở của đơn vị: 2, trong đó quá hạn: 1.',
      ])
      const lines = vnpt[0].split('\n')
      expect(lines[3]).toBe(`#1 Đã giao · ⚠️ ${msg.card.overdue} · Khẩn cấp · VNPT Nghệ An`)
      expect(lines[6]).toMatch(/^#2 Đã giao · \S+/)
      // The reporting commune follows the same tickets; the province (only informed by visibility) gets nothing.
      expect(digests(GROUPS.dienChau.id)).toHaveLength(1)
      expect(digests(GROUPS.dienChau.id)[0].split('\n').filter((l) => l.startsWith('#')).map((l) => l.split(' ')[0])).toEqual(['#1', '#2'])
      expect(digests(GROUPS.ngheAn.id)).toEqual([])
      expect(digests(GROUPS.thanhHoa.id)).toEqual([])
      // The command centre: the ticket waiting in Mới and the late ones.
      const centre = digests(GROUPS.ttch.id)
      expect(centre).toHaveLength(1)
      expect(centre[0]).toContain('chờ phân luồng (Mới): 1')
      expect(centre[0]).toContain(`#3 Mới · Trung bình · ${msg.card.unassigned}`)
      expect(centre[0].split('\n').filter((l) => l.startsWith('#'))[0]).toBe(`#1 Đã giao · ⚠️ ${msg.card.overdue} · Khẩn cấp · VNPT Nghệ An`)
      expect(await h.db.prisma.jobRun.findMany({ where: { jobId: 'group-digest' }, select: { status: true } })).toEqual([{ status: 'sent' }])
    })

    it('a busy group: 15 tickets listed, the rest counted with a pointer to /tondong, under 4,096 characters', async () => {
      h.setNow(at('11:00:00'))
      const long = 'Hệ thống một cửa xã Diễn Châu không đăng nhập được, báo lỗi 502 khi nộp hồ sơ đất đai; người dân chờ đông. '.repeat(6)
      for (let i = 0; i < 20; i++) await say(GROUPS.dienChau, reporter, `/baocao ${long} (lần ${i + 1})`)
      // Thursday 07:45.
      h.setNow(at('07:45:10', '2026-11-26'))
      await runSchedules(h.deps, h.deps.now())
      await h.sender.flush()
      const [text] = digests(GROUPS.vnpt.id).slice(1)
      expect(text.length).toBeLessThanOrEqual(4096)
      expect(text.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(15)
      expect(text.split('\n').at(-1)).toBe('… và 7 phiếu khác — /tondong')
      expect(h.api.rejectedCalls()).toEqual([])
    })

    it('no digest on a day off', async () => {
      const all = () => Object.values(GROUPS).flatMap((g) => digests(g.id))
      const before = all().length
      h.setNow(at('07:45:00', '2026-11-28')) // Saturday
      await runSchedules(h.deps, h.deps.now())
      await h.sender.flush()
      expect(all()).toHaveLength(before)
      // Friday's slot (never run: the bot was "down") is recorded as dropped; Saturday has no slot.
      const runs = await h.db.prisma.jobRun.findMany({ where: { jobId: 'group-digest' }, orderBy: { slot: 'asc' }, select: { slot: true, status: true } })
      expect(runs.map((r) => [r.slot.toISOString(), r.status])).toEqual([
        [at('07:45:00').toISOString(), 'sent'], [at('07:45:00', '2026-11-26').toISOString(), 'sent'], [at('07:45:00', '2026-11-27').toISOString(), 'skipped'],
      ])
    })
  })
}
