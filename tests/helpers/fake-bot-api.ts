// A local stand-in for api.telegram.org: the bot under test talks to it over HTTP exactly as it
// would talk to Telegram (grammY `client.apiRoot`), while tests play the users' side and inspect
// every call. It enforces the checks that bite in production (HTML parsing, lengths, button data,
// edits, membership, flood control) with Telegram's own error shapes and wording.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type {
  BotCommand, Chat, ChatMember, ChatMemberAdministrator, Document, InlineKeyboardButton, InlineKeyboardMarkup,
  Message, MessageEntity, MessageOrigin, PhotoSize, Update, User, UserFromGetMe,
} from 'grammy/types'
import { parseTelegramHtml, trimFormattedText, type FormattedText } from './telegram-html.ts'

export interface FakeUser {
  id: number
  first_name: string
  last_name?: string
  username?: string
}

export interface FakeChat {
  id: number
  type: 'group' | 'supergroup' | 'private'
  title?: string
  is_forum?: boolean
}

export interface FakeBotApiOptions {
  /** Defaults to a token whose numeric prefix is the bot's id. */
  token?: string
  botUser?: { id?: number; first_name?: string; username?: string }
  /** getMe's can_read_all_group_messages. When false, group messages are filtered like Telegram's privacy mode. */
  canReadAllGroupMessages?: boolean
  rateLimits?: boolean
  perChatPerSecond?: number
  burst?: number
  perGroupPerMinute?: number
  /** Edits count toward the per-group per-minute limit, as the Bot FAQ reports. */
  countEdits?: boolean
}

export type Payload = Record<string, unknown>
export interface ApiError {
  ok: false
  error_code: number
  description: string
  parameters?: { retry_after?: number }
}
export type ApiResponse = { ok: true; result: unknown } | ApiError
export interface RecordedCall {
  method: string
  payload: Payload
  /** Epoch milliseconds at which the request arrived. */
  at: number
  response: ApiResponse
}

/** A file part of a multipart request, as it appears in a recorded payload. */
export class UploadedFile {
  constructor(
    readonly filename: string,
    readonly contentType: string,
    readonly size: number,
  ) {}
}

type WithoutDate<T> = T extends unknown ? Omit<T, 'date'> & { date?: number } : never
export type ForwardOriginInput = WithoutDate<MessageOrigin>

export interface UserMessageOptions {
  /** message_id of a message in the same chat that this one replies to. */
  reply_to?: number
  message_thread_id?: number
  forward_origin?: ForwardOriginInput
}
export interface UserPhotoOptions extends UserMessageOptions {
  caption?: string
  media_group_id?: string
}
export interface UserDocumentOptions extends UserPhotoOptions {
  file_name?: string
  mime_type?: string
  /** Defaults to the content's length (or 48,213 bytes without content). */
  file_size?: number
  /** The file's bytes, served by getFile + GET /file/bot<token>/<file_path>. */
  content?: string | Uint8Array
}

export interface WaitOptions {
  timeoutMs?: number
  /** Index into `calls` from which earlier calls also count as matches. */
  fromIndex?: number
}

type BotStatus = 'member' | 'administrator' | 'left' | 'kicked'
interface StoredMessage {
  message: Message
  byBot: boolean
}
interface ChatState {
  chat: Chat
  botStatus: BotStatus
  nextMessageId: number
  messages: Map<number, StoredMessage>
  admins: Map<number, FakeUser>
  creatorId?: number
  members: Set<number>
  chatInstance: string
}
type StoredFile = { kind: 'photo'; sizes: PhotoSize[] } | { kind: 'document'; document: Document; content?: Buffer }
type UpdateContent = Omit<Update, 'update_id'> & { update_id?: number }
type Handler = (params: Params, signal: AbortSignal) => unknown

const TEXT_LIMIT = 4096
/** getFile refuses larger files ("file is too big"), as the cloud Bot API does. */
const GET_FILE_LIMIT = 20 * 1024 * 1024
const CAPTION_LIMIT = 1024
const CALLBACK_DATA_LIMIT_BYTES = 64
// Telegram leaves these out unless allowed_updates names them explicitly.
const OPT_IN_UPDATES = new Set(['chat_member', 'message_reaction', 'message_reaction_count'])
const CHAT_ACTIONS = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice',
  'upload_document', 'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
])
const BUTTON_ACTIONS = [
  'callback_data', 'url', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay',
]
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', json: 'application/json', zip: 'application/zip',
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', doc: 'application/msword', xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

class ApiFailure extends Error {
  constructor(readonly response: ApiError) {
    super(response.description)
  }
}

function fail(error_code: number, description: string, parameters?: ApiError['parameters']): never {
  throw new ApiFailure({ ok: false, error_code, description, ...(parameters && { parameters }) })
}

function badRequest(reason: string): never {
  fail(400, `Bad Request: ${reason}`)
}

export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const api = new FakeBotApi(options)
  await api.listen()
  return api
}

export class FakeBotApi {
  readonly calls: RecordedCall[] = []
  readonly token: string
  readonly me: UserFromGetMe

  private readonly server: Server
  private readonly flood?: FloodControl
  private readonly handlers: Map<string, { name: string; handle: Handler }>
  private readonly chats = new Map<number, ChatState>()
  private readonly users = new Map<number, FakeUser>()
  private readonly files = new Map<string, StoredFile>()
  /** file_path (as getFile gives it) → file_id, for downloads. */
  private readonly filePaths = new Map<string, string>()
  private readonly pendingCallbackQueries = new Set<string>()
  private readonly commands = new Map<string, BotCommand[]>()
  private readonly callListeners = new Set<(call: RecordedCall) => void>()
  private queue: Update[] = []
  private nextUpdateId = 10_000
  private allowedUpdates?: ReadonlySet<string>
  private poller?: { wake: () => void; terminate: () => void }
  private fileCounter = 0
  private callbackCounter = 0

