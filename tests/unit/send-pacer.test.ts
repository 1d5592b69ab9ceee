import { describe, expect, it } from 'vitest'
import { SendPacer } from '../../bot/send-pacer.ts'

/** A pacer on a virtual clock: sleeping advances time instantly. */
function virtualPacer() {
  let now = 1_000_000
  const pacer = new SendPacer(undefined, () => now, async (ms) => { now += ms })
  return { pacer, now: () => now }
}

const GROUP = -100123
const PERSON = 42

describe('SendPacer', () => {
  it('spaces messages to one chat by a second', async () => {
    const { pacer, now } = virtualPacer()
    const times: number[] = []
    for (let i = 0; i < 4; i++) {
      await pacer.turn(PERSON)
      times.push(now())
    }
    expect(times.map((t) => t - times[0])).toEqual([0, 1000, 2000, 3000])
  })

  it('never lets a group have more than 20 messages in any 60 seconds', async () => {
    const { pacer, now } = virtualPacer()
    const times: number[] = []
    for (let i = 0; i < 45; i++) {
      await pacer.turn(GROUP)
      times.push(now())
    }
    for (let i = 20; i < times.length; i++) expect(times[i] - times[i - 20]).toBeGreaterThanOrEqual(60_000)
    expect(times[20] - times[0]).toBe(60_000)
  })

  it('serves concurrent callers of one chat one at a time, in order', async () => {
    const { pacer, now } = virtualPacer()
    const order: Array<[number, number]> = []
    await Promise.all([0, 1, 2].map((i) => pacer.turn(GROUP).then(() => order.push([i, now()]))))
    expect(order.map(([i]) => i)).toEqual([0, 1, 2])
    expect(order[2][1] - order[0][1]).toBeGreaterThanOrEqual(2000)
  })

  it('seeded with what the previous run sent, a restarted bot waits for the minute of the group to pass', async () => {
    const { pacer, now } = virtualPacer()
    const start = now()
    pacer.seed(Array.from({ length: 20 }, (_, i) => ({ chatId: GROUP, at: new Date(start - 30_000 + i * 1000) })))
    await pacer.turn(GROUP)
    expect(now() - start).toBe(30_000)
    await pacer.turn(PERSON)
  })

  it('leaves other API calls alone', async () => {
    const { pacer } = virtualPacer()
    const calls: string[] = []
    const prev = (async (method: string) => { calls.push(method); return { ok: true, result: true } }) as never
    await pacer.transformer(prev, 'getChatAdministrators', { chat_id: GROUP } as never)
    await pacer.transformer(prev, 'answerCallbackQuery', { callback_query_id: 'x' } as never)
    expect(calls).toEqual(['getChatAdministrators', 'answerCallbackQuery'])
    expect(pacer.delayFor(GROUP, 1_000_000)).toBe(0)
  })
})
