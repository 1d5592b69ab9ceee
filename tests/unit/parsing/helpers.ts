import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { parseMessage } from '../../../services/parsing/parse.ts'
import { toRecord, type ParsedRecord } from '../../../services/parsing/format.ts'
import { readInputLine } from '../../../services/parsing/input.ts'

import { stripDiacritics } from '../../../services/text/normalize.ts'

export { stripDiacritics }

export const at = (iso: string): Date => new Date(Date.parse(iso))

export function parse(text: string, now = '2025-07-14T08:00:00+07:00', groupProvince: string | null = 'Nghệ An'): ParsedRecord {
  return toRecord(parseMessage(text, { now: at(now), groupProvince }))
}

/** Asserts fields of the parse on the text as written and on the same text without diacritics. */
export function expectBoth(text: string, expected: Partial<ParsedRecord>, now: string, groupProvince: string | null = 'Nghệ An'): void {
  for (const t of [text, stripDiacritics(text)]) {
    const got = parse(t, now, groupProvince) as unknown as Record<string, unknown>
    expect({ text: t, ...Object.fromEntries(Object.keys(expected).map((k) => [k, got[k]])) }).toEqual({ text: t, ...expected })
  }
}

export interface Scored {
  n: number
  accuracy: Record<'kind' | 'category' | 'priority' | 'system' | 'province' | 'deadline' | 'ticket', number>
}

/** Per-field accuracy as scripts/bench/parse-accuracy.ts computes it. */
export function scoreFile(path: string): Scored {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '')
  const ok = { kind: 0, category: 0, priority: 0, system: 0, province: 0, deadline: 0, ticket: 0 }
  let reports = 0
  for (const line of lines) {
    const r = readInputLine(line)
    if (!r.ok || !r.value.gold) throw new Error(`bad fixture line: ${line}`)
    const g = r.value.gold as Record<string, unknown>
    const p = toRecord(parseMessage(r.value.text, { now: r.value.now, groupProvince: r.value.groupProvince }))
    if (p.kind === g.kind) ok.kind++
    if (g.kind === 'report') {
      reports++
      if (p.category === g.category) ok.category++
      if (p.priority === g.priority) ok.priority++
      if (p.system === (g.system ?? null)) ok.system++
    }
    if (p.province === g.province) ok.province++
    if (p.deadline === g.deadline || (typeof p.deadline === 'string' && typeof g.deadline === 'string' && Date.parse(p.deadline) === Date.parse(g.deadline))) ok.deadline++
    if (p.ticket === g.ticket) ok.ticket++
  }
  const n = lines.length
  return {
    n,
    accuracy: {
      kind: ok.kind / n, category: ok.category / reports, priority: ok.priority / reports, system: ok.system / reports,
      province: ok.province / n, deadline: ok.deadline / n, ticket: ok.ticket / n,
    },
  }
}
