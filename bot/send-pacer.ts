import type { Transformer } from 'grammy'

/** Only what posts into a chat counts against Telegram's per-chat and per-group limits. */
export const SENDING_METHODS = new Set([
  'sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'copyMessage', 'forwardMessage',
  'editMessageText', 'editMessageReplyMarkup', 'editMessageCaption',
])

export interface PacerLimits {
  /** Between two messages to one chat (Telegram: avoid more than one per second). */
  perChatIntervalMs: number
  /** Messages (and edits) to one group in any 60 seconds (Telegram: 20). */
  perGroupPerMinute: number
  /** Between any two messages of the bot (Telegram: about 30 per second overall). */
  globalIntervalMs: number
}

export const TELEGRAM_LIMITS: PacerLimits = { perChatIntervalMs: 1000, perGroupPerMinute: 20, globalIntervalMs: 34 }

const WINDOW_MS = 60_000

/**
 * Paces the bot's messages to Telegram's limits, chat by chat, so flood control (429) is not met in normal work.
 * Unlike an in-memory throttler alone, it can be seeded with what was sent just before a restart (from the outbox),
 * so a restarted bot does not burst into a group that already had its 20 messages this minute.
 */
export class SendPacer {
  private readonly sent = new Map<number, number[]>()
  private readonly queues = new Map<number, Promise<void>>()
  private nextGlobal = 0

  constructor(
    private readonly limits: PacerLimits = TELEGRAM_LIMITS,
    private readonly clock: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Remembers earlier sends (e.g. the outbox rows delivered in the last minute before a restart). */
  seed(sends: Array<{ chatId: number; at: Date }>): void {
    for (const { chatId, at } of sends) this.record(chatId, at.getTime())
    for (const times of this.sent.values()) times.sort((a, b) => a - b)
  }

  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    const chatId = payload && 'chat_id' in payload ? Number(payload.chat_id) : NaN
    if (!SENDING_METHODS.has(method) || !Number.isFinite(chatId)) return prev(method, payload, signal)
    await this.turn(chatId)
    return prev(method, payload, signal)
  }

  /** Waits until a message to this chat is within the limits, one caller at a time per chat. */
  turn(chatId: number): Promise<void> {
    const previous = this.queues.get(chatId) ?? Promise.resolve()
    const mine = previous.then(() => this.waitForSlot(chatId))
    this.queues.set(chatId, mine.catch(() => undefined))
    return mine
  }

  private async waitForSlot(chatId: number): Promise<void> {
    for (;;) {
      const wait = this.delayFor(chatId, this.clock())
      if (wait <= 0) break
      await this.sleep(wait)
    }
    const now = this.clock()
    this.nextGlobal = Math.max(this.nextGlobal, now) + this.limits.globalIntervalMs
    this.record(chatId, now)
  }

  /** Milliseconds to wait before this chat may receive a message at `now`. */
  delayFor(chatId: number, now: number): number {
    const times = (this.sent.get(chatId) ?? []).filter((t) => t > now - WINDOW_MS)
    this.sent.set(chatId, times)
    const last = times.at(-1)
    let wait = last === undefined ? 0 : last + this.limits.perChatIntervalMs - now
    if (chatId < 0 && times.length >= this.limits.perGroupPerMinute) {
      wait = Math.max(wait, times[times.length - this.limits.perGroupPerMinute] + WINDOW_MS - now)
    }
    return Math.max(wait, this.nextGlobal - now)
  }

  private record(chatId: number, at: number): void {
    const times = this.sent.get(chatId) ?? []
    times.push(at)
    this.sent.set(chatId, times)
  }
}