  constructor(options: FakeBotApiOptions = {}) {
    const tokenId = Number(options.token?.split(':')[0])
    const id = options.botUser?.id ?? (Number.isSafeInteger(tokenId) && tokenId > 0 ? tokenId : 7_000_000_001)
    this.token = options.token ?? `${id}:AAFakeBotApiTokenForLocalTestsOnly`
    this.me = {
      id,
      is_bot: true,
      first_name: options.botUser?.first_name ?? 'Trực ban',
      username: options.botUser?.username ?? 'trucban_test_bot',
      can_join_groups: true,
      can_read_all_group_messages: options.canReadAllGroupMessages ?? true,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    }
    if (options.rateLimits ?? true) {
      this.flood = new FloodControl({
        perChatPerSecond: options.perChatPerSecond ?? 1,
        burst: options.burst ?? 3,
        perGroupPerMinute: options.perGroupPerMinute ?? 20,
        countEdits: options.countEdits ?? true,
      })
    }
    this.handlers = this.buildHandlers()
    this.server = createServer((req, res) => void this.handleHttp(req, res))
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', resolve)
    })
  }

  /** Base URL for grammY's `client.apiRoot` / TELEGRAM_API_ROOT, e.g. http://127.0.0.1:40123 */
  get apiRoot(): string {
    const address = this.server.address() as AddressInfo | null
    return address ? `http://127.0.0.1:${address.port}` : ''
  }

  async close(): Promise<void> {
    this.poller?.wake()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  // ---- inspection -------------------------------------------------------------------------

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method)
  }

  rejectedCalls(): RecordedCall[] {
    return this.calls.filter((call) => !call.response.ok)
  }

  /** Updates injected but not yet confirmed by the bot through getUpdates' offset. */
  pendingUpdates(): Update[] {
    return structuredClone(this.queue)
  }

  /** The bot's own messages in a chat, in their current state (edits applied, deletions removed). */
  messagesIn(chatId: number): Message[] {
    const state = this.chats.get(chatId)
    if (!state) return []
    return [...state.messages.values()]
      .filter((stored) => stored.byBot)
      .map((stored) => structuredClone(stored.message))
      .sort((a, b) => a.message_id - b.message_id)
  }

  lastMessageIn(chatId: number): Message | undefined {
    return this.messagesIn(chatId).at(-1)
  }

  waitForCall(match: string | ((call: RecordedCall) => boolean), options: WaitOptions = {}): Promise<RecordedCall> {
    const predicate = typeof match === 'string' ? (call: RecordedCall) => call.method === match : match
    const earlier = this.calls.slice(options.fromIndex ?? 0).find(predicate)
    if (earlier) return Promise.resolve(earlier)
    const timeoutMs = options.timeoutMs ?? 5_000
    return new Promise((resolve, reject) => {
      const listener = (call: RecordedCall) => {
        if (!predicate(call)) return
        cleanup()
        resolve(call)
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`waitForCall: no matching call within ${timeoutMs} ms. Recent calls: ${this.describeRecentCalls()}`))
      }, timeoutMs)
      const cleanup = () => {
        clearTimeout(timer)
        this.callListeners.delete(listener)
      }
      this.callListeners.add(listener)
    })
  }

  // ---- world setup ------------------------------------------------------------------------

  /** Registers a chat the bot is already in, without sending the bot any update. */
  addChat(chat: FakeChat): void {
    this.ensureChat(chat, 'member')
  }

  /** Human administrators of a group; `creator` (the owner) is listed first by getChatAdministrators. */
  setChatAdministrators(chatId: number, admins: FakeUser[], options: { creator?: FakeUser } = {}): void {
    const state = this.knownChat(chatId)
    const creator = options.creator
    state.admins = new Map(admins.filter((user) => user.id !== creator?.id).map((user) => [user.id, user]))
    state.creatorId = creator?.id
    for (const user of creator ? [creator, ...admins] : admins) this.rememberMember(state, user)
  }

  setBotAdmin(chatId: number, isAdmin: boolean): void {
    this.knownChat(chatId).botStatus = isAdmin ? 'administrator' : 'member'
  }

  /** Kicks the bot (or, in a private chat, the user blocks it). With `by`, the bot gets the my_chat_member update. */
  removeBotFromChat(chatId: number, by?: FakeUser): Update | undefined {
    const state = this.knownChat(chatId)
    const old_chat_member = this.botMember(state)
    state.botStatus = 'kicked'
    if (!by) return undefined
    return this.enqueue({
      my_chat_member: {
        chat: state.chat, from: toUser(by), date: unixNow(), old_chat_member,
        new_chat_member: { status: 'kicked', user: this.botUser(), until_date: 0 },
      },
    })
  }

  // ---- the users' side --------------------------------------------------------------------

  userSays(chat: FakeChat, user: FakeUser, text: string, options: UserMessageOptions = {}): Update {
    const entities = commandEntities(text)
    return this.userPosts(chat, user, { text, ...(entities.length > 0 && { entities }) }, options)
  }

  userSendsPhoto(chat: FakeChat, user: FakeUser, options: UserPhotoOptions = {}): Update {
    const photo = this.newPhotoSizes()
    return this.userPosts(chat, user, { photo, ...captionContent(options) }, options)
  }

  userSendsDocument(chat: FakeChat, user: FakeUser, options: UserDocumentOptions = {}): Update {
    const file_name = options.file_name ?? 'bao-cao.pdf'
    const content = options.content === undefined ? undefined : Buffer.from(options.content)
    const document = this.newDocument(file_name, options.mime_type ?? mimeOf(file_name), options.file_size ?? content?.length ?? 48_213, content)
    return this.userPosts(chat, user, { document, ...captionContent(options) }, options)
  }

  /** Taps an inline button; throws if the bot's message does not currently show a button with this data. */
  userTaps(chat: FakeChat, user: FakeUser, messageId: number, callbackData: string): Update {
    const state = this.knownChat(chat.id)
    const stored = state.messages.get(messageId)
    if (!stored?.byBot) throw new Error(`userTaps: the bot has no message ${messageId} in chat ${chat.id}`)
    const buttons = stored.message.reply_markup?.inline_keyboard.flat() ?? []
    if (!buttons.some((button) => 'callback_data' in button && button.callback_data === callbackData)) {
      const shown = buttons.map((button) => ('callback_data' in button ? button.callback_data : button.text))
      throw new Error(`userTaps: message ${messageId} shows no button with callback_data ${JSON.stringify(callbackData)}; it shows ${JSON.stringify(shown)}`)
    }
    return this.callbackQuery(state, user, stored.message, callbackData)
  }

  /**
   * A tap whose data is not on the button (a modified client, or a button from an older version of the card):
   * the bot must validate callback data itself.
   */
  userTapsForged(chat: FakeChat, user: FakeUser, messageId: number, callbackData: string): Update {
    const state = this.knownChat(chat.id)
    const stored = state.messages.get(messageId)
    if (!stored?.byBot) throw new Error(`userTapsForged: the bot has no message ${messageId} in chat ${chat.id}`)
    return this.callbackQuery(state, user, stored.message, callbackData)
  }

  private callbackQuery(state: ChatState, user: FakeUser, message: Message, callbackData: string): Update {
    this.rememberMember(state, user)
    const id = String(4_200_000_000_000_000n + BigInt(++this.callbackCounter))
    this.pendingCallbackQueries.add(id)
    return this.enqueue({
      callback_query: {
        id, from: toUser(user), message: structuredClone(message), chat_instance: state.chatInstance, data: callbackData,
      },
    })
  }

  botAddedToGroup(chat: FakeChat, by: FakeUser, options: { asAdmin?: boolean } = {}): Update {
    const state = this.ensureChat(chat, 'left')
    const old_chat_member = this.botMember(state)
    state.botStatus = options.asAdmin ? 'administrator' : 'member'
    this.rememberMember(state, by)
    return this.enqueue({
      my_chat_member: {
        chat: state.chat, from: toUser(by), date: unixNow(), old_chat_member, new_chat_member: this.botMember(state),
      },
    })
  }

  /** Queues any update as-is; update_id is assigned when missing. */
  injectRawUpdate(update: UpdateContent): Update {
    return this.enqueue(update)
  }

  // ---- HTTP -------------------------------------------------------------------------------

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now()
    const url = new URL(req.url ?? '/', 'http://fake-bot-api')
    if (url.pathname.startsWith('/file/')) return this.serveFile(url, req, res, at)
    const route = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname)
    const handler = route ? this.handlers.get(route[2].toLowerCase()) : undefined
    const method = handler?.name ?? route?.[2] ?? url.pathname
    const aborted = new AbortController()
    res.on('close', () => aborted.abort())

    let payload: Payload = {}
    let response: ApiResponse
    try {
      payload = { ...Object.fromEntries(url.searchParams), ...(await readPayload(req)) }
      if (route && route[1] !== this.token) fail(401, 'Unauthorized')
      if (!route || !handler) fail(404, 'Not Found')
      response = { ok: true, result: await handler.handle(new Params(payload), aborted.signal) }
    } catch (error) {
      response = error instanceof ApiFailure
        ? error.response
        : { ok: false, error_code: 500, description: `Internal Server Error: fake Bot API bug: ${String(error)}` }
    }
    this.record({ method, payload, at, response })
    if (res.destroyed) return
    res.writeHead(response.ok ? 200 : response.error_code, { 'content-type': 'application/json' })
    res.end(JSON.stringify(response))
  }

  /** GET /file/bot<token>/<file_path>: the file's bytes (recorded as the pseudo-method "downloadFile"). */
  private serveFile(url: URL, req: IncomingMessage, res: ServerResponse, at: number): void {
    const route = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname)
    const filePath = route ? decodeURIComponent(route[2]) : ''
    const fileId = this.filePaths.get(filePath)
    const stored = fileId === undefined ? undefined : this.files.get(fileId)
    let response: ApiResponse = { ok: true, result: filePath }
    if (req.method !== 'GET') response = { ok: false, error_code: 405, description: 'Method Not Allowed' }
    else if (!route || route[1] !== this.token) response = { ok: false, error_code: 401, description: 'Unauthorized' }
    else if (!stored) response = { ok: false, error_code: 404, description: 'Not Found' }
    this.record({ method: 'downloadFile', payload: { file_path: filePath }, at, response })
    if (!response.ok || !stored) {
      res.writeHead(response.ok ? 404 : response.error_code, { 'content-type': 'application/json' })
      res.end(JSON.stringify(response))
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    res.end(fileBytes(stored, fileId!))
  }

  private record(call: RecordedCall): void {
    this.calls.push(call)
    for (const listener of [...this.callListeners]) listener(call)
  }

  private describeRecentCalls(): string {
    const recent = this.calls.filter((call) => call.method !== 'getUpdates').slice(-10)
    if (recent.length === 0) return '(none besides getUpdates)'
    return recent
      .map((call) => `${call.method}→${call.response.ok ? 'ok' : `${call.response.error_code} ${call.response.description}`}`)
      .join('; ')
  }

  private buildHandlers(): Map<string, { name: string; handle: Handler }> {
    const table: Record<string, Handler> = {
      getMe: () => this.me,
      deleteWebhook: (p) => this.deleteWebhook(p),
      getUpdates: (p, signal) => this.getUpdates(p, signal),
      sendMessage: (p) => this.sendMessage(p),
      sendPhoto: (p) => this.sendPhoto(p),
      sendDocument: (p) => this.sendDocument(p),
      editMessageText: (p) => this.editMessageText(p),
      editMessageReplyMarkup: (p) => this.editMessageReplyMarkup(p),
      deleteMessage: (p) => this.deleteMessage(p),
      answerCallbackQuery: (p) => this.answerCallbackQuery(p),
      setMyCommands: (p) => this.setMyCommands(p),
      getMyCommands: (p) => this.commands.get(commandsKey(p)) ?? [],
      getChat: (p) => this.getChat(p),
      getChatMember: (p) => this.memberOf(this.chatForBot(p), p.int('user_id')),
      getChatAdministrators: (p) => this.getChatAdministrators(p),
      sendChatAction: (p) => this.sendChatAction(p),
      leaveChat: (p) => this.leaveChat(p),
      setMessageReaction: (p) => this.setMessageReaction(p),
      getFile: (p) => this.getFile(p),
    }
    return new Map(Object.entries(table).map(([name, handle]) => [name.toLowerCase(), { name, handle }]))
  }

  // ---- updates ----------------------------------------------------------------------------

  private deleteWebhook(p: Params): true {
    if (p.bool('drop_pending_updates')) this.queue = []
    return true
  }

  private async getUpdates(p: Params, signal: AbortSignal): Promise<Update[]> {
    const offset = p.optionalInt('offset')
    const limit = Math.min(Math.max(p.optionalInt('limit') ?? 100, 1), 100)
    const timeoutSeconds = p.optionalInt('timeout') ?? 0
    const allowed = p.json<string[]>('allowed_updates')
    if (allowed) this.allowedUpdates = allowed.length > 0 ? new Set(allowed) : undefined
    if (offset !== undefined) this.confirmUpdates(offset)

    // Like Telegram, a newer getUpdates request ends the one still waiting.
    this.poller?.terminate()
    if (this.queue.length === 0 && timeoutSeconds > 0) await this.waitForUpdates(timeoutSeconds, signal)
    return structuredClone(this.queue.slice(0, limit))
  }

  private confirmUpdates(offset: number): void {
    this.queue = offset < 0 ? this.queue.slice(offset) : this.queue.filter((update) => update.update_id >= offset)
  }

  private waitForUpdates(timeoutSeconds: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        cleanup()
        resolve()
      }
      const waiter = {
        wake,
        terminate: () => {
          cleanup()
          // grammY's stop() aborts its poll and at once polls again; the new request often arrives
          // before the old socket's close does. Give the close a moment so only live pollers get a 409.
          setTimeout(() => {
            if (signal.aborted) return resolve()
            reject(new ApiFailure({
              ok: false, error_code: 409,
              description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
            }))
          }, 25)
        },
      }
      const timer = setTimeout(wake, timeoutSeconds * 1000)
      const cleanup = () => {
        clearTimeout(timer)
        signal.removeEventListener('abort', wake)
        if (this.poller === waiter) this.poller = undefined
      }
      signal.addEventListener('abort', wake)
      this.poller = waiter
    })
  }

  private enqueue(content: UpdateContent, deliver = true): Update {
    const update = { ...structuredClone(content), update_id: content.update_id ?? this.nextUpdateId } as Update
    this.nextUpdateId = Math.max(this.nextUpdateId, update.update_id + 1)
    if (deliver && this.wants(update)) {
      this.queue.push(structuredClone(update))
      this.poller?.wake()
    }
    return update
  }

  private wants(update: Update): boolean {
    const type = Object.keys(update).find((key) => key !== 'update_id') ?? ''
    return this.allowedUpdates ? this.allowedUpdates.has(type) : !OPT_IN_UPDATES.has(type)
  }

  // ---- sending ----------------------------------------------------------------------------

  private sendMessage(p: Params): Message {
    const state = this.chatForBot(p)
    const { text, entities } = this.formattedText(p, 'text')
    return this.postAsBot(state, p, { text, ...(entities.length > 0 && { entities }) })
  }

  private sendPhoto(p: Params): Message {
    const state = this.chatForBot(p)
    const photo = this.fileFrom(p, 'photo')
    return this.postAsBot(state, p, { photo, ...this.captionFrom(p) })
  }

  private sendDocument(p: Params): Message {
    const state = this.chatForBot(p)
    const document = this.fileFrom(p, 'document')
    return this.postAsBot(state, p, { document, ...this.captionFrom(p) })
  }

  private postAsBot(state: ChatState, p: Params, content: Partial<Message>): Message {
    const reply_markup = this.inlineMarkupFrom(p)
    const replyTarget = this.replyTargetFrom(state, p)
    this.throttle(state, 'send')
    const message: Message = {
      message_id: state.nextMessageId++,
      from: this.botUser(),
      chat: state.chat,
      date: unixNow(),
      // A reply lands in the replied message's topic unless the bot names one.
      ...threadFields(state, p.optionalInt('message_thread_id') ?? replyTarget?.message_thread_id),
      ...(replyTarget && { reply_to_message: replyTarget }),
      ...content,
      ...(reply_markup && { reply_markup }),
    }
    state.messages.set(message.message_id, { message, byBot: true })
    return structuredClone(message)
  }

  private formattedText(p: Params, field: 'text' | 'caption'): FormattedText {
    const entitiesField = field === 'text' ? 'entities' : 'caption_entities'
    const formatted = trimFormattedText(
      parseFormatting(p.optionalString(field) ?? '', p.optionalString('parse_mode'), p.json<MessageEntity[]>(entitiesField)),
    )
    if (field === 'caption') {
      if (formatted.text.length > CAPTION_LIMIT) badRequest('message caption is too long')
    } else if (formatted.text.length === 0) {
      badRequest('message text is empty')
    } else if (formatted.text.length > TEXT_LIMIT) {
      badRequest('message is too long')
    }
    return formatted
  }

  private captionFrom(p: Params): Partial<Message> {
    const { text, entities } = this.formattedText(p, 'caption')
    if (text === '') return {}
    return { caption: text, ...(entities.length > 0 && { caption_entities: entities }) }
  }

  private inlineMarkupFrom(p: Params): InlineKeyboardMarkup | undefined {
    const markup = p.json<{ inline_keyboard?: unknown }>('reply_markup')
    // Reply keyboards and force_reply are accepted but never shown on Message.reply_markup.
    if (!markup || !('inline_keyboard' in markup)) return undefined
    const rows = markup.inline_keyboard
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) badRequest("can't parse inline keyboard button: InlineKeyboardMarkup.inline_keyboard must be an Array of Arrays")
    const keyboard = (rows as unknown[][]).map((row) => row.map(checkButton)).filter((row) => row.length > 0)
    return keyboard.length > 0 ? { inline_keyboard: keyboard } : undefined
  }

  private replyTargetFrom(state: ChatState, p: Params): Message & { reply_to_message: undefined } | undefined {
    const parameters = p.json<{ message_id?: number; allow_sending_without_reply?: boolean }>('reply_parameters')
    const messageId = parameters?.message_id ?? p.optionalInt('reply_to_message_id')
    if (messageId === undefined) return undefined
    const target = state.messages.get(Number(messageId))
    if (target) return asReplyTarget(target.message)
    if (parameters?.allow_sending_without_reply ?? p.bool('allow_sending_without_reply')) return undefined
    badRequest('message to be replied not found')
  }

  private fileFrom(p: Params, kind: 'photo'): PhotoSize[]
  private fileFrom(p: Params, kind: 'document'): Document
  private fileFrom(p: Params, kind: StoredFile['kind']): PhotoSize[] | Document {
    const input = p.raw[kind]
    if (input === undefined || input === '') badRequest(`there is no ${kind} in the request`)
    const isUrl = typeof input === 'string' && /^https?:\/\//i.test(input)
    if (typeof input === 'string' && !isUrl) return this.reusedFile(input, kind)
    if (!isUrl && !(input instanceof UploadedFile)) badRequest('wrong file identifier/HTTP URL specified')
    if (kind === 'photo') return this.newPhotoSizes()
    return input instanceof UploadedFile ? this.uploadedDocument(input) : this.uploadedDocument(urlFileName(String(input)))
  }

  private uploadedDocument(input: UploadedFile | string): Document {
    if (typeof input === 'string') return this.newDocument(input, mimeOf(input), 1)
    const declared = input.contentType !== 'application/octet-stream' ? input.contentType : undefined
    return this.newDocument(input.filename, declared ?? mimeOf(input.filename), input.size)
  }

  private reusedFile(fileId: string, kind: StoredFile['kind']): PhotoSize[] | Document {
    const file = this.files.get(fileId)
    if (!file) badRequest('wrong file identifier/HTTP URL specified')
    if (file.kind !== kind) badRequest('type of file mismatch')
    return structuredClone(file.kind === 'photo' ? file.sizes : file.document)
  }

  // ---- editing and deleting ---------------------------------------------------------------

  private editMessageText(p: Params): Message {
    const { state, stored } = this.editableMessage(p)
    if (stored.message.text === undefined) badRequest('there is no text in the message to edit')
    const { text, entities } = this.formattedText(p, 'text')
    return this.applyEdit(state, stored, { text, entities: entities.length > 0 ? entities : undefined, reply_markup: this.inlineMarkupFrom(p) })
  }

  private editMessageReplyMarkup(p: Params): Message {
    const { state, stored } = this.editableMessage(p)
    return this.applyEdit(state, stored, { reply_markup: this.inlineMarkupFrom(p) })
  }

  private editableMessage(p: Params): { state: ChatState; stored: StoredMessage } {
    if (p.raw.chat_id === undefined && p.raw.inline_message_id !== undefined) {
      badRequest('inline messages are not supported by the fake Bot API')
    }
    const state = this.chatForBot(p)
    const stored = state.messages.get(p.int('message_id'))
    if (!stored) badRequest('message to edit not found')
    if (!stored.byBot) badRequest("message can't be edited")
    return { state, stored }
  }

  private applyEdit(state: ChatState, stored: StoredMessage, changes: Partial<Message>): Message {
    const next: Message = { ...stored.message, ...changes }
    for (const key of Object.keys(changes) as (keyof Message)[]) if (next[key] === undefined) delete next[key]
    if (sameContent(stored.message, next)) {
      badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message')
    }
    this.throttle(state, 'edit')
    next.edit_date = unixNow()
    stored.message = next
    return structuredClone(next)
  }

  private deleteMessage(p: Params): true {
    const state = this.chatForBot(p)
    const messageId = p.int('message_id')
    const stored = state.messages.get(messageId)
    if (!stored) badRequest('message to delete not found')
    if (!stored.byBot && state.chat.type !== 'private' && state.botStatus !== 'administrator') {
      badRequest("message can't be deleted")
    }
    state.messages.delete(messageId)
    return true
  }

  private setMessageReaction(p: Params): true {
    const state = this.chatForBot(p)
    if (!state.messages.has(p.int('message_id'))) badRequest('MESSAGE_ID_INVALID')
    return true
  }

  // ---- files ------------------------------------------------------------------------------

  /** The file's metadata with a file_path for GET /file/bot<token>/<file_path>, as the cloud Bot API gives it. */
  private getFile(p: Params): unknown {
    const fileId = p.string('file_id')
    const stored = this.files.get(fileId)
    if (!stored) badRequest('invalid file_id')
    const meta = stored.kind === 'document' ? stored.document : stored.sizes.find((s) => s.file_id === fileId)!
    if ((meta.file_size ?? 0) > GET_FILE_LIMIT) badRequest('file is too big')
    const file_path = stored.kind === 'document'
      ? `documents/file_${meta.file_unique_id}.${stored.document.file_name?.split('.').pop() ?? 'bin'}`
      : `photos/file_${meta.file_unique_id}.jpg`
    this.filePaths.set(file_path, fileId)
    return { file_id: fileId, file_unique_id: meta.file_unique_id, file_size: meta.file_size, file_path }
  }

  // ---- callbacks, commands, chats ---------------------------------------------------------

  private answerCallbackQuery(p: Params): true {
    if (!this.pendingCallbackQueries.delete(p.string('callback_query_id'))) {
      badRequest('query is too old and response timeout expired or query ID is invalid')
    }
    return true
  }

  private setMyCommands(p: Params): true {
    const commands = p.json<BotCommand[]>('commands')
    if (!Array.isArray(commands)) badRequest('commands is empty')
    for (const { command, description } of commands) {
      if (typeof command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command)) badRequest('BOT_COMMAND_INVALID')
      if (typeof description !== 'string' || description.length < 1 || description.length > 256) {
        badRequest('BOT_COMMAND_DESCRIPTION_INVALID')
      }
    }
    this.commands.set(commandsKey(p), commands.map(({ command, description }) => ({ command, description })))
    return true
  }

  private getChat(p: Params): unknown {
    const state = this.chatForBot(p)
    return { ...state.chat, accent_color_id: 0, max_reaction_count: 11 }
  }

  private getChatAdministrators(p: Params): ChatMember[] {
    const state = this.chatForBot(p)
    if (state.chat.type === 'private') badRequest('there are no administrators in the private chat')
    const humans = [...(state.creatorId === undefined ? [] : [state.creatorId]), ...state.admins.keys()]
    const bot = state.botStatus === 'administrator' ? [this.me.id] : []
    return [...humans, ...bot].map((id) => this.memberOf(state, id))
  }

  private sendChatAction(p: Params): true {
    this.chatForBot(p)
    if (!CHAT_ACTIONS.has(p.string('action'))) badRequest('wrong parameter action in request')
    return true
  }

  private leaveChat(p: Params): true {
    const state = this.chatForBot(p)
    if (state.chat.type === 'private') badRequest("chat member status can't be changed in private chats")
    state.botStatus = 'left'
    return true
  }

  private memberOf(state: ChatState, userId: number): ChatMember {
    if (userId === this.me.id) return this.botMember(state)
    const user = this.users.get(userId)
    if (!user) badRequest('user not found')
    if (state.creatorId === userId) return { status: 'creator', user: toUser(user), is_anonymous: false }
    if (state.admins.has(userId)) return adminMember(toUser(user))
    if (state.members.has(userId)) return { status: 'member', user: toUser(user) }
    return { status: 'left', user: toUser(user) }
  }

  private botMember(state: ChatState): ChatMember {
    const user = this.botUser()
    switch (state.botStatus) {
      case 'administrator': return adminMember(user)
      case 'member': return { status: 'member', user }
      case 'left': return { status: 'left', user }
      case 'kicked': return { status: 'kicked', user, until_date: 0 }
    }
  }

  // ---- chat state -------------------------------------------------------------------------

  /** The chat named by chat_id, if the bot may act in it; otherwise Telegram's 400/403. */
  private chatForBot(p: Params): ChatState {
    const state = this.chats.get(p.int('chat_id'))
    if (!state) badRequest('chat not found')
    const kind = state.chat.type === 'supergroup' ? 'supergroup chat' : 'group chat'
    if (state.botStatus === 'kicked') {
      fail(403, state.chat.type === 'private' ? 'Forbidden: bot was blocked by the user' : `Forbidden: bot was kicked from the ${kind}`)
    }
    if (state.botStatus === 'left') fail(403, `Forbidden: bot is not a member of the ${kind}`)
    return state
  }

  private knownChat(chatId: number): ChatState {
    const state = this.chats.get(chatId)
    if (!state) throw new Error(`fake Bot API: chat ${chatId} is unknown; addChat() it or let a user post there first`)
    return state
  }

  private ensureChat(chat: FakeChat, botStatus: BotStatus, firstUser?: FakeUser): ChatState {
    const existing = this.chats.get(chat.id)
    if (existing) {
      if (existing.chat.type !== chat.type) throw new Error(`fake Bot API: chat ${chat.id} is a ${existing.chat.type}, not a ${chat.type}`)
      return existing
    }
    const state: ChatState = {
      chat: toChat(chat, firstUser),
      botStatus,
      nextMessageId: 1,
      messages: new Map(),
      admins: new Map(),
      members: new Set(),
      chatInstance: String(BigInt(chat.id) * 7919n + 1_000_000_007n),
    }
    this.chats.set(chat.id, state)
    return state
  }

  private rememberMember(state: ChatState, user: FakeUser): void {
    this.users.set(user.id, user)
    state.members.add(user.id)
  }

  private throttle(state: ChatState, action: 'send' | 'edit'): void {
    const retryAfter = this.flood?.take(state.chat.id, action) ?? 0
    if (retryAfter > 0) fail(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter })
  }

  // ---- user-side helpers ------------------------------------------------------------------

  private userPosts(chat: FakeChat, user: FakeUser, content: Partial<Message>, options: UserMessageOptions): Update {
    const state = this.ensureChat(chat, 'member', user)
    this.rememberMember(state, user)
    const message: Message = {
      message_id: state.nextMessageId++,
      from: toUser(user),
      chat: state.chat,
      date: unixNow(),
      ...threadFields(state, options.message_thread_id),
      ...(options.reply_to !== undefined && { reply_to_message: userReplyTarget(state, options.reply_to) }),
      ...(options.forward_origin && { forward_origin: { date: unixNow() - 3600, ...options.forward_origin } as MessageOrigin }),
      ...content,
    }
    state.messages.set(message.message_id, { message, byBot: false })
    return this.enqueue({ message: message as Update['message'] }, this.botSees(state, message))
  }

  /** Telegram's privacy mode: in groups, a bot that can't read all messages sees only those meant for it. */
  private botSees(state: ChatState, message: Message): boolean {
    if (state.botStatus === 'left' || state.botStatus === 'kicked') return false
    if (state.chat.type === 'private' || this.me.can_read_all_group_messages || state.botStatus === 'administrator') return true
    if (message.reply_to_message?.from?.id === this.me.id) return true
    const text = message.text ?? message.caption ?? ''
    const command = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text)
    const username = this.me.username.toLowerCase()
    if (command && (command[1] === undefined || command[1].toLowerCase() === username)) return true
    return text.toLowerCase().includes(`@${username}`)
  }

  private newFileIds(kind: StoredFile['kind']): { file_id: string; file_unique_id: string } {
    const n = ++this.fileCounter
    return { file_id: `fake-${kind}-${n}-file-id`, file_unique_id: `fake-${kind}-${n}-unique` }
  }

  private newPhotoSizes(): PhotoSize[] {
    const sizes = [[90, 68, 1_612], [320, 240, 15_770], [1280, 960, 112_404]].map(([width, height, file_size]) => ({
      ...this.newFileIds('photo'), width, height, file_size,
    }))
    for (const size of sizes) this.files.set(size.file_id, { kind: 'photo', sizes })
    return structuredClone(sizes)
  }

  private newDocument(file_name: string, mime_type: string, file_size: number, content?: Buffer): Document {
    const document = { ...this.newFileIds('document'), file_name, mime_type, file_size }
    this.files.set(document.file_id, { kind: 'document', document, ...(content && { content }) })
    return structuredClone(document)
  }

  private botUser(): User {
    return { id: this.me.id, is_bot: true, first_name: this.me.first_name, username: this.me.username }
  }
}

