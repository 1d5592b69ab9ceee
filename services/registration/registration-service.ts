import type { Store } from '../ports.ts'
import { commitOnce, type Committed } from '../shared/commit.ts'
import type { TicketRequest } from '../tickets/ticket-service.ts'
import { notice } from '../tickets/ticket-service.ts'
import type { Unit, UnitLookup } from '../units/types.ts'

/** Resolves what an admin typed after /dangky ("tinh nghe an", "VNPT Nghệ An", "xã Diễn Châu, Nghệ An"). */
export interface UnitResolver extends UnitLookup {
  resolve(input: string): { kind: 'found'; unit: Unit } | { kind: 'commune'; name: string; province: Unit } | { kind: 'ambiguous'; candidates: Unit[] } | { kind: 'none' }
  add(unit: Unit): void
}

export interface RegistrationDeps {
  store: Store
  units: UnitResolver
  communeUnitId: (provinceId: string, name: string) => string
}

export interface ChatFacts {
  title: string
  isForum: boolean
}

export type RegisterOutcome = 'registered' | 'choose' | 'unknown' | 'not_admin' | 'empty'

const MAX_CHOICES = 8

/** /dangky: binds this group to a unit; a commune is created under its province the first time it registers. */
export async function registerChat(deps: RegistrationDeps, req: TicketRequest, input: string, chat: ChatFacts): Promise<Committed<RegisterOutcome>> {
  if (!req.actor.isAdmin) return replyWith(deps, req, 'not_admin', 'register_not_admin')
  if (input.trim() === '') return replyWith(deps, req, 'empty', 'register_usage')
  const found = deps.units.resolve(input)
  switch (found.kind) {
    case 'found':
      return bind(deps, req, found.unit, chat, false)
    case 'commune': {
      const id = deps.communeUnitId(found.province.id, found.name)
      const unit = deps.units.get(id) ?? { id, name: found.name, kind: 'commune' as const, provinceId: found.province.id, parentId: found.province.id, aliases: [] }
      return bind(deps, req, unit, chat, !deps.units.get(id))
    }
    case 'ambiguous': {
      const candidates = found.candidates.slice(0, MAX_CHOICES).map((u) => ({ id: u.id, name: u.name }))
      return replyWith(deps, req, 'choose', 'register_choose', { candidates })
    }
    case 'none':
      return replyWith(deps, req, 'unknown', 'register_unknown', { input })
  }
}

/** The button an admin taps after an ambiguous /dangky. */
export async function registerChatToUnit(deps: RegistrationDeps, req: TicketRequest, unitId: string, chat: ChatFacts): Promise<Committed<RegisterOutcome>> {
  if (!req.actor.isAdmin) return { duplicate: false, committed: false, value: 'not_admin' }
  const unit = deps.units.get(unitId)
  if (!unit) return { duplicate: false, committed: false, value: 'unknown' }
  return bind(deps, req, unit, chat, false)
}

async function bind(deps: RegistrationDeps, req: TicketRequest, unit: Unit, chat: ChatFacts, isNew: boolean): Promise<Committed<RegisterOutcome>> {
  const result = await commitOnce(deps.store, req, async (tx) => {
    if (isNew) await tx.insertUnit(unit)
    await tx.upsertChat({ chatId: req.origin.chatId, title: chat.title, isForum: chat.isForum, unitId: unit.id, registeredBy: req.actor.userId, at: req.now })
    return { value: 'registered' as const, messages: [notice(req, 'registered', { unitId: unit.id, unitName: unit.name, kind: unit.kind })] }
  })
  if (isNew && !result.duplicate) deps.units.add(unit)
  return result
}

function replyWith(deps: Pick<RegistrationDeps, 'store'>, req: TicketRequest, value: RegisterOutcome, code: string, data: Record<string, unknown> = {}): Promise<Committed<RegisterOutcome>> {
  return commitOnce(deps.store, req, async () => ({ value, messages: [notice(req, code, data)] }))
}

export type RoleCommand = 'admin' | 'dieuphoi' | 'bo'

/** /quyen: an admin grants admin or dispatcher (điều phối), or removes both, for the person replied to. */
export async function setRole(deps: Pick<RegistrationDeps, 'store'>, req: TicketRequest, target: { userId: number; name: string }, role: RoleCommand): Promise<Committed<'done' | 'not_admin'>> {
  if (!req.actor.isAdmin) return replyWith(deps, req, 'not_admin', 'role_not_admin') as Promise<Committed<'done' | 'not_admin'>>
  return commitOnce(deps.store, req, async (tx) => {
    if (role === 'bo') await tx.revokeRoles(target.userId)
    else await tx.grantRole(target.userId, role === 'admin' ? 'admin' : 'dispatcher', req.actor.userId)
    return { value: 'done' as const, messages: [notice(req, 'role_set', { role, name: target.name })] }
  })
}

/** In a group nobody has registered yet the bot explains once how to register, and shows no data. */
export async function noteUnregisteredChat(deps: Pick<RegistrationDeps, 'store'>, req: TicketRequest, chat: ChatFacts): Promise<Committed<boolean>> {
  const known = await deps.store.findChat(req.origin.chatId)
  if (known?.hintSentAt) return { duplicate: false, committed: false, value: false }
  return commitOnce(deps.store, req, async (tx) => {
    await tx.upsertChat({ chatId: req.origin.chatId, title: chat.title, isForum: chat.isForum, at: req.now })
    await tx.markHintSent(req.origin.chatId, req.now)
    return { value: true, messages: [notice(req, 'unregistered_hint')] }
  })
}
