// The noise budget (issue 4): a group gets at most N pre-breach reminders one by one per business day; the further
// ones are recorded (folded) and the group is told once that the day's rest go to its digest. Alerts always go out.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { DEFAULT_CONFIG_PATH, parseReferenceConfig } from '../../../bot/app-config.ts'
import { renderNotice } from '../../../bot/render/notice.ts'
import type { ReferenceConfig } from '../../../services/config/types.ts'
import type { OutboundMessage } from '../../../services/ports.ts'
import { runSlaTick } from '../../../services/sla/sla-tick.ts'
import { reportTicket, type ReportFields } from '../../../services/tickets/ticket-service.ts'
import { actor, directory, DIEN_CHAU, shippedConfig, shortSlaConfig } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'

const shipped = shippedConfig()
const units = directory(shipped)
const withBudget = (remindersPerGroupPerDay: number): ReferenceConfig => {
  const short = shortSlaConfig()
  return { ...short, clock: { ...short.clock, sla: { ...short.clock.sla, noise: { remindersPerGroupPerDay } } } }
}
const vn = (local: string): Date => new Date(`${local}+07:00`)

const CHATS = { commune: -6001, province: -6002, ttch: -6003 }
const commune = actor({ userId: 11, name: 'Lê C', unitId: DIEN_CHAU.id })
/** Loại 2 in Nghệ An: the province's contact unit holds it (acknowledge within 1 minute in SHORT). */
const PROCESS: ReportFields = { category: 2, priority: 'normal', system: 'tthc', provinceId: 'nghe-an', deadline: null }

async function setup(config: ReferenceConfig) {
  const store = new MemoryStore()
  const chat = (chatId: number, unitId: string) => ({ chatId, title: unitId, unitId, active: true, isForum: false, hintSentAt: null })
  store.state.chats.push(chat(CHATS.commune, DIEN_CHAU.id), chat(CHATS.province, 'nghe-an'), chat(CHATS.ttch, 'ttch'))
  const deps = { store, config, units }
  let update = 0
  const report = async (now: Date, n: number, fields = PROCESS) => {
    for (let i = 0; i < n; i++) {
      await reportTicket(deps, { updateId: ++update, now, actor: commune, origin: { chatId: CHATS.commune, threadId: null, messageId: 100 + update } }, {
        description: `Sự cố ${update}`, sourceMessageId: 100 + update, originalAuthor: null, attachments: [], mediaGroupId: null, fields,
      })
    }
    store.state.outbox = []
  }
  return { store, report, tick: (now: Date) => runSlaTick(deps, now) }
}

type Notice = Extract<OutboundMessage, { kind: 'notice' }>
const notices = (store: MemoryStore) => store.state.outbox.filter((m): m is Notice => m.kind === 'notice' && m.chatId < 0)
const posted = (store: MemoryStore) => notices(store).map((m) => (m.code === 'sla_step' ? [m.chatId, m.data.number, m.data.kind] : [m.chatId, m.code, m.data.budget]))
const reminderEvents = (store: MemoryStore) => store.state.events.filter((e) => e.type === 'sla_reminder').map((e) => [e.ticketId, e.data.folded ?? false, e.data.foldedChatIds ?? []])