// ---- flood control --------------------------------------------------------------------------

interface FloodLimits {
  perChatPerSecond: number
  burst: number
  perGroupPerMinute: number
  countEdits: boolean
}

class FloodControl {
  private readonly buckets = new Map<number, { tokens: number; at: number }>()
  private readonly groupActions = new Map<number, number[]>()

  constructor(private readonly limits: FloodLimits) {}

  /** 0 when the action may happen now (and it is counted), otherwise the whole seconds to wait. */
  take(chatId: number, action: 'send' | 'edit'): number {
    const now = Date.now()
    const bucket = action === 'send' ? this.refilledBucket(chatId, now) : undefined
    const window = chatId < 0 && (action === 'send' || this.limits.countEdits) ? this.recentGroupActions(chatId, now) : undefined
    const bucketWaitMs = bucket && bucket.tokens < 1 ? ((1 - bucket.tokens) / this.limits.perChatPerSecond) * 1000 : 0
    const windowWaitMs = window && window.length >= this.limits.perGroupPerMinute ? window[0] + 60_000 - now : 0
    const waitMs = Math.max(bucketWaitMs, windowWaitMs)
    if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000))
    if (bucket) bucket.tokens -= 1
    window?.push(now)
    return 0
  }

  private refilledBucket(chatId: number, now: number): { tokens: number; at: number } {
    const bucket = this.buckets.get(chatId) ?? { tokens: this.limits.burst, at: now }
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perChatPerSecond)
    bucket.at = now
    this.buckets.set(chatId, bucket)
    return bucket
  }

  private recentGroupActions(chatId: number, now: number): number[] {
    const recent = (this.groupActions.get(chatId) ?? []).filter((at) => at > now - 60_000)
    this.groupActions.set(chatId, recent)
    return recent
  }
}

