import { Composer } from 'grammy'
import { addShift, removeShift, showOnDuty, showWeek } from '../services/rosters/roster-service.ts'
import { importRoster } from '../services/rosters/roster-import.ts'
import { ROSTER_CSV_MAX_BYTES } from '../services/rosters/csv.ts'
import { replyOnce } from '../services/tickets/ticket-service.ts'
import { displayName } from '../bot/actor.ts'
import type { BotContext } from '../bot/context.ts'
import { leadingCommand, textOf } from '../bot/message-parts.ts'
import { downloadFile } from '../bot/telegram-files.ts'

/** Duty rosters (lịch trực): /truc, /lichtruc, /phancong, /nhaplich. */
export const rostersFeature = new Composer<BotContext>()

rostersFeature.command('truc', async (ctx) => {
  await showOnDuty(ctx.app, ctx.request())
})

rostersFeature.command('lichtruc', async (ctx) => {
  await showWeek(ctx.app, ctx.request())
})

const REMOVE = /^(?:xoa|xóa|xoá)\s+#?(\d{1,9})$/i

rostersFeature.chatType(['group', 'supergroup']).command('phancong', async (ctx) => {
  const args = ctx.match.trim()
  const remove = REMOVE.exec(args)
  const target = ctx.message.reply_to_message?.from
  if (!remove && (!target || target.is_bot || args === '')) return void (await replyOnce(ctx.app, ctx.request(), 'roster_usage'))
  const result = remove
    ? await removeShift(ctx.app, ctx.request(), Number(remove[1]))
    : await addShift(ctx.app, ctx.request(), { userId: target!.id, name: displayName(target!) }, args)
  if (!result.duplicate && !result.value.ok) await replyOnce(ctx.app, ctx.request(), 'roster_refused', { reason: result.value.reason, ...result.value.detail })
})

/** /nhaplich as the caption of a CSV document, or as a reply to one (commands in captions are read here, not by grammY). */
rostersFeature.on('message', async (ctx, next) => {
  if (leadingCommand(textOf(ctx.message), ctx.me.username)?.command !== 'nhaplich') return next()
  const doc = ctx.message.document ?? ctx.message.reply_to_message?.document
  if (!doc) return void (await replyOnce(ctx.app, ctx.request(), 'roster_refused', { reason: 'import_usage' }))
  const facts = { fileName: doc.file_name ?? '', mimeType: doc.mime_type ?? '', size: doc.file_size ?? null }
  const result = await importRoster(ctx.app, ctx.request(), facts, () => downloadFile(ctx.api, doc.file_id, ROSTER_CSV_MAX_BYTES, ctx.log))
  if (!result.duplicate && !result.value.ok) await replyOnce(ctx.app, ctx.request(), 'roster_refused', { ...result.value })
})
