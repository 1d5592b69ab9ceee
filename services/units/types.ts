export const UNIT_KINDS = ['command_centre', 'cc_team', 'working_group', 'province', 'commune', 'vendor', 'ministry'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

/** An organisation that takes part in the loop: the command centre and its teams, working groups, provinces, communes, vendor teams, ministries. */
export interface Unit {
  /** Short ASCII id (kebab-case), stable: it appears in callback data. At most 24 characters. */
  id: string
  /** Display name, Vietnamese, e.g. "VNPT Nghệ An". */
  name: string
  kind: UnitKind
  /** The province this unit belongs to (communes, vendor teams of a province, the province itself). */
  provinceId: string | null
  /** Parent unit (a commune's province, a command-centre team's centre). */
  parentId: string | null
  /** Other spellings users type (old province names, abbreviations). Matched after diacritic folding. */
  aliases: string[]
}

export const isCommandCentreKind = (kind: UnitKind): boolean => kind === 'command_centre' || kind === 'cc_team'

/** Read access to the known units (the configuration's and the communes registered at run time). */
export interface UnitLookup {
  get(id: string): Unit | undefined
  all(): Unit[]
}

/** The name of the province a unit belongs to (a commune's, a provincial team's), or null: the parser's group context. */
export function provinceNameOf(units: UnitLookup, unitId: string | null): string | null {
  const provinceId = unitId ? units.get(unitId)?.provinceId : undefined
  return provinceId ? units.get(provinceId)?.name ?? null : null
}