describe('the noise budget', () => {
  it('the 3rd and 4th reminder of the day are folded; the group is told once; every step is still recorded', async () => {
    const { store, report, tick } = await setup(withBudget(2))
    await report(vn('2026-11-25T09:00:00'), 4)
    expect(await tick(vn('2026-11-25T09:00:48'))).toEqual({ tickets: 4, sent: 4, skipped: 0 })
    expect(posted(store)).toEqual([
      [CHATS.province, 1, 'reminder'], [CHATS.province, 2, 'reminder'], [CHATS.province, 'sla_noise', 2],
    ])
    expect(reminderEvents(store)).toEqual([[1, false, []], [2, false, []], [3, true, [CHATS.province]], [4, true, [CHATS.province]]])
    expect(store.state.chatNoise).toEqual([{ chatId: CHATS.province, day: '2026-11-25', reminders: 4 }])
    expect(store.state.slaSteps.filter((s) => s.step === 'reminder' && !s.skipped)).toHaveLength(4)
    // The notice says where the rest of the day's reminders go.
    expect(renderNotice('sla_noise', notices(store)[2].data, units).text).toContain('🔕 Nhóm đã nhận 2 lượt nhắc hạn trong hôm nay.')
  })

  it('breach alerts and escalations are always posted, and do not count', async () => {
    const { store, report, tick } = await setup(withBudget(1))
    await report(vn('2026-11-25T09:00:00'), 3)
    await tick(vn('2026-11-25T09:00:48'))
    store.state.outbox = []
    await tick(vn('2026-11-25T09:01:00'))
    await tick(vn('2026-11-25T09:03:00'))
    expect(posted(store)).toEqual([
      [CHATS.province, 1, 'breach'], [CHATS.province, 2, 'breach'], [CHATS.province, 3, 'breach'],
      [CHATS.ttch, 1, 'escalation'], [CHATS.ttch, 2, 'escalation'], [CHATS.ttch, 3, 'escalation'],
    ])
    expect(store.state.chatNoise).toEqual([{ chatId: CHATS.province, day: '2026-11-25', reminders: 3 }])
  })

  it('the budget is per group and per business day in Vietnam (not the UTC date)', async () => {
    const { store, report, tick } = await setup(withBudget(1))
    // 23:58 on the 25th in Hà Nội (16:58 UTC): one reminder posted, the next folded.
    await report(vn('2026-11-25T23:58:00'), 2)
    await tick(vn('2026-11-25T23:58:48'))
    expect(posted(store)).toEqual([[CHATS.province, 1, 'reminder'], [CHATS.province, 'sla_noise', 1]])
    store.state.outbox = []
    // 00:30 on the 26th in Hà Nội is still the 25th in UTC: a new day for the budget.
    await report(vn('2026-11-26T00:30:00'), 1)
    await tick(vn('2026-11-26T00:30:48'))
    const reminders = () => posted(store).filter((p) => p[2] === 'reminder' || p[1] === 'sla_noise')
    expect(reminders()).toEqual([[CHATS.province, 3, 'reminder']])
    expect(store.state.chatNoise).toEqual([{ chatId: CHATS.province, day: '2026-11-25', reminders: 2 }, { chatId: CHATS.province, day: '2026-11-26', reminders: 1 }])
    // The command centre's own reminders (tickets in Mới) have their own budget.
    await report(vn('2026-11-26T01:00:00'), 1, { ...PROCESS, provinceId: null })
    store.state.outbox = []
    await tick(vn('2026-11-26T01:12:00'))
    expect(reminders()).toEqual([[CHATS.ttch, 4, 'reminder']])
  })

  it('0 = no limit: nothing is counted or folded', async () => {
    const { store, report, tick } = await setup(withBudget(0))
    await report(vn('2026-11-25T09:00:00'), 12)
    await tick(vn('2026-11-25T09:00:48'))
    expect(posted(store)).toHaveLength(12)
    expect(store.state.chatNoise).toEqual([])
    expect(reminderEvents(store).every(([, folded]) => folded === false)).toBe(true)
  })

  it('the shipped budget is 10 a day; the key may be left out (10), and a bad value names its line', () => {
    expect(shipped.clock.sla.noise).toEqual({ remindersPerGroupPerDay: 10 })
    const yaml = readFileSync(DEFAULT_CONFIG_PATH, 'utf8')
    const line = '  noise: { remindersPerGroupPerDay: 10 }\n'
    expect(yaml).toContain(line)
    expect(parseReferenceConfig(yaml.replace(line, ''), 'x.yaml').clock.sla.noise).toEqual({ remindersPerGroupPerDay: 10 })
    expect(parseReferenceConfig(yaml.replace(line, '  noise: { remindersPerGroupPerDay: 0 }\n'), 'x.yaml').clock.sla.noise).toEqual({ remindersPerGroupPerDay: 0 })
    const lineNo = yaml.split('\n').indexOf(line.trimEnd()) + 1
    expect(() => parseReferenceConfig(yaml.replace(line, '  noise: { remindersPerGroupPerDay: -1 }\n'), 'x.yaml'))
      .toThrow(`x.yaml:${lineNo} sla.noise.remindersPerGroupPerDay: must be a whole number ≥ 0, 0 = no limit (got -1)`)
    expect(() => parseReferenceConfig(yaml.replace(line, '  noise: { remindersPerDay: 5 }\n'), 'x.yaml')).toThrow('sla.noise.remindersPerGroupPerDay: missing required key')
  })
})
