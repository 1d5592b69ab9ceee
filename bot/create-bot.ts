import { autoRetry } from '@grammyjs/auto-retry'
import { Bot } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import { noteUnregisteredChat } from '../services/registration/registration-service.ts'
import type { OutboundMessage } from '../services/ports.ts'
import { chatGone, replyOnce } from '../services/tickets/ticket-service.ts'
import { adminFeature } from '../commands/admin.ts'
import { helpFeature } from '../commands/help.ts'
import { albumFeature, reportFeature } from '../commands/report.ts'
import { rostersFeature } from '../commands/rosters.ts'
import { ticketButtonsFeature } from '../commands/ticket-buttons.ts'
import { ticketsFeature } from '../commands/tickets.ts'
import { understandingFeature } from '../commands/understanding.ts'
import { ChatAdmins, resolveActor } from './actor.ts'
import type { AppDeps, BotContext } from './context.ts'
import { chatFactsOf, leadingCommand, topicOf } from './message-parts.ts'
import { vi } from './messages/vi.ts'
import { OutboxSender } from './outbox-sender.ts'
import { SendPacer } from './send-pacer.ts'

export interface BotOptions {
  /** A self-hosted or local Bot API server (TELEGRAM_API_ROOT). */
  apiRoot?: string
  /** Known bot identity (tests); otherwise getMe at init. */
  botInfo?: UserFromGetMe
  /** Pace sends to Telegram's per-chat and per-group limits (on in production; bot tests turn it off for speed). */
  throttle?: boolean
}

/** Commands that work in a group nobody has registered yet. */
const BEFORE_REGISTRATION = new Set(['dangky', 'kiemtra', 'start', 'help', 'phantich'])

export function createBot(token: string, deps: AppDeps, opts: BotOptions = {}): { bot: Bot<BotContext>; sender: OutboxSender; pacer: SendPacer } {
  const bot = new Bot<BotContext>(token, { botInfo: opts.botInfo, client: opts.apiRoot ? { apiRoot: opts.apiRoot } : {} })
  const pacer = new SendPacer()
  if (opts.throttle ?? true) bot.api.config.use(pacer.transformer)
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }))

  const onChatGone = (m: OutboundMessage) => chatGone(deps, m.chatId, m.kind === 'card' ? { ticketId: m.ticketId, role: m.role } : null, deps.now())
  const sender = new OutboxSender({ ...deps, api: bot.api, policy: deps.config.policy, clock: deps.config.clock, onChatGone })
  const admins = new ChatAdmins(bot.api, deps.now)

  bot.use(async (ctx, next) => {
    ctx.app = deps
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id })
    if (!ctx.from || !ctx.chat) return
    if (await deps.store.isUpdateProcessed(ctx.update.update_id)) return
    ctx.actor = await resolveActor(deps, admins, ctx.chat, ctx.from)
    ctx.request = (o = {}) => ({
      updateId: ctx.update.update_id,
      now: deps.now(),
      actor: ctx.actor,
      origin: { chatId: ctx.chat!.id, threadId: ctx.msg ? topicOf(ctx.msg) : null, messageId: ctx.msg?.message_id ?? null },
      ...o,
    })
    try {
      await next()
    } finally {
      sender.kick()
    }
  })
  bot.use(guardUnregisteredGroups)
  bot.use(helpFeature, adminFeature, reportFeature, ticketsFeature, rostersFeature, ticketButtonsFeature, albumFeature, understandingFeature)
  bot.chatType('private').on('message', (ctx) => replyOnce(ctx.app, ctx.request(), 'private_hint').then(() => undefined))

  bot.catch(async (err) => {
    const ctx = err.ctx
    ctx.log?.error({ msg: 'update.failed', err: err.error instanceof Error ? err.error.message : String(err.error), stack: err.error instanceof Error ? err.error.stack : undefined })
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: vi.notice.error, show_alert: true }).catch(() => undefined)
    else if (ctx.message && ctx.chat) await ctx.reply(vi.notice.error, { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } }).catch(() => undefined)
  })
  return { bot, sender, pacer }
}

/** In a group nobody has registered, the bot shows no data; it says once how to register. */
async function guardUnregisteredGroups(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const isGroup = ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup'
  if (!isGroup || ctx.actor.unitId !== null || ctx.myChatMember) return next()
  if (ctx.callbackQuery) {
    if (ctx.callbackQuery.data?.startsWith('g:')) return next()
    return void (await ctx.answerCallbackQuery({ text: vi.callback.invalid, show_alert: true }))
  }
  const cmd = ctx.msg ? leadingCommand(ctx.msg.text, ctx.me.username) : null
  if (cmd && BEFORE_REGISTRATION.has(cmd.command)) return next()
  await noteUnregisteredChat(ctx.app, ctx.request(), chatFactsOf(ctx.chat))
}