// ---- request parsing ------------------------------------------------------------------------

/** Typed access to a request's parameters, which arrive as JSON values or as strings (forms, multipart). */
class Params {
  constructor(readonly raw: Payload) {}

  string(name: string): string {
    const value = this.optionalString(name)
    if (value === undefined || value === '') badRequest(`${name} is empty`)
    return value
  }

  optionalString(name: string): string | undefined {
    const value = this.raw[name]
    return value === undefined || value === null ? undefined : String(value)
  }

  int(name: string): number {
    const value = this.optionalInt(name)
    if (value === undefined) badRequest(`${name} is empty`)
    return value
  }

  optionalInt(name: string): number | undefined {
    const value = this.raw[name]
    if (value === undefined || value === null || value === '') return undefined
    const number = Number(value)
    if (!Number.isSafeInteger(number)) badRequest(name === 'chat_id' ? 'chat not found' : `invalid ${name} specified`)
    return number
  }

  bool(name: string): boolean {
    const value = this.raw[name]
    return value === true || value === 'true' || value === '1'
  }

  json<T>(name: string): T | undefined {
    const value = this.raw[name]
    if (typeof value !== 'string') return value as T | undefined
    try {
      return JSON.parse(value) as T
    } catch {
      badRequest(`can't parse ${name} JSON object`)
    }
  }
}

