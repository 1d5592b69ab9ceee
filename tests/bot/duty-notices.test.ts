// The person on duty hears directly (issue 4): rostered for the assignee unit with /phancong and having /started the
// bot in private, they are written to privately — once — of a new ticket of the unit and of each SLA step of it, while
// the group alerts go out as always. A person on duty who never /started the bot gets nothing privately (Telegram does
// not let a bot start a conversation), and nobody else is written to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Message } from 'grammy/types'
import { GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeChat, FakeUser } from '../helpers/fake-bot-api.ts'
import { shortSlaConfig } from '../helpers/fixtures.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const at = (hms: string): Date => new Date(`2026-11-25T${hms}+07:00`) // a Wednesday
const reporter: FakeUser = { id: 101, first_name: 'Lan', last_name: 'Trần' }
const provinceLead: FakeUser = { id: 111, first_name: 'Quang', last_name: 'Đặng' }
/** On duty for Nghệ An 09:30–10:30, has started the bot in private. */
const onDuty: FakeUser = { id: 121, first_name: 'Thảo', last_name: 'Ngô' }
/** On duty for Nghệ An 09:30–12:00, never started the bot. */
const silent: FakeUser = { id: 122, first_name: 'Khoa', last_name: 'Lý' }
/** Started the bot in private, on duty for nobody. */
const bystander: FakeUser = { id: 123, first_name: 'Vy', last_name: 'Mai' }
const privateChat = (u: FakeUser): FakeChat => ({ id: u.id, type: 'private' })
const SEND_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'copyMessage', 'forwardMessage'])

