import type { Store } from '../../services/ports.ts'
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

/** The card of a ticket as one chat sees it (its buttons depend on the chat's unit). */
export async function renderCardForChat(src: CardSources, ticket: Ticket, chatId: number): Promise<RenderedMessage> {
  const [chat, attachments, assigneeChats] = await Promise.all([
    src.store.findChat(chatId),
    src.store.attachmentCount(ticket.id),
    ticket.assigneeUnitId ? src.store.chatsOfUnit(ticket.assigneeUnitId) : Promise.resolve([]),
  ])
  return renderCard(ticket, {
    units: src.units, policy: src.policy, clock: src.clock, now: src.now(), chatUnitId: chat?.unitId ?? null, attachments,
    assigneeHasGroup: assigneeChats.some((c) => c.active),
  })
}
