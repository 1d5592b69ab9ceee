// Duty rosters in the groups: /phancong (as a reply, by the unit's leader), /truc, /lichtruc, the person on duty
// told privately of a new ticket of their unit once they have started a private chat with the bot, and the Friday
// post of next week's roster in the command centre's groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBot } from '../../bot/create-bot.ts'
import { startJobs } from '../../bot/jobs.ts'
import { runSchedules } from '../../services/schedules/run-schedules.ts'
import { GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeChat, FakeUser } from '../helpers/fake-bot-api.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const vnptLead: FakeUser = { id: 503, first_name: 'Hùng', last_name: 'Lê' }
const engineer: FakeUser = { id: 502, first_name: 'Minh', last_name: 'Phạm' }
const member: FakeUser = { id: 504, first_name: 'Hà', last_name: 'Vũ' }
const reporter: FakeUser = { id: 501, first_name: 'Lan', last_name: 'Trần' }
const privateChat = (u: FakeUser): FakeChat => ({ id: u.id, type: 'private' })
const vn = (s: string) => new Date(`${s}+07:00`)

for (const kind of TEST_DATABASES) {
  describe(`duty rosters in the groups [${kind}]`, () => {
    let h: Harness
    const say = (chat: FakeChat, who: FakeUser, text: string, options?: Parameters<Harness['api']['userSays']>[3]) => h.play(h.api.userSays(chat, who, text, options))
    const last = (chat: FakeChat) => h.api.lastMessageIn(chat.id)?.text ?? ''

    beforeAll(async () => {
      h = await startHarness(kind)
      h.api.setChatAdministrators(GROUPS.vnpt.id, [vnptLead])
      await h.registerGroups('ttch', 'vnpt', 'dienChau')
      h.setNow(vn('2026-11-30T09:00:00')) // Monday
    })
    afterAll(() => h?.close())

    it('/phancong as a reply: the leader adds a shift; a member may not; an overlap is refused', async () => {
      const hello = await say(GROUPS.vnpt, engineer, 'Em trực tối nay ạ')
      const replyTo = { reply_to: hello.message!.message_id }
      await say(GROUPS.vnpt, member, '/phancong 30/11 17:00-07:30', replyTo)
      expect(last(GROUPS.vnpt)).toBe('Chỉ quản trị viên, điều phối viên hoặc lãnh đạo đơn vị (quản trị nhóm) mới phân công trực được.')
      await say(GROUPS.vnpt, vnptLead, '/phancong 30/11 17:00-07:30', replyTo)
      expect(last(GROUPS.vnpt)).toBe('✅ Đã phân công Minh Phạm trực VNPT Nghệ An: T2 30/11 17:00 – T3 01/12 07:30 (ca 1). Xoá: /phancong xoa 1')
      await say(GROUPS.vnpt, vnptLead, '/phancong 01/12 06:00-09:00', replyTo)
      expect(last(GROUPS.vnpt)).toBe('Người này đã có ca trực trùng thời gian trong đơn vị. (ca 1: T2 30/11 17:00 – T3 01/12 07:30)')
      await say(GROUPS.vnpt, vnptLead, '/phancong 30/11 9h-10h')
      expect(last(GROUPS.vnpt)).toContain('Cách dùng: trả lời (reply) tin nhắn của người được phân công')
      expect(await h.db.prisma.shift.count()).toBe(1)
    })

    it('/truc: who is on duty now, per team; /lichtruc: the week with its gaps outside working hours', async () => {
      h.setNow(vn('2026-11-30T20:00:00'))
      await say(GROUPS.ttch, member, '/truc')
      const now = last(GROUPS.ttch).split('\n')
      expect(now[0]).toBe('👮 Trực ban lúc 20:00 30/11/2026')
      expect(now).toContain('• VNPT Nghệ An: Minh Phạm (đến T3 01/12 07:30)')
      expect(now.filter((l) => l.endsWith('chưa có người trực'))).toHaveLength(6) // ttch and its five teams
      await say(GROUPS.dienChau, member, '/truc')
      expect(last(GROUPS.dienChau).split('\n').slice(1)).toEqual(['• xã Diễn Châu: chưa có người trực'])

      await say(GROUPS.vnpt, member, '/lichtruc')
      const week = last(GROUPS.vnpt).split('\n')
      expect(week[0]).toBe('📅 Lịch trực tuần 30/11 – 06/12')
      expect(week).toContain('  T2 30/11 17:00 – T3 01/12 07:30 · Minh Phạm (ca 1)')
      expect(week).toContain('  ⚠️ Ngoài giờ chưa có người trực:')
      expect(week).toContain('   – T2 30/11 00:00 – 07:30')
      expect(week).not.toContain('   – T2 30/11 17:00 – T3 01/12 00:00')
      expect(week.at(-1)).toBe('⚠️ 1 nhóm còn khung ngoài giờ chưa có người trực (yêu cầu ≥ 1 người mỗi nhóm ngoài giờ làm việc).')
    })

    it('the person on duty is told privately of a new ticket of the unit, once, after /start', async () => {
      h.setNow(vn('2026-11-30T21:00:00'))
      await say(GROUPS.dienChau, reporter, '/baocao Hệ thống một cửa xã Diễn Châu không đăng nhập được, lỗi 502')
      // No private chat yet: nothing can be sent.
      expect(h.api.messagesIn(engineer.id)).toHaveLength(0)
      await say(privateChat(engineer), engineer, '/start')
      expect(last(privateChat(engineer))).toContain('Xin chào! Tôi là trucban')
      await say(GROUPS.dienChau, reporter, '/baocao Xã Diễn Châu: hệ thống một cửa lại báo lỗi 502, không nộp được hồ sơ')
      const dm = h.api.messagesIn(engineer.id).map((m) => m.text ?? '').filter((t) => t.startsWith('🔔'))
      expect(dm).toHaveLength(1)
      expect(dm[0]).toContain('🔔 Bạn đang trực VNPT Nghệ An: phiếu mới #2')
      // Nobody else on duty, nobody else written to.
      expect(h.api.messagesIn(member.id)).toHaveLength(0)
    })

    it('/phancong xoa removes the shift', async () => {
      await say(GROUPS.vnpt, vnptLead, '/phancong xoa 1')
      expect(last(GROUPS.vnpt)).toBe('🗑 Đã xoá ca 1: Minh Phạm, T2 30/11 17:00 – T3 01/12 07:30.')
      expect(await h.db.prisma.shift.count()).toBe(0)
    })

    it('Friday 15:00: next week\'s roster, once in each command-centre group, its gap outside working hours called out; a rerun or a replay posts nothing more', async () => {
      // A second group of the command centre: the post goes to every active group of its target, and only there.
      const ttchRoom: FakeChat = { id: -1001000000007, type: 'supergroup', title: 'TTCH – Phòng giao ban' }
      h.api.addChat(ttchRoom)
      await h.register(ttchRoom, 'Trung tâm chỉ huy')
      h.setNow(vn('2026-12-04T10:00:00')) // Friday
      const hello = await say(GROUPS.vnpt, engineer, 'Em nhận trực tuần sau ạ')
      const other = await say(GROUPS.vnpt, member, 'Em nhận trực cuối tuần sau ạ')
      // Next week is Mon 07/12 – Sun 13/12. Covered: Mon 00:00 – Thu 17:00 and Fri 07:30 – Mon 14/12 00:00; the
      // Thursday night is nobody's. A shift of this week is not next week's business.
      for (const [text, to] of [['/phancong 07/12 00:00-10/12 17:00', hello], ['/phancong 11/12 07:30-14/12 00:00', other], ['/phancong 04/12 17:00-07:30', other]] as const) {
        await say(GROUPS.vnpt, vnptLead, text, { reply_to: to.message!.message_id })
        expect(last(GROUPS.vnpt)).toMatch(/^✅ Đã phân công/)
      }
      const rosterPosts = (chat: FakeChat) => h.api.messagesIn(chat.id).filter((m) => m.text?.startsWith('📅 Lịch trực tuần sau'))
      const everyGroup = [GROUPS.ttch, ttchRoom, GROUPS.vnpt, GROUPS.dienChau]
      const counts = () => everyGroup.map((c) => rosterPosts(c).length)

      // The minute job at Friday's roster slot (the cron ticks at second 0; the job runs a moment later).
      h.setNow(vn('2026-12-04T15:00:02'))
      const jobs = startJobs(h.deps, h.sender)
      try {
        await jobs.schedules()
        await h.sender.flush()
        expect(counts(), 'roster posts in ttch, the second ttch group, vnpt, Diễn Châu').toEqual([1, 1, 0, 0])
        const post = rosterPosts(GROUPS.ttch)[0].text!
        expect(rosterPosts(ttchRoom)[0].text).toBe(post)
        const lines = post.split('\n')
        expect(lines[0]).toBe('📅 Lịch trực tuần sau 07/12 – 13/12')
        // Each unit is a block of lines after an empty one: the centre's five teams first, then the units with shifts.
        const blocks = post.split('\n\n').slice(1, -1).map((b) => b.split('\n'))
        expect(blocks.map((b) => b[0])).toEqual([...h.deps.config.units.filter((u) => u.kind === 'cc_team').map((u) => u.name), 'VNPT Nghệ An'])
        expect(blocks.at(-1)).toEqual([
          'VNPT Nghệ An',
          '  T2 07/12 00:00 – T5 10/12 17:00 · Minh Phạm (ca 2)',
          '  T6 11/12 07:30 – T2 14/12 00:00 · Hà Vũ (ca 3)',
          '  ⚠️ Ngoài giờ chưa có người trực:',
          '   – T5 10/12 17:00 – T6 11/12 07:30',
        ])
        expect(post).not.toContain('(ca 4)') // this week's shift
        // The command centre's teams, no shifts yet: their gaps are called out too.
        for (const team of blocks.slice(0, -1)) expect(team.slice(1, 3)).toEqual(['  chưa có ca trực', '  ⚠️ Ngoài giờ chưa có người trực:'])
        expect(lines.at(-1)).toBe('⚠️ 6 nhóm còn khung ngoài giờ chưa có người trực (yêu cầu ≥ 1 người mỗi nhóm ngoài giờ làm việc).')
        expect(post.length).toBeLessThanOrEqual(4096)

        // The same minute again, two replicas at once, and later within the catch-up window: nothing more.
        h.setNow(vn('2026-12-04T15:00:40'))
        await jobs.schedules()
        await Promise.all([runSchedules(h.deps, vn('2026-12-04T15:00:20')), runSchedules(h.deps, vn('2026-12-04T15:00:50'))])
        await h.sender.flush()
        expect(counts()).toEqual([1, 1, 0, 0])
      } finally {
        await jobs.stop()
      }

      // A replay after a restart: a new bot, sender and minute job on the same database, in the minute and after it.
      await h.sender.stop()
      const restarted = createBot(h.api.token, h.deps, { apiRoot: h.api.apiRoot, throttle: false })
      await restarted.bot.init()
      const again = startJobs(h.deps, restarted.sender)
      try {
        for (const t of ['2026-12-04T15:00:55', '2026-12-04T15:10:00']) {
          h.setNow(vn(t))
          await again.schedules()
        }
        await restarted.sender.flush()
      } finally {
        await again.stop()
        await restarted.sender.stop()
      }
      expect(counts()).toEqual([1, 1, 0, 0])
      expect(await h.db.prisma.jobRun.findMany({ where: { jobId: 'weekly-roster' }, select: { slot: true, status: true } }))
        .toEqual([{ slot: vn('2026-12-04T15:00:00'), status: 'sent' }])
    })

    it('no API call of the bot was rejected', () => {
      expect(h.api.rejectedCalls()).toEqual([])
    })
  })
}
