import { Composer } from 'grammy'
import { parseDeadlineInput } from '../services/tickets/deadline-input.ts'
import { actOnTicket, listTickets, replyOnce, showTicket, type ListMode } from '../services/tickets/ticket-service.ts'
import type { BotContext } from '../bot/context.ts'
import { attachmentsOf, textOf } from '../bot/message-parts.ts'

export const ticketsFeature = new Composer<BotContext>()

const TICKET_NUMBER = /^#?(\d{1,9})$/

ticketsFeature.command('phieu', async (ctx) => {
  const m = TICKET_NUMBER.exec(ctx.match.trim())
  if (!m) return void (await replyOnce(ctx.app, ctx.request(), 'ticket_usage'))
  await showTicket(ctx.app, ctx.request(), Number(m[1]))
})

const LISTS: Record<string, ListMode> = { tondong: 'open', cuatoi: 'mine', quahan: 'overdue' }
ticketsFeature.command(Object.keys(LISTS), async (ctx) => {
  await listTickets(ctx.app, ctx.request(), LISTS[ctx.message!.text!.slice(1).split(/[@\s]/)[0].toLowerCase()])
})

ticketsFeature.command('han', async (ctx) => {
  const m = /^#?(\d{1,9})\s+(.+)$/.exec(ctx.match.trim())
  if (!m) return void (await replyOnce(ctx.app, ctx.request(), 'deadline_usage'))
  const deadline = parseDeadlineInput(m[2], ctx.app.now())
  if (!deadline.ok) return void (await replyOnce(ctx.app, ctx.request(), deadline.reason))
  const result = await actOnTicket(ctx.app, ctx.request({ confirm: 'reply' }), Number(m[1]), { action: 'set_deadline', deadline: deadline.value })
  if (!result.duplicate && !result.value.ok) await replyOnce(ctx.app, ctx.request(), 'refused', { reason: result.value.reason })
})

/** Bình luận/Phản hồi: a reply to a ticket card (text, photo or document) joins the ticket's timeline. */
ticketsFeature.chatType(['group', 'supergroup']).on('message', async (ctx, next) => {
  const replied = ctx.message.reply_to_message
  if (!replied || replied.from?.id !== ctx.me.id) return next()
  const card = await ctx.app.store.findCard(ctx.chat.id, replied.message_id)
  const ticket = card ? await ctx.app.store.findTicketById(card.ticketId) : null
  if (!ticket) return next()
  const attachments = attachmentsOf(ctx.message, ctx.app.now())
  const text = textOf(ctx.message).trim()
  if (text === '' && attachments.length === 0) return next()
  const result = await actOnTicket(ctx.app, ctx.request({ confirm: 'reaction' }), ticket.number, { action: 'comment', text, attachments })
  if (!result.duplicate && !result.value.ok) await replyOnce(ctx.app, ctx.request(), 'refused', { reason: result.value.reason })
})
