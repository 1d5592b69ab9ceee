import { Composer } from 'grammy'
import { noteUnregisteredChat, registerChat, registerChatToUnit, setRole, type RoleCommand } from '../services/registration/registration-service.ts'
import { replyOnce } from '../services/tickets/ticket-service.ts'
import { displayName } from '../bot/actor.ts'
import type { BotContext } from '../bot/context.ts'
import { vi } from '../bot/messages/vi.ts'
import { chatFactsOf } from '../bot/message-parts.ts'
import { decodeCallback } from '../bot/render/callback-data.ts'
import { escapeHtml } from '../bot/render/html.ts'

export const adminFeature = new Composer<BotContext>()
const groups = adminFeature.chatType(['group', 'supergroup'])

const chatFacts = (ctx: BotContext) => chatFactsOf(ctx.chat)

groups.command('dangky', async (ctx) => {
  await registerChat(ctx.app, ctx.request(), ctx.match, chatFacts(ctx))
})

adminFeature.callbackQuery(/^g:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data)
  if (action?.type !== 'register' || !ctx.chat) return void (await ctx.answerCallbackQuery({ text: vi.callback.invalid, show_alert: true }))
  const result = await registerChatToUnit(ctx.app, ctx.request(), action.unitId, chatFacts(ctx))
  if (result.duplicate) return void (await ctx.answerCallbackQuery({ text: vi.callback.duplicate }).catch(() => undefined))
  if (result.value === 'registered') {
    // The choice is made: its buttons go, so a later tap cannot re-register the group by accident.
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } })
    return void (await ctx.answerCallbackQuery())
  }
  await ctx.answerCallbackQuery({ text: result.value === 'not_admin' ? vi.notice.register_not_admin : vi.refusal.unknown_unit, show_alert: true })
})

const ROLE_ARGS = new Set<RoleCommand>(['admin', 'dieuphoi', 'bo'])

groups.command('quyen', async (ctx) => {
  const role = ctx.match.trim().toLowerCase() as RoleCommand
  const target = ctx.message.reply_to_message?.from
  if (!ROLE_ARGS.has(role) || !target || target.is_bot) return void (await replyOnce(ctx.app, ctx.request(), 'role_usage'))
  await setRole(ctx.app, ctx.request(), { userId: target.id, name: displayName(target) }, role)
})

adminFeature.command('kiemtra', async (ctx) => {
  const { actor, app } = ctx
  const lines = [`<b>${vi.check.title}</b>`]
  if (ctx.chat.type !== 'private') {
    const unit = actor.unitId ? app.units.get(actor.unitId) : undefined
    lines.push(unit ? vi.check.registered(escapeHtml(unit.name)) : vi.check.unregistered)
    lines.push((await canReadAll(ctx)) ? vi.check.canRead : vi.check.cannotRead)
  }
  lines.push(vi.check.database(escapeHtml(app.dbKind), await app.outbox.pendingCount()))
  lines.push(vi.check.config(app.units.all().length, escapeHtml(app.configFile)))
  lines.push(vi.check.you(rolesOf(ctx).join(', ')))
  await replyOnce(app, ctx.request(), 'check', { html: lines.join('\n') })
})

/** Privacy mode off (BotFather) or the bot made a group admin: only then does it read ordinary messages. */
async function canReadAll(ctx: BotContext): Promise<boolean> {
  if (ctx.me.can_read_all_group_messages) return true
  const me = await ctx.getChatMember(ctx.me.id)
  return me.status === 'administrator' || me.status === 'creator'
}

function rolesOf(ctx: BotContext): string[] {
  const a = ctx.actor
  const roles: string[] = []
  if (a.isAdmin) roles.push(vi.check.roles.admin)
  if (a.isDispatcher) roles.push(vi.check.roles.dispatcher)
  if (a.isUnitLeader) roles.push(vi.check.roles.leader)
  return roles.length > 0 ? roles : [vi.check.roles.member]
}

/** Added to a group: say once how to register. */
adminFeature.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status
  const chat = ctx.myChatMember.chat
  if (chat.type === 'private') return
  if (status === 'member' || status === 'administrator') {
    const known = await ctx.app.store.findChat(chat.id)
    if (!known?.unitId) await noteUnregisteredChat(ctx.app, ctx.request(), chatFacts(ctx))
    else await ctx.app.store.transaction((tx) => tx.setChatActive(chat.id, true))
  } else if (status === 'left' || status === 'kicked') {
    await ctx.app.store.transaction((tx) => tx.setChatActive(chat.id, false))
  }
})
