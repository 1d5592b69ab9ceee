import { autoRetry } from '@grammyjs/auto-retry'
import { Bot, InlineKeyboard, InputFile } from 'grammy'
import type { Message, Update } from 'grammy/types'
import { afterEach, describe, expect, it } from 'vitest'
import {
  startFakeBotApi, UploadedFile, type ApiResponse, type FakeBotApi, type FakeBotApiOptions, type FakeChat, type FakeUser,
} from '../helpers/fake-bot-api.ts'

const group: FakeChat = { id: -1001234567890, type: 'supergroup', title: 'Điều phối sự cố', is_forum: true }
const basicGroup: FakeChat = { id: -4001234, type: 'group', title: 'Tổ trực' }
const lan: FakeUser = { id: 501, first_name: 'Lan', last_name: 'Nguyễn', username: 'lan_nguyen' }
const minh: FakeUser = { id: 502, first_name: 'Minh' }
const dm: FakeChat = { id: lan.id, type: 'private' }

let api: FakeBotApi
const bots: Bot[] = []

async function start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  api = await startFakeBotApi({ rateLimits: false, ...options })
  return api
}

afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => (bot.isRunning() ? bot.stop() : undefined)))
  await api?.close()
})

async function call<T = unknown>(method: string, payload: object = {}, token = api.token): Promise<ApiResponse & { result?: T }> {
  const res = await fetch(`${api.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  })
  const body = (await res.json()) as ApiResponse & { result?: T }
  expect(res.status).toBe(body.ok ? 200 : body.error_code)
  return body
}

async function sent(payload: object, method = 'sendMessage'): Promise<Message> {
  const response = await call<Message>(method, payload)
  if (!response.ok) throw new Error(response.description)
  return response.result!
}

function botFor(fake: FakeBotApi): Bot {
  const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } })
  bots.push(bot)
  return bot
}

async function startPolling(bot: Bot): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    bot.start({ onStart: () => resolve() }).catch(reject)
  })
}

describe('fake Bot API over plain HTTP', () => {
  it('answers like Telegram for bad tokens, unknown methods and form or query parameters', async () => {
    await start({ botUser: { username: 'trucban_bot' }, canReadAllGroupMessages: false })
    expect(await call('getMe', {}, '123:wrong')).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' })
    expect(await call('sendTelepathy')).toEqual({ ok: false, error_code: 404, description: 'Not Found' })

    const viaQuery = (await fetch(`${api.apiRoot}/bot${api.token}/getme`).then((res) => res.json())) as { result: unknown }
    expect(viaQuery.result).toMatchObject({ is_bot: true, username: 'trucban_bot', can_read_all_group_messages: false })

    api.addChat(group)
    const form = await fetch(`${api.apiRoot}/bot${api.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: String(group.id), text: 'Xin chào' }),
    }).then((res) => res.json() as Promise<{ result: unknown }>)
    expect(form.result).toMatchObject({ message_id: 1, text: 'Xin chào', chat: { id: group.id }, from: { id: api.me.id } })
    expect(api.callsOf('sendMessage')[0].payload).toEqual({ chat_id: String(group.id), text: 'Xin chào' })
    expect(api.rejectedCalls().map((c) => c.method)).toEqual(['getMe', 'sendTelepathy'])
  })

  it('holds getUpdates until an update is injected', async () => {
    await start()
    let answered = false
    const polling = call<Update[]>('getUpdates', { timeout: 5 }).finally(() => (answered = true))
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(answered).toBe(false)

    const startedAt = Date.now()
    const injected = api.userSays(group, lan, 'Mất điện khu A')
    const { result } = await polling
    expect(Date.now() - startedAt).toBeLessThan(500)
    expect(result).toEqual([injected])
    expect(result?.[0].message).toMatchObject({ message_id: 1, text: 'Mất điện khu A', from: { id: lan.id, is_bot: false } })
  })

  it('ends a waiting getUpdates with 409 when another poller arrives', async () => {
    await start()
    const older = call('getUpdates', { timeout: 5 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const newer = call<Update[]>('getUpdates', { timeout: 5 })
    expect(await older).toEqual({
      ok: false, error_code: 409,
      description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    })
    const injected = api.userSays(group, lan, 'còn ai không?')
    expect((await newer).result).toEqual([injected])
  })

  it('answers an empty list once the long-polling timeout elapses', async () => {
    await start()
    const startedAt = Date.now()
    expect((await call('getUpdates', { timeout: 1 })).result).toEqual([])
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(950)
  })

  it('drops updates confirmed by offset and honours limit', async () => {
    await start()
    const first = api.userSays(group, lan, 'một')
    const second = api.userSays(group, lan, 'hai')
    const third = api.userSays(group, minh, 'ba')
    expect(second.update_id).toBe(first.update_id + 1)

    expect((await call<Update[]>('getUpdates', { limit: 2 })).result?.map((u) => u.update_id)).toEqual([first.update_id, second.update_id])
    expect((await call<Update[]>('getUpdates', { offset: second.update_id })).result?.map((u) => u.update_id)).toEqual([second.update_id, third.update_id])
    expect((await call<Update[]>('getUpdates', { offset: third.update_id + 1 })).result).toEqual([])
    expect((await call<Update[]>('getUpdates')).result).toEqual([])
    expect(api.pendingUpdates()).toEqual([])
  })

  it('parses HTML like Telegram: escapes and nested tags become entities', async () => {
    await start()
    api.addChat(group)
    const html = ' <b>Sự cố <i>khẩn</i></b> &lt;A&gt; &amp; &quot;B&quot; &#272;&#x1F6A8; <a href="https://x.vn/?a=1&b=2">link</a>\n' +
      '<pre><code class="language-json">{}</code></pre><blockquote expandable>trích</blockquote><span class="tg-spoiler">ẩn</span> '
    const message = await sent({ chat_id: group.id, text: html, parse_mode: 'HTML' })
    expect(message.text).toBe('Sự cố khẩn <A> & "B" Đ🚨 link\n{}tríchẩn')
    expect(message.entities).toEqual([
      { type: 'bold', offset: 0, length: 10 },
      { type: 'italic', offset: 6, length: 4 },
      { type: 'text_link', offset: 25, length: 4, url: 'https://x.vn/?a=1&b=2' },
      { type: 'pre', offset: 30, length: 2, language: 'json' },
      { type: 'expandable_blockquote', offset: 32, length: 5 },
      { type: 'spoiler', offset: 37, length: 2 },
    ])
  })

  it.each([
    ['Xin chào <foo>', 'Unsupported start tag "foo" at byte offset 10'],
    ['a < b', 'Unsupported start tag "" at byte offset 2'],
    ['<b>đậm', `Can't find end tag corresponding to start tag "b"`],
    ['<b><i>x</b></i>', 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
    ['x</b>', 'Unexpected end tag at byte offset 1'],
    ['Tom & Jerry', 'Character "&" must be escaped as "&amp;" at byte offset 4'],
    ['&nbsp;', 'Character "&" must be escaped as "&amp;" at byte offset 0'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ['<a href="x"', 'Unclosed start tag at byte offset 0'],
  ])('rejects malformed HTML %j', async (text, reason) => {
    await start()
    api.addChat(group)
    expect(await call('sendMessage', { chat_id: group.id, text, parse_mode: 'HTML' })).toEqual({
      ok: false, error_code: 400, description: `Bad Request: can't parse entities: ${reason}`,
    })
  })

  it('limits text to 4096 UTF-16 code units after entity parsing, captions to 1024', async () => {
    await start()
    api.addChat(group)
    const x = (n: number) => 'x'.repeat(n)
    expect((await call('sendMessage', { chat_id: group.id, text: `<b>${x(4096)}</b>`, parse_mode: 'HTML' })).ok).toBe(true)
    expect((await call('sendMessage', { chat_id: group.id, text: '🚨'.repeat(2048) })).ok).toBe(true)
    expect(await call('sendMessage', { chat_id: group.id, text: `<b>${x(4097)}</b>`, parse_mode: 'HTML' })).toEqual({
      ok: false, error_code: 400, description: 'Bad Request: message is too long',
    })
    expect(await call('sendMessage', { chat_id: group.id, text: '<i> </i>', parse_mode: 'HTML' })).toMatchObject({
      description: 'Bad Request: message text is empty',
    })
    const photo = api.userSendsPhoto(group, lan).message!.photo!.at(-1)!.file_id
    expect(await call('sendPhoto', { chat_id: group.id, photo, caption: x(1025) })).toMatchObject({
      description: 'Bad Request: message caption is too long',
    })
  })

  it('requires callback_data of 1 to 64 UTF-8 bytes and non-empty button text', async () => {
    await start()
    api.addChat(group)
    const keyboard = (callback_data: string, text = 'Xác nhận') => ({ inline_keyboard: [[{ text, callback_data }]] })
    const fits = `${'ệ'.repeat(21)}a` // 21 × 3 bytes + 1 = 64 bytes
    expect((await call('sendMessage', { chat_id: group.id, text: 'Phiếu', reply_markup: keyboard(fits) })).ok).toBe(true)
    for (const tooLong of ['ệ'.repeat(22), `${fits}b`, '']) {
      expect(await call('sendMessage', { chat_id: group.id, text: 'Phiếu', reply_markup: keyboard(tooLong) })).toEqual({
        ok: false, error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID',
      })
    }
    expect(await call('sendMessage', { chat_id: group.id, text: 'Phiếu', reply_markup: keyboard('ok', '') })).toMatchObject({
      description: 'Bad Request: BUTTON_TEXT_INVALID',
    })
  })

  it('keeps message state across edits and refuses edits that change nothing', async () => {
    await start()
    api.addChat(group)
    const markup = { inline_keyboard: [[{ text: 'Nhận', callback_data: 'take:1' }]] }
    const original = await sent({ chat_id: group.id, text: '<b>Phiếu #1</b>', parse_mode: 'HTML', reply_markup: markup })
    const edit = (payload: object) => call<Message>('editMessageText', { chat_id: group.id, message_id: original.message_id, ...payload })
    const notModified = {
      ok: false, error_code: 400,
      description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    }

    expect(await edit({ text: '<b>Phiếu #1</b>', parse_mode: 'HTML', reply_markup: markup })).toEqual(notModified)
    expect((await edit({ text: 'Phiếu #1', reply_markup: markup })).ok).toBe(true) // bold dropped: modified
    expect(await call('editMessageReplyMarkup', { chat_id: group.id, message_id: original.message_id, reply_markup: markup })).toEqual(notModified)
    expect((await edit({ text: 'Phiếu #1 — đã nhận' })).ok).toBe(true) // no reply_markup: keyboard removed
    expect(await call('editMessageText', { chat_id: group.id, message_id: 99, text: 'x' })).toMatchObject({
      description: 'Bad Request: message to edit not found',
    })

    expect(api.messagesIn(group.id)).toEqual([expect.objectContaining({ message_id: 1, text: 'Phiếu #1 — đã nhận', edit_date: expect.any(Number) })])
    expect(api.lastMessageIn(group.id)?.reply_markup).toBeUndefined()
  })

  it('answers 403 once the bot is removed from or has left a chat', async () => {
    await start()
    api.addChat(group)
    api.addChat(basicGroup)
    expect((await call('sendMessage', { chat_id: group.id, text: 'trước' })).ok).toBe(true)
    const update = api.removeBotFromChat(group.id, lan)
    expect(update?.my_chat_member?.new_chat_member).toMatchObject({ status: 'kicked', user: { id: api.me.id } })
    expect(await call('sendMessage', { chat_id: group.id, text: 'sau' })).toEqual({
      ok: false, error_code: 403, description: 'Forbidden: bot was kicked from the supergroup chat',
    })

    expect((await call('leaveChat', { chat_id: basicGroup.id })).ok).toBe(true)
    expect(await call('sendMessage', { chat_id: basicGroup.id, text: 'sau' })).toMatchObject({
      error_code: 403, description: 'Forbidden: bot is not a member of the group chat',
    })
    expect(await call('sendMessage', { chat_id: -100999, text: 'ai?' })).toMatchObject({ description: 'Bad Request: chat not found' })
  })

  it('applies per-chat flood control with a short burst', async () => {
    await start({ rateLimits: true, burst: 3, perChatPerSecond: 1 })
    api.addChat(group)
    for (let i = 1; i <= 3; i++) expect((await call('sendMessage', { chat_id: group.id, text: `#${i}` })).ok).toBe(true)
    expect(await call('sendMessage', { chat_id: group.id, text: '#4' })).toEqual({
      ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 },
    })
    api.addChat(basicGroup)
    expect((await call('sendMessage', { chat_id: basicGroup.id, text: 'chat khác' })).ok).toBe(true)
  })

  it('applies the per-group per-minute limit, counting edits', async () => {
    await start({ rateLimits: true, burst: 10, perGroupPerMinute: 2 })
    api.addChat(group)
    const first = await sent({ chat_id: group.id, text: 'một' })
    expect((await call('editMessageText', { chat_id: group.id, message_id: first.message_id, text: 'một!' })).ok).toBe(true)
    const limited = await call('sendMessage', { chat_id: group.id, text: 'ba' })
    expect(limited).toMatchObject({ ok: false, error_code: 429 })
    const retryAfter = (limited as { parameters: { retry_after: number } }).parameters.retry_after
    expect(retryAfter).toBeGreaterThanOrEqual(59)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(limited).toMatchObject({ description: `Too Many Requests: retry after ${retryAfter}` })

    api.addChat(dm)
    for (let i = 0; i < 3; i++) expect((await call('sendMessage', { chat_id: dm.id, text: `${i}` })).ok).toBe(true)
  })

  it('refuses replies to messages that do not exist unless allowed', async () => {
    await start()
    const asked = api.userSays(group, lan, 'Ai trực?').message!
    const reply = await sent({ chat_id: group.id, text: 'Tôi', reply_parameters: { message_id: asked.message_id }, message_thread_id: 7 })
    expect(reply).toMatchObject({ reply_to_message: { message_id: asked.message_id, text: 'Ai trực?' }, message_thread_id: 7, is_topic_message: true })
    expect(await call('sendMessage', { chat_id: group.id, text: 'x', reply_parameters: { message_id: 404 } })).toEqual({
      ok: false, error_code: 400, description: 'Bad Request: message to be replied not found',
    })
    const allowed = await sent({ chat_id: group.id, text: 'x', reply_parameters: { message_id: 404, allow_sending_without_reply: true } })
    expect(allowed.reply_to_message).toBeUndefined()

    const inTopic = api.userSays(group, minh, 'trong chủ đề', { message_thread_id: 12 }).message!
    const topicReply = await sent({ chat_id: group.id, text: 'ừ', reply_parameters: { message_id: inTopic.message_id } })
    expect(topicReply).toMatchObject({ message_thread_id: 12, is_topic_message: true })
  })

  it('answers membership questions from the configured administrators', async () => {
    await start()
    api.userSays(group, minh, 'chào')
    const owner: FakeUser = { id: 900, first_name: 'Chủ nhóm' }
    api.setChatAdministrators(group.id, [lan], { creator: owner })
    expect((await call('getChatMember', { chat_id: group.id, user_id: lan.id })).result).toMatchObject({ status: 'administrator' })
    expect((await call('getChatMember', { chat_id: group.id, user_id: minh.id })).result).toMatchObject({ status: 'member' })
    expect((await call('getChatMember', { chat_id: group.id, user_id: api.me.id })).result).toMatchObject({ status: 'member' })
    api.setBotAdmin(group.id, true)
    const admins = (await call<{ user: { id: number }; status: string }[]>('getChatAdministrators', { chat_id: group.id })).result
    expect(admins?.map((m) => [m.user.id, m.status])).toEqual([
      [owner.id, 'creator'], [lan.id, 'administrator'], [api.me.id, 'administrator'],
    ])
    expect(await call('getChatMember', { chat_id: group.id, user_id: 424242 })).toMatchObject({ description: 'Bad Request: user not found' })
  })
})

describe('the users’ side', () => {
  it('builds realistic messages: commands, replies, topics, forwards, photos, documents', async () => {
    await start()
    const command = api.userSays(group, lan, '/baocao@trucban_test_bot mất nước', { message_thread_id: 3 }).message!
    expect(command).toMatchObject({
      entities: [{ type: 'bot_command', offset: 0, length: 24 }], message_thread_id: 3, is_topic_message: true,
      chat: { id: group.id, type: 'supergroup', title: group.title, is_forum: true },
    })
    const reply = api.userSays(group, minh, 'đã rõ', { reply_to: command.message_id }).message!
    expect(reply.reply_to_message).toMatchObject({ message_id: command.message_id, text: command.text })

    const forwarded = api.userSays(group, minh, 'chuyển tiếp', { forward_origin: { type: 'hidden_user', sender_user_name: 'Ẩn danh' } }).message!
    expect(forwarded.forward_origin).toMatchObject({ type: 'hidden_user', sender_user_name: 'Ẩn danh', date: expect.any(Number) })

    const photo = api.userSendsPhoto(group, lan, { caption: '/anh hiện trường', media_group_id: 'album-1' }).message!
    expect(photo.photo).toHaveLength(3)
    expect(new Set(photo.photo!.flatMap((size) => [size.file_id, size.file_unique_id])).size).toBe(6)
    expect(photo).toMatchObject({ caption_entities: [{ type: 'bot_command', offset: 0, length: 4 }], media_group_id: 'album-1' })

    const document = api.userSendsDocument(dm, lan, { file_name: 'bien-ban.xlsx' }).message!
    expect(document.document).toMatchObject({ file_name: 'bien-ban.xlsx', mime_type: expect.stringContaining('spreadsheet') })
    expect(document.chat).toEqual({ id: lan.id, type: 'private', first_name: 'Lan', last_name: 'Nguyễn', username: 'lan_nguyen' })
  })

  it('filters group messages like privacy mode when the bot cannot read all of them', async () => {
    await start({ canReadAllGroupMessages: false })
    api.userSays(group, lan, 'chuyện phiếm')
    const command = api.userSays(group, lan, '/trangthai')
    api.userSays(group, lan, '/start@other_bot')
    const mention = api.userSays(group, lan, 'hỏi @trucban_test_bot')
    expect(api.pendingUpdates().map((u) => u.update_id)).toEqual([command.update_id, mention.update_id])
  })

  it('lets users tap only buttons the bot currently shows', async () => {
    await start()
    api.addChat(group)
    const card = await sent({ chat_id: group.id, text: 'Phiếu #7', reply_markup: { inline_keyboard: [[{ text: 'Nhận', callback_data: 'take:7' }]] } })
    const tap = api.userTaps(group, minh, card.message_id, 'take:7').callback_query!
    expect(tap).toMatchObject({ from: { id: minh.id }, data: 'take:7', message: { message_id: card.message_id, reply_markup: card.reply_markup } })
    expect(() => api.userTaps(group, minh, card.message_id, 'close:7')).toThrow(/no button/)
    expect((await call('answerCallbackQuery', { callback_query_id: tap.id })).ok).toBe(true)
    expect(await call('answerCallbackQuery', { callback_query_id: tap.id })).toMatchObject({
      description: 'Bad Request: query is too old and response timeout expired or query ID is invalid',
    })
  })
})

describe('fake Bot API with a real grammY bot', () => {
  it('serves a long-polling bot end to end: commands, buttons, edits, uploads', async () => {
    const fake = await start()
    const bot = botFor(fake)
    bot.command('baocao', (ctx) =>
      ctx.reply(`Đã nhận: <b>${ctx.match}</b>`, { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text('Nhận xử lý', 'take:1') }),
    )
    bot.callbackQuery('take:1', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Đã nhận' })
      await ctx.editMessageText(`${ctx.msg!.text} — ${ctx.from.first_name} xử lý`)
    })
    bot.command('anh', (ctx) => ctx.replyWithPhoto(new InputFile(Buffer.from('jpeg bytes'), 'hien-truong.jpg')))
    await startPolling(bot)

    fake.botAddedToGroup(group, lan)
    fake.userSays(group, lan, '/baocao mất điện')
    const reply = await fake.waitForCall((c) => c.method === 'sendMessage' && c.response.ok)
    expect(fake.lastMessageIn(group.id)).toMatchObject({ text: 'Đã nhận: mất điện', entities: [{ type: 'bold', offset: 9, length: 8 }] })

    fake.userTaps(group, minh, (reply.response as { result: Message }).result.message_id, 'take:1')
    await fake.waitForCall('editMessageText', { timeoutMs: 3_000 })
    expect(fake.callsOf('answerCallbackQuery')[0].response.ok).toBe(true)
    expect(fake.lastMessageIn(group.id)).toMatchObject({ text: 'Đã nhận: mất điện — Minh xử lý' })
    expect(fake.lastMessageIn(group.id)?.reply_markup).toBeUndefined()

    fake.userSays(group, lan, '/anh')
    const photo = await fake.waitForCall('sendPhoto')
    expect(photo.payload.photo).toEqual(new UploadedFile('hien-truong.jpg', 'application/octet-stream', 10))
    expect(photo.response).toMatchObject({ ok: true, result: { photo: expect.arrayContaining([expect.objectContaining({ width: 1280 })]) } })
    expect(fake.rejectedCalls()).toEqual([])
  })

  it('makes @grammyjs/auto-retry wait out a 429 and succeed', async () => {
    const fake = await start({ rateLimits: true, burst: 1, perChatPerSecond: 1 })
    fake.addChat(group)
    const bot = botFor(fake)
    bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 5 }))

    const startedAt = Date.now()
    await bot.api.sendMessage(group.id, 'một')
    const second = await bot.api.sendMessage(group.id, 'hai')
    expect(second.text).toBe('hai')
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900)
    expect(fake.rejectedCalls()[0].response).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } })
    expect(fake.messagesIn(group.id).map((m) => m.text)).toEqual(['một', 'hai'])
  })
})
