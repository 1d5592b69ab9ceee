import { Composer } from 'grammy'
import type { Message } from 'grammy/types'
import { addAlbumItem, replyOnce, reportTicket } from '../services/tickets/ticket-service.ts'
import { displayName } from '../bot/actor.ts'
import type { BotContext } from '../bot/context.ts'
import { attachmentsOf, leadingCommand, originalAuthorOf, textOf } from '../bot/message-parts.ts'

const REPORT_COMMANDS = new Set(['baocao', 'suco'])

export const reportFeature = new Composer<BotContext>()
const groups = reportFeature.chatType(['group', 'supergroup'])

/** /baocao in text or in a photo/document caption; as a reply, the replied message is the report. */
groups.on('message', async (ctx, next) => {
  const msg = ctx.message
  const cmd = leadingCommand(textOf(msg), ctx.me.username)
  if (!cmd || !REPORT_COMMANDS.has(cmd.command)) return next()
  const replied = msg.reply_to_message && msg.reply_to_message.from?.id !== ctx.me.id ? msg.reply_to_message : undefined
  const now = ctx.app.now()
  const source: Message = replied ?? msg
  const result = await reportTicket(ctx.app, ctx.request(), {
    description: cmd.args || (replied ? textOf(replied) : ''),
    sourceMessageId: source.message_id,
    originalAuthor: replied ? originalAuthorOf(replied.forward_origin) ?? authorIfOther(replied, msg) : originalAuthorOf(msg.forward_origin),
    attachments: [...attachmentsOf(msg, now), ...(replied ? attachmentsOf(replied, now) : [])],
    mediaGroupId: msg.media_group_id ?? null,
  })
  if (!result.duplicate && !result.value.ok) {
    await replyOnce(ctx.app, ctx.request(), result.value.reason === 'empty_description' ? 'report_usage' : 'already_reported')
  }
})

/** The other photos of an album whose first item carried the /baocao caption. */
export const albumFeature = new Composer<BotContext>()
albumFeature.chatType(['group', 'supergroup']).on('message', async (ctx, next) => {
  const msg = ctx.message
  if (!msg.media_group_id || leadingCommand(textOf(msg), ctx.me.username)) return next()
  const [item] = attachmentsOf(msg, ctx.app.now())
  if (!item) return next()
  await addAlbumItem(ctx.app, ctx.request(), msg.media_group_id, item)
})

function authorIfOther(replied: Message, msg: Message): string | null {
  return replied.from && replied.from.id !== msg.from?.id ? displayName(replied.from) : null
}
