/**
 * The known units (configuration + communes registered at run time) and a resolver for what people type:
 * "tinh nghe an", "VNPT Nghệ An", "NCT3", "Quảng Bình" (→ Quảng Trị), "xã Diễn Châu, Nghệ An".
 * Every comparison is on folded text (services/text/normalize.ts), so diacritics and case never matter.
 */
import { foldVi, normalizeVi } from '../text/normalize.ts'
import type { Unit } from './types.ts'

export type ResolveResult =
  | { kind: 'found'; unit: Unit }
  | { kind: 'commune'; name: string; province: Unit }
  | { kind: 'ambiguous'; candidates: Unit[] }
  | { kind: 'none' }

export interface ResolveContext {
  /** The province of the group the input came from: lets "xã Diễn Châu" stand without its province. */
  provinceId?: string | null
}

const MAX_CANDIDATES = 8

/** Words that may precede a province name: "tỉnh Nghệ An", "TP Huế", "thành phố Cần Thơ". */
const PROVINCE_PREFIXES = ['tinh', 'tp', 'thanh pho']

/** Commune-level prefixes (folded) → the display prefix. X./P./ĐK are the chat abbreviations (§B.4). */
const COMMUNE_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['dac khu', 'đặc khu'],
  ['phuong', 'phường'],
  ['xa', 'xã'],
  ['dk', 'đặc khu'],
  ['p', 'phường'],
  ['x', 'xã'],
]

/** Short letter in commune ids, so a xã and a phường of the same name in one province stay distinct. */
const COMMUNE_ID_LETTER: Record<string, string> = { 'xã': 'x', 'phường': 'p', 'đặc khu': 'd' }

const compact = (key: string): string => key.replace(/ /g, '')

interface Word {
  text: string
  folded: string
}

function wordsOf(input: string): Word[] {
  return normalizeVi(input)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((text) => ({ text, folded: foldVi(text) }))
    .filter((w) => w.folded !== '')
}

function capitalise(word: string): string {
  return /^\p{L}/u.test(word) ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word
}

function withProvincePrefixes(keys: readonly string[]): string[] {
  const out = new Set(keys)
  for (const key of keys) {
    for (const prefix of PROVINCE_PREFIXES) {
      if (key.startsWith(`${prefix} `)) out.add(key.slice(prefix.length + 1))
      else out.add(`${prefix} ${key}`)
    }
  }
  return [...out]
}

/** A deterministic ASCII unit id for a commune, at most 24 characters: `x-nghe-an-dien-chau`. */
export function communeUnitId(provinceId: string, communeName: string): string {
  const { prefix, rest } = splitCommunePrefix(wordsOf(communeName))
  const slug = rest.map((w) => w.folded).join(' ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  const id = `${COMMUNE_ID_LETTER[prefix ?? 'xã']}-${provinceId}-${slug}`.replace(/-+$/, '')
  if (id.length <= 24) return id
  const hash = shortHash(id)
  return `${id.slice(0, 24 - hash.length - 1).replace(/-+$/, '')}-${hash}`
}

function shortHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36).padStart(7, '0').slice(-4)
}

function splitCommunePrefix(words: readonly Word[]): { prefix: string | null; rest: Word[] } {
  for (const [folded, display] of COMMUNE_PREFIXES) {
    const parts = folded.split(' ')
    if (words.length > parts.length && parts.every((p, i) => words[i]?.folded === p)) {
      return { prefix: display, rest: words.slice(parts.length) }
    }
  }
  return { prefix: null, rest: [...words] }
}

export class UnitDirectory {
  private readonly byId = new Map<string, Unit>()
  /** folded or compacted key → ids of the units it names */
  private readonly byKey = new Map<string, Set<string>>()
  /** every key per unit, for partial matching */
  private readonly keysOf = new Map<string, string[]>()

  constructor(units: readonly Unit[]) {
    for (const u of units) this.byId.set(u.id, u)
    for (const u of units) this.index(u)
  }

  get(id: string): Unit | undefined {
    return this.byId.get(id)
  }

  all(): Unit[] {
    return [...this.byId.values()]
  }

  provinces(): Unit[] {
    return this.all().filter((u) => u.kind === 'province')
  }

  children(id: string): Unit[] {
    return this.all().filter((u) => u.parentId === id)
  }

  /** Adds or replaces a unit (a commune registered at run time). */
  add(unit: Unit): void {
    if (this.byId.has(unit.id)) this.unindex(unit.id)
    this.byId.set(unit.id, unit)
    this.index(unit)
  }

  /** What the input names: a known unit, a new commune of a province, several candidates (best first) or nothing. */
  resolve(input: string, context: ResolveContext = {}): ResolveResult {
    const words = wordsOf(input)
    if (words.length === 0) return { kind: 'none' }
    const exact = this.exact(words.map((w) => w.folded).join(' '))
    if (exact.length === 1) return { kind: 'found', unit: exact[0] as Unit }
    if (exact.length > 1) return { kind: 'ambiguous', candidates: this.rank(exact).slice(0, MAX_CANDIDATES) }
    const commune = this.resolveCommune(words, context)
    if (commune !== null) return commune
    const partial = this.partial(words.map((w) => w.folded))
    if (partial.length === 1) return { kind: 'found', unit: partial[0] as Unit }
    if (partial.length > 1) return { kind: 'ambiguous', candidates: partial.slice(0, MAX_CANDIDATES) }
    return { kind: 'none' }
  }

  // -------------------------------------------------------------------------------------------------------------

