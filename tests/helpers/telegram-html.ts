// Telegram's parse_mode=HTML, re-implemented for the fake Bot API: same tag set, same nesting
// rules, same error wording and UTF-8 byte offsets as the server, and entity offsets in UTF-16
// code units. One deliberate difference: Telegram keeps a stray "&" (or "&lt" without ";")
// as literal text, the fake rejects it, so unescaped user input is caught in tests.
import type { MessageEntity } from 'grammy/types'

export type FormattedText = { text: string; entities: MessageEntity[] }
export type HtmlParseResult = ({ ok: true } & FormattedText) | { ok: false; error: string }

const SUPPORTED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler',
  'tg-emoji', 'tg-time', 'code', 'pre', 'blockquote',
])

const SIMPLE_ENTITY_OF_TAG: Record<string, 'bold' | 'italic' | 'underline' | 'strikethrough' | 'spoiler'> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline',
  s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', 'tg-spoiler': 'spoiler', span: 'spoiler',
}

const NAMED_ENTITIES = new Map([['lt', 0x3c], ['gt', 0x3e], ['amp', 0x26], ['quot', 0x22]])
const CHARACTER_REFERENCE = /^&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));/
const ATTRIBUTE_REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));?/g

interface OpenTag {
  name: string
  attributes: Map<string, string>
  offset: number
}

class HtmlError extends Error {}

export function parseTelegramHtml(html: string): HtmlParseResult {
  try {
    return { ok: true, ...new HtmlParser(html).parse() }
  } catch (error) {
    if (error instanceof HtmlError) return { ok: false, error: error.message }
    throw error
  }
}

/** Telegram strips leading and trailing whitespace from texts and captions; entities follow the text. */
export function trimFormattedText({ text, entities }: FormattedText): FormattedText {
  const trimmed = text.trim()
  const shift = text.length - text.trimStart().length
  const kept: MessageEntity[] = []
  for (const entity of entities) {
    const start = Math.max(entity.offset - shift, 0)
    const end = Math.min(entity.offset + entity.length - shift, trimmed.length)
    if (end > start) kept.push({ ...entity, offset: start, length: end - start })
  }
  return { text: trimmed, entities: kept }
}

class HtmlParser {
  private pos = 0
  private out = ''
  private readonly open: OpenTag[] = []
  private readonly entities: MessageEntity[] = []
  private readonly codeLanguages = new Map<MessageEntity, string>()

  constructor(private readonly html: string) {}

  parse(): FormattedText {
    while (this.pos < this.html.length) {
      const c = this.html[this.pos]
      if (c === '&') this.out += this.readCharacterReference()
      else if (c !== '<') this.out += this.html[this.pos++]
      else if (this.html[this.pos + 1] === '/') this.closeTag()
      else this.openTag()
    }
    const unclosed = this.open.at(-1)
    if (unclosed) throw new HtmlError(`Can't find end tag corresponding to start tag "${unclosed.name}"`)
    this.entities.sort((a, b) => a.offset - b.offset || b.length - a.length)
    return { text: this.out, entities: this.entities }
  }

  private byteOffset(index: number): number {
    return Buffer.byteLength(this.html.slice(0, index))
  }

  private readCharacterReference(): string {
    const start = this.pos
    const match = CHARACTER_REFERENCE.exec(this.html.slice(start, start + 12))
    const code = match ? referencedCodePoint(match[1], match[2], match[3]) : undefined
    if (!match || code === undefined) {
      throw new HtmlError(`Character "&" must be escaped as "&amp;" at byte offset ${this.byteOffset(start)}`)
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      throw new HtmlError(
        'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
      )
    }
    this.pos += match[0].length
    return String.fromCodePoint(code)
  }

  private openTag(): void {
    const begin = this.pos
    const at = () => `at byte offset ${this.byteOffset(begin)}`
    this.pos++
    const name = this.readWhile((c) => !isSpace(c) && c !== '>').toLowerCase()
    if (this.pos >= this.html.length) throw new HtmlError(`Unclosed start tag ${at()}`)
    if (!SUPPORTED_TAGS.has(name)) throw new HtmlError(`Unsupported start tag "${name}" ${at()}`)

    const attributes = new Map<string, string>()
    for (;;) {
      this.readWhile(isSpace)
      if (this.pos >= this.html.length) throw new HtmlError(`Unclosed start tag "${name}" ${at()}`)
      if (this.html[this.pos] === '>') break
      const attribute = this.readWhile((c) => !isSpace(c) && c !== '=' && c !== '>')
      if (attribute === '') throw new HtmlError(`Empty attribute name in the tag "${name}" ${at()}`)
      this.readWhile(isSpace)
      if (this.html[this.pos] !== '=') {
        if (name === 'blockquote' && attribute === 'expandable') {
          attributes.set(attribute, '')
          continue
        }
        throw new HtmlError(`Expected equal sign in declaration of an attribute of the tag "${name}" ${at()}`)
      }
      this.pos++
      this.readWhile(isSpace)
      if (this.pos >= this.html.length) throw new HtmlError(`Unclosed start tag "${name}" ${at()}`)
      attributes.set(attribute, this.readAttributeValue())
      if (this.pos >= this.html.length) throw new HtmlError(`Unclosed start tag ${at()}`)
    }
    this.pos++

    if (name === 'span' && attributes.get('class') !== 'tg-spoiler') {
      throw new HtmlError(`Tag "span" must have class "tg-spoiler" ${at()}`)
    }
    this.open.push({ name, attributes, offset: this.out.length })
  }

