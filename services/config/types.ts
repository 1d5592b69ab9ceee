import type { ScheduleSettings } from '../schedules/types.ts'
import type { ClockSettings } from '../sla/escalation.ts'
import type { Category, Priority, SystemCode } from '../tickets/types.ts'
import type { Unit } from '../units/types.ts'

/** Who runs a system in a province (requirements.md §9.4): a named vendor, or the province itself. */
export type VendorCell = { vendor: string } | 'self'

export interface RoutingConfig {
  /** Turned off: every ticket waits in Mới for a dispatcher. */
  autoAssign: boolean
  /** The command centre unit: triage (Mới) and verification (Đã hoàn thành) cards go to its groups. */
  commandCentreUnitId: string
  /** Takes Loại 1 tickets no vendor owns (blank cell, or systems without a column). */
  vendorFallbackUnitId: string
  /** provinceId → system → who runs it. Only the five systems of the seed table have columns. */
  vendors: Record<string, Partial<Record<SystemCode, VendorCell>>>
  /** vendor name (as in the table, e.g. "VNPT") + provinceId → the vendor team unit id. */
  vendorTeamIds: Record<string, Record<string, string>>
  /** The central working group whose scope fits a system (Loại 3 leads; Loại 2/4 informed). */
  workingGroupBySystem: Record<SystemCode, string>
}

export interface PolicyConfig {
  /** The reporting unit may verify and close (besides the command centre). */
  reporterMayClose: boolean
}

export interface ReferenceConfig {
  units: Unit[]
  routing: RoutingConfig
  /** Default time to handle, in minutes, per priority. */
  deadlineMinutes: Record<Priority, number>
  policy: PolicyConfig
  /** Working time, SLA budgets and the escalation chain (`calendar`, `sla`, `escalation` in the file). */
  clock: ClockSettings
  /** The daily rhythm: scheduled reminders and reports (`schedules` in the file). */
  schedules: ScheduleSettings
}

export type { Category, Priority, SystemCode }
