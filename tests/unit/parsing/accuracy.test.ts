import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scoreFile } from './helpers.ts'

// The development corpus (a copy of the project's shared/corpus/dev.jsonl) and our own held-out sets.
const DEV = fileURLToPath(new URL('../../fixtures/parse/corpus-dev.jsonl', import.meta.url))
const HELDOUT = fileURLToPath(new URL('../../fixtures/parse/heldout.jsonl', import.meta.url))
// Written after the first round of tuning and measured once before any change (first-contact figures in the report);
// later vocabulary additions were generic synonyms, and it is kept as a regression set.
const BLIND = fileURLToPath(new URL('../../fixtures/parse/heldout-blind.jsonl', import.meta.url))
// Own examples for the weaknesses an outside blind evaluation described (how-to and applicability questions,
// resolved outages and acknowledgements, status questions with status words, logistics requests, coverage gaps,
// old names in parentheses). g001–g032 were written before the fix; g033–g044 after it, measured once first.
const GENERALISATION = fileURLToPath(new URL('../../fixtures/parse/generalisation.jsonl', import.meta.url))
// Issue 3 (kind): 105 own messages on status questions, acknowledgement/progress/resolution, how-to questions,
// thanks and logistics, implied systems and ticket references, written before tuning (first run: kind 85.7 %).
const GENERALISATION_2 = fileURLToPath(new URL('../../fixtures/parse/generalisation-2.jsonl', import.meta.url))
// 52 more, written after the first round of fixes and measured once before the second (first run: kind 92.3 %).
const GENERALISATION_3 = fileURLToPath(new URL('../../fixtures/parse/generalisation-3.jsonl', import.meta.url))
// Issue 3, second round: the way real people type (typos, teencode, emoji, English IT words, missing spaces, old
// province and district names, run-ons, quoted replies), written before any tuning (first run: kind 86.4 %,
// category 79.5 %, province 80.8 %). -5, -6 and -7 were each written in a new voice after a batch of fixes and
// measured once before the next (first runs: kind 91.1 / 92.1 / 92.7 %, category 83.7 / 81.6 / 90.3 %).
const GENERALISATION_4 = fileURLToPath(new URL('../../fixtures/parse/generalisation-4.jsonl', import.meta.url))
const GENERALISATION_5 = fileURLToPath(new URL('../../fixtures/parse/generalisation-5.jsonl', import.meta.url))
const GENERALISATION_6 = fileURLToPath(new URL('../../fixtures/parse/generalisation-6.jsonl', import.meta.url))
const GENERALISATION_7 = fileURLToPath(new URL('../../fixtures/parse/generalisation-7.jsonl', import.meta.url))
// Round 3: 64 own messages in a new voice (southern and highland communes, vendors' technicians, the command centre;
// product names, fees, policy on online submission), written before any round-3 change and measured once (first run:
// kind 95.3, category 94.3, priority 85.7, system 88.6, province 98.4, deadline 100, ticket 100 %).
const GENERALISATION_8 = fileURLToPath(new URL('../../fixtures/parse/generalisation-8.jsonl', import.meta.url))
// Two sets written and labelled by outsiders, development sets since round 2 (kept as regression sets).
const OUTSIDE = fileURLToPath(new URL('../../fixtures/parse-blind/outside.jsonl', import.meta.url))
const OUTSIDE_2 = fileURLToPath(new URL('../../fixtures/parse-blind/outside-2.jsonl', import.meta.url))
// Two more outsider sets, development sets since round 3. First unseen figures (%):
//   outside-3 (160): kind 94.4, category 94.4, priority 95.8, system 87.5, province 97.5, deadline 100, ticket 100;
//   outside-4 (200, system labels mapped to the README codes): kind 95.5, category 93.3, priority 94.4, system 91.1,
//   province 98.0, deadline 98.5, ticket 100.
const OUTSIDE_3 = fileURLToPath(new URL('../../fixtures/parse-blind/outside-3.jsonl', import.meta.url))
const OUTSIDE_4 = fileURLToPath(new URL('../../fixtures/parse-blind/outside-4.jsonl', import.meta.url))
// The acceptance set for issue 3: 200 messages written and labelled by an outsider who read only the corpus README and
// the project's requirements, never the parser or any other labelled set; measured once, after round 3, unchanged
// since (%): kind 95.5, category 93.3, priority 88.9, system 93.3, province 98.5, deadline 99.5, ticket 100.
// The floors below are those first figures, a little lower: any change that makes the parser worse on it fails here.
const OUTSIDE_5 = fileURLToPath(new URL('../../fixtures/parse-blind/outside-5.jsonl', import.meta.url))