  private readAttributeValue(): string {
    const quote = this.html[this.pos]
    if (quote !== '"' && quote !== "'") {
      const start = this.pos
      const token = this.readWhile((c) => /[A-Za-z0-9.-]/.test(c))
      const next = this.html[this.pos]
      if (next === undefined || (!isSpace(next) && next !== '>')) {
        throw new HtmlError(`Unexpected end of name token at byte offset ${this.byteOffset(start)}`)
      }
      return token.toLowerCase()
    }
    this.pos++
    const end = this.html.indexOf(quote, this.pos)
    const raw = this.html.slice(this.pos, end === -1 ? this.html.length : end)
    this.pos += raw.length + 1
    // Inside attribute values Telegram leaves unknown "&" sequences alone, so URLs with query strings work.
    return raw.replace(ATTRIBUTE_REFERENCE, (reference: string, hex?: string, decimal?: string, name?: string) => {
      const code = referencedCodePoint(hex, decimal, name)
      return code === undefined ? reference : String.fromCodePoint(code)
    })
  }

  private closeTag(): void {
    const begin = this.pos
    const top = this.open.at(-1)
    if (!top) throw new HtmlError(`Unexpected end tag at byte offset ${this.byteOffset(begin)}`)
    this.pos += 2
    const name = this.readWhile((c) => !isSpace(c) && c !== '>').toLowerCase()
    this.readWhile(isSpace)
    if (this.html[this.pos] !== '>') throw new HtmlError(`Unclosed end tag at byte offset ${this.byteOffset(begin)}`)
    this.pos++
    if (name !== '' && name !== top.name) {
      throw new HtmlError(
        `Unmatched end tag at byte offset ${this.byteOffset(begin)}, expected "</${top.name}>", found "</${name}>"`,
      )
    }
    this.open.pop()
    if (this.out.length > top.offset) this.addEntity(top, this.out.length - top.offset)
  }

  private addEntity(tag: OpenTag, length: number): void {
    const offset = tag.offset
    const simple = SIMPLE_ENTITY_OF_TAG[tag.name]
    if (simple) {
      this.entities.push({ type: simple, offset, length })
      return
    }
    switch (tag.name) {
      case 'a':
        this.entities.push({ type: 'text_link', offset, length, url: tag.attributes.get('href') || this.out.slice(offset) })
        return
      case 'tg-emoji':
        return this.addCustomEmoji(tag, length)
      case 'tg-time':
        return this.addDateTime(tag, length)
      case 'code':
        return this.addCode(tag, length)
      case 'pre':
        return this.addPre(tag, length)
      case 'blockquote':
        this.entities.push({ type: tag.attributes.has('expandable') ? 'expandable_blockquote' : 'blockquote', offset, length })
        return
    }
  }

  private addCustomEmoji(tag: OpenTag, length: number): void {
    const id = tag.attributes.get('emoji-id') ?? ''
    if (!/^[1-9][0-9]*$/.test(id)) throw new HtmlError('Invalid custom emoji identifier specified')
    this.entities.push({ type: 'custom_emoji', offset: tag.offset, length, custom_emoji_id: id })
  }

  private addDateTime(tag: OpenTag, length: number): void {
    const unix = tag.attributes.get('unix') ?? ''
    const format = tag.attributes.get('format') ?? ''
    if (!/^[0-9]+$/.test(unix)) throw new HtmlError('Invalid Unix time specified in the tag "tg-time"')
    if (!isDateTimeFormat(format)) throw new HtmlError(`Invalid date-time format "${format}" in the tag "tg-time"`)
    this.entities.push({ type: 'date_time', offset: tag.offset, length, unix_time: Number(unix), date_time_format: format })
  }

  private addCode(tag: OpenTag, length: number): void {
    const code: MessageEntity = { type: 'code', offset: tag.offset, length }
    const language = tag.attributes.get('class')?.match(/^language-(.+)$/)?.[1]
    if (language) this.codeLanguages.set(code, language)
    this.entities.push(code)
  }

  /** <pre><code class="language-x">…</code></pre> is one pre entity with a language, as on Telegram. */
  private addPre(tag: OpenTag, length: number): void {
    const last = this.entities.at(-1)
    const language = last && this.codeLanguages.get(last)
    if (language && last.offset === tag.offset && last.length === length) {
      this.entities[this.entities.length - 1] = { type: 'pre', offset: tag.offset, length, language }
    } else {
      this.entities.push({ type: 'pre', offset: tag.offset, length })
    }
  }

  private readWhile(accept: (c: string) => boolean): string {
    const start = this.pos
    while (this.pos < this.html.length && accept(this.html[this.pos])) this.pos++
    return this.html.slice(start, this.pos)
  }
}

function referencedCodePoint(hex?: string, decimal?: string, name?: string): number | undefined {
  const code = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : NAMED_ENTITIES.get(name ?? '')
  return code !== undefined && code > 0 && code <= 0x10ffff ? code : undefined
}

function isDateTimeFormat(format: string): format is MessageEntity.DateTimeMessageEntity['date_time_format'] {
  return /^(?:r|w?[dD]?[tT]?)$/.test(format)
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v'
}
