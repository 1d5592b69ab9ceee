/**
 * Province named in a message: the 34 canonical names, their pre-2025 names and abbreviations
 * (services/units/provinces.ts + data/province-aliases.ts), matched on whole words. In a message written with
 * diacritics a word written with different ones is not a match ("hai phòng" is two rooms, not Hải Phòng), except a
 * capitalised name typed without them ("Hai Phong").
 */
import { PROVINCES } from '../units/provinces.ts'
import { NUMBERED_DISTRICT_PROVINCE, OLD_DISTRICTS } from './data/old-districts.ts'
import {
  CASE_SENSITIVE_PROVINCE_ALIASES, COMMUNE_PREFIXES, DISTRICT_PREFIXES, EVERYDAY_FOLDED_NAMES, EXTRA_PROVINCE_ALIASES, FORMER_MARK,
} from './data/province-aliases.ts'
import { tokenise, type Token } from './tokens.ts'

interface NameForm {
  canonical: string
  written: string
  lower: string[]
  fold: string[]
  marked: boolean[]
  caseSensitive: boolean
  raw: string[]
  /** Also an everyday phrase once folded: typed without diacritics it must be capitalised. */
  everyday: boolean
}

export interface ProvinceMention {
  province: string
  written: string
  /** Token index where the mention starts. */
  at: number
  /** An old (pre-2025) name. */
  former: boolean
}

function formOf(canonical: string, written: string, caseSensitive: boolean): NameForm {
  const toks = tokenise(written).tokens.filter((t) => t.type === 'word')
  return {
    canonical, written, caseSensitive,
    lower: toks.map((t) => t.lower), fold: toks.map((t) => t.fold), marked: toks.map((t) => t.marked), raw: toks.map((t) => t.raw),
    everyday: EVERYDAY.has(toks.map((t) => t.fold).join(' ')),
  }
}

const EVERYDAY = new Set(EVERYDAY_FOLDED_NAMES)
const FORMER = new Set<string>()
const FORMS: NameForm[] = []
for (const p of PROVINCES) {
  for (const n of [p.name, ...p.aliases, ...(EXTRA_PROVINCE_ALIASES[p.name] ?? [])]) FORMS.push(formOf(p.name, n, false))
  for (const n of p.formerNames) {
    FORMS.push(formOf(p.name, n, false))
    FORMER.add(tokenise(n).tokens.map((t) => t.fold).join(' '))
  }
  for (const n of [...(p.upperCaseAliases ?? []), ...(CASE_SENSITIVE_PROVINCE_ALIASES[p.name] ?? [])]) FORMS.push(formOf(p.name, n, true))
}
// Longest first, so "Thừa Thiên Huế" beats "Huế" and "Bà Rịa Vũng Tàu" beats "Vũng Tàu".
FORMS.sort((a, b) => b.fold.length - a.fold.length)
const BY_FIRST = new Map<string, NameForm[]>()
for (const f of FORMS) {
  if (f.fold.length === 0) continue
  const list = BY_FIRST.get(f.fold[0]) ?? []
  list.push(f)
  BY_FIRST.set(f.fold[0], list)
}

function tokenMatches(t: Token, f: NameForm, k: number, accented: boolean): boolean {
  if (t.type !== 'word') return false
  if (f.caseSensitive) return t.raw === f.raw[k]
  if (t.fold !== f.fold[k]) return false
  if (!accented) return !f.everyday || t.marked || t.cap
  if (t.marked) return t.lower === f.lower[k]
  return !f.marked[k] || t.cap
}

/** All province mentions in order of appearance (raw tokens, before abbreviation expansion). */
export function findProvinces(tokens: readonly Token[], accented: boolean): ProvinceMention[] {
  const out: ProvinceMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const cands = BY_FIRST.get(tokens[i].fold)
    if (!cands) continue
    for (const f of cands) {
      if (f.fold.every((_, k) => tokens[i + k] !== undefined && tokenMatches(tokens[i + k], f, k, accented))) {
        out.push({ province: f.canonical, written: tokens.slice(i, i + f.fold.length).map((t) => t.raw).join(' '), at: i, former: FORMER.has(f.fold.join(' ')) })
        i += f.fold.length - 1
        break
      }
    }
  }
  return out
}

// ---- old district names (data/old-districts.ts): "H. Đồng Văn", "Q.Gò Vấp", "TX Bến Cát", "Tam Đảo cũ", "Quận 1"

