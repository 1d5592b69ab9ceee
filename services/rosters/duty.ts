/**
 * The person on duty hears directly (issue 4): a new ticket for their unit, or an SLA step of one, is written to them
 * privately — when they have started a private chat with the bot (Telegram lets a bot write only then). The notices
 * join the outbox in the transaction of their cause, so each goes out once.
 */
import type { OutboundMessage, TxStore } from '../ports.ts'
import { onDutyAt } from './roster.ts'

export async function dutyNotices(tx: TxStore, unitId: string | null, at: Date, data: Record<string, unknown>): Promise<OutboundMessage[]> {
  if (unitId === null) return []
  const people = [...new Set(onDutyAt(await tx.shiftsBetween(at, new Date(at.getTime() + 1), unitId), unitId, at).map((s) => s.userId))]
  if (people.length === 0) return []
  const reachable = new Set(await tx.privateChatsOf(people))
  return people.filter((id) => reachable.has(id)).map((chatId) => ({ kind: 'notice', chatId, threadId: null, replyTo: null, code: 'duty_ticket', data: { ...data, unitId } }))
}
