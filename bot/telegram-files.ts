// Files people send the bot: fetched through the Bot API (getFile, then its file endpoint), size-capped.
import type { Api } from 'grammy'
import type { Logger } from 'pino'
import type { RosterDownload } from '../services/rosters/roster-import.ts'

const DOWNLOAD_TIMEOUT_MS = 30_000

/**
 * A file's bytes, at most `max`: getFile, then GET `${apiRoot}/file/bot${token}/${file_path}` (the Bot API's file
 * endpoint; apiRoot is TELEGRAM_API_ROOT when set). Any failure is a value, logged without the token.
 */
export async function downloadFile(api: Api, fileId: string, max: number, log: Logger): Promise<RosterDownload> {
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
