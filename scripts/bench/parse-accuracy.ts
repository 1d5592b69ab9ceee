/**
 * Accuracy of the message parser on a labelled JSONL file (corpus format, with "gold").
 *   npx tsx scripts/bench/parse-accuracy.ts <file.jsonl> [--misses] [--json] [--no-diacritics]
 * --no-diacritics parses every message with its diacritics removed (đ → d), as people type on phones: the figures
 * should match the ones with diacritics.
 * Prints per-field accuracy (kind; category, priority and system on gold reports; province; deadline to the
 * minute; ticket), confusion tables (kind, category, priority) and messages per second.
 */
import { readFileSync } from 'node:fs'
import { parseMessage } from '../../services/parsing/parse.ts'
import { toRecord, type ParsedRecord } from '../../services/parsing/format.ts'
import { readInputLine, type ParseInput } from '../../services/parsing/input.ts'
import { stripDiacritics } from '../../services/text/normalize.ts'

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--'))
if (!file) {
  process.stderr.write('usage: parse-accuracy <file.jsonl> [--misses] [--json] [--no-diacritics]\n')
  process.exit(2)
}
const showMisses = args.includes('--misses')
const asJson = args.includes('--json')
const noDiacritics = args.includes('--no-diacritics')

const items: ParseInput[] = []
readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
  if (line.trim() === '') return
  const r = readInputLine(line)
  if (!r.ok) process.stderr.write(`line ${i + 1}: ${r.error}\n`)
  else if (!r.value.gold) process.stderr.write(`line ${i + 1}: no "gold" labels, skipped\n`)
  else items.push(noDiacritics ? { ...r.value, text: stripDiacritics(r.value.text) } : r.value)
})

type Field = keyof ParsedRecord
const sameMinute = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'string' && typeof b === 'string' && Math.floor(Date.parse(a) / 60_000) === Math.floor(Date.parse(b) / 60_000))

interface Tally { ok: number; n: number }
const tally = (): Tally => ({ ok: 0, n: 0 })
const fields: Record<string, Tally> = {
  kind: tally(), 'category (reports)': tally(), 'priority (reports)': tally(), 'system (reports)': tally(), province: tally(),
  'province (reports)': tally(), deadline: tally(), 'deadline (reports with one)': tally(), ticket: tally(), 'ticket (query/update with one)': tally(),
}
const confusion: Record<'kind' | 'category' | 'priority', Map<string, Map<string, number>>> = { kind: new Map(), category: new Map(), priority: new Map() }
const misses: string[] = []

function count(name: string, ok: boolean): void {
  fields[name].n++
  if (ok) fields[name].ok++
}
function confuse(table: 'kind' | 'category' | 'priority', gold: unknown, pred: unknown): void {
  const row = confusion[table].get(String(gold)) ?? new Map<string, number>()
  row.set(String(pred), (row.get(String(pred)) ?? 0) + 1)
  confusion[table].set(String(gold), row)
}

for (const it of items) {
  const pred = toRecord(parseMessage(it.text, { now: it.now, groupProvince: it.groupProvince }))
  const g = it.gold as Record<Field, unknown>
  const isReport = g.kind === 'report'
  const check = (name: string, field: Field, ok: boolean): void => {
    count(name, ok)
    if (!ok) misses.push(`${it.id} ${field}: gold ${JSON.stringify(g[field])} got ${JSON.stringify(pred[field])} | ${it.text}`)
  }
  check('kind', 'kind', pred.kind === g.kind)
  confuse('kind', g.kind, pred.kind)
  if (isReport) {
    check('category (reports)', 'category', pred.category === g.category)
    check('priority (reports)', 'priority', pred.priority === g.priority)
    check('system (reports)', 'system', pred.system === (g.system ?? null))
    count('province (reports)', pred.province === g.province)
    confuse('category', g.category, pred.category)
    confuse('priority', g.priority, pred.priority)
  }
  check('province', 'province', pred.province === g.province)
  check('deadline', 'deadline', sameMinute(pred.deadline, g.deadline))
  if (g.deadline !== null) count('deadline (reports with one)', sameMinute(pred.deadline, g.deadline))
  check('ticket', 'ticket', pred.ticket === g.ticket)
  if (g.ticket !== null) count('ticket (query/update with one)', pred.ticket === g.ticket)
}

// Throughput: repeat the set until at least ~1.5 s of work.
const texts = items.map((it) => ({ text: it.text, ctx: { now: it.now, groupProvince: it.groupProvince } }))
for (const t of texts.slice(0, 50)) parseMessage(t.text, t.ctx)
let parsed = 0
const t0 = performance.now()
while (performance.now() - t0 < 1500 || parsed < 2000) {
  for (const t of texts) parseMessage(t.text, t.ctx)
  parsed += texts.length
}
const perSecond = Math.round(parsed / ((performance.now() - t0) / 1000))

const pct = (t: Tally): string => (t.n === 0 ? '   n/a' : `${((100 * t.ok) / t.n).toFixed(1).padStart(5)} %`)
if (asJson) {
  const acc = Object.fromEntries(Object.entries(fields).map(([k, t]) => [k, t.n === 0 ? null : t.ok / t.n]))
  process.stdout.write(JSON.stringify({ file, n: items.length, accuracy: acc, perSecond }, null, 2) + '\n')
} else {
  const out: string[] = [`${file}: ${items.length} labelled messages${noDiacritics ? ' (diacritics removed)' : ''}`, '', 'field                              accuracy      (ok/n)']
  for (const [name, t] of Object.entries(fields)) out.push(`${name.padEnd(34)} ${pct(t)}   (${t.ok}/${t.n})`)
  for (const [name, table] of Object.entries(confusion)) {
    const labels = [...new Set([...table.keys(), ...[...table.values()].flatMap((r) => [...r.keys()])])].sort()
    out.push('', `confusion: ${name} (rows gold, columns parsed)`, `${''.padEnd(8)}${labels.map((l) => l.padStart(8)).join('')}`)
    for (const gl of labels.filter((l) => table.has(l))) {
      out.push(`${gl.padEnd(8)}${labels.map((pl) => String(table.get(gl)?.get(pl) ?? '.').padStart(8)).join('')}`)
    }
  }
  out.push('', `throughput: ${perSecond.toLocaleString('en-US')} messages/s (${parsed} parses, one core)`)
  if (showMisses) out.push('', `misses (${misses.length}):`, ...misses)
  process.stdout.write(out.join('\n') + '\n')
}
