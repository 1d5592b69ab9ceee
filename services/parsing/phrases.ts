/**
 * Phrase dictionaries compiled to token sequences and matched on the tokenised message.
 *
 * A phrase is written in ordinary Vietnamese with diacritics; it goes through the same tokeniser and abbreviation
 * expansion as messages. Two extras:
 *   - `…` is a gap of 0–6 tokens inside one clause ("không … được" matches "không nộp hồ sơ trực tuyến được"), `…2` one of
 *     at most 2 ("đã …2 lại": "đã cài đặt lại", not "đã báo mấy lần mà chưa ai gọi lại");
 *   - `<hash>`, `<num>`, `<time>`, `<date>`, `<?>` match a token of that type (`#12`, `12`, `8h`, `1/7`, `?`);
 *   - `=word` matches only that word with its diacritics, also in a message typed without them: for words whose
 *     folded form is an everyday other word ("kẹt" jammed / "kết" in "kết nối", "sóng" signal / "song song").
 * A message written with diacritics is matched on accented forms ("gấp" ≠ "gặp", "mạng" ≠ "mang"); one written
 * without them is matched on folded forms, where nothing can be told apart anyway.
 * When two matches of one dictionary overlap, the longer one wins ("không gấp" hides "gấp"); a phrase with a gap hides
 * only the matches that share its first or last word, not the words its gap skipped ("có được hưởng phụ cấp không"
 * still counts "phụ cấp").
 */
import { tokenise, type Token, type TokenType } from './tokens.ts'

export interface Cue<L> {
  phrase: string
  label: L
  weight: number
}

type Item = { kind: 'lit'; lower: string; fold: string; strict: boolean } | { kind: 'type'; type: TokenType } | { kind: 'gap'; max: number }

interface Compiled<L> {
  cue: Cue<L>
  items: Item[]
  /** Words that may match without their diacritics (LOOSE_WORDS for phrases of two or more words, else 0). */
  loose: number
  /** Tie-break between two matches of one span: phrases starting with a word first, then in the order listed. */
  rank: number
  /** Has a gap ("có được … không"). */
  gapped: boolean
}

/** Words of a several-word phrase that may be typed without diacritics in a message that has them. */
const LOOSE_WORDS = 1

export interface Match<L> {
  cue: Cue<L>
  start: number
  /** Exclusive. */
  end: number
}

/** Longest gap of a `…` ('không thanh toán trực tuyến được'). */
const GAP_MAX = 6

const TYPE_PLACEHOLDERS: Readonly<Record<string, TokenType>> = {
  '<hash>': 'hash', '<num>': 'num', '<time>': 'time', '<date>': 'date', '<?>': 'qmark', '<!>': 'bang', '<:>': 'colon',
}

function compile<L>(cue: Cue<L>): Compiled<L> {
  const items: Item[] = []
  for (const part of cue.phrase.trim().split(/\s+/)) {
    const gap = /^(?:…|\.\.\.)(\d?)$/.exec(part)
    if (gap) {
      items.push({ kind: 'gap', max: gap[1] ? Number(gap[1]) : GAP_MAX })
      continue
    }
    const t = TYPE_PLACEHOLDERS[part]
    if (t) {
      items.push({ kind: 'type', type: t })
      continue
    }
    // Literal tokens match whatever their type ("4g", "3.2.1" are number tokens, "otp" a word).
    const strict = part.startsWith('=')
    for (const tok of tokenise(strict ? part.slice(1) : part).expanded) items.push({ kind: 'lit', lower: tok.lower, fold: tok.fold, strict })
  }
  if (items.length === 0 || items[0].kind === 'gap') throw new Error(`bad phrase: ${cue.phrase}`)
  return { cue, items, loose: items.filter((it) => it.kind === 'lit').length >= 2 ? LOOSE_WORDS : 0, rank: 0, gapped: items.some((it) => it.kind === 'gap') }
}

/** 0: no match; 1: a match; 2: a match only once diacritics are dropped (a word typed without them in accented text). */
function same(tok: Token, item: Item, accented: boolean): 0 | 1 | 2 {
  if (item.kind === 'type') return tok.type === item.type ? 1 : 0
  if (item.kind !== 'lit') return 0
  if (!accented && !item.strict) return tok.fold === item.fold ? 1 : 0
  if (tok.lower === item.lower) return 1
  return !item.strict && !tok.marked && tok.type === 'word' && tok.fold === item.fold ? 2 : 0
}

