import { Composer } from 'grammy'
import type { InlineKeyboardButton } from 'grammy/types'
import { replyOnce } from '../services/tickets/ticket-service.ts'
import { attachToDraft, decideDraft, mayDecide, readMessage, understandMessage, type DraftOp } from '../services/understanding/message-service.ts'
import type { BotContext } from '../bot/context.ts'
import { attachmentsOf, textOf } from '../bot/message-parts.ts'
import { vi } from '../bot/messages/vi.ts'
import { decodeCallback, encodeCallback, type CallbackAction, type DraftMenu } from '../bot/render/callback-data.ts'
import { fieldPicker } from '../bot/render/field-picker.ts'
import { draftButtons, renderAnalysis } from '../bot/render/understanding.ts'

export const understandingFeature = new Composer<BotContext>()
const groups = understandingFeature.chatType(['group', 'supergroup'])

/** /phantich <văn bản>: how the bot reads a message, and why (admins and dispatchers). */
understandingFeature.command('phantich', async (ctx) => {
  if (!ctx.actor.isAdmin && !ctx.actor.isDispatcher) return void (await replyOnce(ctx.app, ctx.request(), 'analysis_not_allowed'))
  const text = ctx.match.trim()
  if (text === '') return void (await replyOnce(ctx.app, ctx.request(), 'analysis_usage'))
  const parsed = readMessage(ctx.app.units, ctx.actor.unitId, text, ctx.app.now())
  await replyOnce(ctx.app, ctx.request(), 'analysis', { html: renderAnalysis(parsed) })
})

/** Ordinary messages: what the others did not take (commands, replies to cards, albums) is read here. */
groups.on('message', async (ctx, next) => {
  const msg = ctx.message
  const text = textOf(msg).trim()
  // Commands, ours or another bot's, are not conversation.
  if (text.startsWith('/') || msg.via_bot || msg.from.is_bot) return next()
  const attachments = attachmentsOf(msg, ctx.app.now())
  if (text === '') {
    if (attachments.length > 0) await attachToDraft(ctx.app, ctx.request(), attachments)
    return
  }
  await understandMessage(ctx.app, ctx.request({ confirm: 'reaction' }), { text, messageId: msg.message_id, attachments })
})

understandingFeature.on('callback_query:data', async (ctx, next) => {
  const action = decodeCallback(ctx.callbackQuery.data)
  if (action?.type !== 'draft' && action?.type !== 'draft_menu' && action?.type !== 'draft_set') return next()
  const draft = await ctx.app.store.findDraft(action.id)
  if (!draft || draft.chatId !== ctx.chat?.id || draft.cardMessageId !== ctx.callbackQuery.message?.message_id) {
    return void (await ctx.answerCallbackQuery({ text: vi.callback.invalid, show_alert: true }))
  }
  if (action.type === 'draft_menu') {
    if (!mayDecide(ctx.actor, draft)) return void (await ctx.answerCallbackQuery({ text: vi.draft.refusal.not_allowed, show_alert: true }))
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: draftMenu(draft.id, action.menu) } })
    return void (await ctx.answerCallbackQuery())
  }
  const op: DraftOp = action.type === 'draft' ? { op: action.op } : { op: 'correct', field: action.field, value: action.value }
  const result = await decideDraft(ctx.app, ctx.request(), draft.id, op)
  if (result.duplicate) return void (await ctx.answerCallbackQuery({ text: vi.callback.duplicate }).catch(() => undefined))
  if (result.value.ok) await ctx.answerCallbackQuery({ text: vi.draft.done[op.op] })
  else await ctx.answerCallbackQuery({ text: vi.draft.refusal[result.value.reason], show_alert: true })
})

function draftMenu(id: number, menu: DraftMenu): InlineKeyboardButton[][] {
  const button = (text: string, a: CallbackAction): InlineKeyboardButton => ({ text, callback_data: encodeCallback(a) })
  const back = [button(vi.button.back, { type: 'draft_menu', id, menu: 'back' })]
  switch (menu) {
    case 'back':
      return [draftButtons(id)]
    default:
      return fieldPicker(menu, (m) => ({ type: 'draft_menu', id, menu: m }), (field, value) => ({ type: 'draft_set', id, field, value }), back)
  }
}
