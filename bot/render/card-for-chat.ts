import type { RegisteredChat, Store } from '../../services/ports.ts'
import type { ClockSettings } from '../../services/sla/escalation.ts'
import type { RightsPolicy } from '../../services/tickets/rights.ts'
import type { Ticket } from '../../services/tickets/types.ts'
import type { UnitLookup } from '../../services/units/types.ts'
import { renderCard, type RenderedMessage } from './card.ts'

export interface CardSources {
  store: Store
  units: UnitLookup
  policy: RightsPolicy
  clock: ClockSettings
  now: () => Date
}

/**
 * The card of a ticket as one chat sees it (its buttons depend on the chat's unit). `chat`: the chat as already read
 * by the caller (undefined: read it here).
 */
export async function renderCardForChat(src: CardSources, ticket: Ticket, chatId: number, chat?: RegisteredChat | null): Promise<RenderedMessage> {
  const [chatRow, attachments, assigneeChats] = await Promise.all([
    chat === undefined ? src.store.findChat(chatId) : chat,
    src.store.attachmentCount(ticket.id),
    ticket.assigneeUnitId ? src.store.chatsOfUnit(ticket.assigneeUnitId) : Promise.resolve([]),
  ])
  return renderCard(ticket, {
    units: src.units, policy: src.policy, clock: src.clock, now: src.now(), chatUnitId: chatRow?.unitId ?? null, attachments,
    assigneeHasGroup: assigneeChats.some((c) => c.active),
  })
}