/**
 * End of a match of items[k…] at token i, or -1. `loose` is how many words of a several-word phrase may still be
 * matched without their diacritics in a message that has them ("mất mang" for "mất mạng", "kinh phi" for "kinh
 * phí"): people drop a mark here and there. Single words stay exact ("gap" is not "gấp" there).
 */
function matchAt(tokens: readonly Token[], i: number, items: readonly Item[], k: number, accented: boolean, loose: number): number {
  if (k === items.length) return i
  const item = items[k]
  if (item.kind === 'gap') {
    for (let skip = 0; skip <= item.max && i + skip <= tokens.length; skip++) {
      const end = matchAt(tokens, i + skip, items, k + 1, accented, loose)
      if (end >= 0) return end
      // a gap stays inside its clause ("không có mạng, hồ sơ được trả" is not "không … được")
      if (tokens[i + skip]?.end) break
    }
    return -1
  }
  if (i >= tokens.length) return -1
  const how = same(tokens[i], item, accented)
  if (how === 0 || (how === 2 && loose === 0)) return -1
  return matchAt(tokens, i + 1, items, k + 1, accented, how === 2 ? loose - 1 : loose)
}

/**
 * Phrases indexed by their first token's folded form and, when the second item is a word too, by that word's: a
 * literal only ever matches a token with the same folded form, so a token tries only the phrases that can start there.
 */
interface FirstIndex<L> {
  /** One-item phrases and those whose second item is a gap or a token type. */
  any: Compiled<L>[]
  /** By the folded form of the second item. */
  next: Map<string, Compiled<L>[]>
}

export class PhraseSet<L> {
  private readonly byFold = new Map<string, FirstIndex<L>>()
  private readonly byType = new Map<TokenType, Compiled<L>[]>()

  constructor(cues: readonly Cue<L>[]) {
    cues.forEach((cue, k) => {
      const c = compile(cue)
      const first = c.items[0]
      c.rank = first.kind === 'lit' ? k : cues.length + k
      if (first.kind === 'lit') {
        let idx = this.byFold.get(first.fold)
        if (!idx) this.byFold.set(first.fold, (idx = { any: [], next: new Map() }))
        const second = c.items[1]
        if (second?.kind === 'lit') push(idx.next, second.fold, c)
        else idx.any.push(c)
      } else if (first.kind === 'type') push(this.byType, first.type, c)
    })
  }

  /** All matches, overlapping shorter ones removed. */
  find(tokens: readonly Token[], accented: boolean): Match<L>[] {
    const out: (Match<L> & { rank: number; gapped: boolean })[] = []
    const tryAll = (cands: Compiled<L>[] | undefined, i: number): void => {
      if (cands === undefined) return
      for (const c of cands) {
        const end = matchAt(tokens, i, c.items, 0, accented, c.loose)
        if (end > i) out.push({ cue: c.cue, start: i, end, rank: c.rank, gapped: c.gapped })
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      const idx = this.byFold.get(t.fold)
      if (idx !== undefined) {
        tryAll(idx.any, i)
        if (i + 1 < tokens.length) tryAll(idx.next.get(tokens[i + 1].fold), i)
      }
      tryAll(this.byType.get(t.type), i)
    }
    // A match inside a longer one is dropped; of two on the same span the heavier (then the earlier listed) stays.
    const kept = out.length < 2 ? out : out.filter(
      (m) =>
        !out.some(
          (o) =>
            o !== m && o.start <= m.start && o.end >= m.end && (!o.gapped || o.start === m.start || o.end === m.end) &&
            (o.end - o.start > m.end - m.start || (o.start === m.start && o.end === m.end && (o.cue.weight > m.cue.weight || (o.cue.weight === m.cue.weight && o.rank < m.rank)))),
        ),
    )
    return kept.map(({ cue, start, end }) => ({ cue, start, end }))
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key)
  if (list) list.push(v)
  else map.set(key, [v])
}

/** The matched words, as written in the message. */
export function matchedText(tokens: readonly Token[], m: { start: number; end: number }): string {
  return tokens.slice(m.start, m.end).map((t) => t.raw).join(' ')
}