  private keysFor(u: Unit): string[] {
    const own = [u.name, ...u.aliases, u.id.replace(/-/g, ' ')].map(foldVi).filter((k) => k !== '')
    if (u.kind === 'province') return withProvincePrefixes(own)
    if (u.kind === 'vendor' && u.provinceId !== null) return [...own, ...this.vendorKeys(u, this.byId.get(u.provinceId))]
    if (u.kind === 'commune') return [...own, ...this.communeKeys(u)]
    return own
  }

  /** "VNPT Nghệ An" is also "VNPT tỉnh Nghệ An"; "VNPT Huế" also "VNPT Thừa Thiên Huế". */
  private vendorKeys(u: Unit, province: Unit | undefined): string[] {
    if (province === undefined) return []
    const provinceKeys = withProvincePrefixes([province.name, ...province.aliases].map(foldVi))
    const name = foldVi(u.name)
    const suffix = provinceKeys.filter((k) => name.endsWith(` ${k}`)).sort((a, b) => b.length - a.length)[0]
    if (suffix === undefined) return []
    const vendor = name.slice(0, -suffix.length - 1)
    return provinceKeys.map((k) => `${vendor} ${k}`)
  }

  /** "xã Diễn Châu" is also "Diễn Châu", "xã Diễn Châu Nghệ An". */
  private communeKeys(u: Unit): string[] {
    const { rest } = splitCommunePrefix(wordsOf(u.name))
    const bare = rest.map((w) => w.folded).join(' ')
    const province = u.provinceId === null ? undefined : this.byId.get(u.provinceId)
    const withProvince = province === undefined ? [] : withProvincePrefixes([province.name, ...province.aliases].map(foldVi)).map((k) => `${foldVi(u.name)} ${k}`)
    return bare === '' ? withProvince : [bare, ...withProvince]
  }

  private index(u: Unit): void {
    const keys = [...new Set(this.keysFor(u))]
    this.keysOf.set(u.id, keys)
    for (const key of new Set(keys.flatMap((k) => [k, compact(k)]))) {
      let ids = this.byKey.get(key)
      if (ids === undefined) this.byKey.set(key, (ids = new Set()))
      ids.add(u.id)
    }
  }

  private unindex(id: string): void {
    for (const ids of this.byKey.values()) ids.delete(id)
    this.keysOf.delete(id)
  }

  private exact(key: string): Unit[] {
    const ids = new Set([...(this.byKey.get(key) ?? []), ...(this.byKey.get(compact(key)) ?? [])])
    return [...ids].map((id) => this.byId.get(id) as Unit)
  }

  private exactProvince(words: readonly Word[]): Unit | null {
    const found = this.exact(words.map((w) => w.folded).join(' ')).filter((u) => u.kind === 'province')
    return found.length === 1 ? (found[0] as Unit) : null
  }

  private resolveCommune(words: readonly Word[], context: ResolveContext): ResolveResult | null {
    const { prefix, rest } = splitCommunePrefix(words)
    if (prefix === null || rest.length === 0) return null
    const split = this.splitTrailingProvince(rest)
    const contextProvince = context.provinceId ? this.byId.get(context.provinceId) : undefined
    const province = split?.province ?? (contextProvince?.kind === 'province' ? contextProvince : this.exactProvince(rest))
    if (province === null) return null
    const nameWords = split?.nameWords ?? rest
    const name = `${prefix} ${nameWords.map((w) => capitalise(w.text)).join(' ')}`
    const existing = this.existingCommune(province.id, name)
    return existing === undefined ? { kind: 'commune', name, province } : { kind: 'found', unit: existing }
  }

  /**
   * "Diễn Châu Nghệ An" → name "Diễn Châu" + Nghệ An; the name keeps at least one word, a "tỉnh"/"TP" before the
   * province is dropped, and so is a trailing "cũ" ("xã Mỹ Yên (Long An cũ)").
   */
  private splitTrailingProvince(all: readonly Word[]): { nameWords: Word[]; province: Unit } | null {
    const words = all.length > 2 && all[all.length - 1]?.folded === 'cu' ? all.slice(0, -1) : all
    for (let start = 1; start < words.length; start++) {
      const province = this.exactProvince(words.slice(start))
      if (province === null) continue
      let nameWords = words.slice(0, start)
      for (const filler of PROVINCE_PREFIXES) {
        const parts = filler.split(' ')
        const tail = nameWords.slice(-parts.length).map((w) => w.folded)
        if (nameWords.length > parts.length && tail.join(' ') === filler) nameWords = nameWords.slice(0, -parts.length)
      }
      return { nameWords, province }
    }
    return null
  }

  private existingCommune(provinceId: string, name: string): Unit | undefined {
    const key = foldVi(name)
    return this.all().find((u) => u.kind === 'commune' && u.provinceId === provinceId && foldVi(u.name) === key)
  }

  /** Units with a key containing the input's words in order; keys that start with them first, then by name. */
  private partial(query: readonly string[]): Unit[] {
    const scored: Array<{ unit: Unit; score: number }> = []
    for (const [id, keys] of this.keysOf) {
      const best = Math.min(...keys.map((k) => matchScore(k.split(' '), query)))
      if (Number.isFinite(best)) scored.push({ unit: this.byId.get(id) as Unit, score: best })
    }
    scored.sort((a, b) => a.score - b.score || a.unit.name.localeCompare(b.unit.name, 'vi'))
    return scored.map((s) => s.unit)
  }

  private rank(units: readonly Unit[]): Unit[] {
    return [...units].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  }
}

/** Lower is better; Infinity when `query` is not a contiguous run of whole words in `key`. */
function matchScore(key: readonly string[], query: readonly string[]): number {
  for (let start = 0; start + query.length <= key.length; start++) {
    if (query.every((q, i) => key[start + i] === q)) return start === 0 ? 0 : 1
  }
  return Number.POSITIVE_INFINITY
}
