/**
 * The parser meets whatever people paste into a group: it must never throw, always answer within its value
 * conventions, and answer the same way twice. Seeded random messages built from real fragments (the labelled sets'
 * words), noise (emoji, control characters, lone surrogates, combining marks, digits, punctuation) and extremes
 * (empty, 4,096 characters, one huge token).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CATEGORIES, PRIORITIES, SYSTEMS } from '../../../services/tickets/types.ts'
import { parseMessage } from '../../../services/parsing/parse.ts'
import { MESSAGE_KINDS, type ParsedMessage } from '../../../services/parsing/types.ts'
import { PROVINCES } from '../../../services/units/provinces.ts'
import { at } from './helpers.ts'

/** mulberry32: a small deterministic generator, so a failure names a seed that reproduces it. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CORPUS = fileURLToPath(new URL('../../fixtures/parse/corpus-dev.jsonl', import.meta.url))
const WORDS = [...new Set(readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/\s+/)))]
const NOISE = ['🔥', '🙏', '👍🏻', '‼️', '\u0000', '\u0007', '\t', '\n\n', '\r', '\u200b', '\ufeff', '\ud800', '\udfff', '\u0301', '\u0323\u0303', '#', '#0', '#99999999999999999999', '0', '24/7', '31/02', '25:99', '12h61', '-5', '1e9', '…', '“', '»', '/', '\\', '(', ')', '[', '*', '_', '&lt;', '<b>', '%', '+84', '0912 345 678', 'https://x.vn/a?b=c']

function message(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]
  const parts: string[] = []
  const n = Math.floor(next() * 40)
  for (let i = 0; i < n; i++) parts.push(next() < 0.75 ? pick(WORDS) : pick(NOISE))
  const joined = parts.join(next() < 0.9 ? ' ' : '')
  return next() < 0.3 ? joined.toUpperCase() : joined
}

const CANONICAL_PROVINCES = PROVINCES.map((p) => p.name)
const NOWS = ['2025-07-01T00:00:00+07:00', '2026-02-16T23:59:00+07:00', '2026-12-31T23:30:00+07:00', '2030-06-15T12:00:00+07:00']

function expectWellFormed(text: string, p: ParsedMessage, now: Date): void {
  const problems: string[] = []
  if (!MESSAGE_KINDS.includes(p.kind)) problems.push(`kind ${p.kind}`)
  const report = p.kind === 'report'
  if (report ? !(CATEGORIES as readonly unknown[]).includes(p.category) : p.category !== null) problems.push(`category ${p.category}`)
  if (report ? !(PRIORITIES as readonly unknown[]).includes(p.priority) : p.priority !== null) problems.push(`priority ${p.priority}`)
  if (p.system !== null && (!report || !(SYSTEMS as readonly unknown[]).includes(p.system))) problems.push(`system ${p.system}`)
  if (p.province !== null && (!report || !CANONICAL_PROVINCES.includes(p.province))) problems.push(`province ${p.province}`)
  if (p.deadline !== null && (!report || Number.isNaN(p.deadline.getTime()) || p.deadline.getTime() < now.getTime() - 86_400_000)) problems.push(`deadline ${p.deadline?.toISOString()}`)
  if (p.ticket !== null && (report || p.kind === 'other' || !Number.isSafeInteger(p.ticket) || p.ticket <= 0)) problems.push(`ticket ${p.ticket}`)
  if (!Number.isFinite(p.confidence)) problems.push(`confidence ${p.confidence}`)
  expect({ text, problems }).toEqual({ text, problems: [] })
}

describe('the parser on anything people paste', () => {
  it('3,000 seeded random messages: no throw, values within the conventions, the same answer twice', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = rng(seed)
      const text = message(next)
      const now = at(NOWS[seed % NOWS.length])
      const groupProvince = seed % 3 === 0 ? null : CANONICAL_PROVINCES[seed % CANONICAL_PROVINCES.length]
      const first = parseMessage(text, { now, groupProvince })
      expectWellFormed(`seed ${seed}: ${text}`, first, now)
      expect(parseMessage(text, { now, groupProvince })).toEqual(first)
    }
  })

  it.each([
    ['empty', ''],
    ['only spaces and newlines', ' \n\t \n'],
    ['one huge token', 'a'.repeat(4096)],
    ['a 4,096-character report', 'Khẩn: mất mạng toàn xã, hệ thống một cửa không đăng nhập được, xử lý trước 10h sáng mai. '.repeat(46).slice(0, 4096)],
    ['digits only', '1234567890'.repeat(400)],
    ['combining marks only', '\u0301\u0300\u0303'.repeat(500)],
    ['a thousand hashes', '#'.repeat(1000)],
    ['a thousand ticket references', Array.from({ length: 1000 }, (_, i) => `#${i + 1}`).join(' ')],
  ])('%s', (_name, text) => {
    const now = at('2026-11-30T09:00:00+07:00')
    expectWellFormed(text.slice(0, 80), parseMessage(text, { now, groupProvince: 'Nghệ An' }), now)
  })
})
