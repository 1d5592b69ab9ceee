/**
 * The parser from the command line (no database needed).
 *   npx tsx scripts/parse.ts < in.jsonl > out.jsonl
 *     each input line {"id","now","group":{"title","province"},"text"} → {"id","kind","category","priority","province",
 *     "system","deadline","ticket"}; a bad line is reported on stderr with its line number and skipped.
 *   npx tsx scripts/parse.ts "<text>" [--province "Nghệ An"] [--now 2025-07-14T08:00:00+07:00]
 *     prints what was understood and why.
 */
import { createInterface } from 'node:readline'
import { toRecord } from '../services/parsing/format.ts'
import { readInputLine } from '../services/parsing/input.ts'
import { parseMessage } from '../services/parsing/parse.ts'
import { PARSED_FIELDS, type ParsedMessage } from '../services/parsing/types.ts'
import { toVnIso } from '../services/parsing/vn-time.ts'

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const v = args[i + 1]
  if (v === undefined) throw new Error(`${name} needs a value`)
  args.splice(i, 2)
  return v
}

const LABELS: Record<string, string> = {
  report: 'báo sự cố (report)', query: 'hỏi tình trạng (query)', update: 'cập nhật (update)', other: 'khác (other)',
  urgent: 'Khẩn cấp (urgent)', high: 'Cao (high)', normal: 'Trung bình (normal)', low: 'Thấp (low)',
}

function explain(p: ParsedMessage): string {
  const value = (f: (typeof PARSED_FIELDS)[number]): string => {
    const v = p[f]
    if (v === null) return '—'
    if (v instanceof Date) return toVnIso(v)
    if (f === 'category') return `Loại ${v}`
    return LABELS[String(v)] ?? String(v)
  }
  const lines: string[] = []
  for (const f of PARSED_FIELDS) {
    lines.push(`${f.padEnd(9)} ${value(f)}`)
    for (const e of p.evidence[f]) lines.push(`          · ${e}`)
  }
  lines.push(`confidence ${p.confidence.toFixed(1)}`)
  return lines.join('\n')
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  let province: string | undefined
  let nowText: string | undefined
  try {
    province = option(args, '--province')
    nowText = option(args, '--now')
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`)
    return 2
  }
  if (args.length > 0) {
    const now = nowText ? new Date(Date.parse(nowText)) : new Date()
    if (Number.isNaN(now.getTime())) {
      process.stderr.write(`--now: not a date: ${nowText}\n`)
      return 2
    }
    const text = args.join(' ')
    process.stdout.write(`${text}\n(now ${toVnIso(now)}, group province ${province ?? '—'})\n\n`)
    process.stdout.write(explain(parseMessage(text, { now, groupProvince: province ?? null })) + '\n')
    return 0
  }
  let lineNo = 0
  let bad = 0
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of rl) {
    lineNo++
    if (line.trim() === '') continue
    const r = readInputLine(line)
    if (!r.ok) {
      bad++
      process.stderr.write(`line ${lineNo}: ${r.error}\n`)
      continue
    }
    const { id, text, now, groupProvince } = r.value
    process.stdout.write(JSON.stringify({ id, ...toRecord(parseMessage(text, { now, groupProvince })) }) + '\n')
  }
  return bad > 0 ? 1 : 0
}

main().then((code) => {
  process.exitCode = code
})