for (const kind of TEST_DATABASES) {
  describe(`the person on duty is told privately [${kind}]`, () => {
    let h: Harness
    const say = (chat: FakeChat, who: FakeUser, text: string, options?: Parameters<Harness['api']['userSays']>[3]) => h.play(h.api.userSays(chat, who, text, options))
    const last = (chat: FakeChat) => h.api.lastMessageIn(chat.id)?.text ?? ''
    /** What the bot sent to a person's private chat (every send call, rejected or not, so nothing hides). */
    const sentTo = (user: FakeUser) => h.api.calls.filter((c) => SEND_METHODS.has(c.method) && Number(c.payload.chat_id) === user.id)
    const dms = (user: FakeUser) => h.api.messagesIn(user.id).map((m) => m.text ?? '').filter((t) => t.startsWith('🔔'))
    /** The group's bot messages since `from`, cards left out. */
    const alerts = (chat: FakeChat, from: number) => h.api.messagesIn(chat.id).slice(from).map((m) => m.text ?? '').filter((t) => !t.startsWith('Phiếu #'))
    const tickAt = async (...times: string[]) => {
      for (const t of times) {
        h.setNow(at(t))
        await h.tick()
      }
    }

    beforeAll(async () => {
      h = await startHarness(kind, { config: shortSlaConfig() })
      await h.registerGroups('ttch', 'ngheAn', 'dienChau')
      h.api.setChatAdministrators(GROUPS.ngheAn.id, [provinceLead])
      h.setNow(at('09:00:00'))
      // The province's leader rosters two people, as replies to their messages in the group.
      for (const [person, shift] of [[onDuty, '25/11 09:30-10:30'], [silent, '25/11 09:30-12:00']] as const) {
        const hello = await say(GROUPS.ngheAn, person, 'Em nhận ca trực hôm nay ạ')
        await say(GROUPS.ngheAn, provinceLead, `/phancong ${shift}`, { reply_to: hello.message!.message_id })
        expect(last(GROUPS.ngheAn)).toMatch(new RegExp(`^✅ Đã phân công ${person.first_name} ${person.last_name} trực Nghệ An:`))
      }
      for (const person of [onDuty, bystander]) {
        await say(privateChat(person), person, '/start')
        expect(last(privateChat(person))).toContain('Xin chào! Tôi là trucban')
      }
    })
    afterAll(() => h?.close())

    it('a new ticket of the unit: the person on duty who started the bot hears of it once, privately, with its number', async () => {
      h.setNow(at('10:00:00'))
      await say(GROUPS.dienChau, reporter, '/baocao Cán bộ xã chưa biết cách chuyển hồ sơ liên thông trên hệ thống TTHC, cần hướng dẫn quy trình')
      const card = h.api.messagesIn(GROUPS.ngheAn.id).find((m) => m.text?.startsWith('Phiếu #1 '))
      expect(card?.text, 'the ticket is Nghệ An\'s').toContain('còn 1 phút để tiếp nhận')
      expect(dms(onDuty)).toEqual([
        '🔔 Bạn đang trực Nghệ An: phiếu mới #1 (Trung bình) được giao cho đơn vị — Cán bộ xã chưa biết cách chuyển hồ sơ liên thông trên hệ thống TTHC, cần hướng dẫn quy trình\nĐề nghị tiếp nhận trên thẻ phiếu trong nhóm của đơn vị.',
      ])
      expect(sentTo(silent)).toEqual([])
      expect(sentTo(bystander)).toHaveLength(1) // the /start greeting only
      expect(sentTo(reporter)).toEqual([])
    })

    it('each SLA step of it: the group alert, and one private message to the person on duty only — ticks repeated change nothing', async () => {
      const group = h.api.messagesIn(GROUPS.ngheAn.id).length
      const before = dms(onDuty).length
      await tickAt('10:00:30', '10:00:30', '10:00:59', '10:01:00', '10:01:00', '10:01:30', '10:02:00', '10:02:00', '10:03:00', '10:04:00', '10:04:00', '10:20:00')
      // The group alerts still go out (the person on duty is told in addition, not instead).
      expect(alerts(GROUPS.ngheAn, group).map((t) => t.split('\n')[0])).toEqual([
        '⏰ Nhắc hạn — Phiếu #1: sắp hết hạn tiếp nhận (hạn 10:01 25/11/2026).',
        '🚨 Phiếu #1 đã quá hạn tiếp nhận (hạn 10:01 25/11/2026).',
        '📣 Báo cáo lãnh đạo đơn vị xử lý — Phiếu #1 quá hạn tiếp nhận 1 phút.',
      ])
      const steps = await h.db.prisma.slaStep.count({ where: { skipped: false } })
      expect(steps).toBe(5)
      // One private message per step, each naming the ticket; the two levels above the unit too (the person on duty
      // is the one who can still act).
      const mine = dms(onDuty).slice(before)
      expect(mine).toEqual([
        '🔔 Bạn đang trực Nghệ An:\n⏰ Nhắc hạn — Phiếu #1: sắp hết hạn tiếp nhận (hạn 10:01 25/11/2026).\nĐề nghị bấm «Tiếp nhận» trên thẻ phiếu.',
        '🔔 Bạn đang trực Nghệ An:\n🚨 Phiếu #1 đã quá hạn tiếp nhận (hạn 10:01 25/11/2026).\nĐề nghị bấm «Tiếp nhận» trên thẻ phiếu.',
        '🔔 Bạn đang trực Nghệ An:\n📣 Báo cáo lãnh đạo đơn vị xử lý — Phiếu #1 quá hạn tiếp nhận 1 phút.',
        '🔔 Bạn đang trực Nghệ An:\n📣 Báo cáo Tổ trưởng Trung tâm chỉ huy — Phiếu #1 quá hạn tiếp nhận 2 phút.',
        '🔔 Bạn đang trực Nghệ An:\n📣 Báo cáo lãnh đạo Tổ Giúp việc, Ban Chỉ đạo — Phiếu #1 quá hạn tiếp nhận 3 phút.',
      ])
      expect(mine).toHaveLength(steps)
      // Private means private: plain text to the person, no mention of anyone, no buttons, not a reply to anything.
      for (const m of h.api.messagesIn(onDuty.id).filter((x: Message) => x.text?.startsWith('🔔'))) {
        expect(m.reply_markup).toBeUndefined()
        expect(m.reply_to_message).toBeUndefined()
        expect(JSON.stringify(m.entities ?? [])).not.toContain('tg://user')
      }
      // Nobody else was written to privately.
      expect(sentTo(silent)).toEqual([])
      expect(sentTo(bystander)).toHaveLength(1)
      expect(sentTo(reporter)).toEqual([])
      expect(sentTo(provinceLead)).toEqual([])
    })

    it('a person on duty who never started the bot gets nothing privately; the group alerts go out all the same', async () => {
      // 11:00: only the one who never started the bot is on duty for Nghệ An.
      h.setNow(at('11:00:00'))
      const group = h.api.messagesIn(GROUPS.ngheAn.id).length
      const calls = h.api.calls.length
      await say(GROUPS.dienChau, reporter, '/baocao Cán bộ xã chưa biết cách tra cứu tình trạng hồ sơ trên hệ thống TTHC, đề nghị hướng dẫn')
      expect(h.api.messagesIn(GROUPS.ngheAn.id).find((m) => m.text?.startsWith('Phiếu #2 '))?.text).toContain('còn 1 phút để tiếp nhận')
      await tickAt('11:00:30', '11:00:50', '11:01:00', '11:02:00', '11:03:00', '11:04:00')
      expect(alerts(GROUPS.ngheAn, group).map((t) => t.split('\n')[0])).toEqual([
        '⏰ Nhắc hạn — Phiếu #2: sắp hết hạn tiếp nhận (hạn 11:01 25/11/2026).',
        '🚨 Phiếu #2 đã quá hạn tiếp nhận (hạn 11:01 25/11/2026).',
        '📣 Báo cáo lãnh đạo đơn vị xử lý — Phiếu #2 quá hạn tiếp nhận 1 phút.',
      ])
      const sinceThen = h.api.calls.slice(calls).filter((c) => SEND_METHODS.has(c.method))
      // Not even an attempt (which Telegram would refuse with 403): every message went to a group.
      expect(sinceThen.filter((c) => Number(c.payload.chat_id) > 0).map((c) => c.payload.chat_id)).toEqual([])
      expect(sentTo(silent)).toEqual([])
      // The one who started the bot is off duty now: nothing about #2.
      expect(dms(onDuty).filter((t) => t.includes('#2'))).toEqual([])
    })

    it('no API call of the bot was rejected', () => {
      expect(h.api.rejectedCalls()).toEqual([])
    })
  })
}
