import { Composer } from 'grammy'
import type { InlineKeyboardButton } from 'grammy/types'
import { assignCandidates } from '../services/tickets/candidates.ts'
import type { TicketAction } from '../services/tickets/lifecycle.ts'
import { authorize } from '../services/tickets/rights.ts'
import { actOnTicket, type ActInput } from '../services/tickets/ticket-service.ts'
import type { Ticket } from '../services/tickets/types.ts'
import type { BotContext } from '../bot/context.ts'
import { vi } from '../bot/messages/vi.ts'
import { isNotModified } from '../bot/outbox-sender.ts'
import { decodeCallback, encodeCallback, type CallbackAction, TICKET_OPS } from '../bot/render/callback-data.ts'
import { rows } from '../bot/render/card.ts'
import { fieldPicker } from '../bot/render/field-picker.ts'
import { renderCardForChat } from '../bot/render/card-for-chat.ts'
import { formatVnTime } from '../bot/render/time.ts'
import type { SnoozeOption } from '../services/sla/snooze.ts'

export const ticketButtonsFeature = new Composer<BotContext>()

const OP_ACTION: Record<(typeof TICKET_OPS)[number], TicketAction> = {
  ack: 'acknowledge', start: 'start', done: 'complete', close: 'close', reopen: 'reopen', pause: 'pause', resume: 'resume', triage: 'triage',
}

ticketButtonsFeature.on('callback_query:data', async (ctx, next) => {
  const action = decodeCallback(ctx.callbackQuery.data)
  if (action?.type === 'register' || action?.type === 'draft' || action?.type === 'draft_menu' || action?.type === 'draft_set') return next()
  const ticket = !action ? null : action.type === 'snooze' ? await ticketOfAlert(ctx, action.number) : await ticketOfCard(ctx, action.number)
  if (!action || !ticket) return void (await ctx.answerCallbackQuery({ text: vi.callback.invalid, show_alert: true }))
  if (action.type === 'menu') return showMenu(ctx, ticket, action.menu)
  if (action.type === 'snooze') return snooze(ctx, ticket, action.until)
  await act(ctx, ticket, inputOf(action, ticket))
})

/** Forged or stale data cannot reach another ticket: the button must sit on a card of the ticket it names. */
async function ticketOfCard(ctx: BotContext, number: number): Promise<Ticket | null> {
  const msg = ctx.callbackQuery?.message
  if (!msg || !ctx.chat) return null
  const card = await ctx.app.store.findCard(ctx.chat.id, msg.message_id)
  const ticket = card ? await ctx.app.store.findTicket(number) : null
  return ticket && card && ticket.id === card.ticketId ? ticket : null
}

/** SLA alerts are not cards: the snooze buttons must sit on one of the bot's messages about the ticket they name. */
async function ticketOfAlert(ctx: BotContext, number: number): Promise<Ticket | null> {
  const msg = ctx.callbackQuery?.message
  const text = msg && 'text' in msg ? (msg.text ?? '') : ''
  if (!msg || msg.from?.id !== ctx.me.id || !new RegExp(`#${number}(?!\\d)`).test(text)) return null
  return ctx.app.store.findTicket(number)
}

/** Hoãn nhắc hạn: the toast says until when; a double tap or a refusal says why nothing changed. */
async function snooze(ctx: BotContext, ticket: Ticket, until: SnoozeOption): Promise<void> {
  const result = await actOnTicket(ctx.app, ctx.request(), ticket.number, { action: 'snooze', until })
  if (result.duplicate) return void (await ctx.answerCallbackQuery({ text: vi.callback.duplicate }).catch(() => undefined))
  if (result.value.ok) return void (await ctx.answerCallbackQuery({ text: vi.sla.snoozeDone(formatVnTime(result.value.ticket.snoozedUntil!)) }))
  const reason = result.value.reason
  if (reason === 'already_snoozed') {
    const current = (await ctx.app.store.findTicket(ticket.number))?.snoozedUntil
    return void (await ctx.answerCallbackQuery({ text: current ? vi.sla.alreadySnoozed(formatVnTime(current)) : vi.refusal.already_snoozed }))
  }
  const text = reason === 'not_allowed' || reason === 'not_found' ? vi.sla.snoozeNotAllowed : vi.refusal[reason]
  await ctx.answerCallbackQuery({ text, show_alert: true })
}

function inputOf(a: Extract<CallbackAction, { type: 'ticket' | 'assign' | 'reject' | 'duplicate' | 'edit' }>, t: Ticket): ActInput {
  switch (a.type) {
    case 'ticket': return { action: OP_ACTION[a.op] } as ActInput
    case 'assign': return { action: t.status === 'new' ? 'assign' : 'reassign', unitId: a.unitId }
    case 'reject': return { action: 'reject', reason: a.reason }
    case 'duplicate': return { action: 'reject', reason: 'duplicate', duplicateOf: a.of }
    case 'edit': return { action: 'edit', field: a.field, value: a.value }
  }
}

