/**
 * Vietnamese text normalisation (see docs/vietnamese-and-platforms.md §B).
 *
 * `normalizeVi` is for display and storage: NFC, one tone placement, tidy whitespace.
 * `foldVi` is for matching only: it throws away case, diacritics and punctuation.
 */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323'

// Open syllables oa/oe/uy are the only ones where the two tone-placement styles differ (§B.2).
// We settle on the style of the official place names ("Thanh Hóa", "Khánh Hòa", "Thủy"), so that
// "hoà", "khoẻ", "thuỷ" become "hòa", "khỏe", "thủy". After "q" the "u" is part of the consonant,
// so "quý" is left alone.
const VOWEL_FIRST_TONE = new RegExp(
  `(^|[^q])([o])([ae])([${TONE_MARKS}])(?![\\p{L}\\p{M}])|(^|[^q])([u])(y)([${TONE_MARKS}])(?![\\p{L}\\p{M}])`,
  'giu',
)

function moveToneToFirstVowel(nfd: string): string {
  return nfd.replace(VOWEL_FIRST_TONE, (_m, p1, o, ae, t1, p2, u, y, t2) =>
    o !== undefined ? `${p1}${o}${t1}${ae}` : `${p2}${u}${t2}${y}`,
  )
}

/** NFC, a single tone placement for oa/oe/uy (hoà → hòa, thuý → thúy), whitespace collapsed and trimmed. */
export function normalizeVi(s: string): string {
  return moveToneToFirstVowel(s.normalize('NFD')).normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** Matching key: normalised, lower-case, no diacritics, đ → d, any run of non-letters/digits → one space. */
export function foldVi(s: string): string {
  return normalizeVi(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The text as typed on a phone without a Vietnamese keyboard ("không dấu"): marks dropped, đ → d, case and spacing kept. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')
}

/** Lower-cased normalised text with punctuation collapsed to spaces; keeps diacritics ("gấp" ≠ "gặp"). */
export function lowerVi(s: string): string {
  return normalizeVi(s).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()
}
