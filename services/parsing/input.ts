/** Validation of one JSONL input line {"id","now","group":{"title","province"},"text"} (CLI and benchmark). */
export interface ParseInput {
  id: string
  now: Date
  groupProvince: string | null
  text: string
  /** Gold labels when the line carries them (corpus files). */
  gold?: Record<string, unknown>
}

export type InputResult = { ok: true; value: ParseInput } | { ok: false; error: string }

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

export function readInputLine(line: string): InputResult {
  let obj: unknown
  try {
    obj = JSON.parse(line)
  } catch (e) {
    return { ok: false, error: `invalid JSON (${(e as Error).message})` }
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { ok: false, error: 'expected a JSON object' }
  const o = obj as Record<string, unknown>
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return { ok: false, error: '"id" must be a string' }
  if (typeof o.text !== 'string') return { ok: false, error: '"text" must be a string' }
  if (typeof o.now !== 'string' || !ISO_WITH_OFFSET.test(o.now) || Number.isNaN(Date.parse(o.now))) {
    return { ok: false, error: '"now" must be an ISO 8601 time with an offset, e.g. 2025-07-14T08:12:00+07:00' }
  }
  let groupProvince: string | null = null
  if (o.group !== undefined && o.group !== null) {
    if (typeof o.group !== 'object' || Array.isArray(o.group)) return { ok: false, error: '"group" must be an object' }
    const p = (o.group as Record<string, unknown>).province
    if (p !== undefined && p !== null && typeof p !== 'string') return { ok: false, error: '"group.province" must be a string or null' }
    groupProvince = (p as string | null | undefined) ?? null
  }
  const gold = typeof o.gold === 'object' && o.gold !== null ? (o.gold as Record<string, unknown>) : undefined
  return { ok: true, value: { id: String(o.id), now: new Date(Date.parse(o.now)), groupProvince, text: o.text, gold } }
}
