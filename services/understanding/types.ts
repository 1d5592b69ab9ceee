import type { Attachment } from '../tickets/types.ts'
import type { ReportFields } from '../tickets/ticket-service.ts'

export type DraftStatus = 'open' | 'created' | 'dismissed'

/** A report read from ordinary messages; it becomes a ticket only when a person confirms it. */
export interface Draft {
  id: number
  chatId: number
  threadId: number | null
  authorId: number
  authorName: string
  unitId: string | null
  /** The messages' texts, joined. */
  text: string
  firstMessageId: number
  messageIds: number[]
  attachments: Attachment[]
  fields: DraftFields
  status: DraftStatus
  ticketNumber: number | null
  cardMessageId: number | null
  createdAt: Date
  updatedAt: Date
}

export interface DraftFields extends ReportFields {
  /** Fields a person corrected: a later message of the same draft does not overwrite them. */
  corrected: Array<'category' | 'priority' | 'system'>
}
