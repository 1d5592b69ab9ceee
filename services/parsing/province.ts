/**
 * Province named in a message: the 34 canonical names, their pre-2025 names and abbreviations
 * (services/units/provinces.ts + data/province-aliases.ts), matched on whole words. In a message written with
 * diacritics a word written with different ones is not a match ("hai phòng" is two rooms, not Hải Phòng), except a
 * capitalised name typed without them ("Hai Phong").
 */
import { PROVINCES } from '../units/provinces.ts'
import { CASE_SENSITIVE_PROVINCE_ALIASES, EVERYDAY_FOLDED_NAMES, EXTRA_PROVINCE_ALIASES } from './data/province-aliases.ts'
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
