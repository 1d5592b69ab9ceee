/**
 * Who handles a new ticket ("phân luồng", handbook 004:597-617, requirements §4.1):
 *   Loại 1 technical      → the vendor team that runs the system in the province (table §9.4),
 *                           the province itself where it runs the system, else the TTCH technical team;
 *   Loại 2 process,
 *   Loại 4 resources      → the province's đầu mối, with the working group for the system kept informed;
 *   Loại 3 policy         → the central working group for the system leads.
 */
import type { RoutingConfig } from '../config/types.ts'
import { CATEGORIES, SYSTEMS, type Category, type SystemCode } from '../tickets/types.ts'

export const ROUTE_RULES = [
  'vendor',
  'province_self',
  'vendor_fallback',
  'province_contact',
  'working_group',
  'triage',
  'auto_assign_off',
] as const
/**
 * vendor            Loại 1, the table names a vendor → its team in the province
 * province_self     Loại 1, the province runs the system itself ("tự triển khai") → the province
 * vendor_fallback   Loại 1, blank cell or a system without a column → RoutingConfig.vendorFallbackUnitId
 * province_contact  Loại 2/4 → the province, working group informed
 * working_group     Loại 3 → the working group for the system
 * triage            no province known (Loại 1/2/4) → nobody; the command centre assigns by hand
 * auto_assign_off   automatic assignment disabled → nobody
 */
export type RouteRule = (typeof ROUTE_RULES)[number]

export interface RouteInput {
  category: Category
  system: SystemCode
  provinceId: string | null
}

export interface Route {
  assigneeUnitId: string | null
  informedUnitId: string | null
  rule: RouteRule
}

const route = (rule: RouteRule, assigneeUnitId: string | null, informedUnitId: string | null = null): Route => ({
  assigneeUnitId,
  informedUnitId,
  rule,
})

function routeTechnical(system: SystemCode, provinceId: string, cfg: RoutingConfig): Route {
  const cell = cfg.vendors[provinceId]?.[system]
  if (cell === 'self') return route('province_self', provinceId)
  const team = cell === undefined ? undefined : cfg.vendorTeamIds[cell.vendor]?.[provinceId]
  return team === undefined ? route('vendor_fallback', cfg.vendorFallbackUnitId) : route('vendor', team)
}

/** The unit that must act on a new ticket, the unit kept informed, and the rule that decided. */
export function routeTicket(input: RouteInput, cfg: RoutingConfig): Route {
  if (!cfg.autoAssign) return route('auto_assign_off', null)
  const workingGroup = cfg.workingGroupBySystem[input.system]
  // Policy questions go to the centre whatever the province, so they need no triage.
  if (input.category === 3) return route('working_group', workingGroup)
  if (input.provinceId === null) return route('triage', null)
  if (input.category === 1) return routeTechnical(input.system, input.provinceId, cfg)
  return route('province_contact', input.provinceId, workingGroup)
}

export interface RouteRow extends RouteInput {
  route: Route
}

/** Every (province × system × category) with its route, e.g. to print or check the whole routing table. */
export function listRoutes(cfg: RoutingConfig, provinceIds: readonly (string | null)[]): RouteRow[] {
  return provinceIds.flatMap((provinceId) =>
    SYSTEMS.flatMap((system) =>
      CATEGORIES.map((category) => ({ provinceId, system, category, route: routeTicket({ category, system, provinceId }, cfg) })),
    ),
  )
}
