import { Composer, type Api } from 'grammy'
import type { Logger } from 'pino'
import { addShift, removeShift, showOnDuty, showWeek } from '../services/rosters/roster-service.ts'
import { importRoster, type RosterDownload } from '../services/rosters/roster-import.ts'
import { ROSTER_CSV_MAX_BYTES } from '../services/rosters/csv.ts'
import { replyOnce } from '../services/tickets/ticket-service.ts'
import { displayName } from '../bot/actor.ts'
import type { BotContext } from '../bot/context.ts'
import { leadingCommand, textOf } from '../bot/message-parts.ts'

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

const DOWNLOAD_TIMEOUT_MS = 30_000

/**
 * A file's bytes, at most `max`: getFile, then GET `${apiRoot}/file/bot${token}/${file_path}` (the Bot API's file
 * endpoint; apiRoot is TELEGRAM_API_ROOT when set). Any failure is a value, logged without the token.
 */
async function downloadFile(api: Api, fileId: string, max: number, log: Logger): Promise<RosterDownload> {
  try {
    const file = await api.getFile(fileId)
    if ((file.file_size ?? 0) > max) return { ok: false, reason: 'import_too_big' }
    if (!file.file_path) throw new Error('getFile returned no file_path')
    const root = api.options?.apiRoot ?? 'https://api.telegram.org'
    const res = await fetch(`${root}/file/bot${api.token}/${file.file_path}`, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
    if (!res.ok || res.body === null) throw new Error(`file download: HTTP ${res.status}`)
    const reader = res.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.length
      if (size > max) {
        await reader.cancel()
        return { ok: false, reason: 'import_too_big' }
      }
      chunks.push(part.value)
    }
    return { ok: true, bytes: Buffer.concat(chunks) }
  } catch (e) {
    log.warn({ msg: 'roster.import_download_failed', error: String(e instanceof Error ? e.message : e).replaceAll(api.token, '<token>') })
    return { ok: false, reason: 'import_download_failed' }
  }
}
