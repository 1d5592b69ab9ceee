import { Composer } from 'grammy'
import { replyOnce } from '../services/tickets/ticket-service.ts'
import type { BotContext } from '../bot/context.ts'

export const helpFeature = new Composer<BotContext>()

helpFeature.command('start', async (ctx) => {
  await replyOnce(ctx.app, ctx.request(), 'start')
})

helpFeature.command('help', async (ctx) => {
  const a = ctx.actor
  const roles = [a.isAdmin && 'admin', a.isDispatcher && 'dispatcher'].filter((r): r is string => Boolean(r))
  await replyOnce(ctx.app, ctx.request(), 'help', { roles })
})
