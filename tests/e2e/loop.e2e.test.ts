// The acceptance scenario end to end, with the bot as a separate process (`node --import tsx bot/main.ts`, as
// `npm start` runs it) talking HTTP to the fake Bot API with Telegram's flood limits on (1 msg/s per chat with a
// burst of 3, 20 per minute per group), on a fresh embedded PGlite directory. The bot is stopped with SIGTERM and
// crashed with SIGKILL on the way, and must lose nothing and double nothing. Assertions go through the fake API's
// view of the chats; the database is opened only while the bot is stopped (PGlite is single-process).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Message, Update } from 'grammy/types'
import { openDatabase } from '../../services/repositories/database.ts'
import { BotProcesses, configWithoutSchedules, type BotProcess } from '../helpers/bot-process.ts'
import { startFakeBotApi, type FakeBotApi, type FakeChat, type FakeUser } from '../helpers/fake-bot-api.ts'

const ADMIN: FakeUser = { id: 900, first_name: 'Quản trị' }
const reporter: FakeUser = { id: 101, first_name: 'Lan', last_name: 'Trần' }
const vnptEngineer: FakeUser = { id: 102, first_name: 'Minh', last_name: 'Phạm' }
const ccOfficer: FakeUser = { id: 104, first_name: 'Hà', last_name: 'Nguyễn' }
const outsider: FakeUser = { id: 105, first_name: 'Tuấn', last_name: 'Vũ' }
const provinceOfficer: FakeUser = { id: 106, first_name: 'Bình', last_name: 'Hoàng' }
const thanhHoaOfficer: FakeUser = { id: 107, first_name: 'Dũng', last_name: 'Đỗ' }

const G = {
  ngheAn: { id: -1002000000002, type: 'supergroup', title: 'Đầu mối CĐS tỉnh Nghệ An' },
  vnpt: { id: -1002000000003, type: 'supergroup', title: 'VNPT Nghệ An – Tổ đối ứng' },
  dienChau: { id: -1002000000004, type: 'supergroup', title: 'Tổ ứng cứu xã Diễn Châu' },
  ttch: { id: -1002000000001, type: 'supergroup', title: 'TTCH – Trực ban' },
  thanhHoa: { id: -1002000000005, type: 'supergroup', title: 'Đầu mối CĐS Thanh Hóa' },
} satisfies Record<string, FakeChat>
const privateChat: FakeChat = { id: reporter.id, type: 'private' }

const REGISTRATIONS: Array<[FakeChat, string, string]> = [
  [G.ngheAn, 'tinh nghe an', 'Nghệ An'],
  [G.vnpt, 'VNPT Nghệ An', 'VNPT Nghệ An'],
  [G.dienChau, 'xã Diễn Châu, Nghệ An', 'xã Diễn Châu'],
  [G.ttch, 'Trung tâm chỉ huy', 'Trung tâm chỉ huy'],
  [G.thanhHoa, 'Thanh Hóa', 'Thanh Hóa'],
]

const BURST = 25
const SEND_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'copyMessage', 'forwardMessage'])
const EDIT_METHODS = new Set(['editMessageText', 'editMessageReplyMarkup', 'editMessageCaption'])

let api: FakeBotApi
let workDir: string
let dataDir: string
let configFile: string
const bots = new BotProcesses()
let bot: BotProcess

// ---- helpers ----------------------------------------------------------------------------------------------

function startBot(): BotProcess {
  bot = bots.start({ token: api.token, apiRoot: api.apiRoot, databaseUrl: `pglite:${dataDir}`, adminIds: [ADMIN.id], env: { CONFIG_FILE: configFile } })
  return bot
}

async function botReady(b: BotProcess): Promise<void> {
  await b.waitForLog('bot.start', 90_000)
}

