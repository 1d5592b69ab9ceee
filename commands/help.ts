import { Composer } from 'grammy'
import { startPrivateChat } from '../services/rosters/roster-service.ts'
import { replyOnce } from '../services/tickets/ticket-service.ts'
import type { BotContext } from '../bot/context.ts'

export const helpFeature = new Composer<BotContext>()

helpFeature.command('start', async (ctx) => {
  // In a private chat, /start is the person's consent to be written to (on-duty notices).
  if (ctx.chat.type === 'private') await startPrivateChat(ctx.app, ctx.request())
  else await replyOnce(ctx.app, ctx.request(), 'start')
})

helpFeature.command('help', async (ctx) => {
  const a = ctx.actor
  const roles = [a.isAdmin && 'admin', a.isDispatcher && 'dispatcher'].filter((r): r is string => Boolean(r))
  await replyOnce(ctx.app, ctx.request(), 'help', { roles })
})
