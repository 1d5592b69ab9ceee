/**
 * Tokeniser for the parser: normalised text → typed tokens with an accented lower-case form and a folded form.
 * Phrase matching, dates and ticket numbers all work on these tokens, so diacritics, NFC/NFD, tone placement
 * and chat abbreviations are dealt with once, here.
 */
import { normalizeVi } from '../text/normalize.ts'
import { ABBREVIATIONS, CASE_SENSITIVE_ABBREVIATIONS, CONTEXT_ABBREVIATIONS, LOWER_ONLY_ABBREVIATIONS } from './data/abbreviations.ts'

export type TokenType = 'word' | 'num' | 'time' | 'date' | 'hash' | 'phone' | 'docnum' | 'qmark' | 'bang' | 'colon' | 'paren'

export interface Token {
  type: TokenType
  /** Text as written (after NFC and tone normalisation). */
  raw: string
  /** Lower case, diacritics kept. */
  lower: string
  /** Lower case, no diacritics, đ → d. */
  fold: string
  /** Carries a Vietnamese diacritic (tone or vowel mark, or đ). */
  marked: boolean
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Index of the source token (expansions share it). */
  src: number
  /**
   * Last token of a clause: punctuation (. , ; : ! ? …), a line break or the end of the message follows it. On an
   * expansion only the last word carries it.
   */
  end: boolean
}

const MARKS = /\p{M}/u

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
}

function isMarked(lower: string): boolean {
  return lower.includes('đ') || MARKS.test(lower.normalize('NFD'))
}

// Phone numbers first (they contain spaces and dots), then the rest.
const PHONE = /(?<![\p{L}\p{N}])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?![\p{N}])/gu
// Groups by position (named groups cost an object per match): 1 hash, 2 a/c, 3 number, 4 word, 5 ?, 6 !, 7 :, 8 ( ).
const TOKEN = new RegExp(
  [
    '(#\\s?\\d+)',
    '([\\p{L}]\\/[\\p{L}](?![\\p{L}]))', // a/c, đ/c
    '(\\d+(?:[\\/.:,-]\\d+)*(?:[\\/-]?[\\p{L}]+[\\p{L}\\d]*)?)',
    '([\\p{L}\\p{M}]+\\d*)', // letters, then digits stuck to them (T6, th2, C06)
    '(\\?)',
    '(!)',
    '(:)',
    '([()])',
  ].join('|'),
  'gu',
)
const GROUP_TYPES: readonly TokenType[] = ['word', 'hash', 'word', 'num', 'word', 'qmark', 'bang', 'colon', 'paren']

const TIME = /^(\d{1,2})(?:[hg](\d{2})?|:(\d{2}))$/i
const DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/

function classifyNumber(raw: string): TokenType {
  if (/^\d{1,2}G$/.test(raw)) return 'num' // 4G, 5G: mobile networks, not "4 giờ"
  if (TIME.test(raw)) return 'time'
  if (DATE.test(raw)) return 'date'
  if (/^\d+\/\p{L}/u.test(raw) || /^\d+\/\d+\/\p{L}/u.test(raw)) return 'docnum'
  return 'num'
}

// Folding and mark detection per distinct lower-case form, memoised: chat vocabulary repeats a lot (bounded size).
const FOLD_CACHE = new Map<string, { fold: string; marked: boolean }>()
const FOLD_CACHE_MAX = 50_000

function foldInfo(lower: string): { fold: string; marked: boolean } {
  let info = FOLD_CACHE.get(lower)
  if (info === undefined) {
    if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear()
    info = { fold: fold(lower), marked: isMarked(lower) }
    FOLD_CACHE.set(lower, info)
  }
  return info
}

function makeToken(type: TokenType, raw: string, src: number): Token {
  const lower = raw.toLowerCase()
  const info = foldInfo(lower)
  // Upper case at the start: the first character changes when lower-cased (no regular expression per token).
  return { type, raw, lower, fold: info.fold, marked: type === 'word' && info.marked, cap: raw.charCodeAt(0) !== lower.charCodeAt(0), src, end: false }
}

export interface Tokenised {
  /** The normalised text. */
  text: string
  /** Tokens as written. */
  tokens: Token[]
  /** Tokens after abbreviation expansion (what the vocabulary is matched against). */
  expanded: Token[]
  /** The message is written with diacritics: matching compares accented forms. */
  accented: boolean
}

// The dictionaries as Maps: a lookup hashes the token once (a plain object would intern every token string first)
// and a token such as "constructor" finds nothing inherited.
const ABBR = new Map(Object.entries(ABBREVIATIONS))
const CASE_ABBR = new Map(Object.entries(CASE_SENSITIVE_ABBREVIATIONS))
const LOWER_ABBR = new Map(Object.entries(LOWER_ONLY_ABBREVIATIONS))
const CONTEXT_ABBR = new Map(Object.entries(CONTEXT_ABBREVIATIONS))

