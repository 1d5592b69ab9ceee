/** The corpus value conventions for a parse (CLI and benchmark): ISO 8601 with +07:00, null where n/a. */
import type { ParsedMessage } from './types.ts'
import { toVnIso } from './vn-time.ts'

export interface ParsedRecord {
  kind: ParsedMessage['kind']
  category: ParsedMessage['category']
  priority: ParsedMessage['priority']
  province: string | null
  system: ParsedMessage['system']
  deadline: string | null
  ticket: number | null
}

export function toRecord(p: ParsedMessage): ParsedRecord {
  return {
    kind: p.kind, category: p.category, priority: p.priority, province: p.province, system: p.system,
    deadline: p.deadline ? toVnIso(p.deadline) : null, ticket: p.ticket,
  }
}
