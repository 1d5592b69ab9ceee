import type { TicketAction } from '../tickets/lifecycle.ts'
import type { ListMode } from '../tickets/ticket-service.ts'

/**
 * Words that say an update changes a ticket's status, matched on the folded text (no diacritics, lower case).
 * Order matters: the first cue found wins ("đã xử lý xong" before "đang xử lý").
 */
export const STATUS_CUES: ReadonlyArray<{ action: Extract<TicketAction, 'acknowledge' | 'start' | 'complete'>; phrases: readonly string[] }> = [
  {
    action: 'complete',
    phrases: ['da xu ly xong', 'xu ly xong', 'da khac phuc xong', 'da duoc khac phuc', 'da khac phuc', 'khac phuc xong', 'da hoan thanh', 'hoan thanh xu ly',
      'da hoan tat', 'da sua xong', 'sua xong', 'da fix', 'fix xong', 'da on dinh tro lai', 'hoat dong binh thuong tro lai', 'da xong'],
  },
  {
    action: 'start',
    phrases: ['dang xu ly', 'dang khac phuc', 'dang kiem tra', 'dang sua', 'bat dau xu ly', 'dang lien he', 'dang xac minh', 'dang ra soat', 'da cu ky thuat',
      'dang tren duong'],
  },
  { action: 'acknowledge', phrases: ['da tiep nhan', 'tiep nhan phieu', 'da nhan phieu', 'da nhan thong tin', 'xin nhan', 'em nhan phieu', 'em nhan ticket', 'da nhan ticket'] },
]

/** Backlog questions without a ticket number: which list answers them. */
export const BACKLOG_CUES: ReadonlyArray<{ mode: ListMode; phrases: readonly string[] }> = [
  { mode: 'overdue', phrases: ['qua han', 'tre han', 'cham tien do', 'het han'] },
  { mode: 'mine', phrases: ['cua toi', 'cua minh', 'don vi minh', 'ben minh', 'cua em', 'ben em', 'xa em', 'phuong em', 'don vi em'] },
  {
    mode: 'open',
    phrases: ['ton dong', 'dang mo', 'chua xu ly', 'chua dong', 'con phieu', 'con bao nhieu phieu', 'con su co', 'bao nhieu phieu', 'phieu nao', 'ticket nao',
      'phieu ton', 'con ton', 'phieu moi'],
  },
]

/** The first cue of `table` present as whole words in the folded text. */
export function firstCue<T extends { phrases: readonly string[] }>(folded: string, table: readonly T[]): T | null {
  const padded = ` ${folded} `
  return table.find((cue) => cue.phrases.some((p) => padded.includes(` ${p} `))) ?? null
}