async function readPayload(req: IncomingMessage): Promise<Payload> {
  const body = await readBody(req)
  if (body.length === 0) return {}
  const contentType = req.headers['content-type'] ?? ''
  if (contentType.startsWith('application/json')) {
    try {
      return JSON.parse(body.toString('utf8')) as Payload
    } catch {
      badRequest("can't parse JSON request")
    }
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(body.toString('utf8')))
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (contentType.startsWith('multipart/form-data') && boundary) return parseMultipart(body, boundary[1] ?? boundary[2])
  return {}
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** multipart/form-data, including grammY's `attach://` references to file parts. */
function parseMultipart(body: Buffer, boundary: string): Payload {
  const fields: Payload = {}
  const files = new Map<string, UploadedFile>()
  const delimiter = Buffer.from(`--${boundary}`)
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const partStart = start + delimiter.length
    const end = body.indexOf(delimiter, partStart)
    if (end === -1 || body.subarray(partStart, partStart + 2).toString() === '--') break
    const part = body.subarray(partStart, end)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8')
      const content = part.subarray(headerEnd + 4, part.length - 2)
      const name = headerParam(headers, 'name')
      const filename = headerParam(headers, 'filename')
      const type = /^content-type:\s*(.+)$/im.exec(headers)?.[1].trim() ?? 'application/octet-stream'
      if (name !== undefined && filename !== undefined) files.set(name, new UploadedFile(filename, type, content.length))
      else if (name !== undefined) fields[name] = content.toString('utf8')
    }
    start = end
  }
  for (const [key, value] of Object.entries(fields)) {
    const attached = typeof value === 'string' && value.startsWith('attach://') ? files.get(value.slice(9)) : undefined
    if (attached) fields[key] = attached
  }
  for (const [name, file] of files) fields[name] ??= file
  return fields
}