/** Polls until `probe` returns something truthy; fails with what it last saw and the bot's recent output. */
async function eventually<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value) return value
    if (bot && !bot.running) throw new Error(`${what}: the bot exited (${JSON.stringify(bot.exitStatus)})\n${bot.tail()}`)
    if (Date.now() > deadline) {
      const recent = api.calls.filter((c) => c.method !== 'getUpdates').slice(-8)
        .map((c) => `${c.method}(${String(c.payload.chat_id ?? '')})→${c.response.ok ? 'ok' : c.response.error_code}`)
      throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}\nrecent calls: ${recent.join('; ')}\n${bot?.tail(15) ?? ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const botMessages = (chat: FakeChat): Message[] => api.messagesIn(chat.id)
const cardsIn = (chat: FakeChat, n: number): Message[] => botMessages(chat).filter((m) => m.text?.startsWith(`Phiếu #${n} `))
const statusLine = (m: Message | undefined): string => m?.text?.split('\n')[0] ?? ''
const buttonData = (m: Message | undefined, text: string): string | undefined => {
  const button = m?.reply_markup?.inline_keyboard.flat().find((b) => b.text === text)
  return button && 'callback_data' in button ? button.callback_data : undefined
}
const callsSince = (index: number, methods: Set<string>) => api.calls.slice(index).filter((c) => methods.has(c.method))

/** The one card of ticket #n in a group (fails if there are none or several). */
function theCard(chat: FakeChat, n: number): Message {
  const cards = cardsIn(chat, n)
  expect(cards.map((m) => m.message_id), `cards of #${n} in ${chat.title}`).toHaveLength(1)
  return cards[0]
}

/** A user's message in a group, and the bot's answer: waits until the bot has posted `count` more messages there. */
async function say(chat: FakeChat, user: FakeUser, text: string, count = 1): Promise<Message[]> {
  const before = botMessages(chat).length
  api.userSays(chat, user, text)
  await eventually(`${count} answer(s) to "${text}" in ${chat.title ?? chat.id}`, () => botMessages(chat).length >= before + count)
  return botMessages(chat).slice(before)
}

/** A tap on a button (or forged data), waiting for the bot's answerCallbackQuery. */
async function tap(chat: FakeChat, user: FakeUser, messageId: number, data: string, forged = false): Promise<{ text?: string; alert: boolean }> {
  const update: Update = forged ? api.userTapsForged(chat, user, messageId, data) : api.userTaps(chat, user, messageId, data)
  const id = update.callback_query!.id
  const answer = await api.waitForCall((c) => c.method === 'answerCallbackQuery' && String(c.payload.callback_query_id) === id, { timeoutMs: 20_000 })
  expect(answer.response.ok).toBe(true)
  return { text: answer.payload.text as string | undefined, alert: answer.payload.show_alert === true || answer.payload.show_alert === 'true' }
}

async function tapButton(chat: FakeChat, user: FakeUser, n: number, text: string) {
  const card = theCard(chat, n)
  const data = buttonData(card, text)
  expect(data, `button ${text} on the card of #${n} in ${chat.title}`).toBeDefined()
  return tap(chat, user, card.message_id, data!)
}

/** Every chat's bot messages in their current state. */
const snapshot = () => Object.fromEntries([...Object.values(G), privateChat].map((c) => [c.id, botMessages(c)]))

/** Opens the bot's data directory in this process; only while no bot process runs. */
async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  expect(bots.all.every((b) => !b.running), 'no bot process may hold the PGlite directory').toBe(true)
  const db = await openDatabase(`pglite:${dataDir}`)
  try {
    return await fn(db)
  } finally {
    await db.close()
  }
}

/** "HH:MM dd/mm/yyyy" in Vietnam time → epoch ms of that minute. */
function parseVnTime(s: string): number {
  const [, hh, mm, dd, mo, yyyy] = /^(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})$/.exec(s) ?? []
  return Date.UTC(Number(yyyy), Number(mo) - 1, Number(dd), Number(hh) - 7, Number(mm))
}

// ---- the scenario -----------------------------------------------------------------------------------------

const cardIds = new Map<string, number>()
let scenarioStart = 0

