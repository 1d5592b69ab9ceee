/** Output of the message parser (services/parsing). Shapes follow corpus/README.md. */
import type { Category, Priority, SystemCode } from '../tickets/types.ts'

export type MessageKind = 'report' | 'query' | 'update' | 'other'
export const MESSAGE_KINDS: readonly MessageKind[] = ['report', 'query', 'update', 'other']

export type ParsedField = 'kind' | 'category' | 'priority' | 'system' | 'province' | 'deadline' | 'ticket'
export const PARSED_FIELDS: readonly ParsedField[] = ['kind', 'category', 'priority', 'system', 'province', 'deadline', 'ticket']

export interface ParseContext {
  /** When the message was sent; relative dates resolve against it in Vietnam time (UTC+7). */
  now: Date
  /** Canonical name of the group's registered province, or null (command centre, ministries, vendors). */
  groupProvince: string | null
}

export interface ParsedMessage {
  kind: MessageKind
  /** Loại 1–4, reports only. */
  category: Category | null
  /** Reports only. */
  priority: Priority | null
  /** Reports only; null when no system can be identified. */
  system: SystemCode | null
  /** Canonical province, reports only: named in the text, else the group's. */
  province: string | null
  /** A stated time by which the report must be handled; reports only. */
  deadline: Date | null
  /** Referenced ticket number, queries and updates only. */
  ticket: number | null
  /** How sure the kind decision is: the margin between the two best kind scores, 0 when nothing matched. */
  confidence: number
  /** Per field, human-readable reasons ("khẩn" → urgent +5). */
  evidence: Record<ParsedField, string[]>
}