const DISTRICT_FORMS = new Map<string, NameForm[]>()
/** Names marked "*" in data/old-districts.ts (also a commune elsewhere), folded. */
const ALSO_COMMUNE = new Set<string>()
for (const [canonical, names] of Object.entries(OLD_DISTRICTS)) {
  for (const n of names) {
    const alsoCommune = n.endsWith('*')
    const f = formOf(canonical, alsoCommune ? n.slice(0, -1) : n, false)
    f.everyday = false
    if (f.fold.length === 0) continue
    if (alsoCommune) ALSO_COMMUNE.add(f.fold.join(' '))
    DISTRICT_FORMS.set(f.fold[0], [...(DISTRICT_FORMS.get(f.fold[0]) ?? []), f])
  }
}
for (const list of DISTRICT_FORMS.values()) list.sort((a, b) => b.fold.length - a.fold.length)
const prefixForms = (list: readonly string[]): { fold: string[]; lower: string[] }[] =>
  list.map((p) => {
    const toks = tokenise(p).tokens
    return { fold: toks.map((t) => t.fold), lower: toks.map((t) => t.lower) }
  }).sort((a, b) => b.fold.length - a.fold.length)
const DISTRICT_PREFIX_FORMS = prefixForms(DISTRICT_PREFIXES)
const COMMUNE_PREFIX_FORMS = prefixForms(COMMUNE_PREFIXES)
const FORMER_MARKS = prefixForms([FORMER_MARK])[0]

/** Length of the prefix (one of `forms`) at i, or 0; in accented text a marked prefix word must carry its own marks. */
function prefixAt(tokens: readonly Token[], i: number, forms: readonly { fold: string[]; lower: string[] }[], accented: boolean): number {
  for (const p of forms) {
    if (p.fold.every((f, k) => {
      const t = tokens[i + k]
      return t !== undefined && t.type === 'word' && t.fold === f && (!accented || !t.marked || t.lower === p.lower[k])
    })) return p.fold.length
  }
  return 0
}

/** A district name at i; typed without diacritics it must be capitalised ("UBND Thành phố, văn bản …" is not Văn Bàn). */
function districtNameAt(tokens: readonly Token[], i: number, accented: boolean): NameForm | null {
  if (!accented && !tokens[i]?.cap) return null
  for (const f of DISTRICT_FORMS.get(tokens[i]?.fold ?? '') ?? []) {
    if (f.fold.every((_, k) => tokens[i + k] !== undefined && tokenMatches(tokens[i + k], f, k, accented))) return f
  }
  return null
}

/**
 * Old districts named in the message, in order: after a district prefix ("huyện", "quận", "thị xã", "TX", "H.", "Q.",
 * "TP", "thành phố", "đặc khu"), or followed by "cũ" (names of two words or more, and not after "xã"/"phường" when a
 * commune elsewhere has that name). Numbered districts only after "quận"/"Q." ("Quận 1", "Q.3", "Q10"). In a message
 * without diacritics the name must be capitalised.
 */
export function findOldDistricts(tokens: readonly Token[], accented: boolean): ProvinceMention[] {
  const out: ProvinceMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const stuck = t.type === 'word' ? /^q(\d{1,2})$/.exec(t.fold) : null
    if (stuck && Number(stuck[1]) >= 1 && Number(stuck[1]) <= 12) {
      out.push({ province: NUMBERED_DISTRICT_PROVINCE, written: t.raw, at: i, former: true })
      continue
    }
    const pre = prefixAt(tokens, i, DISTRICT_PREFIX_FORMS, accented)
    if (pre > 0) {
      const n = tokens[i + pre]
      if ((t.fold === 'quan' || t.fold === 'q') && pre === 1 && n?.type === 'num' && /^\d{1,2}$/.test(n.raw) && Number(n.raw) >= 1 && Number(n.raw) <= 12) {
        out.push({ province: NUMBERED_DISTRICT_PROVINCE, written: `${t.raw} ${n.raw}`, at: i, former: true })
        i += pre
        continue
      }
      const f = districtNameAt(tokens, i + pre, accented)
      if (f) {
        out.push({ province: f.canonical, written: tokens.slice(i, i + pre + f.fold.length).map((x) => x.raw).join(' '), at: i, former: true })
        i += pre + f.fold.length - 1
        continue
      }
    }
    const f = districtNameAt(tokens, i, accented)
    if (!f || f.fold.length < 2) continue
    const end = i + f.fold.length
    if (prefixAt(tokens, end, [FORMER_MARKS], accented) === 0) continue
    const afterCommune = COMMUNE_PREFIX_FORMS.some((p) => i >= p.fold.length && prefixAt(tokens, i - p.fold.length, [p], accented) === p.fold.length)
    if (afterCommune && ALSO_COMMUNE.has(f.fold.join(' '))) continue
    out.push({ province: f.canonical, written: tokens.slice(i, end + 1).map((x) => x.raw).join(' '), at: i, former: true })
    i = end
  }
  return out
}