function headerParam(headers: string, param: string): string | undefined {
  const match = new RegExp(`[;\\s]${param}=(?:"([^"]*)"|([^;\\r\\n]*))`, 'i').exec(headers)
  return match ? (match[1] ?? match[2].trim()) : undefined
}

// ---- Telegram object helpers ----------------------------------------------------------------

function parseFormatting(text: string, parseMode: string | undefined, entities: MessageEntity[] | undefined): FormattedText {
  if (!parseMode) return { text, entities: [...(entities ?? [])].sort((a, b) => a.offset - b.offset || b.length - a.length) }
  const mode = parseMode.toLowerCase()
  if (mode === 'markdown' || mode === 'markdownv2') badRequest('the fake Bot API implements parse_mode HTML only')
  if (mode !== 'html') badRequest('unsupported parse_mode')
  const parsed = parseTelegramHtml(text)
  if (!parsed.ok) badRequest(`can't parse entities: ${parsed.error}`)
  return parsed
}

function checkButton(raw: unknown): InlineKeyboardButton {
  if (typeof raw !== 'object' || raw === null) badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
  const button = raw as Record<string, unknown>
  if (typeof button.text !== 'string' || button.text.trim() === '') badRequest('BUTTON_TEXT_INVALID')
  if (!BUTTON_ACTIONS.some((action) => button[action] !== undefined)) badRequest('text buttons are unallowed in the inline keyboard')
  if (button.callback_data !== undefined) {
    const bytes = Buffer.byteLength(String(button.callback_data))
    if (bytes < 1 || bytes > CALLBACK_DATA_LIMIT_BYTES) badRequest('BUTTON_DATA_INVALID')
  }
  if (button.url !== undefined && !isButtonUrl(String(button.url))) badRequest('BUTTON_URL_INVALID')
  return structuredClone(button) as unknown as InlineKeyboardButton
}

function isButtonUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'tg:'].includes(new URL(url).protocol)
  } catch {
    return false
  }
}

function sameContent(a: Message, b: Message): boolean {
  const content = (m: Message) => canonicalJson([m.text, m.entities ?? [], m.caption, m.caption_entities ?? [], m.reply_markup])
  return content(a) === content(b)
}

/** JSON with object keys sorted, so equal content compares equal however the bot ordered its keys. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

function asReplyTarget(message: Message): Message & { reply_to_message: undefined } {
  return { ...structuredClone(message), reply_to_message: undefined }
}

function userReplyTarget(state: ChatState, messageId: number): Message & { reply_to_message: undefined } {
  const target = state.messages.get(messageId)
  if (!target) throw new Error(`fake Bot API: no message ${messageId} in chat ${state.chat.id} to reply to`)
  return asReplyTarget(target.message)
}

function threadFields(state: ChatState, threadId: number | undefined): Partial<Message> {
  if (threadId === undefined) return {}
  return { message_thread_id: threadId, ...('is_forum' in state.chat && state.chat.is_forum && { is_topic_message: true }) }
}

function commandEntities(text: string): MessageEntity[] {
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text)
  return command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : []
}

function captionContent(options: UserPhotoOptions): Partial<Message> {
  const caption = options.caption
  const entities = caption ? commandEntities(caption) : []
  return {
    ...(caption && { caption }),
    ...(entities.length > 0 && { caption_entities: entities }),
    ...(options.media_group_id && { media_group_id: options.media_group_id }),
  }
}

function commandsKey(p: Params): string {
  return canonicalJson([p.json('scope') ?? { type: 'default' }, p.optionalString('language_code') ?? ''])
}

function adminMember(user: User): ChatMemberAdministrator {
  return {
    status: 'administrator', user, can_be_edited: false, is_anonymous: false, can_manage_chat: true,
    can_delete_messages: true, can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false,
    can_change_info: true, can_invite_users: true, can_post_stories: false, can_edit_stories: false,
    can_delete_stories: false, can_pin_messages: true, can_send_welcome_messages: false,
  }
}

function toUser(user: FakeUser): User {
  return { ...user, is_bot: false }
}

function toChat(chat: FakeChat, firstUser?: FakeUser): Chat {
  switch (chat.type) {
    case 'private':
      return {
        id: chat.id, type: 'private', first_name: firstUser?.first_name ?? 'Người dùng',
        ...(firstUser?.last_name && { last_name: firstUser.last_name }),
        ...(firstUser?.username && { username: firstUser.username }),
      }
    case 'group':
      return { id: chat.id, type: 'group', title: chat.title ?? `Group ${chat.id}` }
    case 'supergroup':
      return { id: chat.id, type: 'supergroup', title: chat.title ?? `Group ${chat.id}`, ...(chat.is_forum && { is_forum: true }) }
  }
}

function urlFileName(url: string): string {
  return new URL(url).pathname.split('/').pop() || 'file'
}

function mimeOf(fileName: string): string {
  return MIME_BY_EXTENSION[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'
}

/** A file's bytes: its content, or filler of its declared size (photos and documents sent without content). */
function fileBytes(file: StoredFile, fileId: string): Buffer {
  if (file.kind === 'document' && file.content) return file.content
  const size = file.kind === 'document' ? file.document.file_size ?? 0 : file.sizes.find((s) => s.file_id === fileId)?.file_size ?? 0
  return Buffer.alloc(size, 0x2e)
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000)
}
