import { describe, expect, it } from 'vitest'
import { decodeCallback, encodeCallback, type CallbackAction } from '../../bot/render/callback-data.ts'

const SAMPLES: CallbackAction[] = [
  { type: 'ticket', number: 12, op: 'ack' },
  { type: 'ticket', number: 999_999_999, op: 'resume' },
  { type: 'menu', number: 3, menu: 'edit_system' },
  { type: 'assign', number: 12, unitId: 'vnpt-tp-ho-chi-minh' },
  { type: 'reject', number: 4, reason: 'missing_info' },
  { type: 'duplicate', number: 40, of: 33 },
  { type: 'edit', number: 5, field: 'priority', value: 'urgent' },
  { type: 'register', unitId: 'x-nghe-an-dien-chau' },
]

describe('callback data', () => {
  it.each(SAMPLES)('round-trips %o within 64 bytes', (a) => {
    const data = encodeCallback(a)
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64)
    expect(decodeCallback(data)).toEqual(a)
  })

  it.each([
    't:12:delete', 't:-1:ack', 't:0:ack', 't:1e3:ack', 't:12:ack:extra', 'a:12:VNPT', 'a:12:../x', 'e:1:p:DROP TABLE', 'e:1:x:urgent',
    'g:', 'zz:1', '', 't:12', 'm:1:nope', 'd:1:-2', `a:1:${'a'.repeat(25)}`, 't:1:ack' + 'x'.repeat(70),
  ])('rejects forged or malformed "%s"', (data) => {
    expect(decodeCallback(data)).toBeNull()
  })
})
