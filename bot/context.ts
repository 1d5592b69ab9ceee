import type { Context } from 'grammy'
import type { Logger } from 'pino'
import type { ReferenceConfig } from '../services/config/types.ts'
import type { OutboxStore, Store } from '../services/ports.ts'
import type { UnitResolver } from '../services/registration/registration-service.ts'
import type { TicketRequest } from '../services/tickets/ticket-service.ts'
import type { Actor } from '../services/tickets/types.ts'

/** Everything the handlers need, built once in the composition root. */
export interface AppDeps {
  store: Store
  outbox: OutboxStore
  config: ReferenceConfig
  configFile: string
  dbKind: string
  units: UnitResolver
  communeUnitId: (provinceId: string, name: string) => string
  adminIds: ReadonlySet<number>
  logger: Logger
  now: () => Date
}

export interface AppFlavor {
  app: AppDeps
  log: Logger
  /** Who acts, from the chat's registration and the person's roles; set for updates with a sender and a chat. */
  actor: Actor
  /** The request for a use case: this update, now, the actor, and where to answer. */
  request(opts?: Pick<TicketRequest, 'confirm'>): TicketRequest
}

export type BotContext = Context & AppFlavor