async function act(ctx: BotContext, ticket: Ticket, input: ActInput): Promise<void> {
  const result = await actOnTicket(ctx.app, ctx.request(), ticket.number, input)
  if (result.duplicate) return void (await ctx.answerCallbackQuery({ text: vi.callback.duplicate }).catch(() => undefined))
  if (result.value.ok) await ctx.answerCallbackQuery({ text: vi.done[input.action] })
  else await ctx.answerCallbackQuery({ text: vi.refusal[result.value.reason], show_alert: true })
}

type Menu = Extract<CallbackAction, { type: 'menu' }>['menu']

const MENU_ACTION: Record<Menu, (t: Ticket) => TicketAction> = {
  assign: (t) => (t.status === 'new' ? 'assign' : 'reassign'),
  reject: () => 'reject', duplicate: () => 'reject',
  edit: () => 'edit', edit_category: () => 'edit', edit_priority: () => 'edit', edit_system: () => 'edit',
  back: () => 'comment',
}

/** Pickers replace the card's buttons in place; the card comes back with "Quay lại" or after the action. */
async function showMenu(ctx: BotContext, ticket: Ticket, menu: Menu): Promise<void> {
  const refusal = authorize(ctx.actor, ticket, MENU_ACTION[menu](ticket), ctx.app.config.policy)
  if (refusal) return void (await ctx.answerCallbackQuery({ text: vi.refusal[refusal], show_alert: true }))
  const keyboard = menu === 'back' ? (await renderCardForChat({ ...ctx.app, policy: ctx.app.config.policy, clock: ctx.app.config.clock }, ticket, ctx.chat!.id)).keyboard : await menuKeyboard(ctx, ticket, menu)
  if (keyboard === null) return void (await ctx.answerCallbackQuery({ text: vi.callback.noDuplicateCandidates, show_alert: true }))
  // A double tap asks for the same buttons twice: Telegram's "message is not modified" then means it is done.
  await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: keyboard } }).catch((e: unknown) => {
    if (!isNotModified(e)) throw e
  })
  await ctx.answerCallbackQuery({ text: MENU_PROMPT[menu] })
}

const MENU_PROMPT: Record<Menu, string | undefined> = {
  assign: vi.callback.chooseUnit, reject: vi.callback.chooseReason, duplicate: vi.callback.chooseDuplicate, edit: vi.callback.chooseField,
  edit_category: vi.callback.chooseValue, edit_priority: vi.callback.chooseValue, edit_system: vi.callback.chooseValue, back: undefined,
}

const DUPLICATE_CHOICES = 8

async function menuKeyboard(ctx: BotContext, t: Ticket, menu: Exclude<Menu, 'back'>): Promise<InlineKeyboardButton[][] | null> {
  const n = t.number
  const button = (text: string, a: CallbackAction): InlineKeyboardButton => ({ text, callback_data: encodeCallback(a) })
  const back = [button(vi.button.back, { type: 'menu', number: n, menu: 'back' })]
  switch (menu) {
    case 'assign':
      return [...rows(assignCandidates(t, ctx.app.units, ctx.app.config).map((u) => button(u.name, { type: 'assign', number: n, unitId: u.id })), 2), back]
    case 'reject':
      return [
        [button(vi.rejectReason.duplicate, { type: 'menu', number: n, menu: 'duplicate' })],
        [button(vi.rejectReason.out_of_scope, { type: 'reject', number: n, reason: 'out_of_scope' })],
        [button(vi.rejectReason.missing_info, { type: 'reject', number: n, reason: 'missing_info' })],
        back,
      ]
    case 'duplicate': {
      const candidates = await duplicateCandidates(ctx, t)
      if (candidates.length === 0) return null
      return [...rows(candidates.map((c) => button(`#${c.number}`, { type: 'duplicate', number: n, of: c.number })), 4), back]
    }
    default:
      return fieldPicker(menu, (m) => ({ type: 'menu', number: n, menu: m }), (field, value) => ({ type: 'edit', number: n, field, value }), back)
  }
}

/** Open tickets of the same province this person may see, newest first. */
async function duplicateCandidates(ctx: BotContext, t: Ticket): Promise<Ticket[]> {
  const everything = ctx.actor.isAdmin || ctx.actor.isDispatcher || ctx.actor.inCommandCentre
  const visibleTo = everything ? null : ctx.actor.unitId ? [ctx.actor.unitId] : []
  const open = await ctx.app.store.listTickets({ visibleTo, openOnly: true, limit: 200 })
  return open.filter((o) => o.id !== t.id && o.provinceId === t.provinceId).sort((a, b) => b.number - a.number).slice(0, DUPLICATE_CHOICES)
}
