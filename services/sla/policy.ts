/**
 * SLA policies (requirements.md §5 and §4.4; issue 4) and the clock each budget runs on.
 *
 * Clock decisions — the handbook writes "giờ làm việc" where it means working time and plain "phút/giờ" elsewhere:
 * - triage ≤ 15 min, assignment ≤ 30 min (004:869-880): WALL. The command centre works 24/7 in shifts (004:487, 822)
 *   with at least one person per team off hours (004:826), so its own budgets run round the clock.
 * - acknowledgement ≤ 2 working hours for units (đầu mối 004:1249, Trưởng Nhóm Công tác 004:1075): WORKING.
 * - vendor P1 15 min / 2 h, P2 30 min / 4 h: WALL. The table says "phút/giờ" for P1–P2 and "giờ làm việc" for P3–P4,
 *   and vendors staff 24/7 support in peak periods (004:520-521, 004:3664); an outage does not wait for Monday.
 * - vendor P3 2 / 8 working hours, P4 4 working hours / "theo thỏa thuận": WORKING; P4 has no fix budget — the
 *   ticket's own deadline (thời hạn) applies when it has one.
 * - no response for 24 h → head of the command centre (SOP-04, 004:924-928): WALL ("24 h", not "24 giờ làm việc";
 *   requirements.md open question 1 left it open, decided here).
 * - the reminder before a breach: at a fraction (default 80 %) of each budget, counted on that budget's clock.
 * - the noise budget: a group gets at most N reminders one by one per business day (Asia/Ho_Chi_Minh date); the
 *   further ones of that day are recorded and go to the group's daily digest. Breach alerts and escalations are
 *   always posted: only reminders are noise.
 */
import type { Priority } from '../tickets/types.ts'
import { durationProblem, type Duration } from '../calendar/duration.ts'

export type { Priority }

export interface VendorSla {
  /** Tiếp nhận và xác nhận: the vendor team acknowledges within this. */
  response: Duration
  /** Max fix time; null = by agreement (the ticket's own deadline). */
  fix: Duration | null
}

export interface SlaPolicy {
  /** Fraction of a budget after which the reminder is due (0 < f ≤ 1). */
  warningFraction: number
  /** The command centre verifies and classifies a new ticket (Nhóm Giám sát, 004:869-870). */
  triage: Duration
  /** The command centre assigns a ticket that waits in Mới (no route, or auto-assignment off) (004:878-880). */
  assignment: Duration
  /** A unit that is not a vendor team acknowledges ("Đã tiếp nhận") its ticket. */
  acknowledgement: Duration
  /** Vendor teams: response and fix per priority (004:1746-1809). */
  vendor: Record<Priority, VendorSla>
  /** No response from the assignee for this long → escalate to the head of the command centre. */
  silence: Duration
  noise: NoiseBudget
}

export interface NoiseBudget {
  /** Pre-breach reminders posted to one group per business day; further ones are folded into its digest. 0 = no limit. */
  remindersPerGroupPerDay: number
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  warningFraction: 0.8,
  triage: { minutes: 15, clock: 'wall' },
  assignment: { minutes: 30, clock: 'wall' },
  acknowledgement: { minutes: 120, clock: 'working' },
  vendor: {
    urgent: { response: { minutes: 15, clock: 'wall' }, fix: { minutes: 120, clock: 'wall' } },
    high: { response: { minutes: 30, clock: 'wall' }, fix: { minutes: 240, clock: 'wall' } },
    normal: { response: { minutes: 120, clock: 'working' }, fix: { minutes: 480, clock: 'working' } },
    low: { response: { minutes: 240, clock: 'working' }, fix: null },
  },
  silence: { minutes: 24 * 60, clock: 'wall' },
  noise: { remindersPerGroupPerDay: 10 },
}

const PRIORITY_KEYS: readonly Priority[] = ['urgent', 'high', 'normal', 'low']

/** Everything wrong with a policy, as readable sentences naming the key; empty when usable. */
export function slaPolicyProblems(policy: SlaPolicy): string[] {
  const problems: string[] = []
  const check = (key: string, d: Duration): void => {
    const p = durationProblem(d)
    if (p) problems.push(`${key}: ${p}`)
  }
  const f = policy.warningFraction
  if (!Number.isFinite(f) || f <= 0 || f > 1) problems.push(`warningFraction: must be in (0, 1] (got ${f})`)
  check('triage', policy.triage)
  check('assignment', policy.assignment)
  check('acknowledgement', policy.acknowledgement)
  check('silence', policy.silence)
  const perDay = policy.noise?.remindersPerGroupPerDay
  if (!Number.isInteger(perDay) || perDay < 0) problems.push(`noise.remindersPerGroupPerDay: must be a whole number ≥ 0, 0 = no limit (got ${perDay})`)
  for (const p of PRIORITY_KEYS) {
    const v = policy.vendor[p]
    if (!v) {
      problems.push(`vendor.${p}: missing`)
      continue
    }
    check(`vendor.${p}.response`, v.response)
    if (v.fix !== null) check(`vendor.${p}.fix`, v.fix)
  }
  return problems
}
