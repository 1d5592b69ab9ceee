/** A duty shift (ca trực): one person on duty for a unit (a team) from `startsAt` (included) to `endsAt` (excluded). */
export interface Shift {
  id: number
  unitId: string
  userId: number
  userName: string
  startsAt: Date
  endsAt: Date
  createdBy: number
  createdAt: Date
}

export type NewShift = Omit<Shift, 'id'>

export interface Interval {
  from: Date
  to: Date
}

/** A shift as posted in a notice (the outbox stores JSON: instants as ISO strings). */
export interface ShiftItem {
  id: number
  userId: number
  userName: string
  startsAt: string
  endsAt: string
}

/** One unit's roster over a period, with the stretches outside working hours nobody covers. */
export interface UnitRoster {
  unitId: string
  shifts: ShiftItem[]
  gaps: Array<{ from: string; to: string }>
}

export interface RosterWeek {
  from: string
  to: string
  units: UnitRoster[]
}
