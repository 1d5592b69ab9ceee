import type { ReferenceConfig } from '../config/types.ts'
import type { UnitLookup, Unit } from '../units/types.ts'
import type { Ticket } from './types.ts'

const MAX_UNITS = 12

/**
 * Units a dispatcher may hand a ticket to, nearest first: the province and its vendor teams, the command centre's
 * vendor-coordination team, the central working groups, the command centre itself.
 */
export function assignCandidates(t: Ticket, units: UnitLookup, config: ReferenceConfig): Unit[] {
  const all = units.all()
  const province = t.provinceId ? all.filter((u) => u.id === t.provinceId) : []
  const vendors = t.provinceId ? all.filter((u) => u.kind === 'vendor' && u.provinceId === t.provinceId) : []
  const fixed = [config.routing.vendorFallbackUnitId, config.routing.commandCentreUnitId].map((id) => units.get(id)).filter((u): u is Unit => u !== undefined)
  const groups = all.filter((u) => u.kind === 'working_group')
  const seen = new Set<string>([t.assigneeUnitId ?? ''])
  return [...province, ...vendors, ...fixed, ...groups].filter((u) => !seen.has(u.id) && seen.add(u.id)).slice(0, MAX_UNITS)
}
