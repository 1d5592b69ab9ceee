import type { Api } from 'grammy'
import type { User } from 'grammy/types'
import type { Actor } from '../services/tickets/types.ts'
import { isCommandCentreKind } from '../services/units/types.ts'
import type { AppDeps } from './context.ts'

/** A group's Telegram admins change rarely; asking once per few minutes keeps API calls low. */
const ADMINS_TTL_MS = 5 * 60_000

export class ChatAdmins {
  private cache = new Map<number, { at: number; ids: Set<number> }>()

  constructor(private readonly api: Api, private readonly now: () => Date) {}

  async has(chatId: number, userId: number): Promise<boolean> {
    const hit = this.cache.get(chatId)
    const t = this.now().getTime()
    if (hit && t - hit.at < ADMINS_TTL_MS) return hit.ids.has(userId)
    const admins = await this.api.getChatAdministrators(chatId)
    const ids = new Set(admins.map((m) => m.user.id))
    this.cache.set(chatId, { at: t, ids })
    return ids.has(userId)
  }
}

export function displayName(u: Pick<User, 'first_name' | 'last_name' | 'username'>): string {
  const full = [u.first_name, u.last_name].filter(Boolean).join(' ').trim()
  return full || (u.username ? `@${u.username}` : 'Người dùng')
}

/** The chat's own structure decides: its registration gives the unit, its admins are the unit's leaders. */
export async function resolveActor(deps: AppDeps, admins: ChatAdmins, chat: { id: number; type: string }, user: User): Promise<Actor> {
  const isGroup = chat.type === 'group' || chat.type === 'supergroup'
  const [registered, roles] = await Promise.all([isGroup ? deps.store.findChat(chat.id) : null, deps.store.rolesOf(user.id)])
  if (registered?.unitId && !deps.units.get(registered.unitId)) {
    // A commune registered through another replica: learn it.
    for (const u of await deps.store.runtimeUnits()) if (!deps.units.get(u.id)) deps.units.add(u)
  }
  const unitId = registered?.unitId && deps.units.get(registered.unitId) ? registered.unitId : null
  const unit = unitId ? deps.units.get(unitId) : undefined
  return {
    userId: user.id,
    name: displayName(user),
    unitId,
    isUnitLeader: unitId !== null && (await admins.has(chat.id, user.id)),
    isAdmin: deps.adminIds.has(user.id) || roles.includes('admin'),
    isDispatcher: roles.includes('dispatcher'),
    inCommandCentre: unit !== undefined && isCommandCentreKind(unit.kind),
  }
}