// A little below what scripts/bench/parse-accuracy.ts measures (README figures); issue targets in comments.
const FLOORS = {
  dev: { kind: 0.97, category: 0.95, priority: 0.95, system: 0.95, province: 0.98, deadline: 0.97, ticket: 0.98 },
  heldout: { kind: 0.97, category: 0.95, priority: 0.95, system: 0.95, province: 0.98, deadline: 0.97, ticket: 0.98 },
  blind: { kind: 0.96, category: 0.92, priority: 0.94, system: 0.92, province: 0.96, deadline: 0.96, ticket: 0.96 },
  generalisation: { kind: 0.95, category: 0.95, priority: 0.95, system: 0.95, province: 0.95, deadline: 0.97, ticket: 0.97 },
  generalisation2: { kind: 0.97, category: 0.95, priority: 0.95, system: 0.95, province: 0.97, deadline: 0.97, ticket: 0.97 },
  generalisation3: { kind: 0.95, category: 0.94, priority: 0.94, system: 0.94, province: 0.96, deadline: 0.97, ticket: 0.97 },
  generalisation4: { kind: 0.97, category: 0.95, priority: 0.95, system: 0.95, province: 0.97, deadline: 0.97, ticket: 0.97 },
  generalisation5: { kind: 0.95, category: 0.93, priority: 0.93, system: 0.9, province: 0.95, deadline: 0.97, ticket: 0.97 },
  generalisation6: { kind: 0.95, category: 0.92, priority: 0.92, system: 0.92, province: 0.95, deadline: 0.97, ticket: 0.97 },
  generalisation7: { kind: 0.95, category: 0.93, priority: 0.93, system: 0.93, province: 0.95, deadline: 0.97, ticket: 0.97 },
  generalisation8: { kind: 0.95, category: 0.95, priority: 0.89, system: 0.92, province: 0.96, deadline: 0.97, ticket: 0.97 },
  outside: { kind: 0.97, category: 0.96, priority: 0.96, system: 0.96, province: 0.97, deadline: 0.97, ticket: 0.97 },
  outside2: { kind: 0.97, category: 0.96, priority: 0.96, system: 0.95, province: 0.97, deadline: 0.97, ticket: 0.97 },
  outside3: { kind: 0.98, category: 0.97, priority: 0.96, system: 0.96, province: 0.98, deadline: 0.98, ticket: 0.98 },
  outside4: { kind: 0.98, category: 0.97, priority: 0.95, system: 0.96, province: 0.98, deadline: 0.98, ticket: 0.98 },
  outside5: { kind: 0.95, category: 0.92, priority: 0.88, system: 0.92, province: 0.98, deadline: 0.99, ticket: 0.99 },
}
// Issue 3 targets: kind 95, category 90, priority 85, system 85, province 97, deadline 93, ticket 97 (%).

describe('parser accuracy on labelled sets', () => {
  it('dev.jsonl (150 messages, used for development)', () => {
    const s = scoreFile(DEV)
    expect(s.n).toBe(150)
    for (const [field, floor] of Object.entries(FLOORS.dev)) expect({ field, acc: s.accuracy[field as 'kind'] >= floor }).toEqual({ field, acc: true })
  })

  it('heldout.jsonl (our own cases, written before tuning)', () => {
    const s = scoreFile(HELDOUT)
    expect(s.n).toBeGreaterThanOrEqual(120)
    for (const [field, floor] of Object.entries(FLOORS.heldout)) expect({ field, acc: s.accuracy[field as 'kind'] >= floor }).toEqual({ field, acc: true })
  })

  it('heldout-blind.jsonl (50 messages in a looser chat style)', () => {
    const s = scoreFile(BLIND)
    expect(s.n).toBe(50)
    for (const [field, floor] of Object.entries(FLOORS.blind)) expect({ field, acc: s.accuracy[field as 'kind'] >= floor }).toEqual({ field, acc: true })
  })

  it('generalisation.jsonl (own examples of the blind evaluation\'s weak spots)', () => {
    const s = scoreFile(GENERALISATION)
    expect(s.n).toBeGreaterThanOrEqual(40)
    for (const [field, floor] of Object.entries(FLOORS.generalisation)) expect({ field, acc: s.accuracy[field as 'kind'] >= floor }).toEqual({ field, acc: true })
  })

  it('generalisation-2.jsonl (issue 3: status, progress, how-to, logistics, ticket references)', () => {
    const s = scoreFile(GENERALISATION_2)
    expect(s.n).toBeGreaterThanOrEqual(100)
    for (const [field, floor] of Object.entries(FLOORS.generalisation2)) expect({ field, acc: s.accuracy[field as 'kind'] >= floor }).toEqual({ field, acc: true })
  })

  it('generalisation-3.jsonl (issue 3, second round)', () => {
    const s = scoreFile(GENERALISATION_3)
    expect(s.n).toBeGreaterThanOrEqual(50)
    for (const [field, floor] of Object.entries(FLOORS.generalisation3)) expect({ field, acc: s.accuracy[field as 'kind'] >= floor }).toEqual({ field, acc: true })
  })

  it.each([
    ['generalisation-4.jsonl (real typing: teencode, English IT words, old district names)', GENERALISATION_4, 100, FLOORS.generalisation4],
    ['generalisation-5.jsonl (real typing, second voice)', GENERALISATION_5, 70, FLOORS.generalisation5],
    ['generalisation-6.jsonl (southern and central wording, vendors)', GENERALISATION_6, 60, FLOORS.generalisation6],
    ['generalisation-7.jsonl (forwards, quoted replies, deadlines)', GENERALISATION_7, 50, FLOORS.generalisation7],
    ['generalisation-8.jsonl (round 3, a new voice)', GENERALISATION_8, 60, FLOORS.generalisation8],
    ['parse-blind/outside.jsonl (outsider, development set)', OUTSIDE, 150, FLOORS.outside],
    ['parse-blind/outside-2.jsonl (outsider, development set)', OUTSIDE_2, 160, FLOORS.outside2],
    ['parse-blind/outside-3.jsonl (outsider, development set since round 3)', OUTSIDE_3, 160, FLOORS.outside3],
    ['parse-blind/outside-4.jsonl (outsider, development set since round 3)', OUTSIDE_4, 200, FLOORS.outside4],
    ['parse-blind/outside-5.jsonl (outsider, the acceptance set)', OUTSIDE_5, 200, FLOORS.outside5],
  ])('%s', (_name, file, minimum, floors) => {
    const s = scoreFile(file)
    expect(s.n).toBeGreaterThanOrEqual(minimum)
    for (const [field, floor] of Object.entries(floors)) expect({ field, acc: s.accuracy[field as 'kind'] >= floor }).toEqual({ field, acc: true })
  })
})