describe('trucban as a process: the acceptance scenario over HTTP, with flood limits, restarts and a crash', { sequential: true }, () => {
  beforeAll(async () => {
    api = await startFakeBotApi() // Telegram's limits on: 1 msg/s per chat (burst 3), 20/min per group, edits count
    workDir = mkdtempSync(join(tmpdir(), 'trucban-e2e-'))
    dataDir = join(workDir, 'pglite')
    configFile = configWithoutSchedules(workDir)
    scenarioStart = Date.now()
  })

  // The steps build on each other: after a failure the rest is skipped rather than failing confusingly.
  let broken = false
  beforeEach((ctx) => {
    if (broken) ctx.skip()
  })
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') broken = true
  })

  afterAll(async () => {
    await bots.killAll()
    await api?.close()
    if (workDir) rmSync(workDir, { recursive: true, force: true })
  })

  it('step 1: starts, creates and migrates the embedded database, and answers /start in a private chat', async () => {
    expect(existsSync(dataDir)).toBe(false)
    await botReady(startBot())
    expect(bot.records('applied migration').length).toBeGreaterThan(0)
    expect(existsSync(dataDir)).toBe(true)
    expect(api.callsOf('setMyCommands').at(-1)?.response.ok).toBe(true)

    api.userSays(privateChat, reporter, '/start')
    const hello = await eventually('the /start answer', () => botMessages(privateChat)[0])
    expect(hello.text).toContain('Xin chào! Tôi là trucban')
  }, 120_000)

  it('step 2: the admin adds the bot to the groups (one "how to register" hint each) and registers them', async () => {
    for (const chat of Object.values(G)) api.botAddedToGroup(chat, ADMIN)
    for (const chat of Object.values(G)) {
      const [hint] = await eventually(`the hint in ${chat.title}`, () => botMessages(chat).length > 0 && botMessages(chat))
      expect(hint.text).toContain('Nhóm này chưa được đăng ký với đơn vị nào')
    }
    // Ordinary talk and a command in a group nobody registered yet: no data, and no second hint.
    api.userSays(G.dienChau, reporter, 'Chào cả nhóm, nhóm mình đã có bot trực ban.')
    api.userSays(G.dienChau, reporter, '/phieu 1')

    for (const [chat, spelling, unitName] of REGISTRATIONS) {
      const [reply] = await say(chat, ADMIN, `/dangky ${spelling}`)
      expect(reply.text).toBe(`Đã đăng ký nhóm này cho đơn vị: ${unitName}. Thành viên nhóm từ nay thao tác thay mặt đơn vị.`)
    }
    // Updates are handled in order and the outbox is FIFO: anything caused by the two messages above came first.
    for (const chat of Object.values(G)) {
      expect(botMessages(chat).map((m) => m.text?.split('\n')[0]), chat.title).toEqual([
        'Nhóm này chưa được đăng ký với đơn vị nào nên trucban chưa hiển thị dữ liệu.',
        expect.stringMatching(/^Đã đăng ký nhóm này cho đơn vị: /),
      ])
    }
  }, 60_000)

  it('step 3: /baocao and a captioned photo create #1 and #2, with cards in the reporting and the assignee group', async () => {
    const text = api.userSays(G.dienChau, reporter, '/baocao Hệ thống một cửa TTHC không đăng nhập được từ 7h, báo lỗi 502 <script>')
    const [c1, v1] = await eventually('the cards of #1', () => cardsIn(G.dienChau, 1).length === 1 && cardsIn(G.vnpt, 1).length === 1 && [theCard(G.dienChau, 1), theCard(G.vnpt, 1)])
    expect(statusLine(c1)).toBe('Phiếu #1 · Đã giao')
    expect(c1.text).toContain('<script>')
    expect(c1.text).toContain('Đơn vị xử lý: VNPT Nghệ An')
    expect(c1.text).toContain('Người báo: Lan Trần (xã Diễn Châu)')
    expect(c1.reply_to_message?.message_id).toBe(text.message!.message_id)
    expect(statusLine(v1)).toBe('Phiếu #1 · Đã giao')
    expect(buttonData(v1, 'Tiếp nhận')).toBe('t:1:ack')
    expect(buttonData(c1, 'Tiếp nhận')).toBeUndefined()

    const photo = api.userSendsPhoto(G.dienChau, reporter, { caption: '/baocao Ảnh chụp màn hình: hệ thống một cửa TTHC báo lỗi khi đăng nhập' })
    const [c2, v2] = await eventually('the cards of #2', () => cardsIn(G.dienChau, 2).length === 1 && cardsIn(G.vnpt, 2).length === 1 && [theCard(G.dienChau, 2), theCard(G.vnpt, 2)])
    expect(c2.text).toContain('📎 1 tệp đính kèm')
    expect(c2.reply_to_message?.message_id).toBe(photo.message!.message_id)
    expect(v2.text).toContain('📎 1 tệp đính kèm')

    for (const [chat, n, m] of [[G.dienChau, 1, c1], [G.vnpt, 1, v1], [G.dienChau, 2, c2], [G.vnpt, 2, v2]] as const) cardIds.set(`${chat.id}:${n}`, m.message_id)
    // Nobody else gets a card: the assignee has a group, so the command centre is not asked to dispatch.
    for (const chat of [G.ngheAn, G.ttch, G.thanhHoa]) expect(botMessages(chat)).toHaveLength(2)
  }, 60_000)

  it('step 6: taps without the right and forged callback data change nothing and get an alert', async () => {
    const before = snapshot()
    const from = api.calls.length
    const vnptCard = theCard(G.vnpt, 1)
    const dcCard = theCard(G.dienChau, 1)
    const notAllowed = 'Bạn không có quyền thực hiện thao tác này với phiếu.'
    const invalid = 'Nút này không còn hợp lệ.'
    // Từ chối needs a leader of the assignee unit (a group admin); the engineer is a plain member.
    expect(await tap(G.vnpt, vnptEngineer, vnptCard.message_id, buttonData(vnptCard, 'Từ chối')!)).toEqual({ text: notAllowed, alert: true })
    // Forged: another ticket's data on this card, an unknown operation, garbage, oversized numbers.
    expect(await tap(G.vnpt, vnptEngineer, vnptCard.message_id, 't:2:ack', true)).toEqual({ text: invalid, alert: true })
    expect(await tap(G.vnpt, vnptEngineer, vnptCard.message_id, 't:1:drop', true)).toEqual({ text: invalid, alert: true })
    expect(await tap(G.vnpt, vnptEngineer, vnptCard.message_id, 'x'.repeat(64), true)).toEqual({ text: invalid, alert: true })
    expect(await tap(G.vnpt, vnptEngineer, vnptCard.message_id, 't:99999999999999999999:ack', true)).toEqual({ text: invalid, alert: true })
    // The reporting commune may not acknowledge for the assignee, nor close it.
    expect(await tap(G.dienChau, outsider, dcCard.message_id, 't:1:ack', true)).toEqual({ text: notAllowed, alert: true })
    expect(await tap(G.dienChau, reporter, dcCard.message_id, 't:1:close', true)).toEqual({ text: notAllowed, alert: true })
    // Another province's group, tapping a message of its own with data naming #1.
    const thMessage = botMessages(G.thanhHoa).at(-1)!
    const th = await tap(G.thanhHoa, thanhHoaOfficer, thMessage.message_id, 't:1:ack', true)
    expect(th.alert).toBe(true)
    expect([notAllowed, invalid, 'Không tìm thấy phiếu này.']).toContain(th.text)

    // A later reply in another chat proves every earlier update has been handled and its outbox drained.
    await say(privateChat, reporter, '/help')
    expect(callsSince(from, new Set([...SEND_METHODS, ...EDIT_METHODS])).map((c) => String(c.payload.chat_id))).toEqual([String(privateChat.id)])
    const after = snapshot()
    delete after[privateChat.id]
    delete before[privateChat.id]
    expect(after).toEqual(before)
  }, 60_000)

  it('step 4: Tiếp nhận by the assignee edits both cards in place; Đang xử lý, Hoàn thành; the command centre closes', async () => {
    const counts = () => [G.dienChau, G.vnpt].map((c) => botMessages(c).length)
    const before = counts()
    const sentBefore = api.calls.length
    const both = (status: string) => () => [G.dienChau, G.vnpt].every((c) => cardsIn(c, 1).length === 1 && statusLine(cardsIn(c, 1)[0]) === `Phiếu #1 · ${status}`)

    expect(await tapButton(G.vnpt, vnptEngineer, 1, 'Tiếp nhận')).toEqual({ text: 'Đã tiếp nhận phiếu.', alert: false })
    await eventually('both cards read Đã tiếp nhận', both('Đã tiếp nhận'))
    expect(theCard(G.dienChau, 1).text).toContain('Đơn vị xử lý: VNPT Nghệ An — Minh Phạm')
    for (const chat of [G.dienChau, G.vnpt]) {
      expect(theCard(chat, 1).message_id).toBe(cardIds.get(`${chat.id}:1`))
      expect(theCard(chat, 1).edit_date).toBeDefined()
    }
    expect(counts()).toEqual(before)
    expect(callsSince(sentBefore, SEND_METHODS)).toEqual([])

    await tapButton(G.vnpt, vnptEngineer, 1, 'Đang xử lý')
    await eventually('both cards read Đang xử lý', both('Đang xử lý'))
    await tapButton(G.vnpt, vnptEngineer, 1, 'Hoàn thành')
    await eventually('both cards read Đã hoàn thành', both('Đã hoàn thành'))
    expect(counts()).toEqual(before)

    const ccCard = await eventually('a card for verification in the command centre', () => cardsIn(G.ttch, 1)[0])
    expect(statusLine(ccCard)).toBe('Phiếu #1 · Đã hoàn thành')
    cardIds.set(`${G.ttch.id}:1`, ccCard.message_id)
    expect(await tapButton(G.ttch, ccOfficer, 1, 'Đóng phiếu')).toEqual({ text: 'Đã đóng phiếu.', alert: false })
    await eventually('all three cards read Đã đóng', () => [G.dienChau, G.vnpt, G.ttch].every((c) => statusLine(cardsIn(c, 1)[0]) === 'Phiếu #1 · Đã đóng'))
    for (const chat of [G.dienChau, G.vnpt, G.ttch]) {
      expect(cardsIn(chat, 1).map((m) => m.message_id)).toEqual([cardIds.get(`${chat.id}:1`)])
    }
    // #2 was not touched by any of this.
    expect(statusLine(theCard(G.vnpt, 2))).toBe('Phiếu #2 · Đã giao')
  }, 90_000)

  let timeline1 = ''

  it('step 5: /phieu 1 shows the card and the timeline: who did what and when', async () => {
    const [card, timeline] = await say(G.ngheAn, provinceOfficer, '/phieu 1', 2)
    expect(statusLine(card)).toBe('Phiếu #1 · Đã đóng')
    expect(card.reply_markup).toBeUndefined() // a view: the province acts on nothing here
    expect(timeline.reply_to_message?.message_id).toBe(card.message_id)
    const lines = timeline.text!.split('\n')
    expect(lines[0]).toBe('Diễn biến — Phiếu #1')
    const events = lines.slice(1).map((line) => /^• (\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}) — (.+?): (.+)$/.exec(line))
    expect(events.every(Boolean), timeline.text).toBe(true)
    expect(events.map((e) => [e![2], e![3]])).toEqual([
      ['Lan Trần (xã Diễn Châu)', 'Tạo phiếu, giao cho VNPT Nghệ An'],
      ['Minh Phạm (VNPT Nghệ An)', 'Tiếp nhận'],
      ['Minh Phạm (VNPT Nghệ An)', 'Chuyển trạng thái: Đã tiếp nhận → Đang xử lý'],
      ['Minh Phạm (VNPT Nghệ An)', 'Chuyển trạng thái: Đang xử lý → Đã hoàn thành'],
      ['Hà Nguyễn (Trung tâm chỉ huy)', 'Đóng phiếu'],
    ])
    for (const e of events) {
      const at = parseVnTime(e![1])
      expect(at).toBeGreaterThanOrEqual(Math.floor(scenarioStart / 60_000) * 60_000)
      expect(at).toBeLessThanOrEqual(Date.now())
    }
    timeline1 = timeline.text!
  }, 30_000)

  it('step 7: another province\'s group cannot see the ticket: /phieu 1 reads exactly like /phieu 999', async () => {
    const [one] = await say(G.thanhHoa, thanhHoaOfficer, '/phieu 1')
    const [none] = await say(G.thanhHoa, thanhHoaOfficer, '/phieu 999')
    expect(one.text).toBe('Không tìm thấy phiếu #1.')
    expect(none.text).toBe('Không tìm thấy phiếu #999.')
    const shape = (m: Message) => ({ ...m, message_id: 0, date: 0, reply_to_message: undefined, text: m.text?.replace(/#\d+/, '#N') })
    expect(shape(one)).toEqual(shape(none))
    expect(botMessages(G.thanhHoa).filter((m) => m.text?.startsWith('Phiếu #'))).toEqual([])
  }, 30_000)

  it('step 8: restart: SIGTERM, start again on the same data; nothing lost, nothing doubled, numbers continue', async () => {
    const first = bot
    expect(await first.stop()).toEqual({ code: 0, signal: null })
    expect(first.records('shutdown')).toHaveLength(1)

    const stored = await withDb(async (db) => ({
      tickets: await db.prisma.ticket.count(),
      events1: await db.prisma.ticketEvent.count({ where: { ticket: { number: 1 } } }),
      cards: await db.prisma.ticketCard.count(),
      pending: await db.prisma.outbox.count({ where: { status: { not: 'sent' } } }),
    }))
    // #1: 3 cards, the /phieu view (kept up to date too) and 5 events (the refused taps left no trace);
    // #2: 2 cards; the outbox fully delivered.
    expect(stored).toEqual({ tickets: 2, events1: 5, cards: 6, pending: 0 })

    const before = snapshot()
    const from = api.calls.length
    await botReady(startBot())
    expect(bot.records('applied migration')).toEqual([])

    const [card, timeline] = await say(G.dienChau, reporter, '/phieu 1', 2)
    expect(statusLine(card)).toBe('Phiếu #1 · Đã đóng')
    expect(timeline.text).toBe(timeline1)

    const report = api.userSays(G.dienChau, reporter, '/baocao Cổng dịch vụ công TTHC của xã không nộp được hồ sơ trực tuyến')
    const c3 = await eventually('the cards of #3', () => cardsIn(G.dienChau, 3).length === 1 && cardsIn(G.vnpt, 3).length === 1 && cardsIn(G.dienChau, 3)[0])
    expect(c3.reply_to_message?.message_id).toBe(report.message!.message_id)

    // Since the restart: the /phieu answer and the two cards of #3, nothing re-sent.
    const sent = callsSince(from, SEND_METHODS).map((c) => `${String(c.payload.chat_id)}:${(c.response as { result: Message }).result.text?.split('\n')[0]}`)
    expect(sent).toEqual([
      `${G.dienChau.id}:Phiếu #1 · Đã đóng`, `${G.dienChau.id}:Diễn biến — Phiếu #1`,
      `${G.dienChau.id}:Phiếu #3 · Đã giao`, `${G.vnpt.id}:Phiếu #3 · Đã giao`,
    ])
    expect(callsSince(from, EDIT_METHODS)).toEqual([])
    const after = snapshot()
    for (const chat of [...Object.values(G), privateChat]) {
      expect(after[chat.id].slice(0, before[chat.id].length), chat.title).toEqual(before[chat.id])
    }
  }, 150_000)

  it(`step 9: a crash while the throttler still queues a burst of ${BURST} reports: after the restart each card exactly once`, async () => {
    const firstNumber = 4
    const numbers = Array.from({ length: BURST }, (_, i) => firstNumber + i)
    const reports = numbers.map((_, i) => api.userSays(G.dienChau, reporter, `/baocao Sự cố ${i + 1}/${BURST}: hệ thống một cửa TTHC không đăng nhập được tại bộ phận tiếp nhận số ${i + 1}`))
    const delivered = () => numbers.filter((n) => cardsIn(G.dienChau, n).length > 0).length + numbers.filter((n) => cardsIn(G.vnpt, n).length > 0).length
    const lastSendAt = () => api.calls.filter((c) => SEND_METHODS.has(c.method) || EDIT_METHODS.has(c.method)).at(-1)?.at ?? 0

    // Every report handled (grammY confirmed their offsets), some cards out, and the sender waiting on the group
    // limit (no API call for 1.5 s, it sends at most 1/s per group otherwise): kill it there, with cards queued.
    await eventually('all reports handled and the sender paused by the flood limit', () =>
      api.pendingUpdates().length === 0 && delivered() > 0 && Date.now() - lastSendAt() > 1_500, 90_000)
    const crashed = bot
    const atCrash = delivered()
    expect(await crashed.kill()).toEqual({ code: null, signal: 'SIGKILL' })
    expect(atCrash, 'some cards must still be undelivered when the bot crashes').toBeLessThan(2 * BURST)

    const crashAt = Date.now()
    await botReady(startBot())
    await eventually(`all ${2 * BURST} cards of the burst delivered (had ${atCrash} at the crash)`, () => delivered() === 2 * BURST, 230_000)
    // Rows the crashed process had leased wait out its lease, and nothing of the same chat overtakes them.
    const order = (chat: FakeChat) => botMessages(chat).map((m) => Number(/^Phiếu #(\d+) /.exec(m.text ?? '')?.[1])).filter((n) => n >= firstNumber)
    console.info(`e2e: ${atCrash}/${2 * BURST} burst cards out at the crash; all out ${Math.round((Date.now() - crashAt) / 1000)} s after it`)
    for (const chat of [G.dienChau, G.vnpt]) expect(order(chat), `${chat.title}: cards in report order`).toEqual(numbers)

    for (const chat of [G.dienChau, G.vnpt]) {
      const cardNumbers = botMessages(chat).map((m) => /^Phiếu #(\d+) /.exec(m.text ?? '')?.[1]).filter(Boolean).map(Number)
      const counted = new Map<number, number>()
      for (const n of cardNumbers) counted.set(n, (counted.get(n) ?? 0) + 1)
      const expected = new Map(Array.from({ length: firstNumber - 1 + BURST }, (_, i) => [i + 1, 1]))
      if (chat === G.dienChau) expected.set(1, 2) // the card of #1 and the /phieu 1 view after the restart
      expect(new Map([...counted].sort(([a], [b]) => a - b)), chat.title).toEqual(expected)
    }
    reports.forEach((report, i) => {
      expect(theCard(G.dienChau, numbers[i]).reply_to_message?.message_id, `#${numbers[i]} answers its report`).toBe(report.message!.message_id)
    })
  }, 330_000)

  it('step 10: after a final stop the database agrees with the chats; the API rejected no call at all', async () => {
    // Give the sender a poll round to show anything it still had, then stop gracefully.
    const quietFrom = api.calls.length
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(callsSince(quietFrom, new Set([...SEND_METHODS, ...EDIT_METHODS]))).toEqual([])
    expect(await bot.stop()).toEqual({ code: 0, signal: null })

    const { tickets, cards, undelivered } = await withDb(async (db) => ({
      tickets: await db.prisma.ticket.findMany({ orderBy: { number: 'asc' }, select: { number: true } }),
      cards: await db.prisma.ticketCard.findMany({ include: { ticket: { select: { number: true } } } }),
      undelivered: await db.prisma.outbox.findMany({ where: { status: { not: 'sent' } }, select: { id: true, status: true, lastError: true } }),
    }))
    expect(tickets.map((t) => t.number)).toEqual(Array.from({ length: 3 + BURST }, (_, i) => i + 1))
    expect(undelivered).toEqual([])
    // Every card the database knows (the /phieu views included) is the very message in the chat, and vice versa.
    const inDb = cards.map((c) => `${c.chatId}:${c.messageId}:#${c.ticket.number}`).sort()
    const inChats = Object.values(G).flatMap((chat) => botMessages(chat).flatMap((m) => {
      const n = /^Phiếu #(\d+) /.exec(m.text ?? '')?.[1]
      return n ? [`${chat.id}:${m.message_id}:#${n}`] : []
    })).sort()
    expect(inDb).toEqual(inChats)

    // Not even flood control: the pacer keeps to the limits, and a restarted bot is seeded with what its
    // predecessor sent in the last minute.
    if (api.rejectedCalls().length > 0) {
      const chat = Number(api.rejectedCalls()[0].payload.chat_id)
      console.log(JSON.stringify(api.calls.filter((c) => Number(c.payload.chat_id) === chat && c.method !== 'getChatAdministrators').map((c) => [c.method, new Date(c.at).toISOString(), c.response.ok])))
    }
    expect(api.rejectedCalls().map((c) => [c.method, String(c.payload.chat_id), c.at, c.response])).toEqual([])
    const problems = bots.problems(50).map((line) => `${line.bot}: ${line.text}`)
    expect(problems).toEqual([])
    expect(bots.logs().filter((l) => l.json?.msg === 'update.failed' || l.json?.msg === 'outbox.dead')).toEqual([])
  }, 60_000)
})
