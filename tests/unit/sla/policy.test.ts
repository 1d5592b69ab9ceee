import { describe, expect, it } from 'vitest'
import { DEFAULT_SLA_POLICY, slaPolicyProblems, type SlaPolicy } from '../../../services/sla/policy.ts'

describe('the default SLA policy (requirements.md §5, §4.4)', () => {
  it('has the handbook numbers, each on its decided clock', () => {
    expect(DEFAULT_SLA_POLICY).toEqual({
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
      silence: { minutes: 1440, clock: 'wall' },
      noise: { remindersPerGroupPerDay: 10 },
    })
    expect(slaPolicyProblems(DEFAULT_SLA_POLICY)).toEqual([])
  })

  it('names what is wrong in a configured policy', () => {
    const bad = {
      ...DEFAULT_SLA_POLICY,
      warningFraction: 1.5,
      triage: { minutes: 0, clock: 'wall' },
      acknowledgement: { minutes: 120, clock: 'business' },
      vendor: { ...DEFAULT_SLA_POLICY.vendor, high: undefined, low: { response: { minutes: 240, clock: 'working' }, fix: { minutes: -1, clock: 'working' } } },
    } as unknown as SlaPolicy
    expect(slaPolicyProblems(bad)).toEqual([
      'warningFraction: must be in (0, 1] (got 1.5)',
      'triage: minutes must be a positive number (got 0)',
      'acknowledgement: clock "business" is neither wall nor working',
      'vendor.high: missing',
      'vendor.low.fix: minutes must be a positive number (got -1)',
    ])
  })
})
