/** Telegram's HTML parse mode needs exactly these three escaped in text and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Shortens user text before escaping, so an entity is never cut in half. */
export function truncate(s: string, max: number): string {
  const chars = [...s]
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…'
}

/** Telegram counts the length after entity parsing, in UTF-16 units; we stay under it with a margin. */
export const MAX_MESSAGE = 4000

/**
 * Splits HTML made of self-contained lines (no tag spans a newline) into messages under the limit.
 * A single line longer than the limit is cut on its visible text; its tags are dropped to stay valid.
 */
export function splitHtml(html: string, max = MAX_MESSAGE): string[] {
  const parts: string[] = []
  let current = ''
  for (const line of html.split('\n').flatMap((l) => (visibleLength(l) > max ? hardWrap(l, max) : [l]))) {
    const candidate = current === '' ? line : `${current}\n${line}`
    if (visibleLength(candidate) > max && current !== '') {
      parts.push(current)
      current = line
    } else {
      current = candidate
    }
  }
  if (current.trim() !== '') parts.push(current)
  return parts
}

function hardWrap(line: string, max: number): string[] {
  const plain = unescapeHtml(line.replace(/<[^>]+>/g, ''))
  const out: string[] = []
  for (let i = 0; i < plain.length; i += max) out.push(escapeHtml(plain.slice(i, i + max)))
  return out
}

function unescapeHtml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

/** Length of what Telegram shows: tags removed, entities counted as one character. */
export function visibleLength(html: string): number {
  return unescapeHtml(html.replace(/<[^>]+>/g, '')).length
}