function expansionFor(t: Token, prev: Token | undefined, next: Token | undefined): string | undefined {
  if (t.type !== 'word') return undefined
  const cs = CASE_ABBR.get(t.raw)
  if (cs) return cs
  if (t.raw === t.lower) {
    const lo = LOWER_ABBR.get(t.lower)
    if (lo) return lo
  }
  const ctx = CONTEXT_ABBR.get(t.lower) ?? (t.marked ? undefined : CONTEXT_ABBR.get(t.fold))
  if (ctx) {
    const hit = ctx.rules.find((r) =>
      (r.after !== undefined && prev !== undefined && r.after.includes(prev.fold)) ||
      (r.before !== undefined && next !== undefined && r.before.includes(next.fold)) ||
      (r.atClauseEnd === true && (t.end || next?.type === 'qmark' || next?.type === 'bang')))
    return hit?.then ?? ctx.otherwise
  }
  // Chat forms are typed without marks ("ko", "dc") or listed as written ("đc", "sđt"): never fold a marked word
  // onto an abbreviation ("hỏng" is not "hong" = không).
  return ABBR.get(t.lower) ?? (t.marked ? undefined : ABBR.get(t.fold))
}

/** Punctuation that closes a clause; line breaks are turned into "¶" before whitespace is collapsed. */
const CLAUSE_BREAK = new Set(['.', ',', ';', ':', '!', '?', '…', '¶'])

function breaksBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_BREAK.has(text[k])) return true
  return false
}

/**
 * normalizeVi, without its decomposition round trip when nothing needs it: only an "o" or "u" right before a toned
 * a/e/y (hoà, khoẻ, thuỷ) may have its tone moved, so other text only needs NFC and tidy whitespace.
 */
const TONE_MOVE_CANDIDATE = /[oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ]/u
function normalise(s: string): string {
  const nfc = s.normalize('NFC')
  return TONE_MOVE_CANDIDATE.test(nfc) ? normalizeVi(nfc) : nfc.replace(/\s+/gu, ' ').trim()
}

/** Tokenise one phrase or message. */
export function tokenise(input: string): Tokenised {
  // Letters held down for emphasis ("gấppp", "lỗiii", "nhaaa"): Vietnamese never triples a letter.
  const text = normalise(input.replace(/\s*[\r\n]+\s*/gu, ' ¶ ')).replace(/(\p{L})\1{2,}/gu, '$1')
  const tokens: Token[] = []
  // Phones become one token each, in position order with the others.
  const found: { at: number; len: number; tok: Token }[] = []
  for (const m of text.matchAll(PHONE)) found.push({ at: m.index ?? 0, len: m[0].length, tok: makeToken('phone', m[0], 0) })
  const phones = found.length
  for (const m of (phones > 0 ? text.replace(PHONE, (p) => ' '.repeat(p.length)) : text).matchAll(TOKEN)) {
    const raw = m[0]
    let g = 1
    while (m[g] === undefined && g < 8) g++
    const type = g === 3 ? classifyNumber(raw) : GROUP_TYPES[g]
    found.push({ at: m.index ?? 0, len: raw.length, tok: makeToken(type, g === 1 ? raw.replace(/\s/g, '') : raw, 0) })
  }
  if (phones > 0) found.sort((a, b) => a.at - b.at)
  for (let i = 0; i < found.length; i++) {
    const f = found[i]
    f.tok.src = i
    const next = found[i + 1]
    // "… chưa ạ?": the question mark closes the clause it ends, so the word before it does not.
    f.tok.end = next === undefined || next.tok.type === 'colon' || f.tok.type === 'qmark' || f.tok.type === 'bang' ||
      (next.tok.type !== 'qmark' && next.tok.type !== 'bang' && breaksBetween(text, f.at + f.len, next.at))
    tokens.push(f.tok)
  }

  const expanded: Token[] = []
  let words = 0
  let marked = 0
  tokens.forEach((t, i) => {
    if (t.type === 'word' && t.fold.length > 1 && /[aeiouy]/.test(t.fold)) {
      words++
      if (t.marked) marked++
    }
    const exp = expansionFor(t, tokens[i - 1], tokens[i + 1])
    if (exp === undefined) {
      expanded.push(t)
      return
    }
    const parts = exp.split(' ')
    parts.forEach((w, k) => {
      const e = makeToken('word', w, t.src)
      e.cap = t.cap
      e.end = t.end && k === parts.length - 1
      expanded.push(e)
    })
  })
  // Fully accented Vietnamese has well over half its syllables marked; "không dấu" text has none.
  const accented = words > 0 && marked / words >= 0.25
  return { text, tokens, expanded, accented }
}
